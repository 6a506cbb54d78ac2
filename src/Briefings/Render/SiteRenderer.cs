using System.Collections.Concurrent;
using System.Text;
using Briefings.Annotate;
using Briefings.Index;
using Briefings.Load;
using Briefings.Publish;
using Briefings.Render.Files;
using Briefings.Render.Pages;
using Briefings.Search;

namespace Briefings.Render;

/// <summary>
/// The Render stage: page builders turn the archive into view models, the theme draws them, and feeds, the sitemap
/// and robots.txt are written with System.Xml. Pages render in parallel; every grouping comes precomputed from Index.
/// </summary>
public sealed class SiteRenderer(SiteConfig site, Theme theme)
{
    /// <summary>Whether the build indexes the site for search; the search page says so when it does not.</summary>
    public bool SearchAvailable { get; init; }

    public IReadOnlyList<Page> Render(Archive archive) => Render(archive, includeArticle: null);

    /// <summary>All pages of <see cref="RenderTo"/>, collected and sorted by path.</summary>
    public IReadOnlyList<Page> Render(Archive archive, Func<string, bool>? includeArticle, Func<PageSpec, bool>? includePage = null)
    {
        var pages = new ConcurrentBag<Page>();
        RenderTo(archive, pages.Add, includeArticle, includePage);
        return [.. pages.OrderBy(p => p.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Renders the site in parallel, handing each page to <paramref name="emit"/> (from any thread) as soon as it is
    /// drawn, so a large site never waits whole in memory. Skips the pages an incremental build keeps: article pages
    /// <paramref name="includeArticle"/> declines (asked per article page path, before its model is built) and other
    /// pages whose model <paramref name="includePage"/> declines (asked before the theme draws them). Feeds, the
    /// sitemap and robots.txt are always emitted. Returns how many pages were emitted.
    /// </summary>
    /// <param name="articlesOnly">
    /// An incremental build knows that nothing but article pages can have changed: the listing pages, feeds, sitemap
    /// and robots.txt are not produced at all.
    /// </param>
    public int RenderTo(
        Archive archive,
        Action<Page> emit,
        Func<string, bool>? includeArticle = null,
        Func<PageSpec, bool>? includePage = null,
        bool articlesOnly = false)
    {
        var emitted = 0;
        void Emit(Page page)
        {
            emit(page);
            Interlocked.Increment(ref emitted);
        }
        var listings = new ConcurrentBag<(string Path, DateOnly? LastModified)>();
        void Draw(Func<IEnumerable<PageSpec>> job)
        {
            foreach (var spec in job())
            {
                if (spec.InSitemap && spec.Kind != "article")
                    listings.Add((spec.Path, spec.LastModified));
                if (spec.Kind == "article" || (includePage?.Invoke(spec) ?? true))
                    Emit(Html(spec));
            }
        }

        // Asked in parallel: deciding means a look at the disk per page (is last build's page still there?).
        var articles = includeArticle is null ? archive.Articles : ParallelFilter.Where(archive.Articles, a => includeArticle(ArticlePath(a)));
        var articleJobs = articles.Select(a => (Func<IEnumerable<PageSpec>>)(() => [ArticlePage.Build(archive, site, a)]));
        if (articlesOnly)
        {
            Parallel.ForEach(articleJobs, Draw);
            return emitted;
        }

        var jobs = new List<Func<IEnumerable<PageSpec>>>
        {
            () => [HomePage.Build(archive, site)],
            () => [TimelinePage.Build(archive)],
            () => [TopicPages.Index(archive)],
            () => [LeaderPages.Index(archive)],
            () => [NotFound()],
        };
        if (theme.HasLayout("search"))
            jobs.Add(() => [Search(archive)]);
        jobs.AddRange(archive.Topics.Values.Select(t => (Func<IEnumerable<PageSpec>>)(() => TopicPages.For(archive, t))));
        jobs.AddRange(archive.Leaders.Values.Select(l => (Func<IEnumerable<PageSpec>>)(() => LeaderPages.For(archive, l))));
        Parallel.ForEach(Feeds(archive), feed => Emit(feed()));
        Parallel.ForEach(jobs, Draw);
        // Every listing page is known now: the sitemap (one long file of every page's address) is written on its own
        // thread while the article pages are drawn, not after them on one core. Article pages an incremental build
        // skips are still on the site: the sitemap lists every article from the archive.
        var listed = listings.Concat(archive.Articles.Select(a => (ArticlePath(a), Pages.ArticlePage.LastModified(a))));
        var sitemap = Task.Run(() => Emit(Sitemap.Write(site, listed)));
        Parallel.ForEach(articleJobs, Draw);
        sitemap.GetAwaiter().GetResult();
        Emit(Sitemap.Robots(site));
        return emitted;
    }

    /// <summary>Where an article's page is written, relative to the site root.</summary>
    public static string ArticlePath(Article a) => $"articles/{a.Slug}/index.html";

    /// <summary>The site's feed and one per topic and leader, each to be written by whichever worker takes it.</summary>
    private IEnumerable<Func<Page>> Feeds(Archive archive)
    {
        yield return () => AtomFeed.Write(site, "feed.xml", "", site.Title + ": latest briefings", archive.Articles);
        foreach (var t in archive.Topics.Values)
            yield return () => AtomFeed.Write(site, $"topics/{t.Id}/feed.xml", $"topics/{t.Id}/", $"{t.Name}: latest briefings", t.Articles);
        foreach (var l in archive.Leaders.Values)
            yield return () => AtomFeed.Write(site, $"leaders/{l.Id}/feed.xml", $"leaders/{l.Id}/", $"{l.Name}: latest briefings", l.Articles);
    }

    /// <summary>
    /// A host serves 404.html at whatever address was missing, at any depth, so its links cannot be relative:
    /// they start from the base path.
    /// </summary>
    private PageSpec NotFound()
    {
        var links = new Links(Sitemap.BasePath(site));
        return new PageSpec("404.html", "not-found", "Page not found", new NotFoundView(links.Home, links.Timeline, links.Topics, links.Leaders), InSitemap: false);
    }

    private PageSpec Search(Archive archive) =>
        new("search/index.html", "search", "Search", SearchPageView.For(archive, SearchAvailable), InSitemap: false);

    private Page Html(PageSpec spec)
    {
        var links = spec.Path == "404.html" ? new Links(Sitemap.BasePath(site)) : Links.ForPage(spec.Path);
        var page = new PageView(
            SiteView(links, spec.Kind),
            spec.Title,
            site.HasAbsoluteBaseUrl ? site.NormalizedBaseUrl + Sitemap.PrettyPath(spec.Path) : null,
            spec.Kind,
            spec.Content,
            spec.Description ?? site.Description,
            spec.Feed ?? new FeedLinkView(links.Feed, site.Title + ": latest briefings"),
            spec.Meta ?? [],
            spec.JsonLd);
        var body = theme.RenderLayout(spec.Kind, page);
        return new Page(spec.Path, theme.RenderLayoutUtf8("base", new LayoutView(page, body)));
    }

    private SiteView SiteView(Links links, string kind) => new(site.Title, site.Description, site.Language, links.Root, links.Home,
    [
        new LinkView(links.Home, "Latest", Current: kind == "home"),
        new LinkView(links.Topics, "Topics", Current: kind == "topics"),
        new LinkView(links.Leaders, "Leaders", Current: kind == "leaders"),
        new LinkView(links.Timeline, "Timeline", Current: kind == "timeline"),
    ], links.Feed);
}
