using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The public share page of a conversation with an AI chat assistant, saved as text: the app's bar (new chat, log in),
/// the chat's own title, "Shared by … · date", a notice that messages may have been edited, then the turns, each under
/// its screen-reader label (<c>You said:</c>, <c>ChatGPT said:</c>), the assistant's with its buttons (Copy, Edit,
/// Regenerate) and offers ("Would you like me to …"), and at the end a feedback prompt, a disclaimer and the footer.
/// When the user pasted a text to ask about it (a story from a library database to summarise), that text is the
/// article: the request above it, the assistant's summary — which may misname people — and the page around them are
/// not. A conversation with no such paste is read for the assistant's longest answer. The share date is the page's,
/// not the text's, and the chat's title names the conversation, not the article.
/// </summary>
internal static partial class ChatSharePage
{
    /// <summary>The fewest words a user's turn needs beyond its request to be a pasted text.</summary>
    private const int MinimumPastedWords = 120;

    /// <summary>The longest a request above or below a pasted text is, in words.</summary>
    private const int MaximumRequestWords = 80;

    /// <summary>The article the conversation holds; the text itself when it is no shared conversation.</summary>
    public static string Extract(string text, RemovalLog log)
    {
        // Cheap test first: every user turn carries the label.
        if (!text.Contains("You said:", StringComparison.Ordinal))
            return text;
        var lines = text.Split('\n');
        var labels = Enumerable.Range(0, lines.Length).Where(i => TurnLabel().IsMatch(lines[i].Trim())).ToList();
        var assistant = labels.Select(i => TurnLabel().Match(lines[i].Trim()).Groups["who"].Value).FirstOrDefault(w => w != "You");
        if (assistant is null)
            return text;
        var turns = new List<(bool User, List<string> Paragraphs)>();
        for (var t = 0; t < labels.Count; t++)
        {
            var end = t + 1 < labels.Count ? labels[t + 1] : lines.Length;
            var user = lines[labels[t]].Trim().StartsWith("You ", StringComparison.Ordinal);
            turns.Add((user, Paragraphs(lines[(labels[t] + 1)..end], t + 1 == labels.Count ? assistant : null)));
        }
        var article = turns.Where(t => t.User).Select(t => Pasted(t.Paragraphs)).FirstOrDefault(p => p is not null)
            ?? turns.Where(t => !t.User).Select(t => t.Paragraphs).MaxBy(p => p.Sum(s => WordCount.BySpaces(s)));
        if (article is not { Count: > 0 })
            return text;
        log.Add("layout", "the chat page's bar, title, share notice, the turns' labels, requests and answers, and its footer");
        return string.Join("\n\n", article);
    }

    /// <summary>
    /// A turn's paragraphs, without the assistant's buttons, offers and feedback prompts; the last turn ends where the
    /// page's footer begins (a line naming the assistant, a copyright).
    /// </summary>
    /// <param name="footerName">In the last turn, the assistant's name, which the footer's lines bear.</param>
    private static List<string> Paragraphs(string[] lines, string? footerName)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var raw in lines.Append(""))
        {
            var line = raw.Trim();
            if (footerName is not null && (line.Contains(footerName, StringComparison.Ordinal) || line.StartsWith('©')))
                break;
            if (line.Length > 0 && !ButtonRow().IsMatch(line) && !Prompt().IsMatch(line))
            {
                current.Add(line);
                continue;
            }
            if (current.Count > 0)
                paragraphs.Add(string.Join('\n', current));
            current.Clear();
        }
        if (current.Count > 0)
            paragraphs.Add(string.Join('\n', current));
        return paragraphs;
    }

    /// <summary>
    /// The text a user pasted into a turn: the paragraphs after a short request above it (and before a short question
    /// under it), when they are long enough to be a text of their own.
    /// </summary>
    private static List<string>? Pasted(List<string> paragraphs)
    {
        if (paragraphs.Count < 3 || WordCount.BySpaces(paragraphs[0]) > MaximumRequestWords)
            return null;
        var end = paragraphs.Count;
        if (WordCount.BySpaces(paragraphs[^1]) <= MaximumRequestWords / 2 && paragraphs[^1].EndsWith('?'))
            end--;
        var pasted = paragraphs[1..end];
        return pasted.Sum(p => WordCount.BySpaces(p)) >= MinimumPastedWords ? pasted : null;
    }

    /// <summary>A turn's label: <c>You said:</c>, <c>ChatGPT said:</c>.</summary>
    [GeneratedRegex(@"^(?<who>You|\p{Lu}[\p{L}\d.-]*(?: \p{Lu}[\p{L}\d.-]*)?) said:$")]
    private static partial Regex TurnLabel();

    /// <summary>A row of the answer's buttons: <c>Copy    Edit    Regenerate    ⋯</c>.</summary>
    [GeneratedRegex(@"^(?:(?:Copy|Edit|Regenerate|Retry|Share|Read aloud|Good response|Bad response|⋯|…|👍|👎)\s*){2,}$")]
    private static partial Regex ButtonRow();

    /// <summary>The assistant's offer to do more, and the page's feedback prompt.</summary>
    [GeneratedRegex(@"^(?:Would you like me to\b.*\?|Do you want me to\b.*\?|Is this conversation helpful so far\?.*)$")]
    private static partial Regex Prompt();
}
