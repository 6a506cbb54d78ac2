using System.Net;
using System.Text;

namespace Briefings.Clean;

/// <summary>
/// Repairs character-level damage: UTF-8 text that was once decoded as Windows-1252 (mojibake such as <c>â€™</c>),
/// HTML entities, non-breaking and zero-width spaces.
/// </summary>
public static class CharacterRepair
{
    // Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252; decoders pass them through as C1 controls.
    private static readonly MisreadUtf8 AsCp1252 = new(TextDecoder.Windows1252);
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    // Everything NormalizeSpaces changes: odd spaces, invisible characters and control characters other than \n; a bit
    // per UTF-16 code unit.
    private static readonly System.Collections.BitArray SpecialSpaces = BitsOf(
        "\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u3000\u200B\u200C\u200D\u2060\uFEFF\u00AD\u3001\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06" + DirectionMarks
        + new string([.. Enumerable.Range(0xFF01, 0x5E).Select(c => (char)c)])
        + new string([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Where(c => c != '\n').Select(c => (char)c)]));

    // Left-to-right and right-to-left marks, embeddings, overrides and isolates: pages that mix Arabic or Hebrew with
    // English scatter them through lines; they are invisible in the page and break every comparison of the text.
    private const string DirectionMarks = "\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    /// <summary>Undoes one or more rounds of UTF-8-read-as-cp1252 damage, leaving correct text untouched.</summary>
    public static string RepairMojibake(string text)
    {
        for (var round = 0; round < 3; round++)
        {
            var repaired = RepairOnce(text);
            if (repaired == text)
                break;
            text = repaired;
        }
        return text;
    }

