using Briefings.Annotate;

namespace Briefings.Render;

/// <summary>
/// Hrefs as seen from one page. <see cref="Root"/> leads back to the site root: relative ("../../") on ordinary pages,
/// so the site works from any sub-path or a plain folder; the absolute base path on the 404 page, which a host serves
/// at whatever address was missing.
/// </summary>
public sealed class Links(string root)
{
    public string Root { get; } = root;

    public static Links ForPage(string pagePath) => new(RootFor(pagePath));

    /// <summary>The relative path from a page back to the site root: "" for index.html, "../../" for articles/x/index.html.</summary>
    public static string RootFor(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));

    public string Home => Root.Length == 0 ? "./" : Root;

    public string Article(Article a) => $"{Root}articles/{a.Slug}/";

    public string Topics => Root + "topics/";

    public string Topic(string id) => $"{Root}topics/{id}/";

    public string Leaders => Root + "leaders/";

    public string Leader(string id) => $"{Root}leaders/{id}/";

    public string Timeline => Root + "timeline/";

    public string Search => Root + "search/";

    public string Feed => Root + "feed.xml";

    public string TopicFeed(string id) => $"{Root}topics/{id}/feed.xml";

    public string LeaderFeed(string id) => $"{Root}leaders/{id}/feed.xml";
}
