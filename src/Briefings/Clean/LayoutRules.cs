using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Layout junk: dot leaders, runs of separators (<c>$ $ $</c>, <c>- - -</c>, <c>* * *</c>), stray ellipses, and a live
/// blog's entry times standing alone on a line (<c>11.05 GMT</c>, <c>09:12</c>), page numbers of extracted text, bare web
/// addresses, gallery counters.
/// </summary>
internal static partial class LayoutRules
{
    /// <summary>A line drawn across the text (<c>-----</c>, <c>=====</c>, <c>───</c>): it separates, and is never part of a paragraph.</summary>
    public static bool IsRuleLine(string line)
    {
        var t = line.AsSpan().Trim();
        return t.Length >= 3 && t.IndexOfAnyExcept("-─━═=_*~ ") < 0;
    }

    /// <summary>True for a line that carries no words, only page layout (or a dot-leader row of a lost table).</summary>
    /// <remarks>Asked of most lines in several passes, with the same text three times in five: the answers are kept (<see cref="LineVerdicts{TVerdict}"/>).</remarks>
    public static bool IsLayoutJunk(string line) => LineVerdicts<LayoutVerdict>.Of(line, static l => new LayoutVerdict(Classify(l))).IsJunk;

    private readonly record struct LayoutVerdict(bool IsJunk);

    private static bool Classify(string line)
    {
        var t = line.Trim();
        if (t.Length == 0)
            return true;
        if (SeparatorsOnly().IsMatch(t) || !t.Any(char.IsLetterOrDigit) || EntryTime().IsMatch(t) || t.Length <= 100 && PageNumber().IsMatch(t) || LoneAddress().IsMatch(t) || GalleryCounter().IsMatch(t))
            return true;
        // A footer or menu row: four short items or more between separators ("Legal notice · Privacy · Cookies · Contact"),
        // or three on a short line without figures ("Forward to a friend · Share on LinkedIn · Read past issues"; a stamp
        // bar such as "Friday 14 July 2023 · Issue 212 · 7 min read" holds the date, for the rules that read it).
        if (t.Length <= 160 && t.AsSpan().IndexOfAny('·', '|', '•') >= 0 && MenuSeparator().Count(t) is var separators
            && (separators >= 3 || separators == 2 && t.Length <= 80 && !t.AsSpan().ContainsAnyInRange('0', '9'))
            && MenuSeparator().Split(t).All(x => WordCount.BySpaces(x.Trim()) is > 0 and <= 4 && !EndsSentence(x.Trim())))
            return true;
        // A breadcrumb trail from the site's home page ("Home > Press Briefings > 1999"), wherever the page left it.
        if (t.Length <= 160 && t.AsSpan().IndexOfAny('>', '›', '»') > 0 && HomeTrail().IsMatch(t) || YouAreHereTrail.IsTrail(t))
            return true;
        // A row of bracketed controls ("[Listen]  [Save]  [Share]") or a note's marker alone on a line ("[4]").
        if (t[0] == '[' && t[^1] == ']' && BracketedLabels().IsMatch(t))
            return true;
        // A call to action: a few words pointing on ("Book now ›", "All our explainers »").
        if (t.Length <= 40 && t[^1] is '›' or '»' or '→' && WordCount.BySpaces(t) <= 5)
            return true;
        // An audio page: a player bar ("▶ Play 00:00 / 41:18 1x"), a transcript's bare timestamp, a chapter line.
        if (t.Length <= 100 && t.Contains(':') && (t.Contains('/') && PlayerTime().IsMatch(t) || Chapter().IsMatch(t) && WordCount.BySpaces(t) <= 9 && !".!?".Contains(t[^1])))
            return true;
        return t.Length < 200 && (t.Contains("..", StringComparison.Ordinal) || t.Contains('…') || HasSpacedDots(t)) && DotLeader().IsMatch(t);
    }

    /// <summary>Two whitespace characters in a row: what <see cref="Spaces"/> replaces.</summary>
    private static bool HasSpaceRun(string line)
    {
        // Most lines hold no whitespace but plain spaces (every other white space lies beyond printable ASCII): two
        // vectorised searches answer for them.
        if (!CharacterRepair.AnyBeyondPrintableAscii(line, static c => char.IsWhiteSpace(c)))
            return line.Contains("  ", StringComparison.Ordinal);
        for (var i = 1; i < line.Length; i++)
            if (char.IsWhiteSpace(line[i]) && char.IsWhiteSpace(line[i - 1]))
                return true;
        return false;
    }

