namespace Briefings.Clean;

/// <summary>
/// A headline set in bold on a line of its own, as a page copied to text or Markdown keeps it when the site styled its
/// title as strong text rather than a heading (<c>**Ministers agree on a grid deal for the Baltic**</c> under a section
/// trail and over the by-line). Above the first paragraph of prose the first such line that reads like a headline loses
/// its marks when, without them, the headline rules pick it as the headline; a bold standfirst under a plain headline
/// keeps them, and bold lines further down are crossheads.
/// </summary>
internal static class BoldHeadline
{
    public static void Unwrap(List<Block> blocks)
    {
        // The first bold line, and only then where the prose starts (finding that is a pass over the page's top).
        var i = blocks.FindIndex(IsBoldLine);
        if (i < 0 || i >= HeadlineFinder.ProseStart(blocks))
            return;
        var b = blocks[i];
        var (marked, inner) = (b.Text, b.Text[2..^2].Trim());
        if (inner.Contains('*') || !TitleRules.IsHeadline(new Block(BlockKind.Paragraph, inner)))
            return;
        // A standfirst in bold under a plain headline keeps its marks: only the line the headline rules pick loses them.
        b.Text = inner;
        if (HeadlineFinder.Find(blocks) != i)
            b.Text = marked;
    }

    private static bool IsBoldLine(Block b) =>
        b.Kind == BlockKind.Paragraph && b.Text.Length > 4 && b.Text.StartsWith("**", StringComparison.Ordinal) && b.Text.EndsWith("**", StringComparison.Ordinal);
}
