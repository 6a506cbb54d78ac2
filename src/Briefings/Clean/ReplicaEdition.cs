using System.Buffers;

namespace Briefings.Clean;

/// <summary>
/// An article of a newspaper's digital replica (an e-edition: PressReader, PageSuite and their like) as its reader app's
/// text view shows it, copied out or saved. The app frames the printed page's story with its own controls: the pager
/// and the switch between text and replica views, a row of actions drawn with icons (<c>🔊 Listen   🌐 Translate
/// A–  A+   🔖 Save   ⎙ Print</c>), the distributor's imprint and rights line under the story (<c>Printed and distributed
/// by …</c>), the other stories printed on the same page (<c>ON THIS PAGE</c>) and the way to the previous and next
/// article. The printed byline comes over two lines, the name and then the writer's post (<c>Asia correspondent,
/// with agencies</c>). None of it is the story; the app's own lines tell that the page is such a view.
/// </summary>
internal static class ReplicaEdition
{
    // Lines only such an app prints: its views, its imprint.
    private static readonly SearchValues<string> AppMarks = SearchValues.Create(
        ["replica view", "text view", "replica edition", "digital replica", "printed and distributed by", "page view", "article view"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The longest line the app's marks are looked for in: its bars and imprint are short, an article's sentence may quote them.</summary>
    private const int MarkLineLength = 200;

    /// <summary>How far down the printed byline is looked for, in blocks.</summary>
    private const int BylineReach = 12;

    public static void Strip(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        if (!blocks.Any(b => b.Text.Length <= MarkLineLength && b.Text.AsSpan().ContainsAny(AppMarks)))
            return;
        CutImprint(blocks, log);
        RemoveOtherStories(blocks, log);
        RemovePrintedByline(blocks, facts, log);
        blocks.RemoveAll(b =>
        {
            if (b.Kind is BlockKind.Table or BlockKind.Quote || !IsControlRow(b.Text))
                return false;
            log.Add("layout", b.Text);
            return true;
        });
    }

    /// <summary>The distributor's imprint ends the story: it and all after it (other stories, the pager) are the app's.</summary>
    private static void CutImprint(List<Block> blocks, RemovalLog log)
    {
        var at = blocks.FindIndex(b => b.Text.StartsWith("Printed and distributed by ", StringComparison.OrdinalIgnoreCase));
        // Under the story, not above it: some prose must come first.
        if (at < 0 || !blocks.Take(at).Any(b => b.Kind == BlockKind.Paragraph && WordCount.IsSentence(b.Text, 15)))
            return;
        foreach (var b in blocks.Skip(at))
            log.Add("promo", b.Text);
        blocks.RemoveRange(at, blocks.Count - at);
    }

    /// <summary>A header over the other stories printed on the same page (<c>ON THIS PAGE</c>), and their teasers under it.</summary>
    private static void RemoveOtherStories(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsOtherStoriesHeader(blocks[i].Text))
                continue;
            var end = i + 1;
            while (end < blocks.Count && blocks[end].Kind is BlockKind.ListItem or BlockKind.Paragraph && IsTeaser(blocks[end]))
                end++;
            foreach (var b in blocks.GetRange(i, end - i))
                log.Add("promo", b.Text);
            blocks.RemoveRange(i, end - i);
            i--;
        }
    }

    private static bool IsOtherStoriesHeader(string text) =>
        text.Length <= 40 && text.TrimEnd(':', ' ') is var t
        && (t.Equals("On this page", StringComparison.OrdinalIgnoreCase) || t.Equals("Also on this page", StringComparison.OrdinalIgnoreCase)
            || t.Equals("More on this page", StringComparison.OrdinalIgnoreCase) || t.Equals("Other stories on this page", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Other articles on this page", StringComparison.OrdinalIgnoreCase) || t.Equals("On the same page", StringComparison.OrdinalIgnoreCase));

    /// <summary>A teaser: a bulleted item, or a headline with its one-line summary (<c>Headline — what it says</c>).</summary>
    private static bool IsTeaser(Block b) =>
        b.Kind == BlockKind.ListItem || b.Text.TrimStart().StartsWith('•') || b.Text.Length <= 300 && (b.Text.Contains(" — ", StringComparison.Ordinal) || b.Text.Contains(" – ", StringComparison.Ordinal));

    /// <summary>
    /// The printed byline above the story: the writer's name on a line of its own, and under it the writer's post
    /// (<c>Diplomatic editor</c>, <c>Asia correspondent, with agencies</c>).
    /// </summary>
    private static void RemovePrintedByline(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        var prose = Math.Min(HeadlineFinder.ProseStart(blocks), BylineReach);
        for (var i = 0; i + 1 < prose; i++)
        {
            if (blocks[i].Kind != BlockKind.Paragraph || !BylineRules.IsBareName(blocks[i].Text) || !IsPost(blocks[i + 1].Text))
                continue;
            facts.OfferByline(blocks[i].Text);
            log.Add("byline", blocks[i].Text);
            log.Add("byline", blocks[i + 1].Text);
            blocks.RemoveRange(i, 2);
            return;
        }
    }

    private static readonly string[] Posts =
    [
        "correspondent", "editor", "reporter", "writer", "columnist", "staff", "bureau", "chief", "contributor", "analyst",
        "critic", "agencies", "desk",
    ];

    /// <summary>A writer's post under the name: a few words naming it, no sentence (<c>Asia correspondent, with agencies</c>).</summary>
    private static bool IsPost(string text) =>
        text.Length <= 60 && WordCount.BySpaces(text) <= 8 && !".!?:".Contains(text[^1])
        && Posts.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));

    // What the app's bars are made of: its actions, the words around them and numbers.
    private static readonly HashSet<string> ControlWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "listen", "translate", "save", "saved", "print", "share", "bookmark", "thumbnails", "replica", "previous", "prev",
        "next", "search", "library", "settings", "zoom", "download", "a", "aa", "font", "size", "text", "view", "article",
        "articles", "page", "pages", "of", "in", "out", "today's", "paper", "pdf", "email", "comment", "comments", "section",
        "sections", "edition", "editions", "back", "contents", "menu", "home", "issues", "help", "play", "audio", "copy", "link",
    };

    // The actions themselves: two of them, or one beside an icon, make a bar.
    private static readonly HashSet<string> Actions = new(StringComparer.OrdinalIgnoreCase)
    {
        "listen", "translate", "save", "print", "share", "bookmark", "thumbnails", "replica", "previous", "next", "search",
        "library", "settings", "zoom", "download",
    };

    /// <summary>
    /// A row of the app's controls, each word an action or a label beside one, and icons between: <c>🔊 Listen   🌐
    /// Translate   A–  A+   🔖 Save</c>, <c>‹ Previous article        Next article ›</c>.
    /// </summary>
    private static bool IsControlRow(string text)
    {
        if (text.Length is 0 or > 160 || ".!?".Contains(text[^1]))
            return false;
        int icons = 0, actions = 0, words = 0;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim(TokenEdges);
            if (!word.Any(char.IsLetterOrDigit))
            {
                icons++;
                continue;
            }
            word = new string([.. word.Where(c => char.IsLetterOrDigit(c) || c == '\'')]);
            if (word.All(char.IsAsciiDigit))
                continue;
            if (!ControlWords.Contains(word))
                return false;
            words++;
            if (Actions.Contains(word))
                actions++;
        }
        return words >= 2 && (actions >= 2 || actions == 1 && icons >= 1);
    }

    private static readonly char[] TokenEdges = ['(', ')', '[', ']', ',', ';', '·', '|'];
}
