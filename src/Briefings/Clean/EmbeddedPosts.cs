using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A social network's post embedded in a story, as a saved page or a copy from the browser leaves it: the poster's
/// name and handle with the post's date (<c>Jane Roe ✔ @jroe · Sep 11, 2017</c>), perhaps <c>Replying to @outlet</c>,
/// the post's text, its counters (<c>💬 412 🔁 1.1K ♥ 2.3K</c>) and the link to the thread (<c>Read 2K replies</c>);
/// or all of it run together in one quote. The post is the poster's words, not the article's, and goes whole.
/// </summary>
internal static partial class EmbeddedPosts
{
    /// <summary>How many lines a post runs to, from its header to its thread link.</summary>
    private const int PostLines = 6;

    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (text.Length > 800 || !text.Contains('@') || blocks[i].Kind is BlockKind.Table || !PostHeader().IsMatch(text))
                continue;
            // The whole post in one block, its thread link at the end.
            if (ThreadLinkAtEnd().IsMatch(text))
            {
                log.Add("promo", text);
                blocks.RemoveAt(i--);
                continue;
            }
            var end = -1;
            for (var j = i + 1; j < Math.Min(blocks.Count, i + PostLines); j++)
            {
                if (IsPostFooter(blocks[j].Text))
                    end = j;
                else if (end >= 0)
                    break;
            }
            // Without its footer only what is surely the frame goes: the header and the reply line under it.
            if (end < 0)
                end = i + 1 < blocks.Count && ReplyingTo().IsMatch(blocks[i + 1].Text) ? i + 1 : i;
            foreach (var b in blocks.GetRange(i, end - i + 1))
                log.Add("promo", b.Text);
            blocks.RemoveRange(i, end - i + 1);
            i--;
        }
    }

    /// <summary>The post's counters or the link to its thread.</summary>
    private static bool IsPostFooter(string text) =>
        text.Length <= 60 && (ThreadLink().IsMatch(text) || IsCounterRow(text));

    /// <summary>Numbers beside icons and nothing else, two at least: <c>💬 412   🔁 1.1K   ♥ 2.3K</c>.</summary>
    private static bool IsCounterRow(string text) =>
        Counter().Count(text) >= 2 && !Counter().Replace(text, "").Any(char.IsLetter);

    /// <summary>Name (one to four capitalised words, a verification tick), handle, the post's date or age.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?: [✔✓☑]\uFE0F?)? @[A-Za-z0-9_]{1,30}\s*·\s*(?:\p{Lu}\p{Ll}{2}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{Lu}\p{Ll}{2}\.?(?: \d{4})?|\d{1,2}[smhd])\b")]
    private static partial Regex PostHeader();

    [GeneratedRegex(@"^Replying to @[A-Za-z0-9_]{1,30}(?:\s+and\s+@[A-Za-z0-9_]{1,30})*$")]
    private static partial Regex ReplyingTo();

    [GeneratedRegex(@"^(?:Read|See|View) [\d.,]+[KkMm]? (?:replies|comments|more replies)$")]
    private static partial Regex ThreadLink();

    [GeneratedRegex(@"\b(?:Read|See|View) [\d.,]+[KkMm]? (?:replies|comments|more replies)$")]
    private static partial Regex ThreadLinkAtEnd();

    [GeneratedRegex(@"\d[\d.,]*[KkMm]?")]
    private static partial Regex Counter();
}