    /// <summary>A dot, a space, a dot: how a spaced dot leader (". . . .") starts.</summary>
    private static bool HasSpacedDots(string line)
    {
        for (var i = line.IndexOf('.'); i >= 0 && i + 2 < line.Length; i = line.IndexOf('.', i + 1))
            if (char.IsWhiteSpace(line[i + 1]) && line[i + 2] == '.')
                return true;
        return false;
    }

    /// <summary>Ends like a sentence: a full stop that is not an abbreviation's ("U.S.", "Inc."), or ! or ?.</summary>
    private static bool EndsSentence(string item) =>
        item[^1] is '!' or '?' || item[^1] == '.' && !(item.AsSpan(0, item.Length - 1).Contains('.') || item.Length <= 4);

    /// <summary>
    /// A web archive's capture calendar, flattened into a table whose first row is months (<c>| DEC | JAN | FEB |</c>),
    /// or its capture bar laid out as a short table.
    /// </summary>
    public static bool IsCaptureCalendar(IReadOnlyList<string[]> rows) =>
        rows.Count > 0 && rows[0].Length >= 2 && (rows[0].All(cell => MonthAbbreviations.Contains(cell.Trim()))
            // "Saved from | <address>", "All snapshots | from host …".
            || rows.Count <= 6 && rows.Any(row => row.Length > 0 && ChromeLexicon.IsWebArchiveLine(row[0])));

