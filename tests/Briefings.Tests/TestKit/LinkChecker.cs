using System.Text.RegularExpressions;

namespace Briefings.Tests.TestKit;

/// <summary>
/// Walks every HTML page of a built site and lists internal links, anchors (#id) and assets that do not resolve.
/// Links that start with the site's base path (the 404 page uses them) are resolved from the site root.
/// </summary>
public static partial class LinkChecker
{
    public static IReadOnlyList<string> BrokenLinks(string siteDir, string basePath = "/")
    {
        var root = Path.GetFullPath(siteDir);
        var idsByPage = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file)
        {
            if (!idsByPage.TryGetValue(file, out var ids))
                idsByPage[file] = ids = [.. Id().Matches(File.ReadAllText(file)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["id"].Value))];
            return ids;
        }

        var broken = new List<string>();
        foreach (var page in Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var html = File.ReadAllText(page);
            foreach (Match m in Reference().Matches(html))
            {
                var target = System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value);
                if (IsExternal(target))
                    continue;
                var hash = target.IndexOf('#');
                var fragment = hash >= 0 ? Uri.UnescapeDataString(target[(hash + 1)..]) : null;
                var path = target.Split('#', '?')[0];
                var resolved = path.Length == 0 ? page : Resolve(root, page, path, basePath);
                if (resolved is not null && Directory.Exists(resolved))
                    resolved = Path.Combine(resolved, "index.html");
                if (resolved is null || !File.Exists(resolved))
                    broken.Add($"{Path.GetRelativePath(root, page)}: {target}");
                else if (fragment is { Length: > 0 } && resolved.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(resolved).Contains(fragment))
                    broken.Add($"{Path.GetRelativePath(root, page)}: {target} (no element with id '{fragment}')");
            }
        }
        return broken;
    }

    private static string? Resolve(string root, string page, string path, string basePath)
    {
        string full;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
                return null;
            full = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(path[basePath.Length..])));
        }
        else
            full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
        // A link that climbs out of the site would break under a sub-path even if a file happens to exist there.
        return full.StartsWith(root, StringComparison.Ordinal) ? full : null;
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("""\s(?:href|src)="(?<url>[^"]*)"|<link[^>]+href='(?<url>[^']*)'""")]
    private static partial Regex Reference();

    [GeneratedRegex(""""\sid="(?<id>[^"]*)"""")]
    private static partial Regex Id();
}
