using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// An agency's story carried by another outlet as it came off the feed: the outlet says so above it (<c>FROM THE WIRE —
/// Agency English Service feed, unedited by Outlet</c>, <c>This story has not been edited by our staff and is published
/// from a syndicated feed</c>), and the agency's marks stay at the end of the last paragraph, where the agency's desk
/// put them: its initials after a dash (<c>… give them up.” – SANS</c>) or with the desk's initials (<c>… final terms.
/// PIA jk/mw</c>). The notice is the outlet's page furniture; the marks are the wire's, not the story's words.
/// </summary>
internal static partial class SyndicatedCopy
{
    /// <summary>Removes the feed notice and the agency's marks after a paragraph's last sentence.</summary>
    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Table || b.Text.Length == 0)
                continue;
            if (b.Text.Length < 300 && (b.Text.Contains("edited", StringComparison.OrdinalIgnoreCase)) && FeedNotice().IsMatch(b.Text))
            {
                log.Add("layout", b.Text);
                blocks.RemoveAt(i--);
                continue;
            }
            // Only a paragraph ending in a capital or an initial can end in a mark: most end in a full stop.
            var last = b.Text[^1];
            if (b.Kind == BlockKind.Paragraph && (char.IsAsciiLetterUpper(last) || char.IsAsciiLetterLower(last) && b.Text.Contains('/'))
                && TrailingMark().Match(b.Text) is { Success: true } mark)
            {
                log.Add("layout", mark.Value.Trim());
                b.Text = b.Text[..mark.Index];
            }
        }
    }

    /// <summary>The outlet's notice that the copy is the agency's, unedited.</summary>
    [GeneratedRegex(@"^\(?(?:from the (?:wire|feed|agencies)\b.{0,120}\b(?:unedited|not (?:been )?edited)\b.*|this (?:story|article|report) (?:has not been|was not|is not) edited by\b.{0,80}\b(?:syndicated|auto-generated|automatically generated|agency|wire)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FeedNotice();

    /// <summary>
    /// After a sentence's end: the agency's initials set off by a dash (<c> – SANS</c>), or followed by its desk's initials
    /// (<c> PIA jk/mw</c>).
    /// </summary>
    [GeneratedRegex(@"(?<=[.!?""”’)])\s+(?:[-–—]{1,2}\s*[A-Z]{2,6}|[A-Z]{2,6}\s+[a-z]{1,4}(?:/[a-z]{1,4})+)$")]
    private static partial Regex TrailingMark();
}
