using System.Buffers;
using System.Text;

namespace Briefings.Clean;

/// <summary>
/// Turns a file's bytes into text: strips a BOM, accepts UTF-8, falls back to Windows-1252 — or to code page 437 when
/// the bytes are a DOS screen's (see <see cref="LooksLikeCodePage437"/>) — and normalises newlines.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Windows-1252, the legacy encoding the readers fall back to (a file that is not UTF-8, an RTF file's escaped
    /// bytes, an archive's undecoded quoted-printable); the code-page provider is registered before it is asked for.
    /// </summary>
    internal static Encoding Windows1252 { get; } = CodePage(1252);

    /// <summary>
    /// Code page 437, the IBM PC's: what DOS programs (a BBS's mail reader, a terminal's screen capture) wrote, with its
    /// box-drawing characters where Windows-1252 has accented capitals.
    /// </summary>
    private static Encoding CodePage437 { get; } = CodePage(437);

    internal static Encoding CodePage(int number)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(number);
    }

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="legacy"/> names the legacy encoding they were read in when they were not UTF-8.</summary>
    public static string Decode(byte[] bytes, out string? legacy)
    {
        legacy = null;
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            span = span[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            var dos = LooksLikeCodePage437(span);
            text = (dos ? CodePage437 : Windows1252).GetString(span);
            legacy = dos ? "code page 437 (DOS)" : "Windows-1252 (Latin-1)";
        }
        return NormalizeNewlines(text.TrimStart('\uFEFF'));
    }

    /// <summary>
    /// Bytes a DOS program wrote: a rule or a shade drawn with four or more of the same box-drawing byte (<c>═══</c>,
    /// <c>───</c>, <c>▓▓▓</c>), which in Windows-1252 would be a run of one accented capital (<c>ÍÍÍÍ</c>, <c>ÄÄÄÄ</c>) no
    /// language writes; or a FidoNet message's character-set line naming the IBM PC's set (<c>CHRS: IBMPC 2</c>,
    /// <c>CHRS: CP437 2</c>).
    /// </summary>
    private static bool LooksLikeCodePage437(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf("CHRS: IBMPC"u8) >= 0 || bytes.IndexOf("CHRS: CP437"u8) >= 0 || bytes.IndexOf("CHARSET: CP437"u8) >= 0)
            return true;
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            if (DrawingBytes.Contains(bytes[i]) && bytes[i + 1] == bytes[i] && bytes[i + 2] == bytes[i] && bytes[i + 3] == bytes[i])
                return true;
        }
        return false;
    }

    /// <summary>The bytes code page 437 draws rules and shades with: ░▒▓ ─ ═ █ ▄ ▀.</summary>
    private static readonly SearchValues<byte> DrawingBytes = SearchValues.Create([0xB0, 0xB1, 0xB2, 0xC4, 0xCD, 0xDB, 0xDC, 0xDF]);

    public static string NormalizeNewlines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
