using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Metadata lines: publication and update stamps (<c>Published 27/09/2022 at 18:05 CEST</c>, <c>date 2021-12-16</c>,
/// <c>Tue 17 July 2018 07.12 BST</c>, <c>2019-08-02T15:40:00Z</c>, <c>Posted on … by …</c>) and <c>Source :</c> lines.
/// </summary>
internal static partial class MetadataRules
{
    /// <summary>When the whole line is a date stamp: the date it states (if any) and the byline it names (if any).</summary>
    /// <remarks>Asked of most lines in several passes, a quarter of the time of a text asked before: the answers are kept (<see cref="LineVerdicts{TVerdict}"/>).</remarks>
    public static bool IsStamp(string line, out DateOnly? date, out string? byline)
    {
        var verdict = LineVerdicts<StampVerdict>.Of(line, static l => new StampVerdict(ReadStamp(l, out var d, out var b), d, b));
        date = verdict.Date;
        byline = verdict.Byline;
        return verdict.IsStamp;
    }

    private readonly record struct StampVerdict(bool IsStamp, DateOnly? Date, string? Byline);

    private static bool ReadStamp(string line, out DateOnly? date, out string? byline)
    {
        date = null;
        byline = null;
        if (line.Length > 220 && !line.Contains("](", StringComparison.Ordinal))
            return false;
        // A Markdown export's stamp: "**Filed:** 2008-04-03 16:20 CET · **By** [A. Author](…/authors/a-author/) · 8 min read".
        if (line.Contains("**", StringComparison.Ordinal) || line.Contains("](", StringComparison.Ordinal))
        {
            var plain = MarkdownLink().Replace(line.Replace("**", "", StringComparison.Ordinal), "$1").Trim();
            if (plain != line)
                return IsStamp(plain, out date, out byline);
        }
        if (line.Length > 220)
            return false;
        if (SplitAtSecondStamp(line) is { } split)
        {
            // "Fri 3 Jan 2020 02.18 GMT Last modified on …": two stamps on one line; the first is the publication.
            if (!IsStamp(split.First, out date, out byline) || !IsStamp(split.Second, out var later, out _))
                return false;
            date ??= later;
            return true;
        }
        // A newspaper archive's citation of the page: "The Harbor City Tribune (1921-1994); Jul 19, 1988; pg. A1".
        if (line.Contains("; pg", StringComparison.Ordinal) && ArchiveCitation().Match(line) is { Success: true } cite)
        {
            date = ExplicitDateParser.Find(cite.Groups["date"].Value)?.Date;
            return date is not null;
        }
        // The Government Printing Office's header of a record: "[Congressional Record Volume 145, Number 138 (Wednesday, October 13, 1999)]".
        if (line.StartsWith('[') && GpoHeader().Match(line) is { Success: true } gpo)
        {
            date = ExplicitDateParser.Find(gpo.Groups["date"].Value)?.Date;
            return date is not null;
        }
        if (DateTimeGroupDate(line) is { } dtg)
        {
            date = dtg;
            return true;
        }
        // A broadcast transcript's transmission line: "TX: 17/12/98  0600-0900   ITEM: 0712 IRAQ", the day first.
        if (line.StartsWith("TX", StringComparison.OrdinalIgnoreCase) && Transmission().Match(line) is { Success: true } tx)
        {
            date = DayFirst(tx.Groups["d"].Value, tx.Groups["m"].Value, tx.Groups["y"].Value);
            return date is not null;
        }
        var found = ExplicitDateParser.Find(line);
        var keyword = Keyword().Match(line);
        if (keyword.Success && line.Length <= 60 && RelativeTime().IsMatch(line))
            return true;
        if (keyword.Success && (found is not null || Time().IsMatch(line) || keyword.Value.TrimEnd().EndsWith(':')))
        {
            var withoutBy = PostedBy().Replace(line, " ");
            var leftover = Leftovers().Replace(Time().Replace(ExplicitDateParser.RemoveAll(withoutBy), " "), " ");
            if (leftover.Count(char.IsLetter) > 30)
                return false;
            date = found?.Date;
            if (PostedBy().Match(line) is { Success: true } by)
                byline = Separator().Split(by.Groups[1].Value)[0].Trim(); // "By A. Author · 8 min read": the name, not the bar's next item.
            return true;
        }
        if (found is null)
            return false;
        // "16 June 2001, 18:05  Brdo pri Kranju, Slovenia": the date and time, then where.
        var datePlace = found.Value.Index == 0 && line.Length <= 90 && DateThenPlace().IsMatch(line[found.Value.Length..]);
        if (PlaceDate().IsMatch(line) || datePlace || SegmentedStamp(line, out byline) || OpensWithDate(line, found.Value.Index) && IsTimeOfDay(line[(found.Value.Index + found.Value.Length)..]))
        {
            date = found.Value.Date;
            return true;
        }
        if (!IsDateOnly(line))
            return false;
        date = found.Value.Date;
        return true;
    }

    private static (string First, string Second)? SplitAtSecondStamp(string line)
    {
        // Every keyword the pattern looks ahead for ends in one of these words or in "odified".
        if (!line.Contains("pdated", StringComparison.Ordinal) && !line.Contains("ublished", StringComparison.Ordinal) && !line.Contains("odified", StringComparison.Ordinal)
            && !line.Contains("новлено", StringComparison.Ordinal))
            return null;
        var m = SecondKeyword().Match(line);
        if (!m.Success || m.Index == 0)
            return null;
        var first = line[..m.Index].Trim().TrimEnd('·', '|', '•', '-', '–', '—', ',', ';').Trim();
        return first.Length == 0 ? null : (first, line[m.Index..].Trim());
    }

    /// <summary>Whether the date found at <paramref name="index"/> opens the line, after its weekday at most (<c>Sunday, January 1, 2006</c>).</summary>
    private static bool OpensWithDate(string line, int index) =>
        line.AsSpan(0, index).Trim().TrimEnd(',') is var before && (before.IsEmpty || Weekdays.Contains(before.ToString()));

    private static readonly HashSet<string> Weekdays = new(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], StringComparer.OrdinalIgnoreCase);

    /// <summary>What may follow a date on a stamp: when on that day it was posted (<c>Posted: 1847 GMT (0247 HKT)</c>).</summary>
    private static bool IsTimeOfDay(string rest)
    {
        var trimmed = rest.TrimStart(' ', ',', '-', '–', '|', '·');
        return Keyword().Match(trimmed) is { Success: true, Length: > 0 } keyword && MilitaryTime().IsMatch(trimmed[keyword.Length..]);
    }

    /// <summary>A time as wire and broadcast sites print it, digits and zone, the local time after it in brackets.</summary>
    [GeneratedRegex(@"^(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|[A-Z]{3,4})(?:\s*\((?:[01]\d|2[0-3])[0-5]\d\s*[A-Z]{3,4}\))?\s*$")]
    private static partial Regex MilitaryTime();

    private static DateOnly? DayFirst(string day, string month, string year)
    {
        var (d, m, y) = (int.Parse(day, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture), int.Parse(year, CultureInfo.InvariantCulture));
        if (year.Length == 2)
            y += y >= 50 ? 1900 : 2000;
        return ExplicitDateParser.DateOf(y, m, d);
    }

    [GeneratedRegex(@"^TX\s*:\s*(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4}|\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Transmission();

    private static bool IsDateOnly(string text) =>
        Leftovers().Replace(Time().Replace(ExplicitDateParser.RemoveAll(text), " "), " ").Count(char.IsLetterOrDigit) <= 3;

    /// <summary>
    /// <c>2023-07-20T10:15:00+03:00 · By the Desk · 11 min read</c>, <c>Friday 14 July 2023 · Issue 212</c>: a line of
    /// short pieces between separators, one of them a date and every other one page furniture (byline, issue, reading time).
    /// </summary>
    private static bool SegmentedStamp(string line, out string? byline)
    {
        byline = null;
        var segments = Separator().Split(line).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count < 2)
            return false;
        var dates = 0;
        foreach (var segment in segments)
        {
            // A date, or a stamp of its own ("Обновлено: 06.09.2014 10:15").
            if (ExplicitDateParser.Find(segment) is not null && (IsDateOnly(segment) || IsStamp(segment, out _, out _)))
                dates++;
            else if (SegmentBy().Match(segment) is { Success: true } by)
                byline ??= by.Groups[1].Value.Trim();
            else if (!Furniture().IsMatch(segment))
                return false;
        }
        return dates > 0;
    }

    /// <summary>
    /// The date of a publication stamp (<c>Published …</c>, <c>First published …</c>, <c>Posted …</c>) among the first
    /// blocks, or null. Pages often print the update stamp first; the publication date is the article's date.
    /// </summary>
    public static DateOnly? PublishedStamp(IEnumerable<Block> blocks)
    {
        // Twelve: a news site's page puts its masthead, edition date, menus, a ticker and a breadcrumb above the headline.
        foreach (var b in blocks.Take(12))
        {
            if (b.Kind == BlockKind.Paragraph && PublishedStampIn(b.Text) is { } date)
                return date;
        }
        return null;
    }

    /// <summary>The date of a "Published …"/"Posted …" stamp that ends <paramref name="line"/> (<c>By A. Author · posted 16/03/2022, 21:40 CET</c>).</summary>
    public static DateOnly? PublishedStampIn(string line)
    {
        if (PublishedKeyword().Match(line) is not { Success: true } m)
            return null;
        return IsStamp(m.Index > 0 ? line[m.Index..] : line, out var date, out _) ? date : null;
    }

    /// <summary>A stamp at the very start of a paragraph (<c>date 2021-12-16 Chinese leader …</c>): its length, or 0.</summary>
    public static int PrefixStamp(string line, out DateOnly? date)
    {
        date = null;
        var m = PrefixKeyword().Match(line);
        if (!m.Success)
            return 0;
        var found = ExplicitDateParser.Find(line[m.Length..]);
        if (found is not { Index: 0 } f)
            return 0;
        var end = m.Length + f.Length;
        var time = Time().Match(line, end);
        if (time.Success && line[end..time.Index].Trim().Length <= 3)
            end = time.Index + time.Length;
        date = f.Date;
        while (end < line.Length && " ,|·-—–:".Contains(line[end]))
            end++;
        return end;
    }

    /// <summary><c>Source : X</c>: the named source, or null when the line is not a source line.</summary>
    public static string? SourceLine(string line) =>
        line.Length <= 200 && SourcePrefix().Match(line) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    [GeneratedRegex(@"^(?:date(?:d|line)?|published|updated|posted|debated|last\s+updated|last\s+update|first\s+published|last\s+modified|modified|released|filed|created|publication\s+date|publicado|publicada|publié|publiée|mis\s+à\s+jour|actualizado|atualizado|veröffentlicht|aktualisiert|stand|опубликовано|обновлено|дата публикации|опубліковано|оновлено)(?!\p{L})\s*(?:on\b|el\b|em\b|le\b|am\b)?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^(?:date(?:d)?|published|posted|updated)\s*(?:on\s*)?:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixKeyword();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:[A-Z]{2,5}|GMT[+-]?\d*|UTC[+-]?\d*))?", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(?:\d+|an?|one|two|three|few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|\b(?:yesterday|today|just now)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"\bby\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PostedBy();

    [GeneratedRegex(@"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\b\.?|\b(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|(?:segunda|terça|terca|quarta|quinta|sexta)-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\b|\b(?:at|on|the|updated|published|posted|last|first|date|local time|GMT|UTC|el|em|le|am|de|à|às|um|Uhr|(?-i:[A-Z]{2,4}T|ET|PT|[AP]M))\b|[^\p{L}\p{N}]", RegexOptions.IgnoreCase)]
    private static partial Regex Leftovers();

    [GeneratedRegex(@"(?:^|(?<=[\p{L}\d.)]|\s))(?:First published|Published|Posted|Debated|Publicado|Publié|Veröffentlicht)\b(?!\s+by\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedKeyword();

    /// <summary>An update or publication keyword after something else on the line, even glued to it (<c>GMTLast modified</c>).</summary>
    // Not inside a two-word keyword: "Last Updated:" and "First Published" are one stamp's keyword, whatever their case.
    [GeneratedRegex(@"(?<=[\p{L}\d.)]|\s)(?<!\b(?:[Ll]ast|[Ff]irst) )(?=(?:Last (?:[Mm]odified|[Uu]pdated)|Updated|First [Pp]ublished|Published)\b|О(?:бновлено|новлено)(?!\p{L}))")]
    private static partial Regex SecondKeyword();

    /// <summary>The date of a cable's date-time group: precedence, day, time in Zulu, month, year (<c>P 051542Z NOV 08</c>).</summary>
    public static DateOnly? DateTimeGroupDate(string line)
    {
        if (line.Length > 24 || DateTimeGroup().Match(line) is not { Success: true } dtg)
            return null;
        var year = int.Parse(dtg.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return ExplicitDateParser.DateOf((year < 50 ? 2000 : 1900) + year, ExplicitDateParser.MonthNumber(dtg.Groups["m"].Value),
            int.Parse(dtg.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\[(?:Congressional Record|Federal Register)\b[^\]()]*\((?<date>[^()]*\d{4})\)\]$")]
    private static partial Regex GpoHeader();

    [GeneratedRegex(@"^[OPRZ]{1,2}\s+(?<d>\d{2})\d{4}Z\s+(?<m>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(?<y>\d{2})$")]
    private static partial Regex DateTimeGroup();

    [GeneratedRegex(@"^.{3,120}?\(\d{4}\s*-\s*(?:\d{4}|current)\)\s*;\s*(?<date>[^;]{6,40});\s*pg\.?\s*\S+")]
    private static partial Regex ArchiveCitation();

    /// <summary>A press-release place-and-date line: <c>Stockholm, 7 March 2024</c>, <c>GENEVA, Switzerland – 3 May 2021</c>.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’\- ]{1,30}(?:,\s*\p{Lu}[\p{L}.'’\- ]{1,30})?\s*(?:,|[–—-])\s*(?:(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?(?:\d{1,2}\.?\s*(?:er\s+)?(?:de\s+)?\p{L}+\.?,?\s+(?:de\s+)?\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}([/.-])\d{1,2}\1\d{4})\s*$")]
    private static partial Regex PlaceDate();

    /// <summary>What may follow a date in a date line: a time, then a place of a few capitalised words.</summary>
    [GeneratedRegex(@"^,?\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[AP]M|[ap]\.m\.|[A-Z]{2,4}))?)?\s*[,·|–—-]?\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|pri|na|am|an|de|del|di|la|le|sur|upon|on)){0,4}(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?)?\s*$")]
    private static partial Regex DateThenPlace();

    [GeneratedRegex(@"\s+[·•|]\s+|\s+[—–]\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^by\s+(\S.{0,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex SegmentBy();

    // Besides counters and tools, the kind of piece a page labels it with ("Commentary | 12 July 2024"), and the time of
    // day beside the date ("24 Aug 2023 | 15:32").
    [GeneratedRegex(@"^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|(?:issue|no\.?|vol(?:ume)?\.?|edition|number)\s*#?\d+|#\d+|\d+\s*(?:min(?:ute)?s?|hrs?|hours?)\s+read(?:ing)?(?:\s+time)?|(?:\d+|no)\s+comments?|updated|live|share|print|\d+\s+(?:words|views)|(?:views|просмотров|просмотры|переглядів|перегляди)\s*:?\s*[\d\s.,]+[km]?|commentary|analysis|opinion|op-ed|explainer|interview|feature|editorial|column|briefing|report|expert comment|q&a)$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"\[([^\[\]]*)\]\([^()\s]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^Sources?\s*:\s*(\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourcePrefix();
}
