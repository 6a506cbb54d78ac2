using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A Gulf news agency's English page dates its story twice, by the Hijri and the Gregorian calendar: in the stamp under
/// the headline (<c>1445/06/12 AH – 2023/12/25 09:30 (KSA)</c>), in the dateline (<c>Doha, Jumada II 12, 1445 AH,
/// December 25, 2023, QNA --</c>) and in the time line after its end mark (<c>Time: 09:30 KSA 06:30 GMT</c>); the stamp
/// sits beside a view counter (<c>Views: 5,213</c>). Only the story's text is kept.
/// </summary>
internal static partial class HijriDatedPage
{
    /// <summary>True when the line is the double-dated stamp, the time line or the view counter.</summary>
    public static bool IsFurniture(string line) =>
        line.Length <= 80 && (line.Contains(" AH", StringComparison.Ordinal) || line.Contains(':')) && Furniture().IsMatch(line);

    /// <summary>The length of a double-dated dateline at the start of <paramref name="text"/> (0 when there is none), and its agency.</summary>
    public static int DatelineLength(string text, out string? agency)
    {
        agency = null;
        if (!text.AsSpan(0, Math.Min(text.Length, 80)).Contains(" AH,", StringComparison.Ordinal) || Dateline().Match(text) is not { Success: true } m)
            return 0;
        agency = m.Groups["agency"].Value;
        return m.Length;
    }

    [GeneratedRegex(@"^(?:\d{4}/\d{1,2}/\d{1,2}\s*AH\s*[–—-]\s*\d{4}/\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2})?(?:\s*\(?[A-Z]{2,4}\)?)?|time\s*:\s*\d{1,2}:\d{2}\s*[A-Z]{2,4}(?:\s+\d{1,2}:\d{2}\s*[A-Z]{2,4})*|(?:views|reads|hits|visits|page views)\s*:\s*\d[\d,.]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^\p{Lu}[\p{L} .'’-]{1,30},\s*[\p{L}'’ ]{2,20}\s+\d{1,2},\s*\d{4}\s*AH,\s*(?:\p{L}+\.?\s+\d{1,2},\s*\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}),\s*(?<agency>[A-Z]{2,6})\s*(?:--|—|–|-)\s+")]
    private static partial Regex Dateline();
}
