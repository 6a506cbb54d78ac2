using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A broadcaster's update stamp in ISO form under the headline, as Gulf and Asian satellite channels' English sites
/// printed it in the 2000s: <c>Last update: 2003-03-20 09:40 GMT</c>, <c>Updated: 2004-06-28 17:05 Makkah time</c>.
/// It dates the story; on its own line it is metadata, not text.
/// </summary>
internal static partial class IsoUpdateStamp
{
    /// <summary>How far down the page the stamp is looked for.</summary>
    private const int TopBlocks = 8;

    public static void Strip(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        for (var i = 0; i < Math.Min(TopBlocks, blocks.Count); i++)
        {
            var t = blocks[i].Text;
            if (t.Length > 60 || !t.Contains(": ", StringComparison.Ordinal) || Stamp().Match(t.Trim('*', '_', ' ')) is not { Success: true } m)
                continue;
            if (DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                facts.OfferDate(date);
            log.Add("metadata", t);
            blocks.RemoveAt(i);
            return;
        }
    }

    [GeneratedRegex(@"^(?i:(?:last )?update(?:d)?|published|posted|first published)\s*:\s*(?<date>\d{4}-\d{2}-\d{2})(?:[ T,]+\d{1,2}[:.]\d{2}(?::\d{2})?)?(?:\s+(?:[A-Z]{2,5}|[\p{L} ]{1,20} time))?$")]
    private static partial Regex Stamp();
}
