using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Parses the publication-date forms pages print: ISO dates and timestamps, <c>July 14, 2015</c>, <c>17 July 2018</c>,
/// <c>27/09/2022</c>, <c>03.03.2023</c>. Numeric day/month order is day first unless only month first is valid.
/// </summary>
internal static partial class ExplicitDateParser
{
    private const string Month = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    /// <summary>The first date in the text, with the span it occupies.</summary>
    public static (DateOnly Date, int Index, int Length)? Find(string text)
    {
        foreach (var regex in new[] { Iso(), MonthFirst(), DayFirst(), Numeric() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (ToDate(m) is { } date)
                    return (date, m.Index, m.Length);
            }
        }
        return null;
    }

    /// <summary>Every date-like expression, for measuring how much of a line is date.</summary>
    public static string RemoveAll(string text)
    {
        foreach (var regex in new[] { Iso(), MonthFirst(), DayFirst(), Numeric() })
            text = regex.Replace(text, " ");
        return text;
    }

    private static DateOnly? ToDate(Match m)
    {
        if (!int.TryParse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1980 or > 2100)
            return null;
        int month, day;
        if (m.Groups["month"].Success)
        {
            month = MonthNumber(m.Groups["month"].Value);
            day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            (day, month) = m.Groups["iso"].Success ? (b, a) : a > 12 || b <= 12 ? (a, b) : (b, a);
        }
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;

    [GeneratedRegex(@"(?<![\d-])(?<year>\d{4})-(?<iso>(?<a>\d{2}))-(?<b>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<![\d./-])(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<year>\d{4})(?![\d/])")]
    private static partial Regex Numeric();
}
