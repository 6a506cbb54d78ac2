using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A stamp that says how old the page was when it was scraped, not when the story was written: <c>Updated 3 hrs ago</c>,
/// <c>*Published 2 days ago*</c>, <c>45 minutes ago</c>. A broadcaster's site prints it under the headline and the real
/// date, if any, at the foot; on its own line it tells the reader nothing and dates nothing.
/// </summary>
internal static partial class RelativeAgeStamp
{
    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var t = blocks[i].Text;
            if (blocks[i].Kind == BlockKind.Paragraph && t.Length <= 48 && t.Contains("ago", StringComparison.OrdinalIgnoreCase)
                && Stamp().IsMatch(t.Trim('*', '_', ' ', '(', ')', '[', ']')))
            {
                log.Add("metadata", t);
                blocks.RemoveAt(i--);
            }
        }
    }

    [GeneratedRegex(@"^(?:(?:last )?(?:updated|published|posted|modified|edited)\s*:?\s*)?(?:\d{1,3}|an?|one|two|three|a few) (?:sec(?:ond)?s?|min(?:ute)?s?|hrs?|hours?|days?|weeks?|months?)\.? ago$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();
}
