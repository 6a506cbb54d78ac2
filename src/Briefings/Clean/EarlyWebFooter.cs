using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The foot of a page from the early web (the late 1990s and early 2000s), each item a piece of a line set apart with
/// middle dots or bars: a webring's membership and its buttons (<c>This site is a member of the … Webring</c>,
/// <c>[&lt;&lt; Prev] [Random] [Next &gt;&gt;]</c>), what a hit counter's image leaves beside it (<c>visitors since March
/// 1, 1996</c>, <c>hits: 18,402</c>), the designer's credit, the browser it was made for, and the links between the
/// pages of a story split over several (<c>Page 1 of 2 · Next page »</c>, <c>Page 2 of 2 · « Previous page · More Korea
/// news</c>) and the page's tools (<c>Printer-friendly version | More news in English</c>). A line goes when every piece of
/// it is one of these.
/// </summary>
internal static partial class EarlyWebFooter
{
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["webring", "web ring", "visitor", "hits", "designed by", "best viewed", "page", "prev", "[random]", "version", "friend", "more news", "top"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly char[] Separators = ['·', '|', '•'];

    public static bool IsFooter(string line)
    {
        if (line.Length is 0 or > 240 || !line.AsSpan().ContainsAny(Triggers))
            return false;
        var pieces = line.Trim('\\', ' ').Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return pieces.Length > 0 && pieces.All(IsPiece);
    }

    private static bool IsPiece(string piece) =>
        Webring().IsMatch(piece) || Counter().IsMatch(piece) || DesignCredit().IsMatch(piece) || BestViewed().IsMatch(piece) || PageLink().IsMatch(piece);

    [GeneratedRegex(@"^(?:this (?:site|page) is (?:a )?(?:proud )?member of (?:the )?.{1,60}\bweb ?ring\b.{0,40}|(?:\[\s*(?:<<|«)?\s*(?:prev(?:ious)?|random|next|list|skip|home|join)\s*(?:>>|»)?\s*\]\s*)+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Webring();

    [GeneratedRegex(@"^(?:\[?counter:?\s*[\d,]+\]?\s*)?(?:(?:visitors|hits|visits|page views)(?: since .{4,30}|:\s*[\d,.]+)|[\d,.]+ (?:visitors|hits|visits)(?: since .{4,30})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(?:site |web ?site |page )?(?:designed|design|created|built|maintained) by [\p{L}\p{N}&.'’ -]{2,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex DesignCredit();

    [GeneratedRegex(@"^(?:(?:this )?(?:site|page) )?(?:is )?best viewed (?:with|in|at|using)\b.{2,100}$", RegexOptions.IgnoreCase)]
    private static partial Regex BestViewed();

    /// <summary>A split story's links between its pages, and the link on to its section: <c>« Back to page 1</c>, <c>More Korea news</c>.</summary>
    [GeneratedRegex(@"^(?:\[?\s*(?:«|<<|‹)?\s*(?:page \d+ of \d+|next page|previous page|prev(?:ious)? page|back to page \d+|continued on page \d+|more [\p{L}-]+(?: [\p{L}-]+)? news|more news(?: in [\p{L}-]+)?|printer-friendly version|print(?:able)? version|e-?mail (?:this story )?to a friend|top of page|back to top)\s*(?:»|>>|›)?\s*\]?\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex PageLink();
}
