using System.Text;

namespace Briefings.Clean;

/// <summary>
/// Quoted-printable, the e-mail encoding that keeps lines short and 7-bit: <c>=3D</c> for a byte, <c>=</c> at a line's
/// end for a break the sender never typed. A MIME part declares it with its charset; an archive that stored the raw
/// body (a list's web archive, a copy pasted from "Show original") leaves it undecoded and says nothing of the charset.
/// </summary>
internal static class QuotedPrintable
{
    /// <summary>Decodes a part that declares the encoding, its bytes read in <paramref name="charset"/>.</summary>
    public static string Decode(string text, Encoding charset)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=' && SoftBreakLength(text, i) is > 0 and var soft)
            {
                i += soft - 1;
                continue;
            }
            if (c == '=' && HexByte(text, i) is { } b)
            {
                bytes.Add(b);
                i += 2;
                continue;
            }
            if (c < 0x80)
                bytes.Add((byte)c);
            else
                bytes.AddRange(charset.GetBytes(c.ToString()));
        }
        return charset.GetString([.. bytes]);
    }

    /// <summary>
    /// Whether a body still carries the encoding: escapes of spaces, of the equals sign or of 8-bit bytes, or soft
    /// breaks, more than once (a single <c>=20</c> can be a formula).
    /// </summary>
    public static bool HasLeftovers(string text)
    {
        if (!text.Contains('='))
            return false;
        var signs = 0;
        for (var i = text.IndexOf('='); i >= 0 && signs < 2; i = text.IndexOf('=', i + 1))
        {
            if (SoftBreakLength(text, i) > 0 && i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] != '=')
                signs++;
            else if (HexByte(text, i) is { } b && (b >= 0x80 || b is 0x20 or 0x3D))
                signs++;
        }
        return signs >= 2;
    }

    /// <summary>
    /// Decodes what an archive left encoded, not knowing the charset: a run of escapes that is UTF-8 is read as UTF-8,
    /// otherwise each byte as Windows-1252; a byte inside a word that Windows-1252 makes a symbol (<c>Kwa=B6niewski</c>)
    /// is read as ISO-8859-2, the Central European charset whose letters fill the places of those symbols.
    /// </summary>
    public static string DecodeLeftovers(string text)
    {
        var latin = TextDecoder.Windows1252;
        var central = Encoding.GetEncoding("iso-8859-2");
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '=')
            {
                sb.Append(text[i]);
                continue;
            }
            if (SoftBreakLength(text, i) is > 0 and var soft)
            {
                i += soft - 1;
                continue;
            }
            var run = new List<byte>();
            var end = i;
            while (end < text.Length && text[end] == '=' && HexByte(text, end) is { } b)
            {
                run.Add(b);
                end += 3;
            }
            if (run.Count == 0)
            {
                sb.Append('=');
                continue;
            }
            if (run is [0x20] && end + 1 < text.Length && text[end] == '\n' && char.IsLower(text[end + 1]))
            {
                // An encoded space at a line's end is flowed text's soft break (RFC 3676): the sentence goes on.
                sb.Append(' ');
                i = end;
                continue;
            }
            if (run.Count > 1 && Utf8(run) is { } utf8)
                sb.Append(utf8);
            else
            {
                for (var k = 0; k < run.Count; k++)
                {
                    var ch = latin.GetString([run[k]]);
                    var inWord = k == run.Count - 1 && i > 0 && char.IsLetter(text[i - 1]) && end < text.Length && char.IsLetter(text[end]);
                    if (inWord && run[k] >= 0xA0 && !char.IsLetter(ch[0]) && central.GetString([run[k]]) is [var letter] && char.IsLetter(letter))
                        ch = letter.ToString();
                    sb.Append(ch);
                }
            }
            i = end - 1;
        }
        return sb.ToString();
    }

    private static string? Utf8(List<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The length of a soft break at <paramref name="i"/> (<c>=</c>, trailing blanks, the newline), or 0.</summary>
    private static int SoftBreakLength(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t')
            j++;
        return j < text.Length && text[j] == '\n' ? j + 1 - i : j == text.Length ? j - i : 0;
    }

    /// <summary>The byte an escape at <paramref name="i"/> stands for; upper-case hex, as the encoding writes it.</summary>
    private static byte? HexByte(string text, int i) =>
        i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2])
            ? (byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2]))
            : null;

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : c - 'A' + 10;
}
