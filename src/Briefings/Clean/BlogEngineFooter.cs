using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// What a blog engine (WordPress and its themes) prints under a post, copied with it: the <c>Related</c> box, each
/// entry a headline over its date and category (<c>July 19, 2004 In "Politics"</c>), and the <c>Post navigation</c>
/// links to the posts before and after (<c>← Previous: …</c>, <c>Next: … →</c>). Other posts' headlines, not this
/// one's text. A related box goes only when its entries carry the engine's dated lines, and navigation only under its
/// header or with its arrows, so a section of the text called "Related" keeps its prose.
/// </summary>
internal static partial class BlogEngineFooter
{
    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (text.Length > 30 || blocks[i].Kind == BlockKind.Table || !text.AsSpan().ContainsAny(HeaderWords))
                continue;
            var end = RelatedHeader().IsMatch(text) ? RelatedEntriesEnd(blocks, i + 1)
                : NavigationHeader().IsMatch(text) ? NavigationEnd(blocks, i + 1)
                : i;
            if (end <= i + 1)
                continue;
            foreach (var b in blocks.GetRange(i, end - i))
                log.Add("promo", b.Text);
            blocks.RemoveRange(i, end - i);
            i--;
        }
    }

    // Every header holds one of these: one vectorised search spares nearly every short line both patterns.
    private static readonly SearchValues<string> HeaderWords = SearchValues.Create(["related", "navigation", "also like"], StringComparison.OrdinalIgnoreCase);

    /// <summary>After the header: pairs of a headline and its dated line, or dated lines alone; the index past the last.</summary>
    private static int RelatedEntriesEnd(List<Block> blocks, int start)
    {
        var end = start;
        var dated = 0;
        while (end < blocks.Count)
        {
            if (IsDatedLine(blocks[end].Text))
            {
                end++;
                dated++;
            }
            else if (end + 1 < blocks.Count && blocks[end].Text.Length <= 200 && IsDatedLine(blocks[end + 1].Text))
            {
                end += 2;
                dated++;
            }
            else
            {
                break;
            }
        }
        return dated >= 1 ? end : start;
    }

    private static bool IsDatedLine(string text) => text.Length <= 80 && DatedLine().IsMatch(text);

    /// <summary>Up to two links to the posts before and after.</summary>
    private static int NavigationEnd(List<Block> blocks, int start)
    {
        var end = start;
        while (end < blocks.Count && end < start + 2 && blocks[end].Text.Length <= 200 && NavigationLink().IsMatch(blocks[end].Text))
            end++;
        // The header alone still goes: its links may have been empty.
        return Math.Max(end, start + 1);
    }

    [GeneratedRegex(@"^(?:related(?: posts| articles| stories)?|you may also like)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeader();

    [GeneratedRegex(@"^(?:post|posts|article|story) navigation$", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationHeader();

    /// <summary><c>July 8, 2004 In "Africa"</c>, <c>8 July 2004</c>, <c>In "World"</c>: a related entry's date and category.</summary>
    [GeneratedRegex(@"^(?:(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})(?:\s+in\s+[""“][^""”]{1,60}[""”])?|in\s+[""“][^""”]{1,60}[""”])$", RegexOptions.IgnoreCase)]
    private static partial Regex DatedLine();

    [GeneratedRegex(@"^(?:[←«‹]\s*)?(?:previous|next|older|newer)(?: post| article| story| entry)?\s*:?\s+\S.*$|^.{3,200}\s[→»›]$", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationLink();
}
