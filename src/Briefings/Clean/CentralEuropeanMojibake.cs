using System.Buffers;
using System.Text;

namespace Briefings.Clean;

/// <summary>
/// UTF-8 text that was once read as Windows-1250, the Central European code page, and saved again: a Polish, Czech or
/// Hungarian page scraped by a tool that guessed the old encoding shows <c>WiadomoĹ›ci</c> for "Wiadomości",
/// <c>KwaĹ›niewski</c> for "Kwaśniewski" and <c>â€ś…â€ť</c> for curly quotes. The lead bytes of Polish letters read
/// as <c>Ĺ</c> (0xC5) and <c>Ă</c> (0xC3), which no Polish or English text writes before a second such character, so
/// two such pairs mark the page. The Windows-1252 repair cannot undo this damage and would misread <c>â€ś</c> as a
/// closing quote, so this repair runs first, on the whole text.
/// </summary>
internal static class CentralEuropeanMojibake
{
    private static readonly MisreadUtf8 AsCp1250 = new(TextDecoder.CodePage(1250));
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    // The cp1250 readings of UTF-8 lead bytes that mark the damage: Ĺ (0xC5) and Ă (0xC3); Ä (0xC4) is also a German
    // letter and so only repaired, never taken as a sign.
    private static readonly SearchValues<char> Signs = SearchValues.Create("\u0139\u0102");

    /// <summary>The text with every Windows-1250 reading of a UTF-8 sequence decoded; the text itself when it shows none.</summary>
    public static string Repair(string text)
    {
        if (text.AsSpan().IndexOfAny(Signs) < 0 || CountSigns(text) < 2)
            return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (TryDecodeAt(text, i, out var decoded, out var consumed))
            {
                sb.Append(decoded);
                i += consumed;
            }
            else
                sb.Append(text[i++]);
        }
        return sb.ToString();
    }

    /// <summary>Signs followed by a character that completes a valid UTF-8 sequence with them.</summary>
    private static int CountSigns(string text)
    {
        var count = 0;
        for (var i = text.AsSpan().IndexOfAny(Signs); i >= 0 && count < 2;)
        {
            if (TryDecodeAt(text, i, out _, out _))
                count++;
            var next = text.AsSpan(i + 1).IndexOfAny(Signs);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return count;
    }

    private static bool TryDecodeAt(string text, int i, out string decoded, out int consumed)
    {
        decoded = "";
        consumed = 0;
        Span<byte> bytes = stackalloc byte[4];
        var available = AsCp1250.Collect(text, i, bytes, out var length);
        if (available == 0 || available < length)
            return false;
        try
        {
            decoded = StrictUtf8.GetString(bytes[..length]);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        consumed = length;
        return !char.IsControl(decoded[0]);
    }
}
