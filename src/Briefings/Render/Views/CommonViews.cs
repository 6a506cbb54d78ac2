namespace Briefings.Render;

// View models: plain data for the theme. Property names are what templates bind to.
// Every href is relative to the page it appears on, so the site works under any base path and from a plain folder.

/// <summary>A link. <paramref name="Count"/> is shown beside it where the theme lists counts.</summary>
public sealed record LinkView(string Href, string Text, int Count = 0, bool Current = false)
{
    /// <summary>The count in words, for screen readers: "3 briefings".</summary>
    public string CountText => Counts.Briefings(Count);
}

/// <summary>A &lt;meta property content&gt; pair (Open Graph).</summary>
public sealed record MetaView(string Property, string Content);

/// <summary>An Atom feed the page advertises.</summary>
public sealed record FeedLinkView(string Href, string Title);

/// <param name="Root">Prefix that leads from the page back to the site root ("", "../../", or the base path on 404.html).</param>
/// <param name="Home">Link to the home page (never empty).</param>
public sealed record SiteView(string Title, string Description, string Language, string Root, string Home, IReadOnlyList<LinkView> Nav, string FeedHref);

/// <summary>What every layout receives: the site, the page's own title and root, and the page's content model.</summary>
/// <param name="Description">The page's meta description.</param>
/// <param name="JsonLd">schema.org JSON, already serialised with HTML-sensitive characters escaped (safe inside a script element).</param>
public sealed record PageView(
    SiteView Site,
    string PageTitle,
    string? Canonical,
    string Kind,
    object Content,
    string Description,
    FeedLinkView? Feed,
    IReadOnlyList<MetaView> Meta,
    string? JsonLd);

/// <summary>The base layout's model: the page and the HTML its kind layout produced.</summary>
public sealed record LayoutView(PageView Page, string Body);

/// <summary>A briefing in a list.</summary>
public sealed record ArticleSummaryView(string Href, string Title, string DateIso, string DateText, bool DateIsEstimate, string Summary, string? Source);

/// <summary>Links between the pages of a long list; null on a list that fits one page.</summary>
/// <param name="Pages">The first and last pages and those around the current one, with gaps between them.</param>
public sealed record PaginationView(int Current, int Total, LinkView? Previous, LinkView? Next, IReadOnlyList<PageNumberView> Pages);

/// <summary>A numbered link to one page of a list, or a gap standing for the pages left out between two links.</summary>
public sealed record PageNumberView(string Href, string Text, bool Current, bool IsGap);
