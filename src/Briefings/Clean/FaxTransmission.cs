using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A faxed document as an archive's OCR gives it back (a consultancy's client note, a ministry's statement sent round
/// by fax): the sending machine's header across the top of every page (<c>JAN-19-2009 18:47  FROM:SENDER  +44 20 …
/// T-412 P.002/004 F-877</c>) and the receiving machine's line at its foot (<c>Received: 19/01/2009 18:48 … Page 2</c>),
/// pages parted by form feeds, a cover sheet (a letter-spaced letterhead, <c>To:</c>/<c>Fax:</c>/<c>From:</c>/
/// <c>Date:</c>/<c>Pages:</c>/<c>Re:</c> fields, tick boxes such as <c>[X] For review</c>, a message, a confidentiality
/// notice), and on each page of the document its running head and foot (<c>Client Note 09/04 … page 2 of 3</c>), which
/// OCR misreads differently from page to page. The cover sheet is not the document: only its date is kept, and its
/// sender and reference name the byline and the series label over the headline, which go too. Bullets a symbol font
/// drew come out of OCR as <c>§</c>; they are list items, their lines run on indented.
/// </summary>
internal static partial class FaxTransmission
{
    /// <summary>The document the fax carries, without the machines' lines, the cover sheet and the pages' running heads; the text itself when it is no fax.</summary>
    public static string Extract(string text, ArticleFacts facts, RemovalLog log)
    {
        // Cheap test first: a fax's pages are parted by form feeds, its cover sheet or header says what it is, or its
        // header counts the pages (P.002/004).
        if (!text.Contains('\f') && !text.Contains("fax", StringComparison.OrdinalIgnoreCase) && !text.Contains("P.0", StringComparison.Ordinal))
            return text;
        var lines = text.Replace('\f', '\n').Split('\n').Select(l => l.TrimEnd()).ToList();
        var machine = MachineLines(lines);
        if (machine.Count < 2)
            return text;
        log.Add("layout", "the fax machines' header and receipt lines on every page");
        // The day it was faxed dates a document that states no date of its own.
        facts.ForwardedOn ??= MachineDate(lines[machine.Min()]);
        DropCoverSheet(lines, machine, FirstPageEnd(lines, machine), facts, log, out var sender, out var reference);
        DropRunningHeads(lines, machine, log);
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (machine.Contains(i) || LetterSpaced().IsMatch(lines[i]))
            {
                log.Add("layout", lines[i]);
                lines.RemoveAt(i);
            }
        }
        DropCoverEchoes(lines, sender, reference, facts, log);
        DropArchiveNotes(lines, log);
        return JoinBullets(lines);
    }

    /// <summary>
    /// The archive's own notes in square brackets before and after the scan (<c>[Archive scan · box 12 · OCR confidence
    /// 91%]</c>, <c>[End of archive item …]</c>): the first and last lines of the text, not the document's.
    /// </summary>
    private static void DropArchiveNotes(List<string> lines, RemovalLog log)
    {
        foreach (var i in (int[])[lines.FindIndex(l => l.Trim().Length > 0), lines.FindLastIndex(l => l.Trim().Length > 0)])
        {
            if (i >= 0 && lines[i].Trim() is ['[', .., ']'] note)
            {
                log.Add("layout", note);
                lines[i] = "";
            }
        }
    }

    /// <summary>
    /// The lines a fax machine printed: a time and a page counter (<c>P.002/004</c>, <c>@002/004</c>, <c>Page 2</c>) on
    /// a line whose shape — its digits aside — comes back on another page.
    /// </summary>
    private static HashSet<int> MachineLines(List<string> lines)
    {
        var byShape = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length < 12 || !lines[i].Contains(':') || !MachineLine().IsMatch(lines[i]))
                continue;
            var shape = Shape(lines[i]);
            if (!byShape.TryGetValue(shape, out var at))
                byShape[shape] = at = [];
            at.Add(i);
        }
        return [.. byShape.Values.Where(at => at.Count >= 2).SelectMany(at => at)];
    }

    /// <summary>A line with its digits (and the letters OCR reads for them) as one mark and its spacing collapsed: how a running line is recognised from page to page.</summary>
    private static string Shape(string line)
    {
        var shape = new StringBuilder(line.Length);
        foreach (var c in line.Trim())
        {
            var mark = char.IsDigit(c) ? '#' : char.IsWhiteSpace(c) ? ' ' : c;
            if (mark is '#' or ' ' && shape.Length > 0 && shape[^1] == mark)
                continue;
            shape.Append(mark);
        }
        return shape.ToString();
    }

    /// <summary>
    /// Where the first page ends. The machine line found on most pages marks them: the sending machine's header opens
    /// each page (nothing much above its first), the receiving machine's line closes it.
    /// </summary>
    private static int FirstPageEnd(List<string> lines, HashSet<int> machine)
    {
        var marks = machine.GroupBy(i => Shape(lines[i])).OrderByDescending(g => g.Count()).ThenBy(g => g.Min()).First().Order().ToList();
        var above = Enumerable.Range(0, marks[0]).Count(k => lines[k].Trim().Length > 0 && !machine.Contains(k));
        return above <= 2 ? marks[1] : marks[0] + 1;
    }

    /// <summary>
    /// The cover sheet: the first page, when it holds the fields of one (To, From, Fax, Pages, Re). Its date dates the
    /// document; its sender and reference are remembered.
    /// </summary>
    private static void DropCoverSheet(List<string> lines, HashSet<int> machine, int end, ArticleFacts facts, RemovalLog log, out string? sender, out string? reference)
    {
        sender = null;
        reference = null;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < end; i++)
        {
            if (CoverField().Match(lines[i]) is { Success: true } m)
                fields.TryAdd(m.Groups["name"].Value, m.Groups["value"].Value.Trim());
        }
        if (fields.Count < 3 || !fields.ContainsKey("From") && !fields.ContainsKey("To"))
            return;
        if (fields.TryGetValue("Date", out var date))
            facts.OfferDate(ExplicitDateParser.Find(date)?.Date);
        // "Helena Marchetti, Head of Gas Research": the name before its role.
        sender = fields.TryGetValue("From", out var from) ? from.Split(',')[0].Trim() : null;
        reference = fields.TryGetValue("Re", out var re) || fields.TryGetValue("Subject", out re) ? re : null;
        for (var i = 0; i < end; i++)
        {
            if (!machine.Contains(i) && lines[i].Trim().Length > 0)
                log.Add("layout", lines[i]);
            lines[i] = "";
        }
    }

    /// <summary>
    /// A page's running head or foot: a short line that is no sentence, standing within two lines of a machine line or
    /// of the text's end (the page's edge), whose shape comes back at another page's edge.
    /// </summary>
    private static void DropRunningHeads(List<string> lines, HashSet<int> machine, RemovalLog log)
    {
        var edges = new List<int>();
        // The text's end is the last page's edge, whether or not a machine line follows it.
        foreach (var m in machine.Append(lines.Count))
        {
            foreach (var step in (int[])[-1, 1])
            {
                var seen = 0;
                for (var k = m + step; k >= 0 && k < lines.Count && seen < 2 && !machine.Contains(k); k += step)
                {
                    if (lines[k].Trim().Length == 0)
                        continue;
                    seen++;
                    if (!WordCount.IsSentence(lines[k].Trim(), 1) && Words(lines[k]) <= 20)
                        edges.Add(k);
                }
            }
        }
        foreach (var group in edges.Distinct().GroupBy(k => Shape(lines[k])).Where(g => g.Count() >= 2))
        {
            foreach (var k in group)
            {
                log.Add("layout", lines[k]);
                lines[k] = "";
            }
        }
    }

    /// <summary>
    /// Above the headline, the cover sheet's reference again as the series label (<c>CLIENT NOTE 09/04</c>), and under
    /// it the byline naming the sender (<c>Helena Marchetti and Dmitri Soloviev</c>).
    /// </summary>
    private static void DropCoverEchoes(List<string> lines, string? sender, string? reference, ArticleFacts facts, RemovalLog log)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < 4; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            seen++;
            var label = reference is not null && line.Length >= 4 && reference.StartsWith(line, StringComparison.OrdinalIgnoreCase) && HardWrap.StopsMidSentence(line);
            var byline = sender is { Length: > 3 } && line.Contains(sender, StringComparison.Ordinal) && Words(line) <= 10 && HardWrap.StopsMidSentence(line);
            if (!label && !byline)
                continue;
            if (byline)
                facts.OfferByline(line);
            log.Add(byline ? "byline" : "layout", line);
            lines[i] = "";
        }
    }

    /// <summary>Words, however widely OCR spaced them.</summary>
    private static int Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Items bulleted with a symbol font's glyph, which OCR reads as <c>§</c> (Wingdings' square): each becomes a list
    /// item, with the indented lines under it that continue it.
    /// </summary>
    private static string JoinBullets(List<string> lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (SymbolBullet().Match(line) is { Success: true } item)
            {
                line = "- " + item.Groups["text"].Value.Trim();
                while (i + 1 < lines.Count && lines[i + 1].Length > 0 && char.IsWhiteSpace(lines[i + 1][0]) && lines[i + 1].Trim().Length > 0)
                    line = HardWrap.Join(line, lines[++i].Trim());
            }
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The date a fax machine prints: <c>JAN-19-2009</c>, <c>19-JAN-2009</c>, <c>Jan 19 2009</c>, <c>19 Jan 09</c>.</summary>
    private static DateOnly? MachineDate(string line) =>
        MachineDay().Match(line) is { Success: true } m ? ExplicitDateParser.DateOf(m, pivot: 70) : null;

    [GeneratedRegex(@"\b(?:(?<day>\d{1,2})[- ](?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[- ](?<year>\d{4}|\d{2})|(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[- ](?<day>\d{1,2}),?[- ](?<year>\d{4}|\d{2}))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MachineDay();

    /// <summary>A time (<c>18:47</c>, <c>6:47PM</c>) and, after it, a page counter.</summary>
    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b.*(?:\bP\.\s?\d{1,3}(?:/\d{1,3})?\b|\bP\d{1,3}/\d{1,3}\b|@\s?\d{3}(?:/\d{3})?\b|\bPage\s+\d{1,3}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MachineLine();

    [GeneratedRegex(@"^\s*(?<name>To|Attn|From|Fax|Fax No\.?|Tel|Date|Pages|No\. of pages|Re|Subject|CC)\s*:\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CoverField();

    /// <summary>A letter-spaced letterhead: <c>C A S P I A N</c>.</summary>
    [GeneratedRegex(@"^\s*(?:\p{Lu} ){4,}\p{Lu}\b")]
    private static partial Regex LetterSpaced();

    [GeneratedRegex(@"^\s*§\s+(?<text>\p{L}.*)$")]
    private static partial Regex SymbolBullet();
}
