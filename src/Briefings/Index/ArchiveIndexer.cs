using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Index;

/// <summary>
/// The Index stage: sorts the archive, gives every article a unique slug, and computes once every grouping the site
/// shows (by topic, by leader, by country, by month, related articles), so rendering a page never scans the archive.
/// </summary>
public static class ArchiveIndexer
{
    public const int RelatedCount = 5;

    /// <param name="related">Computes related articles (newest first in, by slug out); the preview server passes one that reuses the last result while no article's tags or date changed.</param>
    public static Archive Build(IEnumerable<Article> annotated, KnowledgeBase knowledge, ProblemLog problems, Func<IReadOnlyList<Article>, IReadOnlyDictionary<string, IReadOnlyList<Article>>>? related = null)
    {
        var articles = UniqueSlugs(annotated.OrderBy(a => a.Origin, StringComparer.Ordinal), problems)
            .OrderByDescending(a => a.Date)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        // Related articles take longest, and much of their time runs on one thread (reading the last build's snapshot,
        // the inverted index): the groupings and profiles are made meanwhile, on this thread.
        var relatedTask = Task.Run(() => related?.Invoke(articles) ?? RelatedArticles.Compute(articles, RelatedCount));
        var byTopic = GroupBy(articles, a => a.Topics);
        var byLeader = GroupBy(articles, a => a.Leaders);
        var leaders = Profiles.Leaders(byLeader, knowledge);
        var topics = Profiles.Topics(byTopic, knowledge, leaders.Keys);
        var countries = Profiles.ByCountry(leaders.Values);
        var timeline = TimelineBuilder.Build(articles);
        var positions = new Dictionary<string, int>(articles.Count, StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
            positions[articles[i].Slug] = i;
        return new Archive(articles, byTopic, byLeader, timeline, relatedTask.GetAwaiter().GetResult(), knowledge, topics, leaders, countries, positions);
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

    /// <summary>
    /// Groups articles under each of their ids. An id that is not a clean slug (it would become a URL and a folder)
    /// is left out: it gets no page and no link.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<Article>> GroupBy(List<Article> articles, Func<Article, IReadOnlyList<string>> keys)
    {
        // An id maps to its list, or to null when it is not URL-safe: each distinct id is checked once, not per article.
        var groups = new Dictionary<string, List<Article>?>(StringComparer.Ordinal);
        foreach (var article in articles)
            foreach (var key in keys(article))
            {
                if (!groups.TryGetValue(key, out var list))
                    groups[key] = list = IsUrlSafe(key) ? [] : null;
                // The article is last in the list when it already named this id.
                if (list is not null && (list.Count == 0 || !ReferenceEquals(list[^1], article)))
                    list.Add(article);
            }
        var result = new Dictionary<string, IReadOnlyList<Article>>(groups.Count, StringComparer.Ordinal);
        foreach (var (key, list) in groups)
            if (list is not null)
                result[key] = list;
        return result;
    }

    internal static bool IsUrlSafe(string id) => id.Length > 0 && Slug.From(id) == id;
}
