using Briefings.Annotate;
using Briefings.Clean;
using Briefings.Index;
using Briefings.Load;

namespace Briefings.Render.Pages;

/// <summary>One briefing: its text, honest date, tags, neighbours in time, related briefings and metadata for sharing.</summary>
internal static class ArticlePage
{
    private const int WordsPerMinute = 230;

    public static PageSpec Build(Archive archive, SiteConfig site, Article article)
    {
        var path = SiteRenderer.ArticlePath(article);
        var links = Links.ForPage(path);
        var index = archive.Positions[article.Slug];
        // Archive.Articles is newest first: the previous briefing in time is the next one in the list.
        var older = index + 1 < archive.Articles.Count ? archive.Articles[index + 1] : null;
        var newer = index > 0 ? archive.Articles[index - 1] : null;
        var topics = article.Topics.Distinct().Where(archive.Topics.ContainsKey).Select(id => archive.Topics[id]).ToList();
        var leaders = article.Leaders.Distinct().Where(archive.Leaders.ContainsKey).Select(id => archive.Leaders[id]).ToList();
        // Counted here, not with the article: a rebuild reads 10,000 cached articles and draws only the changed ones.
        var body = article.Body;
        var words = WordCount.Of(body);
        var minutes = Math.Max(1, (words + WordsPerMinute - 1) / WordsPerMinute);
        var view = new ArticleView(
            article.Title,
            DateText.Iso(article.Date),
            DateText.ForReader(article),
            Summaries.IsEstimate(article),
            DateNote(article),
            article.Source,
            $"{minutes} min read",
            [.. topics.Select(t => new LinkView(links.Topic(t.Id), t.Name))],
            [.. leaders.Select(l => new LinkView(links.Leader(l.Id), NameOn(article, l)))],
            PeopleQuoted(article),
            MarkdownRenderer.ToHtml(body),
            older is null ? null : new LinkView(links.Article(older), older.Title),
            newer is null ? null : new LinkView(links.Article(newer), newer.Title),
            Summaries.Of(archive.Related.GetValueOrDefault(article.Slug, []), links));
        var canonical = site.HasAbsoluteBaseUrl ? site.NormalizedBaseUrl + $"articles/{article.Slug}/" : null;
        return new PageSpec(
            path,
            "article",
            article.Title,
            view,
            Description: article.Summary,
            Meta: StructuredData.OpenGraph(site, article, canonical, topics.Select(t => t.Name)),
            JsonLd: StructuredData.NewsArticle(site, article, words, canonical, topics.Select(t => t.Name), leaders.Select(l => NameOn(article, l))),
            LastModified: LastModified(article));
    }

    /// <summary>The sitemap's date for an article page: its date when stated, none for an estimate.</summary>
    public static DateOnly? LastModified(Article article) => Summaries.IsEstimate(article) ? null : article.Date;

    /// <summary>
    /// A leader's name as this page shows it: the knowledge base's, or for someone only the text introduced, as this
    /// article introduces them. The page then depends only on its own article and the knowledge base, which is what
    /// incremental builds key it on.
    /// </summary>
    private static string NameOn(Article article, LeaderProfile leader) =>
        leader.InKnowledgeBase ? leader.Name
            : article.OtherPeople.FirstOrDefault(p => p.Id == leader.Id && p.IsLeader)?.Name ?? Profiles.NameFromId(leader.Id);

    private static List<PersonView> PeopleQuoted(Article article) =>
        [.. article.OtherPeople
            .Where(p => !p.IsLeader)
            .DistinctBy(p => p.Id)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new PersonView(p.Name, Describe(p)))];

    private static string? Describe(PersonMention p) =>
        (p.Office, p.Country) switch
        {
            ({ Length: > 0 } office, { Length: > 0 } country) => $"{office}, {country}",
            ({ Length: > 0 } office, _) => office,
            (_, { Length: > 0 } country) => country,
            _ => null,
        };

    private static string DateNote(Article a) => a.DateBasis switch
    {
        DateBasis.Explicit => "Date stated in the article.",
        DateBasis.FrontMatter => "Date set by the archive's editors.",
        DateBasis.Fallback => "The text gives no dating evidence; the date is when the file was added to the archive.",
        _ => a.DateEvidence.Count == 0 ? "Estimated date." : "Estimated from: " + string.Join("; ", a.DateEvidence) + ".",
    };
}
