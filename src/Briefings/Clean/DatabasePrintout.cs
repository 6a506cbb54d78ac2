using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A story as a news database delivers it for printing (Nexis's full-text print-out, as libraries and students save
/// it): a delivery cover sheet (print request, time of request, search terms), then each selected document under a
/// counter (<c>4 of 27 DOCUMENTS</c>) with the copyright, publication and edition date lines, the fields
/// <c>SECTION:</c>, <c>LENGTH:</c>, <c>HEADLINE:</c>, <c>BYLINE:</c>, <c>DATELINE:</c>, the text after <c>BODY:</c>
/// hard-wrapped with indented paragraphs and <c>Page n</c> breaks with a running head, and after it the index fields
/// (<c>GRAPHIC:</c>, <c>LANGUAGE:</c>, <c>LOAD-DATE:</c>, <c>SUBJECT:</c>/<c>PERSON:</c> with relevance percentages).
/// Nexis Uni prints the same fields in title case, the headline above the publication, <c>Body</c> alone on a line
/// and <c>End of Document</c> after each. The article is the first document; the others were selected alongside it.
/// Its date is the publication's (the edition line), not the time of the request nor the load date.
/// </summary>
internal static partial class DatabasePrintout
{
    /// <summary>The first document's text, its paragraphs parted by blank lines; the text itself when it is no print-out.</summary>
    public static string Extract(string text, ArticleFacts facts, RemovalLog log)
    {
        if (!text.Contains("BODY:", StringComparison.Ordinal) && !text.Contains("\nBody", StringComparison.Ordinal))
            return text;
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r', ' ', '\t')).ToArray();
        var body = Array.FindIndex(lines, l => BodyLabel().IsMatch(l));
        if (body < 0)
            return text;
        var start = Array.FindLastIndex(lines, body, l => Counter().IsMatch(l) || IsEndOfDocument(l)) + 1;
        var header = lines[start..body];
        if (header.Count(l => HeaderField().IsMatch(l)) < 2)
            return text;
        foreach (var line in lines[..start])
            log.Add("layout", line);
        ReadHeader(header, facts, log);
        var end = Array.FindIndex(lines, body + 1, l => Counter().IsMatch(l) || IsEndOfDocument(l) || TrailingField().IsMatch(l));
        if (end < 0)
            end = lines.Length;
        foreach (var line in lines[end..])
            log.Add("layout", line);
        var first = BodyLabel().Match(lines[body]).Groups["rest"].Value;
        return string.Join("\n\n", Paragraphs([first, .. lines[(body + 1)..end]], facts.Title, log));
    }

    private static bool IsEndOfDocument(string line) => line.Trim().Equals("End of Document", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The lines above the text: the fields (a value may run on over the lines below it), and the lines without a
    /// label — copyright, publication, the edition's date, and in Nexis Uni the headline above them all.
    /// </summary>
    private static void ReadHeader(string[] header, ArticleFacts facts, RemovalLog log)
    {
        string? label = null;
        var values = new Dictionary<string, StringBuilder>(StringComparer.OrdinalIgnoreCase);
        var unlabelled = new List<string>();
        foreach (var raw in header)
        {
            var line = raw.Trim();
            if (line.Length > 0)
                log.Add("layout", line);
            if (line.Length == 0 || PageHeader().IsMatch(line))
            {
                label = null;
                continue;
            }
            if (HeaderField().Match(line) is { Success: true } field)
            {
                label = field.Groups["label"].Value;
                values[label] = new StringBuilder(field.Groups["value"].Value.Trim());
            }
            else if (label is not null)
                values[label].Append(' ').Append(line);
            else
                unlabelled.Add(line);
        }
        // A date after a label of its own ("Time of Request: …") is a cover sheet's, not the edition's.
        var dateLine = unlabelled.FindIndex(l => !l.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) && !OtherLabel().IsMatch(l) && ExplicitDateParser.Find(l) is not null);
        if (dateLine >= 0)
        {
            facts.OfferDate(ExplicitDateParser.Find(unlabelled[dateLine])?.Date);
            // The publication's name stands just above its date (below the copyright line in the older print-out).
            if (dateLine > 0 && !unlabelled[dateLine - 1].StartsWith("Copyright", StringComparison.OrdinalIgnoreCase))
                facts.OfferSource(unlabelled[dateLine - 1]);
        }
        // Without a HEADLINE: field (Nexis Uni), the headline stands above the publication's name and date.
        var headline = values.TryGetValue("HEADLINE", out var h) ? h.ToString() : dateLine >= 2 ? unlabelled[0] : null;
        if (headline is { Length: > 0 } && facts.Title is null)
            facts.Title = headline;
        if (values.TryGetValue("BYLINE", out var byline))
            facts.OfferByline(ByPrefix().Replace(byline.ToString(), ""));
    }

    /// <summary>
    /// The text's lines as paragraphs. A paragraph begins after a blank line or on a line indented further than the
    /// text's margin, or on every line when the text is not wrapped (Nexis Uni's lines are paragraphs); a page break (<c>Page 3</c>) and the running head under it go. The print-out wraps between words,
    /// so a line that ends in a hyphen ends inside a compound (<c>medium-</c> / <c>range</c>) and keeps it.
    /// </summary>
    private static List<string> Paragraphs(string[] lines, string? title, RemovalLog log)
    {
        var margin = lines.Where(l => l.Trim().Length > 0).Select(Indent).DefaultIfEmpty(0).Min();
        var wrapped = HardWrap.Detect(string.Join('\n', lines));
        var paragraphs = new List<string>();
        StringBuilder? current = null;
        var inPageHeader = false;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (PageHeader().IsMatch(trimmed))
            {
                log.Add("layout", trimmed);
                inPageHeader = true;
                continue;
            }
            if (trimmed.Length == 0)
            {
                inPageHeader = false;
                Flush();
                continue;
            }
            if (inPageHeader && (Indent(line) >= margin + 8 || trimmed == title || ExplicitDateParser.Find(trimmed) is not null))
            {
                log.Add("layout", trimmed);
                continue;
            }
            inPageHeader = false;
            if (current is not null && (Indent(line) > margin || !wrapped))
                Flush();
            if (current is null)
                current = new StringBuilder(trimmed);
            else
                current.Append(current[^1] == '-' ? "" : " ").Append(trimmed);
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current is { Length: > 0 })
                paragraphs.Add(current.ToString());
            current = null;
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>The counter over each selected document: <c>4 of 27 DOCUMENTS</c>.</summary>
    [GeneratedRegex(@"^\s*\d+\s+of\s+\d+\s+DOCUMENTS?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Counter();

    /// <summary><c>BODY:</c> (perhaps with the text's first words after it) or Nexis Uni's <c>Body</c> alone.</summary>
    [GeneratedRegex(@"^\s*(?:BODY:(?<rest>.*)|Body\s*)$")]
    private static partial Regex BodyLabel();

    /// <summary>A field of the document's head.</summary>
    [GeneratedRegex(@"^\s*(?<label>SECTION|LENGTH|HEADLINE|BYLINE|DATELINE|HIGHLIGHT|EDITION|SOURCE|SERIES|TYPE)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderField();

    /// <summary>A field of the index after the text, at the line's start as the print-out sets it.</summary>
    [GeneratedRegex(@"^(?:(?:GRAPHIC|LANGUAGE|LOAD-DATE|SUBJECT|PERSON|ORGANI[SZ]ATION|COMPANY|GEOGRAPHIC|CITY|STATE|COUNTRY|INDUSTRY|TICKER|NOTES|CORRECTION|CORRECTION-DATE|PUBLICATION-TYPE|DOCUMENT-TYPE|JOURNAL-CODE|DISTRIBUTION|ACC-NO|URL)\s*:|Classification\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingField();

    /// <summary>A page break's number: <c>Page 3</c>, <c>Page 2 of 5</c>.</summary>
    [GeneratedRegex(@"^\s*Page\s+\d+(?:\s+of\s+\d+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageHeader();

    [GeneratedRegex(@"^[\p{L}][\p{L} -]{0,30}:")]
    private static partial Regex OtherLabel();

    [GeneratedRegex(@"^\s*By\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();
}
