using System.Text.RegularExpressions;

namespace Briefings.Tests.TestKit;

/// <summary>Walks every HTML page of a built site and lists internal links and assets that do not resolve to a file.</summary>
public static partial class LinkChecker
{
    public static IReadOnlyList<string> BrokenLinks(string siteDir)
    {
        var broken = new List<string>();
        foreach (var page in Directory.EnumerateFiles(siteDir, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            foreach (Match m in Reference().Matches(html))
            {
                var target = System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value);
                if (IsExternal(target) || target.StartsWith('#'))
                    continue;
                var path = target.Split('#', '?')[0];
                if (path.Length == 0)
                    continue;
                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
                if (Directory.Exists(resolved))
                    resolved = Path.Combine(resolved, "index.html");
                if (!File.Exists(resolved))
                    broken.Add($"{Path.GetRelativePath(siteDir, page)}: {target}");
            }
        }
        return broken;
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("""(?:href|src)="(?<url>[^"]*)"|<link[^>]+href='(?<url>[^']*)'""")]
    private static partial Regex Reference();
}
