using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// FidoNet echomail as a DOS mail reader shows it or writes it to a file (GoldED, Blue Wave, FleetStreet): each
/// message in a frame drawn with box characters, under the echo's name, with its header fields (<c>Msg  : 412 of 587</c>,
/// <c>From : name  1:270/101  13 Sep 93  23:41:07</c>, <c>To   :</c>, <c>Subj :</c>), its kludge lines (<c>@MSGID:</c>,
/// <c>@PID:</c>, <c>@CHRS:</c>), the lines it quotes marked with the quoted poster's initials (<c> ML&gt; </c>) under an
/// "In a message to …, X wrote:" line, and after the text the tear line (<c>--- GoldED 2.41+</c>), a tagline
/// (<c>... </c>), the origin line (<c> * Origin: board (1:270/101)</c>) and the routing lines (<c>SEEN-BY:</c>,
/// <c>@PATH:</c>); under the last frame the reader's key bar. Replies follow the message they answer.
/// The article is the message that carries the most text of its own; when its poster pasted a story under an
/// underlined headline, the story alone — the poster's greeting before it and comment after it are his. The date is the
/// message's (the <c>From</c> line's), as the echo carried it.
/// </summary>
internal static partial class FidoNetEchomail
{
    /// <summary>The fewest words a pasted story has for the poster's note around it to be dropped.</summary>
    private const int MinimumStoryWords = 120;

    /// <summary>The article the echomail carries; the text itself when it is no echomail.</summary>
    public static string Extract(string text, ArticleFacts facts, RemovalLog log)
    {
        // Cheap test first: every echomail message ends with its origin line, and its header has a subject field.
        if (!text.Contains("* Origin:", StringComparison.Ordinal) && !text.Contains("Subj :", StringComparison.Ordinal))
            return text;
        var lines = text.Split('\n');
        var headers = Headers(lines);
        if (headers.Count == 0)
            return text;
        // A message cut short before its origin line (a capture that stopped early) is still echomail when its From
        // field carries a node address (2:280/5); with no text of its own left, it holds no article at all.
        var cutShort = !lines.Any(l => OriginLine().IsMatch(l));
        if (cutShort && !lines.Any(l => HeaderField().Match(l) is { Success: true } f && f.Groups["name"].Value == "From" && NodeAddress().IsMatch(f.Groups["value"].Value)))
            return text;

        Message? best = null;
        for (var m = 0; m < headers.Count; m++)
        {
            var end = m + 1 < headers.Count ? headers[m + 1].Start : lines.Length;
            var message = Read(lines, headers[m], end);
            if (best is null || message.Words > best.Words)
                best = message;
        }
        if (best is null || best.Words == 0)
            return cutShort ? string.Empty : text;
        log.Add("metadata", "the echomail's frames, header fields, kludges, quotes, tear and origin lines, and the other messages");
        facts.OfferDate(best.Date);
        var paragraphs = best.Paragraphs;
        facts.Title = best.Subject;
        if (PastedStory(paragraphs) is { } story)
        {
            facts.Title = story.Headline;
            foreach (var note in paragraphs.Where((_, i) => i < story.Start || i >= story.End))
                log.Add("layout", note);
            paragraphs = paragraphs[(story.Start + 1)..story.End];
        }
        // "Hello All!" above the poster's own text greets the echo.
        if (paragraphs.Count > 1 && WordCount.BySpaces(paragraphs[0].Trim()) <= 4 && TitleRules.IsGreeting(paragraphs[0].Trim()))
        {
            log.Add("layout", paragraphs[0]);
            paragraphs = paragraphs[1..];
        }
        // The poster's name alone under the text signs it.
        if (paragraphs.Count > 1 && WordCount.BySpaces(paragraphs[^1].Trim()) <= 3 && HardWrap.StopsMidSentence(paragraphs[^1]))
        {
            log.Add("byline", paragraphs[^1]);
            paragraphs = paragraphs[..^1];
        }
        return string.Join("\n\n", paragraphs.Select(Unwrap));
    }

    /// <summary>One message's header (its first field line, its subject) and what its text holds.</summary>
    private sealed record Header(int Start, int Subject);

