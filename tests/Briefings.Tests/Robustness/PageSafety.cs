using System.Text.RegularExpressions;

namespace Briefings.Tests.Robustness;

/// <summary>What "article text never becomes live markup" means for a built page, checked on its HTML.</summary>
public static partial class PageSafety
{
    /// <summary>Every way a page could run script it was not designed to run; empty when the page is safe.</summary>
    public static IEnumerable<string> Violations(string html)
    {
        foreach (Match script in ScriptTag().Matches(html))
        {
            var attributes = script.Groups["attrs"].Value;
            var isData = attributes.Contains("type=\"application/ld+json\"", StringComparison.Ordinal);
            var isSameSiteFile = SrcAttribute().Match(attributes) is { Success: true } src && !src.Groups["url"].Value.Contains(':', StringComparison.Ordinal);
            if (!isData && !isSameSiteFile)
                yield return "script element: " + script.Value[..Math.Min(80, script.Value.Length)];
        }
        foreach (Match handler in EventHandler().Matches(html))
            yield return "event-handler attribute: " + handler.Value;
        foreach (Match link in ScriptUrl().Matches(html))
            yield return "script URL: " + link.Value;
        if (html.Contains("<iframe", StringComparison.OrdinalIgnoreCase) || html.Contains("<object", StringComparison.OrdinalIgnoreCase) || html.Contains("<embed", StringComparison.OrdinalIgnoreCase))
            yield return "embedded frame or object";
    }

    [GeneratedRegex(@"<script(?<attrs>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("src=\"(?<url>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex SrcAttribute();

    // An on*= attribute inside a tag (text outside tags is escaped and cannot contain a raw '<').
    [GeneratedRegex(@"<[a-zA-Z][^<>]*\s on[a-z]+\s*=", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"(?:href|src|action)\s*=\s*[""']?\s*(?:javascript|vbscript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();
}
