using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The OCR of a typed government memo released under FOIA (a CIA CREST document, a sanitised intelligence
/// assessment): on every page the release stamp (<c>Approved For Release 2008/03/14 : CIA-RDP81B00401R000500110003-2</c>)
/// at top and bottom, the classification (<c>SECRET</c>) and the exemption code of what was withheld (<c>25X1</c>), and
/// a page number (<c>- 2 -</c>); the exemption code also stands where a passage inside a paragraph was cut. The memo
/// opens with its letterhead and routing (<c>MEMORANDUM FOR:</c>, <c>VIA :</c>, <c>FROM :</c>, <c>SUBJECT :</c>), numbers
/// its paragraphs, heads its sections in capitals (<c>IMPLICATIONS</c>) and closes with the signer's title and the
/// distribution list. What is left is the memo's text in paragraphs under its section headings; its subject is the
/// title and its date the one in the routing block.
/// </summary>
internal static partial class DeclassifiedMemo
{
    /// <summary>How many stamps or exemption codes make a released document.</summary>
    private const int MinimumMarks = 2;

    /// <summary>The memo's text as paragraphs and headings; the text itself when it is no released memo.</summary>
    public static string Clean(string text, ArticleFacts facts, RemovalLog log)
    {
        // Cheap test first: every page carries the release stamp.
        if (!text.Contains("Approved For Release", StringComparison.OrdinalIgnoreCase) && !text.Contains("25X", StringComparison.Ordinal))
            return text;
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        var marks = lines.Count(l => Stamp().IsMatch(l) || ExemptionCode().IsMatch(l));
        if (marks < MinimumMarks)
            return text;
        log.Add("metadata", "the release stamps, classification lines, exemption codes and page numbers on every page");
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (Stamp().IsMatch(lines[i]) || ExemptionCode().IsMatch(lines[i]) || Classification().IsMatch(lines[i]) || PageNumber().IsMatch(lines[i]))
            {
                // A code where a passage was cut leaves the paragraph whole: the line goes, not the break.
                lines.RemoveAt(i);
            }
            else
            {
                lines[i] = InlineCode().Replace(lines[i], "");
            }
        }
        DropRouting(lines, facts, log);
        DropDistribution(lines, log);
        return string.Join("\n\n", Paragraphs(lines));
    }

    /// <summary>
    /// The letterhead and routing block above the text, through the <c>SUBJECT :</c> field (and a reference field
    /// under it): the subject is the memo's title, and a date standing alone in the block is its date.
    /// </summary>
    private static void DropRouting(List<string> lines, ArticleFacts facts, RemovalLog log)
    {
        var subject = lines.FindIndex(l => RoutingField().Match(l) is { Success: true } f && f.Groups["name"].Value.StartsWith("SUBJ", StringComparison.OrdinalIgnoreCase));
        if (subject < 0 || !lines.Take(subject).Any(l => RoutingField().IsMatch(l)))
            return;
        var title = new StringBuilder(RoutingField().Match(lines[subject]).Groups["value"].Value.Trim());
        var end = subject + 1;
        // A subject too long for one line goes on, indented under itself, before the blank line.
        while (end < lines.Count && lines[end].Length > 0 && char.IsWhiteSpace(lines[end][0]) && !RoutingField().IsMatch(lines[end]))
            title.Append(' ').Append(lines[end++].Trim());
        while (end < lines.Count && RoutingField().IsMatch(lines[end]))
            end++;
        foreach (var line in lines.Take(end))
        {
            if (line.Trim().Length <= 30)
                facts.OfferDate(ExplicitDateParser.Find(line)?.Date);
            if (line.Trim().Length > 0)
                log.Add("metadata", line.Trim());
        }
        lines.RemoveRange(0, end);
        if (title.Length > 0)
            facts.Title = title.ToString();
    }

    /// <summary>
    /// The distribution list from its label to the end, and above it the signer's title: the short lines, no sentences,
    /// between the last paragraph and the list.
    /// </summary>
    private static void DropDistribution(List<string> lines, RemovalLog log)
    {
        var at = lines.FindIndex(l => DistributionLabel().IsMatch(l));
        if (at < 0)
            return;
        var start = at;
        while (start > 0 && lines[start - 1].Trim().Length == 0)
            start--;
        var block = start;
        while (block > 0 && lines[block - 1].Trim() is { Length: > 0 } signer && !WordCount.IsSentence(signer, 1) && WordCount.BySpaces(signer) <= 10)
            block--;
        if (block > 0 && lines[block - 1].Trim().Length == 0)
            start = block;
        foreach (var line in lines.Skip(start).Where(l => l.Trim().Length > 0))
            log.Add("layout", line.Trim());
        lines.RemoveRange(start, lines.Count - start);
    }

    /// <summary>
    /// The typed lines as paragraphs: a blank line parts them. A line in capitals alone is a section heading. The
    /// memo's own paragraph numbers (<c>1.</c>, <c>2.</c> … in sequence) go: in the article they are its paragraphs.
    /// </summary>
    private static List<string> Paragraphs(List<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Append(""))
        {
            if (line.Trim().Length > 0)
            {
                current.Add(line.Trim());
                continue;
            }
            if (current.Count == 0)
                continue;
            var paragraph = current.Aggregate(HardWrap.Join);
            current.Clear();
            if (WordCount.LettersIfAllCapitals(paragraph) >= 4 && WordCount.BySpaces(paragraph) <= 8 && HardWrap.StopsMidSentence(paragraph))
                paragraph = "## " + paragraph;
            // A page break inside a paragraph: what follows the stamps goes on with a small letter.
            if (paragraphs.Count > 0 && HardWrap.StopsMidSentence(paragraphs[^1]) && char.IsLower(paragraph[0]) && !paragraphs[^1].StartsWith('#'))
                paragraphs[^1] = HardWrap.Join(paragraphs[^1], paragraph);
            else
                paragraphs.Add(paragraph);
        }
        var next = 1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (ParagraphNumber().Match(paragraphs[p]) is { Success: true } n && n.Groups[1].Value == next.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                paragraphs[p] = paragraphs[p][n.Length..];
                next++;
            }
        }
        return paragraphs;
    }

    /// <summary>The release stamp: <c>Approved For Release 2008/03/14 : CIA-RDP81B00401R000500110003-2</c>, perhaps "Sanitized Copy" or "Declassified in Part".</summary>
    [GeneratedRegex(@"^\s*(?:Declassified in Part\s*-\s*)?(?:Sanitized Copy\s+)?Approved For Release\s+\d{4}/\d{2}/\d{2}\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    /// <summary>An exemption code alone on its line: <c>25X1</c>, <c>25X6</c>, <c>50X1-HUM</c>, <c>STAT</c>.</summary>
    [GeneratedRegex(@"^\s*(?:(?:25|50)X\d(?:-[A-Z]+)?|STAT)(?:\s+(?:(?:25|50)X\d(?:-[A-Z]+)?))*\s*$")]
    private static partial Regex ExemptionCode();

    [GeneratedRegex(@"\s*\b(?:25|50)X\d(?:-[A-Z]+)?\b")]
    private static partial Regex InlineCode();

    /// <summary>A page's classification line: <c>SECRET</c>, <c>TOP SECRET UMBRA</c>, <c>CONFIDENTIAL</c>, <c>SECRET//NOFORN</c>.</summary>
    [GeneratedRegex(@"^\s*(?:TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|RESTRICTED)(?:\s*//\s*[A-Z ,/-]+|\s+(?:NOFORN|UMBRA|SENSITIVE|NOCONTRACT|ORCON)(?:\s*[A-Z/, -]*)?)?\s*$")]
    private static partial Regex Classification();

    [GeneratedRegex(@"^\s*-\s*\d{1,3}\s*-\s*$")]
    private static partial Regex PageNumber();

    /// <summary>A routing field: <c>MEMORANDUM FOR:</c>, <c>VIA           :</c>, <c>SUBJECT       :</c>.</summary>
    [GeneratedRegex(@"^\s*(?<name>MEMORANDUM FOR|THROUGH|VIA|FROM|TO|SUBJECT|SUBJ|REFERENCES?|ATTENTION)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoutingField();

    [GeneratedRegex(@"^\s*Distribution\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DistributionLabel();

    [GeneratedRegex(@"^(\d{1,2})\.\s+(?=\S)")]
    private static partial Regex ParagraphNumber();
}
