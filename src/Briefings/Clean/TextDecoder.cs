using System.Text;

namespace Briefings.Clean;

/// <summary>Turns a file's bytes into text: strips a BOM, accepts UTF-8, falls back to Windows-1252, normalises newlines.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Windows-1252, the legacy encoding the readers fall back to (a file that is not UTF-8, an RTF file's escaped
    /// bytes, an archive's undecoded quoted-printable); the code-page provider is registered before it is asked for.
    /// </summary>
    internal static Encoding Windows1252 { get; } = CodePage(1252);

    private static Encoding CodePage(int number)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(number);
    }

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="legacy"/> tells that they were not UTF-8 and were read as Windows-1252.</summary>
    public static string Decode(byte[] bytes, out bool legacy)
    {
        legacy = false;
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
            text = Windows1252.GetString(span);
            legacy = true;
        }
        return NormalizeNewlines(text.TrimStart('\uFEFF'));
    }

    public static string NormalizeNewlines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