    private static string RepairOnce(string text)
    {
        // A damaged sequence starts with a UTF-8 lead byte read as cp1252: one of U+00C2..U+00F4. Most text has none,
        // and most text that has one is an accented word, so only those characters are looked at.
        var i = NextLead(text, 0);
        if (i < 0)
            return text;
        StringBuilder? sb = null;
        var copied = 0;
        while (i >= 0)
        {
            if (TryDecodeAt(text, i, out var decoded, out var consumed))
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copied, i - copied).Append(decoded);
                copied = i + consumed;
                i = NextLead(text, copied);
            }
            else
                i = NextLead(text, i + 1);
        }
        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static int NextLead(string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAnyInRange('\u00C2', '\u00F4');
        return at < 0 ? -1 : from + at;
    }

    private static bool TryDecodeAt(string text, int i, out string decoded, out int consumed)
    {
        decoded = "";
        consumed = 0;
        Span<byte> bytes = stackalloc byte[4];
        var available = AsCp1252.Collect(text, i, bytes, out var length);
        if (available == 0)
            return false;
        if (available == length)
        {
            try
            {
                decoded = StrictUtf8.GetString(bytes[..length]);
                consumed = length;
                // A C1 control (U+0080..U+009F) is the byte of a second layer of damage ("ÃƒÂ\u0081" for "Á" encoded
                // twice): the next round reads it with the character before it.
                return !char.IsControl(decoded[0]) || decoded[0] is >= '\u0080' and <= '\u009F';
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
        // "â€" whose last byte (0x9D, undefined in cp1252) was lost: by far the most common survivor is a closing quote.
        if (available == 2 && bytes[0] == 0xE2 && bytes[1] == 0x80)
        {
            decoded = "\u201D";
            consumed = 2;
            return true;
        }
        return false;
    }

    /// <summary>Decodes named and numeric HTML entities (twice, for double-escaped text).</summary>
    public static string DecodeEntities(string text)
    {
        for (var round = 0; round < 2 && text.Contains('&'); round++)
            text = WebUtility.HtmlDecode(KeepBrokenNumericEntities(text));
        return text;
    }

    /// <summary>
    /// HtmlDecode lets a numeric entity's number start or end with white space, so "&amp;#" at the end of one paragraph
    /// and "8212;" at the start of the next would become a dash, and so would "&amp;#8217" and ";s" split the same way
    /// (joining the paragraphs): such an entity is escaped so that it stays as it is.
    /// </summary>
    private static string KeepBrokenNumericEntities(string text)
    {
        // Most texts with numeric entities have none broken: they are decoded as they are, without a copy.
        if (!HasBrokenNumericEntity(text))
            return text;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            sb.Append(text[i]);
            if (IsBrokenNumericEntity(text, i))
                sb.Append("amp;");
        }
        return sb.ToString();
    }

    private static bool HasBrokenNumericEntity(string text)
    {
        for (var at = text.IndexOf("&#", StringComparison.Ordinal); at >= 0; at = text.IndexOf("&#", at + 2, StringComparison.Ordinal))
            if (IsBrokenNumericEntity(text, at))
                return true;
        return false;
    }

    /// <summary>"&amp;#" at <paramref name="at"/> with white space before its number or between the number and the end of the entity.</summary>
    private static bool IsBrokenNumericEntity(string text, int at)
    {
        if (at + 2 >= text.Length || text[at] != '&' || text[at + 1] != '#')
            return false;
        var i = at + 2;
        if (text[i] is 'x' or 'X')
            i++;
        while (i < text.Length && char.IsAsciiHexDigit(text[i]))
            i++;
        return i < text.Length && char.IsWhiteSpace(text[i]);
    }

    /// <summary>
    /// Typewriter quotes of old wire copy (<c>``ready to act''</c>) become curly quotes. Only when the text pairs them:
    /// as many <c>``</c> as <c>''</c>, so a Markdown code span or a lone pair of apostrophes is left alone.
    /// </summary>
    public static string RepairTexQuotes(string text)
    {
        if (!text.Contains("``", StringComparison.Ordinal))
            return text;
        var opening = text.AsSpan().Count("``");
        var closing = text.AsSpan().Count("''");
        return opening == closing && !text.Contains("```", StringComparison.Ordinal)
            ? text.Replace("``", "\u201C", StringComparison.Ordinal).Replace("''", "\u201D", StringComparison.Ordinal)
            : text;
    }

    /// <summary>A bit per UTF-16 code unit, set for those in <paramref name="chars"/>.</summary>
    private static System.Collections.BitArray BitsOf(string chars)
    {
        var bits = new System.Collections.BitArray(char.MaxValue + 1);
        foreach (var c in chars)
            bits[c] = true;
        return bits;
    }

    /// <summary>
    /// Whether some character outside printable ASCII satisfies <paramref name="test"/>: one vectorised search skips the
    /// printable ASCII between such characters, and only they (line breaks, quotes, dashes, accented letters) are
    /// tested. A search for a set of many characters beyond ASCII goes through a probabilistic map instead, whose false
    /// hits on ordinary letters each cost a search of the set (<see cref="NormalizeSpaces"/>'s was 4.4 % of clean).
    /// </summary>
    internal static bool AnyBeyondPrintableAscii(ReadOnlySpan<char> text, Func<char, bool> test)
    {
        for (var at = text.IndexOfAnyExceptInRange(' ', '~'); at >= 0; at = text.IndexOfAnyExceptInRange(' ', '~'))
        {
            if (test(text[at]))
                return true;
            text = text[(at + 1)..];
        }
        return false;
    }

    /// <summary>The letters of the ligatures U+FB00 to U+FB06.</summary>
    private static readonly string[] Ligatures = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

    /// <summary>Non-breaking and other exotic spaces become plain spaces, full-width letters and signs their ASCII forms, ligatures their letters; zero-width characters, direction marks and stray controls go.</summary>
    public static string NormalizeSpaces(string text)
    {
        if (!AnyBeyondPrintableAscii(text, static c => SpecialSpaces[c]))
            return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u3000' or '\t':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                // Every mark is at U+061C or above: the letters of the text are not looked up in the list.
                case >= '\u061C' when DirectionMarks.Contains(c):
                    break;
                // Full-width forms an East Asian page sets in English text: "（Jiji Press）", "Etorofu、Kunashiri".
                case >= '\uFF01' and <= '\uFF5E':
                    sb.Append((char)(c - 0xFEE0));
                    break;
                case '\u3001':
                    sb.Append(", ");
                    break;
                // Ligatures of text copied out of a PDF: "ﬁnal", "conﬂict".
                case >= '\uFB00' and <= '\uFB06':
                    sb.Append(Ligatures[c - '\uFB00']);
                    break;
                default:
                    if (c == '\n' || !char.IsControl(c))
                        sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
