using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Links and images in Markdown that a page's conversion left (a reader service's output, a page pasted into a
/// maintainer's <c>.md</c>): a line of nothing but links is the site's navigation or share bar, an image cannot be shown
/// (the site loads no image from elsewhere) and goes; a link inside text keeps its words and its address.
/// </summary>
internal static partial class MarkdownLinks
{
    /// <summary>
    /// A maintainer's Markdown without the link furniture a pasted page brought: menus, breadcrumbs and share bars,
    /// images. Text with no link is returned as it is.
    /// </summary>
    public static string StripFurniture(string text, RemovalLog log)
    {
        if (!text.Contains("](", StringComparison.Ordinal))
            return text;
        var kept = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (IsLinksOnly(line))
            {
                log.Add("layout", line);
                continue;
            }
            var shown = line;
            if (shown.Contains("![", StringComparison.Ordinal))
            {
                shown = WithoutImages(shown);
                if (ListMarker().Replace(shown, "").Trim().Length == 0)
                {
                    log.Add("caption", line);
                    continue;
                }
            }
            kept.Add(shown);
        }
        return string.Join('\n', kept);
    }

    /// <summary>
    /// A line (or list item) of links, linked images and the marks between them (<c>·</c>, <c>|</c>, <c>›</c>) and nothing
    /// else: a menu, a language switch, breadcrumbs, a share bar, a "Related" list, a skip link.
    /// </summary>
    public static bool IsLinksOnly(string line)
    {
        if (!line.Contains("](", StringComparison.Ordinal))
            return false;
        var rest = Image().Replace(Link().Replace(LinkedImage().Replace(line, " "), " "), " ");
        return !rest.Any(char.IsLetterOrDigit) || ListMarker().Replace(rest, "").All(c => !char.IsLetterOrDigit(c)) || GlyphShareRow.IsRow(rest);
    }

    /// <summary>What a reader sees of a converted page's line: each link's words, no image.</summary>
    public static string VisibleText(string line) => LinkedImage().Replace(Image().Replace(Link().Replace(line, "${text}"), ""), "");

    /// <summary>The line without its images (and images inside links).</summary>
    public static string WithoutImages(string line) => Image().Replace(LinkedImage().Replace(line, ""), "");

    /// <summary>An image inside a link: <c>[![Image 1: logo](…)](…)</c>.</summary>
    [GeneratedRegex(@"\[!\[[^\]]*\]\([^)\s]*\)\]\([^)\s]*\)")]
    private static partial Regex LinkedImage();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)\s]*(?:\s+""[^""]*"")?\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"(?<!!)\[(?<text>[^\]]*)\]\([^)\s]*(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    /// <summary>A list item's marker: <c>*</c>, <c>-</c>, <c>1.</c>.</summary>
    [GeneratedRegex(@"^\s*(?:[*+-]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();
}
