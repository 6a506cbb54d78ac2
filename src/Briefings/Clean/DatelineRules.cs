using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Wire-copy datelines at the start of the lede: <c>THE HAGUE, Netherlands (AP) —</c>, <c>SEOUL (Yonhap) —</c>,
/// <c>KYIV, Ukraine —</c>, <c>Beijing, Oct 10 (Xinhua) --</c>, <c>Caracas/Washington, 28 Jan (EFE).-</c>, <c>(Reuters) -</c>,
/// <c>MOSCOW, March 18. /TASS/.</c>, an agency's English service's <c>Rabat -</c>, and a newspaper's <c>WARSAW, Dec 13.—</c> and <c>LAHORE, Feb. 21.</c> (a full stop
/// closes the dateline only after its date). Only the prefix goes; the sentence stays.
/// </summary>
internal static partial class DatelineRules
{
    /// <summary>The dateline's length at the start of <paramref name="text"/> (0 when there is none) and the agency it names.</summary>
    public static int Match(string text, out string? agency, out string dateline)
    {
        agency = null;
        dateline = "";
        if (HijriDatedPage.DatelineLength(text, out agency) is > 0 and var hijri)
        {
            dateline = text[..hijri].Trim();
            return hijri;
        }
        var m = Dateline().Match(text);
        if (!m.Success)
            return 0;
        var place = m.Groups["place"].Value;
        var hasAgency = m.Groups["agency"].Success;
        var capsPlace = place.Length > 0 && place.Split(',')[0].Count(char.IsLetter) >= 2 && place.Split(',')[0].All(c => !char.IsLetter(c) || char.IsUpper(c));
        // An agency's English service may set its place in title case before a spaced dash ("Rabat - HM the King …").
        if (!capsPlace && !hasAgency && !IsTitleCasePlaceBeforeDash(text, place, m.Groups["sep"].Value))
            return 0;
        // A colon only separates a dateline in the all-capitals form ("NEW DELHI:"), never after an agency-less title-case word.
        if (m.Groups["sep"].Value == ":" && (!capsPlace || place.Contains(',') || SpeakerLabel.Opens(text)))
            return 0;
        agency = hasAgency ? m.Groups["agency"].Value.Trim() : null;
        dateline = text[..m.Length].Trim();
        return m.Length;
    }

    /// <summary>One to three capitalised words of a place, no date, then a dash with a space on each side.</summary>
    private static bool IsTitleCasePlaceBeforeDash(string text, string place, string separator)
    {
        if (separator is not ("-" or "–" or "—") || place.Length < 3 || place.Contains(',') || text.Length <= place.Length || text[place.Length] != ' ')
            return false;
        var words = place.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'' or '’'));
    }

    [GeneratedRegex(
        @"^(?<place>[A-Z][\p{L}.'’\-/ ]{1,40}?(?:,\s*[A-Z][\p{L}.'’\- ]{1,30}?){0,2})?" +
        @"(?:,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?))?" +
        @",?\s*(?:(?:\((?<agency>[A-Za-z][\w .&/-]{0,30})\))?\s*(?<sep>\.?—|\.?–|--|\.-|-|:|(?<=\d)\.)|\.?\s*/(?<agency>[A-Z][A-Za-z&-]{1,20})/\.?)\s+(?=[\p{Lu}\p{N}""“‘'])")]
    private static partial Regex Dateline();
}