    private sealed record Message(string? Subject, DateOnly? Date, List<string> Paragraphs)
    {
        public int Words { get; } = Paragraphs.Sum(p => WordCount.BySpaces(p));
    }

    /// <summary>
    /// Each message's header: a <c>From :</c> line with a <c>Subj :</c> line below it within a few lines; the fields
    /// above the <c>From</c> line (<c>Msg  :</c>, <c>Area :</c>) are the header's too.
    /// </summary>
    private static List<Header> Headers(string[] lines)
    {
        var headers = new List<Header>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (HeaderField().Match(lines[i]) is not { Success: true } from || from.Groups["name"].Value != "From")
                continue;
            var subject = Array.FindIndex(lines, i + 1, Math.Min(4, lines.Length - i - 1), l => HeaderField().Match(l) is { Success: true } f && f.Groups["name"].Value.StartsWith("Subj", StringComparison.Ordinal));
            if (subject < 0)
                continue;
            var start = i;
            while (start > 0 && HeaderField().IsMatch(lines[start - 1]))
                start--;
            // The frame above the header (the echo's name between box characters) belongs to it.
            while (start > 0 && (IsFrame(lines[start - 1]) || lines[start - 1].Trim().Length == 0))
                start--;
            headers.Add(new Header(start, subject));
            i = subject;
        }
        return headers;
    }

    /// <summary>The paragraphs of one message's own text, without its apparatus, and what its header states.</summary>
    private static Message Read(string[] lines, Header header, int end)
    {
        string? subject = null;
        DateOnly? date = null;
        for (var i = header.Start; i <= header.Subject; i++)
        {
            if (HeaderField().Match(lines[i]) is not { Success: true } field)
                continue;
            var value = field.Groups["value"].Value.Trim();
            if (field.Groups["name"].Value is "From" or "Date")
                date ??= MessageDate(value);
            else if (field.Groups["name"].Value.StartsWith("Subj", StringComparison.Ordinal))
                subject = ReplyPrefix().Replace(value, "");
        }
        var paragraphs = new List<string>();
        var current = new List<string>();
        var trailer = false;
        for (var i = header.Subject + 1; i < end; i++)
        {
            var line = lines[i].TrimEnd();
            // After the origin line, only routing, the next frame and the reader's key bar.
            trailer |= OriginLine().IsMatch(line);
            var apparatus = trailer || IsFrame(line) || Kludge().IsMatch(line) || QuotedLine().IsMatch(line) || QuoteIntro().IsMatch(line.Trim())
                || IsTearLine(lines, i) || Tagline().IsMatch(line) && IsBeforeTearLine(lines, i);
            if (line.Trim().Length == 0 || apparatus)
            {
                if (current.Count > 0)
                    paragraphs.Add(string.Join('\n', current));
                current.Clear();
                continue;
            }
            current.Add(line);
        }
        if (current.Count > 0)
            paragraphs.Add(string.Join('\n', current));
        return new Message(subject, date, paragraphs);
    }

    /// <summary>
    /// A story the poster pasted: a headline underlined with a rule (<c>-----</c>, <c>=====</c>) over enough text.
    /// When the story's paragraphs open indented, as wire copy does, it ends with the last of them: the flush-left
    /// paragraphs after it are the poster's comment and signature. <c>Start</c> is the headline's paragraph; the story
    /// runs to just before <c>End</c>.
    /// </summary>
    private static (string Headline, int Start, int End)? PastedStory(List<string> paragraphs)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var rows = paragraphs[p].Split('\n');
            if (rows.Length != 2 || !IsUnderline(rows[1], rows[0]) || WordCount.BySpaces(rows[0]) < 3)
                continue;
            var end = paragraphs.Count;
            if (p + 1 < paragraphs.Count && Indent(paragraphs[p + 1]) >= 2)
            {
                end = p + 1;
                while (end < paragraphs.Count && Indent(paragraphs[end]) >= 2)
                    end++;
            }
            var words = paragraphs.Skip(p + 1).Take(end - p - 1).Sum(s => WordCount.BySpaces(s));
            return words >= MinimumStoryWords ? (rows[0].Trim(), p, end) : null;
        }
        return null;
    }

    private static bool IsUnderline(string rule, string headline)
    {
        var r = rule.Trim();
        return r.Length >= 3 && r.Length * 2 >= headline.Trim().Length && r.All(c => c is '-' or '=' or '─' or '═' or '~' or '_');
    }

    private static int Indent(string paragraph) => paragraph.Length - paragraph.TrimStart(' ', '\t').Length;

    /// <summary>A paragraph's lines joined, as the reader's screen wrapped them.</summary>
    private static string Unwrap(string paragraph) => paragraph.Split('\n').Select(l => l.Trim()).Aggregate(HardWrap.Join);

    /// <summary>A line drawn with box characters (<c>╒════╕</c>, <c>───</c>), or the echo's name between two (<c>│ AREA  description │</c>).</summary>
    private static bool IsFrame(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && (t.All(c => c is >= '\u2500' and <= '\u257F' or ' ') || t.Length > 2 && t[0] is '│' or '║' && t[^1] is '│' or '║');
    }

    /// <summary>The tear line (<c>---</c>, <c>--- GoldED 2.41+</c>) that closes a message's text above its origin line.</summary>
    private static bool IsTearLine(string[] lines, int i) =>
        TearLine().IsMatch(lines[i]) && lines.Skip(i + 1).Take(2).Any(l => OriginLine().IsMatch(l));

    private static bool IsBeforeTearLine(string[] lines, int i) =>
        lines.Skip(i + 1).Take(2).Any(l => TearLine().IsMatch(l));

    /// <summary>The message's date on its <c>From</c> line (or a <c>Date</c> line of its own): <c>13 Sep 93  23:41:07</c>.</summary>
    private static DateOnly? MessageDate(string from) =>
        FieldDate().Match(from) is { Success: true } m ? ExplicitDateParser.DateOf(m, pivot: 80) : null;

    [GeneratedRegex(@"^\s?(?<name>Msg|From|To|Subj|Subject|Date|Area|Attr)\s*:\s?(?<value>.*)$")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"\b(?<day>\d{1,2}) (?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<year>\d{2}|\d{4})\b")]
    private static partial Regex FieldDate();

    [GeneratedRegex(@"^(?:Re:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();

    /// <summary>The origin line: <c> * Origin: board name (1:270/101)</c>.</summary>
    [GeneratedRegex(@"\b\d{1,5}:\d{1,5}/\d{1,5}(?:\.\d+)?\b")]
    private static partial Regex NodeAddress();

    [GeneratedRegex(@"^\s*\* Origin:.*\(\d+:\d+/\d+(?:\.\d+)?(?:@\w+)?\)\s*$")]
    private static partial Regex OriginLine();

    /// <summary>A kludge line, shown by the reader with <c>@</c> for its control character, and the routing lines.</summary>
    [GeneratedRegex(@"^(?:[@\x01][A-Z][A-Za-z-]*:?\s|SEEN-BY:|PATH:)")]
    private static partial Regex Kludge();

    /// <summary>A quoted line, marked with the quoted poster's initials: <c> ML&gt; text</c>, <c> DA&gt;&gt; text</c>.</summary>
    [GeneratedRegex(@"^\s{0,2}[A-Za-z]{0,4}>+(?:\s|$)")]
    private static partial Regex QuotedLine();

    // "In a message to All <12 Sep 93 18:02>, Moshe Levin wrote:", "-=> Quoting Moshe Levin to All <=-", "On 12 Sep 93, X wrote to Y:".
    [GeneratedRegex(@"^(?:.{0,160}\b(?:wrote|writes)(?: to .{1,60})?\s*:|-=> Quoting .{1,100}<=-|Quoting .{1,100}:)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteIntro();

    [GeneratedRegex(@"^---(?: .*)?$")]
    private static partial Regex TearLine();

    /// <summary>A tagline above the tear line: <c>... Shalom, salaam, peace</c>.</summary>
    [GeneratedRegex(@"^\.\.\. \S")]
    private static partial Regex Tagline();
}
