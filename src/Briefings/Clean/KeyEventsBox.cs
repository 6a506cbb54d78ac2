using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A live page's "Key events" box, copied with the page: its label, the headlines of the entries it points to, one a
/// bullet, and its toggle (<c>Show all key events ▾</c>). The entries themselves follow in the page; the box is a
/// table of contents, not text. A broadcaster's <c>Key points:</c> box above its story is the same: bullets that say
/// again, in short, what the story then tells. Only a box that is surely one goes: above the first paragraph of prose, or closed by
/// its toggle (a timeline under a heading of that name in the text has neither).
/// </summary>
internal static partial class KeyEventsBox
{
    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Text.Length > 20 || !BoxLabel().IsMatch(blocks[i].Text))
                continue;
            var end = i + 1;
            while (end < blocks.Count && IsEntry(blocks[end]))
                end++;
            if (end == i + 1)
                continue;
            var toggle = end < blocks.Count && Toggle().IsMatch(blocks[end].Text);
            if (!toggle && blocks.Take(i).Any(b => b.Kind == BlockKind.Paragraph && WordCount.BySpaces(b.Text) >= 20))
                continue;
            if (toggle)
                end++;
            foreach (var b in blocks.GetRange(i, end - i))
                log.Add("layout", b.Text);
            blocks.RemoveRange(i, end - i);
        }
    }

    /// <summary>An entry's headline: a list item, or a line with its bullet still on.</summary>
    private static bool IsEntry(Block b) =>
        b.Text.Length <= 160 && (b.Kind == BlockKind.ListItem || b.Kind == BlockKind.Paragraph && b.Text.Length > 2 && b.Text[0] is '•' or '·' or '▪' && b.Text[1] == ' ');

    [GeneratedRegex(@"^(?:key (?:events|moments|updates|points)|live (?:highlights|key events))\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BoxLabel();

    [GeneratedRegex(@"^(?:show|see|view) (?:all|more)(?: key)?(?: events| moments| updates)?\s*[▾▼↓›»]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Toggle();
}
