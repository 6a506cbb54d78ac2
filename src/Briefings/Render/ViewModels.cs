namespace Briefings.Render;

// View models: plain data for the theme. Property names are what templates bind to.
// Every href is relative to the page it appears on, so the site works under any base path and from a plain folder.

public sealed record LinkView(string Href, string Text, int Count = 0, bool Current = false);

public sealed record SiteView(string Title, string Description, string Language, string Root, IReadOnlyList<LinkView> Nav);

public sealed record ArticleSummaryView(string Href, string Title, string DateIso, string DateText, bool DateIsEstimate, string Summary, string? Source);

public sealed record ArticleView(
    string Title,
    string DateIso,
    string DateText,
    bool DateIsEstimate,
    string DateNote,
    string? Source,
    int ReadingMinutes,
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<LinkView> Leaders,
    string BodyHtml,
    LinkView? Previous,
    LinkView? Next,
    IReadOnlyList<ArticleSummaryView> Related)
{
    /// <summary>The year of the (possibly estimated) date: the search index's year filter.</summary>
    public string Year => DateIso[..4];
}

public sealed record MonthView(string Id, string Name, int Count, IReadOnlyList<ArticleSummaryView> Articles);

public sealed record YearView(int Year, int Count, IReadOnlyList<MonthView> Months);

public sealed record TimelineView(IReadOnlyList<YearView> Years);

public sealed record HomeView(IReadOnlyList<ArticleSummaryView> Latest, int Total, string TimelineHref);

/// <summary>What every layout receives: the site, the page's own title and root, and the page's content model.</summary>
public sealed record PageView(SiteView Site, string PageTitle, string? Canonical, string Kind, object Content);

/// <summary>The base layout's model: the page and the HTML its kind layout produced.</summary>
public sealed record LayoutView(PageView Page, string Body);

/// <summary>A topic or leader page: its name, a description and its articles.</summary>
public sealed record TermView(string Name, string Description, IReadOnlyList<ArticleSummaryView> Articles);

/// <summary>The topics or leaders index: every term with its article count.</summary>
public sealed record TermIndexView(string Heading, IReadOnlyList<LinkView> Terms);
