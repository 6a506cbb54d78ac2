using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The machine-written summary a news site sets over its story (<c>At a glance</c>, <c>Key points</c>, <c>✨ Quick
/// read</c>): a label, a few bullets paraphrasing the story, and the disclosure every such box carries (<c>This summary
/// was generated with the help of AI</c>, <c>AI-assisted, edited by our desk</c>). The bullets repeat the story in
/// other words; the box goes whole. Found by its disclosure beside bullets, in the page's text or in a quote (a
/// Markdown export keeps the box as one).
/// </summary>
internal static partial class AiSummaryBox
{
    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        for (var d = 0; d < blocks.Count; d++)
        {
            var text = blocks[d].Text;
            if (text.Length > 160 || !text.Contains("AI", StringComparison.Ordinal) || !Disclosure().IsMatch(text))
                continue;
            var (start, end) = blocks[d].Kind == BlockKind.Quote ? QuoteBox(blocks, d) : ListBox(blocks, d);
            if (start < 0)
                continue;
            foreach (var b in blocks.GetRange(start, end - start + 1))
                log.Add("promo", b.Text);
            blocks.RemoveRange(start, end - start + 1);
            d = start - 1;
        }
    }

    /// <summary>The quote around the disclosure, when bullets are in it; (-1, -1) otherwise.</summary>
    private static (int Start, int End) QuoteBox(List<Block> blocks, int d)
    {
        var (start, end) = (d, d);
        while (start > 0 && blocks[start - 1].Kind == BlockKind.Quote)
            start--;
        while (end + 1 < blocks.Count && blocks[end + 1].Kind == BlockKind.Quote)
            end++;
        var bullets = blocks.Skip(start).Take(end - start + 1).Count(b => b.Text.Length > 2 && b.Text[0] is '-' or '•' or '*' && b.Text[1] == ' ');
        return bullets >= 2 ? (start, end) : (-1, -1);
    }

    /// <summary>The bullets beside the disclosure, the box's label above them and a link about the site's use of AI under them.</summary>
    private static (int Start, int End) ListBox(List<Block> blocks, int d)
    {
        var (start, end) = (d, d);
        while (start > 0 && blocks[start - 1].Kind == BlockKind.ListItem)
            start--;
        while (end + 1 < blocks.Count && blocks[end + 1].Kind == BlockKind.ListItem)
            end++;
        if (end - start < 2)
            return (-1, -1);
        if (start > 0 && IsLabel(blocks[start - 1]))
            start--;
        if (end + 1 < blocks.Count && blocks[end + 1].Text.Length <= 40 && blocks[end + 1].Text.Contains("AI", StringComparison.Ordinal))
            end++;
        return (start, end);
    }

    private static bool IsLabel(Block b) =>
        b.Kind is BlockKind.Heading or BlockKind.Paragraph && b.Text.Length <= 40 && WordCount.BySpaces(b.Text) <= 5 && !".!?".Contains(b.Text[^1]);

    /// <summary>A note that a machine wrote or helped write the box.</summary>
    [GeneratedRegex(@"\bAI[- ](?:generated|assisted|written|powered|produced|created|summary)\b|\b(?:generated|written|produced|created|prepared|summari[sz]ed|drafted) (?:with the help of|with the aid of|with|by|using) (?:an? )?(?:AI|artificial intelligence)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disclosure();
}
