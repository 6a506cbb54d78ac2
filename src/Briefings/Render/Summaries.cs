using Briefings.Annotate;

namespace Briefings.Render;

/// <summary>Article list entries and date facts shared by every page that lists briefings.</summary>
internal static class Summaries
{
    public static ArticleSummaryView Of(Article a, Links links) =>
        new(links.Article(a), a.Title, DateText.Iso(a.Date), DateText.ForReader(a), IsEstimate(a), SummaryBesides(a), a.Source);

    /// <summary>The summary, unless it only repeats the title (a lede that is the headline says nothing new in a list).</summary>
    private static string SummaryBesides(Article a) =>
        a.Summary.AsSpan().TrimEnd(EndPunctuation).Equals(a.Title.AsSpan().TrimEnd(EndPunctuation), StringComparison.OrdinalIgnoreCase) ? "" : a.Summary;

    private const string EndPunctuation = ". …";

    public static IReadOnlyList<ArticleSummaryView> Of(IEnumerable<Article> articles, Links links) =>
        [.. articles.Select(a => Of(a, links))];

    public static bool IsEstimate(Article a) => a.DateBasis is DateBasis.Inferred or DateBasis.Fallback;
}
