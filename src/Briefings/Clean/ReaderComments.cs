using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Readers' comments as an older newspaper site prints them under the story, each on one line after the reader's
/// user name: <c>kingstonreader wrote: Nobody asked us.</c> They are not the story's text. A line of that shape in the
/// text could be a quotation ("Kennan wrote: …"), so only a run of two or more goes, or one right under the comments'
/// header. The header itself (<c>Comments</c>, <c>Reader comments (7)</c>) goes when comments or the section's policy
/// (<c>To encourage thoughtful and respectful conversations …</c>) stand under it.
/// </summary>
internal static partial class ReaderComments
{
    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Text.Length <= 30 && blocks[i].Text.Contains("omment", StringComparison.OrdinalIgnoreCase) && Header().IsMatch(blocks[i].Text) && (IsComment(blocks[i + 1]) || ReaderPrompts.IsPrompt(blocks[i + 1].Text)))
            {
                log.Add("comments", blocks[i].Text);
                blocks.RemoveAt(i--);
            }
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsComment(blocks[i]))
                continue;
            var end = i + 1;
            while (end < blocks.Count && IsComment(blocks[end]))
                end++;
            var underHeader = i > 0 && blocks[i - 1].Text.Length <= 60 && blocks[i - 1].Text.Contains("comment", StringComparison.OrdinalIgnoreCase);
            if (end - i < 2 && !underHeader)
                continue;
            foreach (var b in blocks.GetRange(i, end - i))
                log.Add("comments", b.Text);
            blocks.RemoveRange(i, end - i);
            i--;
        }
    }

    private static bool IsComment(Block b) =>
        b.Kind == BlockKind.Paragraph && b.Text.Length <= 600 && b.Text.Contains(" wrote:", StringComparison.Ordinal) && CommentLine().IsMatch(b.Text);

    [GeneratedRegex(@"^(?:readers?['’]? )?comments?(?:\s*\(\d[\d,]*\))?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    /// <summary>A user name (one token, or up to three capitalised words), <c>wrote:</c>, and the comment.</summary>
    [GeneratedRegex(@"^(?:[\p{L}\p{N}_.-]{2,30}|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}) wrote:\s+\S")]
    private static partial Regex CommentLine();
}
