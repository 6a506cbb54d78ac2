using System.Net;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// One message of a mailing list's web archive as Mailman's Pipermail writes it: the subject with the list's tag
/// (<c>[list-name] Subject</c>) as the page's heading, the poster's name and obfuscated address (<c>name at domain</c>),
/// a <c>ctime</c> date line, "Previous message / Next message / Messages sorted by" links above and below, and the
/// message itself between <c>&lt;!--beginarticle--&gt;</c> and <c>&lt;!--endarticle--&gt;</c>, kept as it was sent in a
/// <c>&lt;PRE&gt;</c>, hard-wrapped. The subject is the title, the date line the date, and the message is read as text
/// (<see cref="MailBody"/>); the archive's navigation is not the article.
/// </summary>
internal static partial class ListArchivePage
{
    private const string BeginArticle = "<!--beginarticle-->";
    private const string EndArticle = "<!--endarticle-->";

    public sealed record Post(string? Subject, DateOnly? Date, string Body);

    public static Post? Read(string text)
    {
        var begin = text.IndexOf(BeginArticle, StringComparison.OrdinalIgnoreCase);
        if (begin < 0)
            return null;
        var end = text.IndexOf(EndArticle, begin, StringComparison.OrdinalIgnoreCase);
        var head = text[..begin];
        var message = text[(begin + BeginArticle.Length)..(end < 0 ? text.Length : end)];
        var subject = Heading().Match(head) is { Success: true } h ? WithoutListTag(Plain(h.Groups[1].Value)) : null;
        var date = CtimeDate().Match(head) is { Success: true } d
            ? ExplicitDateParser.DateOf(int.Parse(d.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), ExplicitDateParser.MonthNumber(d.Groups[1].Value), int.Parse(d.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : null;
        // The <PRE> keeps the message's lines; the archive's own markup in it is links it made of addresses and URLs.
        var body = WebUtility.HtmlDecode(AnyTag().Replace(message, ""));
        return new Post(subject, date, body);
    }

    /// <summary>The subject without the list's tag and reply marks: <c>[nato-enlarge] Re: Subject</c> → <c>Subject</c>.</summary>
    public static string WithoutListTag(string subject) => ListTag().Replace(subject, "").Trim();

    private static string Plain(string html) => WebUtility.HtmlDecode(AnyTag().Replace(html, "")).ReplaceLineEndings(" ").Trim();

    [GeneratedRegex(@"<H1[^>]*>([\s\S]*?)</H1>", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    // "Fri Mar 12 19:42:07 EST 1999": the date as the archiver got it from the message, in C's ctime form.
    [GeneratedRegex(@"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{2,5}\s+)?(\d{4})\b")]
    private static partial Regex CtimeDate();

    [GeneratedRegex(@"^(?:\s*\[[^\]\s]{1,60}\]|\s*(?:Re|Fwd?|AW|WG|TR)\s*:)+\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
