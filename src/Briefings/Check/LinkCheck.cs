using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Briefings.Diagnostics;

namespace Briefings.Check;

/// <summary>
/// Every internal link and asset reference in the built site resolves to a file, and every <c>#fragment</c> to an
/// element id on the target page. Pages are scanned as text (the site's own templates write plain attributes), so a
/// 10,000-page site checks in seconds.
/// </summary>
public static partial class LinkCheck
{
    /// <summary>Checks <paramref name="siteDir"/>; problems are reported against <c>site/&lt;page&gt;</c>; returns (pages, links).</summary>
    public static (int Pages, int Links) Run(string siteDir, ProblemLog problems)
    {
        var pages = Directory.EnumerateFiles(siteDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var ids = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = 0;
        Parallel.ForEach(pages, page =>
        {
            var html = File.ReadAllText(page);
            var where = "site/" + Path.GetRelativePath(siteDir, page).Replace('\\', '/');
            var lines = new LineCounter(html);
            foreach (Match m in Reference().Matches(html))
            {
                Interlocked.Increment(ref links);
                var url = WebUtility.HtmlDecode(m.Groups["url"].Value).Trim();
                var line = lines.At(m.Index);
                if (url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Error(where, line, $"script link '{Shorten(url)}'", "article text must never become a live link; fix the cleaning of its source");
                    continue;
                }
                if (IsExternal(url))
                    continue;
                var (target, fragment) = Resolve(siteDir, page, url);
                if (target is null)
                    problems.Error(where, line, $"broken link '{url}': no such file in the site", "rebuild, or fix the link in the theme or the article");
                else if (fragment is { Length: > 0 } && !IdsOf(target, ids).Contains(fragment))
                    problems.Error(where, line, $"broken anchor '{url}': no element with id '{fragment}'", "link to a heading or element that exists on that page");
            }
        });
        return (pages.Count, links);
    }

    private static (string? Target, string? Fragment) Resolve(string siteDir, string page, string url)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var path = (hash >= 0 ? url[..hash] : url).Split('?')[0];
        if (path.Length == 0)
            return (page, fragment);
        var resolved = path.StartsWith('/')
            ? Path.GetFullPath(Path.Combine(siteDir, Uri.UnescapeDataString(path.TrimStart('/'))))
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
        if (!resolved.StartsWith(Path.GetFullPath(siteDir), StringComparison.Ordinal))
            return (null, fragment);
        if (Directory.Exists(resolved))
            resolved = Path.Combine(resolved, "index.html");
        return (File.Exists(resolved) ? resolved : null, fragment);
    }

    private static HashSet<string> IdsOf(string page, ConcurrentDictionary<string, HashSet<string>> cache) =>
        cache.GetOrAdd(page, p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            ? [.. Id().Matches(File.ReadAllText(p)).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value))]
            : []);

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(url);

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";

    [GeneratedRegex("""\s(?:href|src)\s*=\s*(?:"(?<url>[^"]*)"|'(?<url>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex("""\s(?:id|name)\s*=\s*(?:"(?<id>[^"]*)"|'(?<id>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex Id();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