    private static readonly HashSet<string> MonthAbbreviations = new(
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Page chrome above the headline: breadcrumbs (<c>Home &gt; World &gt; Asia</c>), section kickers
    /// (<c>EXPLAINER | WORLD</c>, <c>COMMENTARY</c>), tool bars (<c>Text size A A A | Print</c>), "N min read".
    /// </summary>
    public static bool IsKicker(string line)
    {
        var t = line.Trim();
        if (t.Length > 110 || t.Length == 0)
            return false;
        if (ReadingTime().IsMatch(t))
            return true;
        if (WordCount.LettersIfAllCapitals(t) >= 2 && WordCount.BySpaces(t) <= 4 && !".!?".Contains(t[^1]))
            return true;
        var segments = KickerSeparator().Split(t).Select(x => x.Trim()).Where(x => x.Length > 0).ToList();
        var breadcrumb = t.Contains('>') || t.Contains('›') || t.Contains('»') || t.Contains(" / ", StringComparison.Ordinal);
        // "The Long Wire · 38 min": a show or outlet with the piece's running time.
        var timed = segments.Count == 2 && Duration().IsMatch(segments[1]);
        return segments.Count >= (breadcrumb || timed ? 2 : 3) && segments.All(x => WordCount.BySpaces(x) <= 6 && !".!?".Contains(x[^1]))
            || IsPieceLabel(t);
    }

    /// <summary>The kind of piece in capitals with the desk or programme that published it: <c>COMMENTARY · Central Asia Programme</c>.</summary>
    public static bool IsPieceLabel(string line)
    {
        var t = line.Trim();
        var cut = t.IndexOfAny(['·', '|', '•']);
        if (cut <= 0 || t.Length > 90)
            return false;
        var kind = t[..cut].Trim();
        var desk = t[(cut + 1)..].Trim();
        return PieceKinds.Contains(kind) && desk.Length > 0 && WordCount.BySpaces(desk) <= 6 && !".!?".Contains(desk[^1]) && desk.IndexOfAny(['·', '|', '•']) < 0;
    }

    public static bool IsReadingTime(string line) => ReadingTime().IsMatch(line.Trim());

    /// <summary>Kinds of piece a site labels in capitals above the headline.</summary>
    private static readonly HashSet<string> PieceKinds = new(
        ["COMMENTARY", "ANALYSIS", "OPINION", "EXPLAINER", "FEATURE", "INTERVIEW", "EDITORIAL", "ESSAY", "REVIEW", "COLUMN", "PERSPECTIVE", "BRIEFING", "REPORT"],
        StringComparer.Ordinal);

    /// <summary>Removes separator runs, dot leaders and embedded posts' links from a line of real text.</summary>
    public static string StripInline(string line)
    {
        // A printed page's jump line ("Continued on Page A9"), alone or joined to the text by the scan.
        if (line.Contains("ontinued ", StringComparison.Ordinal))
            line = JumpLine().Replace(line, " ");
        // A translator's note in brackets, on its own line or inside a paragraph: the translation's apparatus, not the text.
        // Every form opens with a bracket ("[Translator's note:", "[TN:", "[T.N.:", "[Anm. d. Übers.:").
        if (line.Contains('['))
            line = TranslatorNote().Replace(line, " ");
        line = InlineRun().Replace(line, " ");
        // An embedded post's links all hold one of these; most lines hold none.
        if (line.Contains("pic.twitter.com/", StringComparison.Ordinal) || line.Contains("t.co/", StringComparison.Ordinal))
            line = EmbedLink().Replace(line, " ");
        return HasSpaceRun(line) ? Spaces().Replace(line, " ").Trim() : line.Trim();
    }

    [GeneratedRegex(@"^(?:home|home page|startseite|accueil|inicio|início|ana sayfa)\s*[>›»]\s*(?:[^>›».!?]{1,60}(?:\s*[>›»]\s*|$))+$", RegexOptions.IgnoreCase)]
    private static partial Regex HomeTrail();

    [GeneratedRegex(@"\(?\b[Cc]ontinued (?:on|from) (?:[Pp]age|[Pp]\.) ?[A-Z]?\d{1,3}\b\)?")]
    private static partial Regex JumpLine();

    /// <summary><c>[Translator's note: …]</c>, <c>[TN: …]</c>, <c>[Anm. d. Übers.: …]</c>.</summary>
    [GeneratedRegex(@"\[(?:[Tt]ranslator['’]s [Nn]ote|T\.?N\.?|Anm\. d\. Übers\.)\s*:[^\[\]]{0,600}\]")]
    private static partial Regex TranslatorNote();

    /// <summary>The photo link an embedded tweet's text ends with (<c>pic.twitter.com/AbCd</c>) and its short links.</summary>
    [GeneratedRegex(@"(?<!\S)(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)(?!\S)")]
    private static partial Regex EmbedLink();

    [GeneratedRegex(@"^(?:[-=_*~.•·$#+|—–/\\]\s*){3,}$")]
    private static partial Regex SeparatorsOnly();

    /// <summary>A photo gallery's counter: <c>1 of 6</c>, <c>Image 2 of 6</c>, <c>Slide 3/10</c>.</summary>
    [GeneratedRegex(@"^(?:(?:image|photo|picture|slide|gallery)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex GalleryCounter();

    /// <summary>A web address alone on a line: where the page was, never the article's text.</summary>
    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneAddress();

    /// <summary>A page's running header or footer in extracted text: <c>Quarterly Review     Page 2 of 7</c>, <c>- 3 -</c>.</summary>
    [GeneratedRegex(@"\b(?:page|p\.|seite|página|pagina)\s*\d+\s*(?:of|/|von|de|di)\s*\d+$|^[-–—]\s*\d{1,3}\s*[-–—]$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"(?:\.\s){4,}|\.{6,}|…{2,}")]
    private static partial Regex DotLeader();

    [GeneratedRegex(@"(?:(?<=\s)|^)(?:[-$*=_~.]\s){3,}[-$*=_~.]?(?=\s|$)")]
    private static partial Regex InlineRun();

    [GeneratedRegex(@"\s+(?:\||>|›|»|/|·|•|-|–|—)\s+|\s*(?:>|›|»)\s*")]
    private static partial Regex KickerSeparator();

    [GeneratedRegex(@"^(?:\d+\s*min(?:ute)?s?\s+(?:read|listen)|(?:estimated )?(?:reading|read) time:?\s*\d+\s*min(?:ute)?s?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"\s+[·|•]\s+")]
    private static partial Regex MenuSeparator();

    [GeneratedRegex(@"^(?:\[[^\[\]\s]+(?: [^\[\]\s]+){0,2}\]\s*)+$")]
    private static partial Regex BracketedLabels();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\b")]
    private static partial Regex PlayerTime();

    [GeneratedRegex(@"^[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])](?:\s+\S.*)?$")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^(?:\d+\s*(?:h|hr|hrs|hours?)\s*)?\d+\s*(?:min|mins|minutes)$|^\d{1,2}:\d{2}(?::\d{2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{1,2}[.:]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|PST|PDT|JST|KST|IST|AEST|AEDT|local time|local))?$", RegexOptions.IgnoreCase)]
    private static partial Regex EntryTime();
}
