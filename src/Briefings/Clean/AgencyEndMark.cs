namespace Briefings.Clean;

/// <summary>
/// A news agency's end mark: its initials alone on the line after the story's last paragraph (<c>VNA</c>, <c>-- SPA</c>,
/// <c>MAP</c>), before the page's tags, staff credits and related links. It has the shape of a lone photo credit, but the
/// paragraph above it is the story's last sentence, not a caption: nothing of the text follows the mark.
/// </summary>
internal static class AgencyEndMark
{
    /// <summary>True when the block at <paramref name="at"/> is an agency's end mark closing the story above it.</summary>
    public static bool ClosesStory(List<Block> blocks, int at)
    {
        var mark = blocks[at].Text.AsSpan().Trim().TrimStart("-—– ").TrimEnd('.');
        if (mark.Length is < 2 or > 6 || at == 0)
            return false;
        foreach (var c in mark)
            if (!char.IsAsciiLetterUpper(c))
                return false;
        // The story's last paragraph ends a sentence; a caption above a credit often does too, but prose follows it.
        var above = blocks[at - 1].Text;
        if (above.Length == 0 || !".!?\"”".Contains(above[^1]))
            return false;
        for (var i = at + 1; i < Math.Min(blocks.Count, at + 1 + FurnitureReach); i++)
            if (blocks[i].Kind == BlockKind.Paragraph && WordCount.IsSentence(blocks[i].Text, 10))
                return false;
        return true;
    }

    /// <summary>How many blocks after the mark must hold no paragraph of prose: a page's tags, credits and a list header.</summary>
    private const int FurnitureReach = 3;
}
