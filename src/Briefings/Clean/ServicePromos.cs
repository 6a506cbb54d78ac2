using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The boxes a specialist outlet (a trade weekly, a compliance or markets service, a think tank, an NGO's newsroom)
/// sets between and under its stories, each flattened to one line by a scrape: a labelled offer in capitals
/// (<c>MEMBERS ONLY — Webinar: … Book your place »</c>, <c>EVENT · Forum 2024 · venue · Register</c>,
/// <c>TAKE ACTION: Write to your MP today …</c>, <c>ABOUT THE AUTHOR — …</c>), a file to download named with its type
/// and size (<c>FREE DOWNLOAD: … special report (PDF, 1.2 MB)</c>, <c>Download (XLS, 340 KB)</c>), a row of tool
/// buttons in brackets (<c>Text: [ A+ ] [ A- ] [ Print ] [ RSS ]</c>), an advertising slot in brackets, a share row with the icons' letters left in
/// (<c>f Share   t Tweet   in Share   🖨 Print</c>) and a comment counter opening its notice (<c>Comments (14) — log in
/// to comment</c>). None is the article's prose.
/// </summary>
internal static partial class ServicePromos
{
    // Every line these rules remove holds one of these: a vectorised search spares nearly every line the patterns.
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["ONLY", "EVENT", "WEBINAR", "DOWNLOAD", "TAKE ACTION", "ACT NOW", "ABOUT THE AUTHOR", "LIBRARY", "WHITE PAPER", "SPECIAL REPORT", " KB)", " MB)", " pages)", "] [", "Share", "Comment", "dvert"],
        StringComparison.Ordinal);

    public static bool IsPromo(string line)
    {
        if (line.Length is 0 or > 400 || !line.AsSpan().ContainsAny(Triggers))
            return false;
        return LabelledBox().IsMatch(line)
            || line.Length <= 300 && FileOffer().IsMatch(line) && DownloadWords().IsMatch(line)
            || line.Length <= 160 && line.Contains("] [", StringComparison.Ordinal) && IsButtonRow(line)
            || line.Length <= 160 && IsIconShareRow(line)
            || CommentCounter().IsMatch(line)
            || line[0] == '[' && BracketedAdSlot().IsMatch(line);
    }

    /// <summary>Tool buttons in brackets, three or more and nothing else but a short label: <c>Text: [ A+ ] [ A- ] [ Print ]</c>.</summary>
    private static bool IsButtonRow(string line)
    {
        var rest = Button().Replace(line, "");
        return Button().Count(line) >= 3 && rest.Trim(' ', '|', '·').Length <= 12 && !rest.Contains('.');
    }

    /// <summary>A share row whose icons became letters or symbols: every word is a share action or an icon's one or two characters.</summary>
    private static bool IsIconShareRow(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var actions = words.Count(w => ShareActions.Contains(w));
        return actions >= 3 && words.All(w => ShareActions.Contains(w) || w.Length <= 2 && !w.All(char.IsDigit));
    }

    private static readonly HashSet<string> ShareActions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Share", "Tweet", "Send", "Print", "Email", "E-mail", "Mail", "Pin", "Save", "WhatsApp", "Telegram", "Facebook", "Twitter", "LinkedIn", "Reddit",
    };

    /// <summary>A box's label in capitals and a separator, then its offer.</summary>
    [GeneratedRegex(@"^(?:MEMBERS? ONLY|SUBSCRIBERS? ONLY|(?:UPCOMING |FEATURED )?EVENTS?|WEBINARS?|FREE DOWNLOAD|DOWNLOADS?|WHITE PAPER|SPECIAL REPORT|DOCUMENT LIBRARY|TAKE ACTION|ACT NOW|ABOUT THE AUTHORS?)\**\s*(?:[:·|—–]|--?)\s*\S")]
    private static partial Regex LabelledBox();

    /// <summary>A file named with its type and size or length: <c>(PDF, 1.2 MB)</c>, <c>(XLS, 340 KB)</c>, <c>(PDF, 24 pages)</c>, <c>(2.1 MB)</c>.</summary>
    [GeneratedRegex(@"\((?:(?:PDF|XLSX?|DOCX?|PPTX?|CSV|ZIP|EPUB)\s*,?\s*)?\d+(?:[.,]\d+)?\s*(?:KB|MB|GB|pages)\)")]
    private static partial Regex FileOffer();

    [GeneratedRegex(@"\bdownload|\bwhite paper\b|\bspecial report\b|\bdocument library\b|\bsubscribers?\b|\bmembers only\b|\bregistration required\b", RegexOptions.IgnoreCase)]
    private static partial Regex DownloadWords();

    [GeneratedRegex(@"\[[^\[\]]{1,24}\]")]
    private static partial Regex Button();

    /// <summary>An advertising slot's label in brackets, with the note under it: <c>[ Advertisement – story continues below ]</c>.</summary>
    [GeneratedRegex(@"^\[\s*(?:advertisement|advert|ad)\s*(?:(?:[–—:|·]|--?)\s*[^\]]{0,40})?\]$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedAdSlot();

    [GeneratedRegex(@"^Comments?\s*\(\d+\)\s*(?:[—–|·:-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CommentCounter();
}
