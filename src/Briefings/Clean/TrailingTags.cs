namespace Briefings.Clean;

/// <summary>
/// Topic tags a blog platform prints under the post, and the link back to its section.
/// </summary>
internal static class TrailingTags
{
    /// <summary>
    /// A blog platform's topic tags under the post, one per line (<c>China</c> / <c>Foreign Policy</c> / <c>US
    /// Politics</c>): three or more short capitalised lines in a row after the last paragraph of prose; and there, a
    /// link back to the page's section (<c>Back to Japan-Republic of Korea Relations</c>).
    /// </summary>
    public static void Remove(List<Block> blocks, RemovalLog log)
    {
        var lastProse = blocks.FindLastIndex(b => b.Kind == BlockKind.Paragraph && WordCount.BySpaces(b.Text) >= TailProseWords);
        if (lastProse < 0)
            return;
        for (var i = lastProse + 1; i < blocks.Count; i++)
        {
            if (PromoRules.IsSectionBackLink(blocks[i].Text))
            {
                log.Add("layout", blocks[i].Text);
                blocks.RemoveAt(i--);
                continue;
            }
            var end = i;
            while (end < blocks.Count && IsTag(blocks[end]))
                end++;
            if (end - i < 3)
                continue;
            foreach (var tag in blocks.GetRange(i, end - i))
                log.Add("promo", tag.Text);
            blocks.RemoveRange(i, end - i);
        }
    }

    private const int TailProseWords = 30;

    private static bool IsTag(Block b)
    {
        var words = b.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return b.Kind == BlockKind.Paragraph && words.Length is >= 1 and <= 3 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '&' or '\''));
    }
}
