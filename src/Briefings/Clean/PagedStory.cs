using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// One story split over several pages, as portals of the early web served it, saved page after page into one file:
/// an HTML document per page. A later page's head is not text, though a parser reads what follows the first document
/// as the body (its window title, <c>Site :: Section :: Headline (Page 2 of 2)</c>, would stand in the story), and the
/// headline repeated at the top of a later page (<c>Headline (continued)</c>) is the headline again.
/// </summary>
internal static partial class PagedStory
{
    /// <summary>The file without the heads of the documents after the first.</summary>
    public static string WithoutLaterHeads(string html, RemovalLog log)
    {
        var end = html.IndexOf("</html", StringComparison.OrdinalIgnoreCase);
        if (end < 0 || html.IndexOf("<head", end, StringComparison.OrdinalIgnoreCase) < 0)
            return html;
        return html[..end] + LaterHead().Replace(html[end..], m =>
        {
            log.Add("layout", m.Value);
            return "";
        });
    }

    /// <summary>Removes the headline where a later page repeats it, marked as continued.</summary>
    public static void RemoveContinuedHeadlines(List<Block> blocks, string? title, RemovalLog log)
    {
        if (title is null)
            return;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            // Cheap test first: the mark closes the line with a bracket or with the word itself.
            if (blocks[i].Kind is BlockKind.Paragraph or BlockKind.Heading && text.Length <= title.Length + 20 && text.Length > 0 && text[^1] is ')' or ']' or 'd' or 'D'
                && ContinuedMark().Match(text) is { Success: true } mark
                && DebrisFilter.SameText(text[..mark.Index], title))
            {
                log.Add("duplicate-title", text);
                blocks.RemoveAt(i--);
            }
        }
    }

    [GeneratedRegex(@"<head\b[^>]*>[\s\S]*?</head\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LaterHead();

    [GeneratedRegex(@"\s*[(\[]\s*(?:continued|cont(?:'|’)?d\.?|cont\.)\s*[)\]]$|\s*[—–-]\s*continued$", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuedMark();
}
