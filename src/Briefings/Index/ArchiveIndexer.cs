using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Index;

/// <summary>The Index stage: sorts the archive, gives every article a unique slug, groups by topic, leader and month.</summary>
public static class ArchiveIndexer
{
    public const int RelatedCount = 5;

    public static Archive Build(IEnumerable<Article> annotated, KnowledgeBase knowledge, ProblemLog problems)
    {
        var articles = UniqueSlugs(annotated.OrderBy(a => a.Origin, StringComparer.Ordinal), problems)
            .OrderByDescending(a => a.Date)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        return new Archive(
            articles,
            GroupBy(articles, a => a.Topics),
            GroupBy(articles, a => a.Leaders),
            BuildTimeline(articles),
            RelatedArticles.Compute(articles, RelatedCount),
            knowledge);
    }

    /// <summary>Two articles with the same slug get -2, -3… in input-path order, so URLs are stable between builds.</summary>
    private static IEnumerable<Article> UniqueSlugs(IEnumerable<Article> articles, ProblemLog problems)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var original in articles)
        {
            var article = WithSafeSlug(original, problems);
            var slug = article.Slug;
            for (var n = 2; !used.Add(slug); n++)
                slug = $"{article.Slug}-{n}";
            if (slug != article.Slug)
                problems.Warn(article.Origin, 1, $"slug '{article.Slug}' is already used; this article gets '{slug}'", "give it a distinct title or a 'slug' in front matter");
            yield return slug == article.Slug ? article : article with { Slug = slug };
        }
    }

    // Names Windows reserves for devices; a folder with one of them cannot be created or checked out there.
    private static readonly HashSet<string> ReservedNames = new(
        ["con", "prn", "aux", "nul", .. Enumerable.Range(1, 9).SelectMany(i => new[] { $"com{i}", $"lpt{i}" })],
        StringComparer.Ordinal);

    /// <summary>
    /// A slug becomes a folder and a file name: one from front matter that is not a plain slug ("../x", "/etc",
    /// "con") is rebuilt from its words, so no article can write outside output/ or break a checkout.
    /// </summary>
    private static Article WithSafeSlug(Article article, ProblemLog problems)
    {
        if (Slug.IsValid(article.Slug) && !ReservedNames.Contains(article.Slug))
            return article;
        var safe = Slug.From(article.Slug);
        if (safe.Length == 0 || ReservedNames.Contains(safe))
            safe = Slug.From(article.Title) is { Length: > 0 } fromTitle && !ReservedNames.Contains(fromTitle) ? fromTitle : "article";
        problems.Warn(article.Origin, 1, $"slug '{article.Slug}' is not a plain slug; using '{safe}'", "a slug has lowercase letters, digits and hyphens only");
        return article with { Slug = safe };
    }

    private static Dictionary<string, IReadOnlyList<Article>> GroupBy(List<Article> articles, Func<Article, IEnumerable<string>> keys)
    {
        var groups = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        foreach (var article in articles)
            foreach (var key in keys(article).Distinct())
            {
                if (!groups.TryGetValue(key, out var list))
                    groups[key] = list = [];
                list.Add(article);
            }
        return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<Article>)g.Value, StringComparer.Ordinal);
    }

    private static List<TimelineYear> BuildTimeline(List<Article> newestFirst)
    {
        if (newestFirst.Count == 0)
            return [];
        var byMonth = newestFirst.GroupBy(a => (a.Date.Year, a.Date.Month))
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList());
        var first = newestFirst[^1].Date.Year;
        var last = newestFirst[0].Date.Year;
        return [.. Enumerable.Range(first, last - first + 1)
            .Select(year => new TimelineYear(year, [.. Enumerable.Range(1, 12)
                .Select(month => new TimelineMonth(year, month, byMonth.TryGetValue((year, month), out var list) ? list : []))]))];
    }
}
