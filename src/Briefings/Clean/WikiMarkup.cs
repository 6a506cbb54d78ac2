using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A wiki's source text (MediaWiki's, as a news wiki's edit page or a dump shows it): <c>==Heading==</c> lines,
/// <c>'''bold'''</c> and <c>''italic''</c> quotes, links (<c>[[Target|words]]</c>, <c>[http://… words]</c>), templates
/// (<c>{{w|Name}}</c>, <c>{{date|May 17, 2007}}</c>, infoboxes), pictures, references, categories and links to other
/// languages; on an edit page, the site's menus and warnings above the text and the save form below it. Read as the
/// article the wiki would show: headings, paragraphs and lists, the linked words without their targets, the date a
/// date template gives, and no related-news, sources or external-links section.
/// </summary>
internal static partial class WikiMarkup
{
    private static readonly HashSet<string> BackMatter = new(StringComparer.OrdinalIgnoreCase)
    {
        "related news", "sources", "references", "external links", "see also", "notes", "further reading", "bibliography",
    };

    /// <summary>The article a wiki's source text holds; the text itself when it is no wiki source.</summary>
    public static string Convert(string text, ArticleFacts facts, RemovalLog log)
    {
        // Cheap tests first: a wiki's source has templates or links, and headings or bold quotes.
        if (!text.Contains("{{", StringComparison.Ordinal) && !text.Contains("[[", StringComparison.Ordinal)
            || !text.Contains("'''", StringComparison.Ordinal) && !text.Contains("\n==", StringComparison.Ordinal))
            return text;
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, IsWikiLine);
        var last = Array.FindLastIndex(lines, IsWikiLine);
        if (first < 0 || lines.Count(l => Heading().IsMatch(l) || l.Contains("'''", StringComparison.Ordinal) || l.Contains("{{", StringComparison.Ordinal)) < 3)
            return text;
        // An edit page: the site's chrome above the text (its headline in "Editing …"), the save form below it.
        foreach (var line in lines[..first].Concat(lines[(last + 1)..]))
        {
            if (EditingTitle().Match(line) is { Success: true } editing)
                facts.Title ??= editing.Groups["title"].Value.Trim();
            if (line.Trim().Length > 0)
                log.Add("layout", line.Trim());
        }
        var story = new StringBuilder();
        var skipping = false;
        foreach (var raw in lines[first..(last + 1)])
        {
            var line = raw.TrimEnd('\r');
            if (Heading().Match(line) is { Success: true } heading)
            {
                var name = heading.Groups["text"].Value.Trim();
                skipping = BackMatter.Contains(name);
                if (!skipping)
                    story.Append("\n## ").Append(Inline(name)).Append("\n\n");
                else
                    log.Add("layout", name);
                continue;
            }
            if (skipping)
            {
                log.Add("layout", line);
                continue;
            }
            var converted = Inline(line).Trim();
            if (converted.Length == 0)
            {
                story.Append('\n');
                continue;
            }
            story.Append(line.StartsWith('*') ? "- " + converted.TrimStart('*', ' ') : converted).Append('\n');
        }
        return story.ToString();
    }

    /// <summary>A line of the wiki's own syntax: a heading, a template, a link, a bold opening.</summary>
    private static bool IsWikiLine(string line) =>
        line.StartsWith("{{", StringComparison.Ordinal) || line.StartsWith("[[", StringComparison.Ordinal) || line.StartsWith("'''", StringComparison.Ordinal)
        || Heading().IsMatch(line);

    /// <summary>A line as the wiki shows it: references, pictures, categories and templates gone, links as their words.</summary>
    private static string Inline(string line)
    {
        line = Reference().Replace(line, "");
        line = WordsTemplate().Replace(line, "${words}");
        // Templates nest ("[[Image:…|{{Image credit|…}}]]"): the innermost go first.
        for (var round = 0; round < 4 && line.Contains("{{", StringComparison.Ordinal); round++)
            line = Template().Replace(line, "");
        line = FileOrCategory().Replace(line, "");
        line = InternalLink().Replace(line, m => m.Groups["words"].Success ? m.Groups["words"].Value : m.Groups["target"].Value);
        line = ExternalLink().Replace(line, "${words}");
        return line.Replace("'''", "", StringComparison.Ordinal).Replace("''", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<marks>={2,6})\s*(?<text>[^=].*?)\s*\k<marks>\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*Editing\s+(?<title>\S.{8,200})$")]
    private static partial Regex EditingTitle();

    [GeneratedRegex(@"<ref[^>/]*/>|<ref[^>]*>.*?</ref>|<references\s*/>", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    /// <summary>Templates that stand for words: a cross-wiki link (<c>{{w|Urmas Paet}}</c>), a date (<c>{{date|May 17, 2007}}</c>).</summary>
    [GeneratedRegex(@"\{\{(?:w|date|lang|nowrap)\|(?<words>[^{}|]+)(?:\|[^{}]*)?\}\}", RegexOptions.IgnoreCase)]
    private static partial Regex WordsTemplate();

    [GeneratedRegex(@"\{\{[^{}]*\}\}")]
    private static partial Regex Template();

    [GeneratedRegex(@"\[\[(?:Image|File|Media|Category|[a-z]{2,3}(?:-[a-z]+)?):[^\]]*\]\]", RegexOptions.IgnoreCase)]
    private static partial Regex FileOrCategory();

    [GeneratedRegex(@"\[\[(?:w:)?(?<target>[^\]|]+)(?:\|(?<words>[^\]]+))?\]\]")]
    private static partial Regex InternalLink();

    [GeneratedRegex(@"\[(?:https?|ftp)://\S+(?:\s+(?<words>[^\]]+))?\]")]
    private static partial Regex ExternalLink();
}
