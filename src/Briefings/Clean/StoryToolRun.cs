using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A story page's tools, each a link of its own: a share list drawn as bullets (<c>Share on X · LinkedIn · Copy link ·
/// Save for later</c>, one item each), or the tool box under an old regional daily's story laid out as a two-by-two
/// grid (<c>Reader comments (4) | Post a comment</c> over <c>E-mail this story | Printer-friendly version</c>), which a
/// scrape turns into a table. Every item or cell is such a tool, and at least one is an action (share, save, print,
/// e-mail, comment), so a list of the networks an article is about stays.
/// </summary>
internal static partial class StoryToolRun
{
    /// <summary>The longest tool label: anything longer is a sentence or a headline.</summary>
    private const int MaxLabel = 40;

    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Table && b.Rows is { Count: > 0 } rows && AreTools([.. rows.SelectMany(r => r)]))
            {
                log.Add("layout", string.Join(" | ", rows.SelectMany(r => r)));
                blocks.RemoveAt(i--);
                continue;
            }
            if (b.Kind != BlockKind.ListItem || b.Text.Length > MaxLabel)
                continue;
            var end = i;
            while (end < blocks.Count && blocks[end].Kind == BlockKind.ListItem && blocks[end].Text.Length <= MaxLabel)
                end++;
            if (end - i >= 2 && AreTools([.. blocks.Skip(i).Take(end - i).Select(x => x.Text)]))
            {
                foreach (var item in blocks.Skip(i).Take(end - i))
                    log.Add("layout", item.Text);
                blocks.RemoveRange(i, end - i);
                i--;
                continue;
            }
            i = end - 1;
        }
    }

    private static bool AreTools(List<string> labels)
    {
        var action = false;
        foreach (var raw in labels)
        {
            var label = raw.Trim().Trim('*', '_', '[', ']', ' ');
            if (label.Length == 0)
                continue;
            if (label.Length > MaxLabel)
                return false;
            if (Action().IsMatch(label))
                action = true;
            else if (!Network().IsMatch(label))
                return false;
        }
        return action;
    }

    [GeneratedRegex(@"^(?:share(?: (?:on|via|to|with) [\p{L}+ ]{1,20}| this(?: story| article| page)?)?|copy(?: the)? link|save(?: for later| to read later| article| story| this)?|bookmark|print(?: this (?:story|article|page))?|printer[- ]friendly(?: version| page| format)?|e-?mail(?: this (?:story|article|page)| (?:it )?to a friend)?|send (?:it |this )?to a friend|(?:post|add|leave|write) a comment|(?:reader )?comments?(?: \(\d+\))?|\d+ comments?|your views(?: \(\d+\))?|gift this article)$", RegexOptions.IgnoreCase)]
    private static partial Regex Action();

    [GeneratedRegex(@"^(?:x|twitter|facebook|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|viber|line|email|e-mail|messenger|bluesky|threads|mastodon|flipboard)$", RegexOptions.IgnoreCase)]
    private static partial Regex Network();
}
