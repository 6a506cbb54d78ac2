using Briefings.Annotate;

namespace Briefings.Index;

/// <summary>
/// Places every article on the timeline. An article goes into a month only when its date is known to that month;
/// an estimate whose window is wider goes into its estimated year's "approximate" list, never into a month it may not belong to.
/// </summary>
internal static class TimelineBuilder
{
    public static List<TimelineYear> Build(List<Article> newestFirst)
    {
        if (newestFirst.Count == 0)
            return [];
        var byMonth = new Dictionary<(int, int), List<Article>>();
        var approximate = new Dictionary<int, List<Article>>();
        foreach (var article in newestFirst)
        {
            if (IsKnownToTheMonth(article))
                Add(byMonth, (article.Date.Year, article.Date.Month), article);
            else
                Add(approximate, article.Date.Year, article);
        }
        var first = newestFirst[^1].Date.Year;
        var last = newestFirst[0].Date.Year;
        return [.. Enumerable.Range(first, last - first + 1).Select(year => new TimelineYear(
            year,
            [.. Enumerable.Range(1, 12).Select(month => new TimelineMonth(year, month, OldestFirst(byMonth.GetValueOrDefault((year, month)))))],
            OldestFirst(approximate.GetValueOrDefault(year))))];
    }

    public static bool IsKnownToTheMonth(Article a) => a.DateBasis switch
    {
        DateBasis.Explicit or DateBasis.FrontMatter => true,
        DateBasis.Inferred => a.DateEarliest is { } from && a.DateLatest is { } to && from.Year == to.Year && from.Month == to.Month,
        _ => false,
    };

    private static void Add<TKey>(Dictionary<TKey, List<Article>> groups, TKey key, Article article)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
            groups[key] = list = [];
        list.Add(article);
    }

    private static List<Article> OldestFirst(List<Article>? articles) =>
        articles is null ? [] : [.. articles.OrderBy(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)];
}
