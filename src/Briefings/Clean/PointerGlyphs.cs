using System.Buffers;

namespace Briefings.Clean;

/// <summary>
/// Play buttons and pointers that today's news templates set where older ones set a colon or nothing: a video promo
/// opened by a play button (<c>▶ Watch: the summit in 60 seconds</c>), a teaser after a pointer (<c>Don't miss ▸ Our
/// live tracker</c>). Promos are read as the plain label they stand for, so the rules for <c>Watch:</c> and
/// <c>Don't miss:</c> see them.
/// </summary>
internal static class PointerGlyphs
{
    private const string GlyphList = "▶►▸▷▹➤➔";

    private static readonly SearchValues<char> Glyphs = SearchValues.Create(GlyphList);

    /// <summary>How far into the line a pointer may stand after a label.</summary>
    private const int LabelReach = 24;

    /// <summary>The line with a leading play button dropped and a pointer after a short label read as a colon.</summary>
    public static string AsPlainLabel(string line)
    {
        if (line.AsSpan().IndexOfAny(Glyphs) < 0)
            return line;
        var t = line.AsSpan().TrimStart(GlyphList).TrimStart();
        var at = t.IndexOfAny(Glyphs);
        if (at is <= 0 or > LabelReach || !char.IsLetter(t[at - 1]) && t[at - 1] != ' ')
            return t.ToString();
        return string.Concat(t[..at].TrimEnd(), ": ", t[(at + 1)..].TrimStart());
    }
}
