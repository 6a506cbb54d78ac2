using Briefings.Load;

namespace Briefings.Render.Files;

/// <summary>
/// sitemap.xml and robots.txt. The sitemap protocol wants absolute URLs: with an absolute base URL they are; without
/// one, locations are paths from the host's root (the base path), the closest a build can know.
/// </summary>
internal static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="pages">Every page to list: its output path and, when known, the date it last changed.</param>
    public static Page Write(SiteConfig site, IEnumerable<(string Path, DateOnly? LastModified)> pages)
    {
        var bytes = XmlFiles.Write(w =>
        {
            w.WriteStartElement("urlset", Namespace);
            foreach (var page in pages.OrderBy(p => p.Path, StringComparer.Ordinal))
            {
                w.WriteStartElement("url", Namespace);
                w.WriteElementString("loc", Namespace, BaseFor(site) + PrettyPath(page.Path));
                if (page.LastModified is { } date)
                    w.WriteElementString("lastmod", Namespace, DateText.Iso(date));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
        return new Page("sitemap.xml", bytes);
    }

    public static Page Robots(SiteConfig site)
    {
        var text = "User-agent: *\nAllow: /\n";
        if (site.HasAbsoluteBaseUrl)
            text += $"Sitemap: {site.NormalizedBaseUrl}sitemap.xml\n";
        return new Page("robots.txt", System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The base as an absolute URL when known, else as a path from the host root ("/briefings/").</summary>
    public static string BaseFor(SiteConfig site) => site.HasAbsoluteBaseUrl ? site.NormalizedBaseUrl : BasePath(site);

    /// <summary>The path part of the base URL, with a leading and a trailing slash: "/", "/briefings/".</summary>
    public static string BasePath(SiteConfig site)
    {
        var path = site.HasAbsoluteBaseUrl ? new Uri(site.NormalizedBaseUrl).AbsolutePath : site.NormalizedBaseUrl;
        return "/" + path.Trim('/') + (path.Trim('/').Length > 0 ? "/" : "");
    }

    /// <summary>"topics/nato/index.html" → "topics/nato/"; "404.html" stays.</summary>
    public static string PrettyPath(string path) =>
        path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
}
