using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// An article saved in a read-later service (Pocket, Instapaper, Omnivore and their kind) and exported as text or
/// Markdown: the service's header above the page (<c>Shelfmark — Reader export</c>, the headline, <c>Saved from:</c> and
/// <c>Original URL:</c>, <c>Saved 12 Feb 2024 · Folder: … · Tags: …</c>, <c>*Saved to Tidepool on … · 7 min read ·
/// [Open original](…)*</c>, a properties quote <c>&gt; **Site:** … · **Progress:** 100%</c>), and its footer below
/// (<c>End of saved article · Highlights: 0 · Notes: 0</c>, <c>Exported from … · Markdown export v2</c>, the reader's own
/// <c>## My notes</c>). None of it is the article, and the save date is the reader's, not the article's; the headline
/// in the header is the article's title.
/// </summary>
internal static partial class ReadLaterExport
{
    /// <summary>The saved page without the service's header, footer and the reader's notes; the text itself when it is no export.</summary>
    public static string Strip(string text, ArticleFacts facts, RemovalLog log)
    {
        if (!text.Contains("Saved", StringComparison.Ordinal) || !text.Contains("xport", StringComparison.Ordinal) && !text.Contains("saved article", StringComparison.OrdinalIgnoreCase))
            return text;
        var lines = text.Split('\n');
        if (!lines.Any(l => ExportSignature().IsMatch(l)) || !lines.Any(l => IsServiceLine(l) && l.Contains("Saved", StringComparison.Ordinal)))
            return text;
        var kept = new List<string>(lines.Length);
        var headerEnd = HeaderEnd(lines);
        var inNotes = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (IsServiceLine(line) || i < headerEnd && LayoutRules.IsRuleLine(line))
            {
                log.Add("layout", line);
                continue;
            }
            // The one line of the header that is not the service's is the article's headline; a Markdown heading is
            // left for the Markdown reader, which takes it as the title.
            if (i < headerEnd && line.Length > 0 && !line.StartsWith('#'))
            {
                facts.Title ??= line;
                log.Add("duplicate-title", line);
                continue;
            }
            if (NotesHeading().IsMatch(line))
                inNotes = true;
            if (inNotes)
            {
                if (line.Length > 0)
                    log.Add("layout", line);
                continue;
            }
            kept.Add(lines[i]);
        }
        return string.Join('\n', kept);
    }

    /// <summary>
    /// The line after the header's last service line, when the header opens the file (within its first twelve lines
    /// and none of them prose); 0 when the file opens with the page.
    /// </summary>
    private static int HeaderEnd(string[] lines)
    {
        var end = 0;
        for (var i = 0; i < Math.Min(lines.Length, 12); i++)
        {
            var line = lines[i].Trim();
            if (IsServiceLine(line))
                end = i + 1;
            else if (WordCount.IsSentence(line, 25))
                break;
        }
        // A rule closing the header belongs to it.
        while (end < lines.Length && end < 14 && LayoutRules.IsRuleLine(lines[end]))
            end++;
        return end;
    }

    /// <summary>A line made only of the service's fields, separated by middle dots.</summary>
    private static bool IsServiceLine(string line)
    {
        var body = line.Trim().TrimStart('>').Trim().Trim('*', '_').Trim();
        if (body.Length == 0)
            return false;
        var parts = body.Split('·');
        foreach (var part in parts)
        {
            var field = part.Replace("**", "", StringComparison.Ordinal).Trim().Trim('*', '_').Trim();
            // A label alone on a line ("Published: 17 Mar 2003", "Tags: …") may be the page's own: the service's come in a row.
            if (field.Length > 0 && !ServiceField().IsMatch(field) && !(parts.Length > 1 && LabelField().IsMatch(field)))
                return false;
        }
        return true;
    }

    /// <summary>What only an export says of itself.</summary>
    [GeneratedRegex(@"(?i)\breader export\b|\bexport(?:ed)? (?:generated|from|by)\b|\bmarkdown export\b|\bend of saved article\b")]
    private static partial Regex ExportSignature();

    /// <summary>One field of the service's header or footer.</summary>
    [GeneratedRegex(@"^(?:\S.{0,40}\s[—–-]\s*(?:reader export|reader view|saved articles?)"
        + @"|reader view|(?:estimated )?reading time:?\s*\d+\s*min(?:utes?|s)?|\d+\s*min(?:ute)?s? read"
        + @"|saved (?:from|to|on|at|in)\b.*|saved \d{1,2} \p{L}{3,9} \d{4}.*|saved:\s.*|(?:original|source) url:\s*\S+"
        + @"|\[open original\]\([^)]*\)|open original"
        + @"|end of saved article|export(?:ed)? (?:generated|from|by)\b.*|markdown export(?: v\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceField();

    /// <summary>A labelled field or the site's domain, in a row of the service's fields.</summary>
    [GeneratedRegex(@"^(?:(?:folder|tags|labels|site|author|published|progress|annotations|highlights|notes)\s*:.*|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelField();

    /// <summary>The heading over the reader's own notes, which the export appends below the article.</summary>
    [GeneratedRegex(@"^(?:#{1,6}\s*)?(?:my notes|my highlights|notes (?:and|&) highlights|your notes)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeading();
}
