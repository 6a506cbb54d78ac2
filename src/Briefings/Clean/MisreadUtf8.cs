using System.Text;

namespace Briefings.Clean;

/// <summary>
/// UTF-8 bytes shown through a single-byte code page (Windows-1252, Windows-1250): each byte of a sequence became one
/// character of that page. Both mojibake repairs read the bytes back the same way; only the page differs.
/// </summary>
internal sealed class MisreadUtf8
{
    private readonly Dictionary<char, byte> _byteOf = [];

    /// <param name="codePage">The page the bytes were read with; a byte it leaves undefined reads as the C1 control of that value.</param>
    public MisreadUtf8(Encoding codePage)
    {
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var s = codePage.GetString([(byte)b]);
            var c = s.Length == 1 && s[0] != '?' ? s[0] : (char)b;
            _byteOf.TryAdd(c, (byte)b);
            _byteOf.TryAdd((char)b, (byte)b);
        }
    }

    /// <summary>
    /// The bytes of the sequence whose lead is shown at <paramref name="i"/>, as far as its continuation bytes go
    /// (0 when the character is no lead); <paramref name="length"/> is how many bytes the lead announces.
    /// </summary>
    public int Collect(string text, int i, Span<byte> bytes, out int length)
    {
        length = 0;
        if (!_byteOf.TryGetValue(text[i], out var lead) || lead < 0xC2 || lead > 0xF4)
            return 0;
        length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        bytes[0] = lead;
        var available = 1;
        for (; available < length && i + available < text.Length; available++)
        {
            if (!_byteOf.TryGetValue(text[i + available], out var b) || b < 0x80 || b > 0xBF)
                break;
            bytes[available] = b;
        }
        return available;
    }
}
