using System.Globalization;

namespace Briefings.Clean;

/// <summary>
/// A share row and counters as today's news templates draw them, in glyphs and numbers rather than words, and copied
/// as text: <c>f   𝕏   in   ✉   🔗 Copy   |   🗨 1.2K</c>, <c>Views: 48 213   💬 312</c>, or the tail of a row of
/// links (<c>· 💬 56</c>). Every piece is a glyph, a network's one- or two-letter mark, a tool word or a count; a row
/// holds at least one glyph and one count or tool word, and nothing a sentence has.
/// </summary>
internal static class GlyphShareRow
{
    /// <summary>True when the line is nothing but such a row.</summary>
    public static bool IsRow(string line)
    {
        // Cheap gate: a glyph row holds a symbol from the arrows-to-dingbats blocks or an emoji (a surrogate pair).
        var span = line.AsSpan();
        if (span.Length is 0 or > 120 || span.IndexOfAnyInRange('\u2190', '\u2BFF') < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
            return false;
        var glyphs = 0;
        var counts = 0;
        foreach (var token in line.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsGlyph(token))
                glyphs++;
            else if (IsCount(token) || ToolWords.Contains(token) || CounterLabels.Contains(token))
                counts++;
            else if (!NetworkMarks.Contains(token))
                return false;
        }
        return glyphs > 0 && counts > 0;
    }

    private static readonly char[] Separators = [' ', '\t', '|', '·', '•', '\u00A0'];

    private static bool IsGlyph(string token)
    {
        // Emoji and the astral marks (𝕏) are surrogate pairs; the others are symbols, with a variation selector after some.
        foreach (var c in token)
            if (!char.IsSurrogate(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.NonSpacingMark or UnicodeCategory.Format))
                return false;
        return true;
    }

    /// <summary>A count as a counter shows it: <c>312</c>, <c>48</c> <c>213</c> (a space between thousands), <c>1.2K</c>.</summary>
    private static bool IsCount(string token)
    {
        var t = token.AsSpan().TrimEnd("kKmM");
        if (t.Length == 0 || !char.IsAsciiDigit(t[0]) || !char.IsAsciiDigit(t[^1]))
            return false;
        foreach (var c in t)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ','))
                return false;
        return true;
    }

    private static readonly HashSet<string> NetworkMarks = new(StringComparer.Ordinal) { "f", "in", "X", "x", "t", "vk", "VK", "ok", "g+", "P", "@" };

    private static readonly HashSet<string> ToolWords = new(StringComparer.OrdinalIgnoreCase) { "copy", "link", "copy link", "share", "email", "e-mail", "print", "save", "comments" };

    private static readonly HashSet<string> CounterLabels = new(StringComparer.OrdinalIgnoreCase) { "views:", "reads:", "comments:", "shares:", "likes:" };
}
