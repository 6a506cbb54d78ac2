using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// An e-mail forward that quotes what it forwards: each line of the quoted message begins with <c>&gt; </c> (<c>&gt; &gt; </c>
/// for a message quoted inside it). When quoted lines are most of a text file, the marks are the mail program's, not
/// the article's: they are taken off, and the forward markers and headers they hid are then read as any forward's
/// (<see cref="MailHeaders"/>). A Markdown file's quotes are its author's and are left alone.
/// </summary>
internal static partial class MailQuotes
{
    // A few quoted lines are someone quoted; a forward quotes a whole message.
    private const int MinQuotedLines = 8;

    public static string Unquote(string text, RemovalLog log)
    {
        // Counted in place: many texts hold a '>' or two (tags), and only a forward is worth reading line by line.
        if (text.AsSpan().Count('>') < MinQuotedLines)
            return text;
        var written = 0;
        var quoted = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var t = line.TrimStart();
            if (t.Length == 0)
                continue;
            written++;
            if (t[0] == '>')
                quoted++;
        }
        if (quoted < MinQuotedLines || 2 * quoted < written)
            return text;
        log.Add("layout", "e-mail quote marks (>) before each quoted line");
        return QuoteMarks().Replace(text, "");
    }

    [GeneratedRegex(@"^[ \t]*(?:>[ \t]?)+", RegexOptions.Multiline)]
    private static partial Regex QuoteMarks();
}
