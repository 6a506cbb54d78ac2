using System.Text;
using Briefings.Annotate;
using Briefings.Index;
using Briefings.Load;
using Briefings.Search;

namespace Briefings.Render;

/// <summary>The Render stage: turns the archive into pages through the theme. Pages render in parallel.</summary>
public sealed class SiteRenderer(SiteConfig site, Theme theme)
{
    private const int HomeLatest = 20;
    private const int WordsPerMinute = 230;

    /// <summary>Whether the build indexes the site for search; the search page says so when it does not.</summary>
    public bool SearchAvailable { get; init; }

    public IReadOnlyList<Page> Render(Archive archive)
    {
        var jobs = new List<Func<Page>>
        {
            () => Html("index.html", "home", site.Title, HomeContent(archive, "")),
            () => Html("timeline/index.html", "timeline", "Timeline", TimelineContent(archive, "../")),
            () => Html("404.html", "not-found", "Page not found", new object()),
            () => Html("topics/index.html", "terms", "Topics", TermIndex("Topics", archive.ByTopic, id => archive.Knowledge.FindTopic(id)?.Name)),
            () => Html("leaders/index.html", "terms", "Leaders", TermIndex("Leaders", archive.ByLeader, id => archive.Knowledge.FindLeader(id)?.Name)),
        };
        if (theme.HasLayout("search"))
            jobs.Add(() => Html("search/index.html", "search", "Search", SearchPageView.For(archive, SearchAvailable)));
        foreach (var (id, articles) in archive.ByTopic)
        {
            var topic = archive.Knowledge.FindTopic(id);
            jobs.Add(() => TermPage($"topics/{id}/index.html", topic?.Name ?? id, topic?.Description ?? "", articles));
        }
        foreach (var (id, articles) in archive.ByLeader)
        {
            var leader = archive.Knowledge.FindLeader(id);
            jobs.Add(() => TermPage($"leaders/{id}/index.html", leader?.Name ?? id, leader?.Country ?? "", articles));
        }
        for (var i = 0; i < archive.Articles.Count; i++)
        {
            var index = i;
            jobs.Add(() => ArticlePage(archive, index));
        }
        var pages = new Page[jobs.Count];
        Parallel.For(0, jobs.Count, i => pages[i] = jobs[i]());
        return [.. pages.OrderBy(p => p.Path, StringComparer.Ordinal)];
    }

    private Page ArticlePage(Archive archive, int index)
    {
        var article = archive.Articles[index];
        const string root = "../../";
        // Archive.Articles is newest first: the previous briefing in time is the next one in the list.
        var older = index + 1 < archive.Articles.Count ? archive.Articles[index + 1] : null;
        var newer = index > 0 ? archive.Articles[index - 1] : null;
        var view = new ArticleView(
            article.Title,
            DateText.Iso(article.Date),
            DateText.ForReader(article),
            IsEstimate(article),
            DateNote(article),
            article.Source,
            Math.Max(1, (article.WordCount + WordsPerMinute - 1) / WordsPerMinute),
            [.. article.Topics.Select(id => new LinkView($"{root}topics/{id}/", archive.Knowledge.FindTopic(id)?.Name ?? id))],
            [.. article.Leaders.Select(id => new LinkView($"{root}leaders/{id}/", archive.Knowledge.FindLeader(id)?.Name ?? id))],
            MarkdownRenderer.ToHtml(article.Body),
            older is null ? null : new LinkView(ArticleHref(root, older), older.Title),
            newer is null ? null : new LinkView(ArticleHref(root, newer), newer.Title),
            [.. archive.Related.GetValueOrDefault(article.Slug, []).Select(a => Summary(a, root))]);
        return Html($"articles/{article.Slug}/index.html", "article", article.Title, view);
    }

    private Page TermPage(string path, string name, string description, IReadOnlyList<Article> articles)
    {
        var root = RootFor(path);
        return Html(path, "term", name, new TermView(name, description, [.. articles.Select(a => Summary(a, root))]));
    }

    private static TermIndexView TermIndex(string heading, IReadOnlyDictionary<string, IReadOnlyList<Article>> groups, Func<string, string?> name) =>
        new(heading, [.. groups
            .Select(g => new LinkView($"{g.Key}/", name(g.Key) ?? g.Key, g.Value.Count))
            .OrderBy(l => l.Text, StringComparer.Ordinal)]);

    private HomeView HomeContent(Archive archive, string root) =>
        new([.. archive.Articles.Take(HomeLatest).Select(a => Summary(a, root))], archive.Articles.Count, root + "timeline/");

    private static TimelineView TimelineContent(Archive archive, string root) =>
        new([.. archive.Timeline.AsEnumerable().Reverse().Where(y => y.Count > 0).Select(y => new YearView(
            y.Year,
            y.Count,
            [.. y.Months.Where(m => m.Articles.Count > 0).Select(m => new MonthView(
                $"{m.Year:D4}-{m.Month:D2}",
                DateText.MonthName(m.Month),
                m.Articles.Count,
                [.. m.Articles.Select(a => Summary(a, root))]))]))]);

    private Page Html(string path, string kind, string title, object content)
    {
        var root = RootFor(path);
        var page = new PageView(SiteView(root), title, Canonical(path), kind, content);
        var body = theme.RenderLayout(kind, page);
        var html = theme.RenderLayout("base", new LayoutView(page, body));
        return new Page(path, Encoding.UTF8.GetBytes(html));
    }

    private SiteView SiteView(string root) => new(site.Title, site.Description, site.Language, root,
    [
        new LinkView(root, "Latest"),
        new LinkView(root + "topics/", "Topics"),
        new LinkView(root + "leaders/", "Leaders"),
        new LinkView(root + "timeline/", "Timeline"),
    ]);

    private string? Canonical(string path) =>
        site.HasAbsoluteBaseUrl ? site.NormalizedBaseUrl + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path) : null;

    /// <summary>The relative path from a page back to the site root: "" for index.html, "../../" for articles/x/index.html.</summary>
    internal static string RootFor(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));

    private static string ArticleHref(string root, Article a) => $"{root}articles/{a.Slug}/";

    private static ArticleSummaryView Summary(Article a, string root) =>
        new(ArticleHref(root, a), a.Title, DateText.Iso(a.Date), DateText.ForReader(a), IsEstimate(a), a.Summary, a.Source);

    private static bool IsEstimate(Article a) => a.DateBasis is DateBasis.Inferred or DateBasis.Fallback;

    private static string DateNote(Article a) => a.DateBasis switch
    {
        DateBasis.Explicit => "Date stated in the article.",
        DateBasis.FrontMatter => "Date set by the archive's editors.",
        DateBasis.Fallback => "No dating evidence in the text; the date is when the file was added to the archive.",
        _ => a.DateEvidence.Count == 0 ? "Estimated date." : "Estimated from: " + string.Join("; ", a.DateEvidence) + ".",
    };
}
