using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A web page fetched through a reader service that returns it as Markdown (the kind scrapers and research tools call
/// with a URL): a header of fields (<c>Title:</c> with the site's name after a bar, <c>URL Source:</c>,
/// <c>Published Time:</c>), then <c>Markdown Content:</c> and the whole page converted — skip links, the site's menu
/// as a list of links, language switches and breadcrumbs, share buttons as linked images
/// (<c>[![Image 2: Share on Facebook](…)](…)</c>), photos as <c>![Image 6: …](…)</c>, and links throughout the text.
/// It is a scraped page, not a maintainer's Markdown: a line of nothing but links is the site's navigation, a link in a
/// sentence keeps its words, an image goes (its caption, under it, is read as any caption is). The headline is the
/// page's own heading that the <c>Title:</c> holds (the title adds a site suffix, perhaps a kicker), else the title
/// without its suffix; the date is the published time.
/// </summary>
internal static partial class ReaderServiceMarkdown
{
    /// <summary>The page's Markdown without the service's header and the page's link furniture; the text itself when it is none.</summary>
    public static string Unwrap(string text, ArticleFacts facts, RemovalLog log, out bool converted)
    {
        converted = false;
        if (!text.Contains("Markdown Content:", StringComparison.Ordinal))
            return text;
        var lines = text.Split('\n');
        var content = Array.FindIndex(lines, l => l.TrimStart('\uFEFF', ' ').StartsWith("Markdown Content:", StringComparison.Ordinal));
        if (content is < 0 or > 30)
            return text;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines[..content])
        {
            // Other lines there (a warning the service adds, a line the page's scrape put first) are the service's too.
            if (HeaderField().Match(line.Trim().TrimStart('\uFEFF')) is { Success: true } field)
                fields[field.Groups["name"].Value] = field.Groups["value"].Value.Trim();
        }
        if (!fields.ContainsKey("URL Source"))
            return text;
        foreach (var line in lines[..content])
            log.Add("layout", line);
        converted = true;
        log.Add("layout", lines[content]);
        var body = new List<string> { lines[content].TrimStart('\uFEFF', ' ')["Markdown Content:".Length..].Trim() };
        body.AddRange(lines[(content + 1)..]);
        if (fields.TryGetValue("Published Time", out var published))
            facts.OfferDate(ExplicitDateParser.Find(published)?.Date);
        var kept = new List<string>(body.Count);
        // The last label kept (a heading, a line in bold) while nothing but blank lines has followed it.
        var label = -1;
        foreach (var raw in body)
        {
            var line = raw.TrimEnd('\r');
            if (MarkdownLinks.IsLinksOnly(line))
            {
                log.Add("layout", line);
                // A label over links alone ("**Sources**", "### Related") labelled what went.
                if (label >= 0)
                {
                    log.Add("layout", kept[label]);
                    kept.RemoveRange(label, kept.Count - label);
                    label = -1;
                }
                continue;
            }
            if (line.Trim().Length > 0)
                label = Label().IsMatch(line) ? kept.Count : -1;
            kept.Add(MarkdownLinks.VisibleText(line));
        }
        var page = string.Join('\n', kept);
        if (fields.TryGetValue("Title", out var title) && title.Length > 0)
        {
            var (headline, site) = TitleRules.SplitSiteSuffix(title, null);
            facts.OfferSource(site);
            // The page's own heading, when the title holds it with a kicker or a suffix around it.
            var heading = FirstHeading(page);
            facts.Title ??= heading is { Length: > 10 } && title.Contains(heading, StringComparison.OrdinalIgnoreCase) ? heading : headline;
        }
        return page;
    }

    /// <summary>The text of the page's first heading, ATX (<c># …</c>) or setext (a line over <c>===</c>/<c>---</c>).</summary>
    private static string? FirstHeading(string page)
    {
        string? previous = null;
        foreach (var raw in page.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
                return line.TrimStart('#').Trim();
            if (previous is { Length: > 0 } && line.Length >= 3 && (line.All(c => c == '=') || line.All(c => c == '-')))
                return previous;
            previous = line;
        }
        return null;
    }

    /// <summary>A heading or a line wholly in bold: <c>### Related</c>, <c>**Sources**</c>.</summary>
    [GeneratedRegex(@"^\s*(?:#{1,6}\s+\S.*|\*\*[^*]+\*\*:?|__[^_]+__:?)\s*$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?<name>Title|URL Source|Published Time|Description|Number of Pages|Warning|Language|Author|Site Name)\s*:\s*(?<value>.*)$")]
    private static partial Regex HeaderField();
}
