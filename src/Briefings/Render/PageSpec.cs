namespace Briefings.Render;

/// <summary>
/// A page to render: where it goes, which theme layout draws it, and its content model. Page builders return these;
/// <see cref="SiteRenderer"/> adds what every page shares and runs the theme.
/// </summary>
/// <param name="Path">Output path relative to the site root, forward slashes ("topics/nato/index.html").</param>
/// <param name="Description">Meta description; the site's description when null.</param>
/// <param name="InSitemap">False for pages a search engine should not list (404, search).</param>
public sealed record PageSpec(
    string Path,
    string Kind,
    string Title,
    object Content,
    string? Description = null,
    FeedLinkView? Feed = null,
    IReadOnlyList<MetaView>? Meta = null,
    string? JsonLd = null,
    bool InSitemap = true,
    DateOnly? LastModified = null);
