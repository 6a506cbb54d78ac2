using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Parses the publication-date forms pages print: ISO dates and timestamps, <c>July 14, 2015</c>, <c>17 July 2018</c>,
/// <c>27/09/2022</c>, <c>03.03.2023</c>, <c>29-03-2002</c>. Numeric day/month order is day first unless only month first is valid, or a US
/// time zone follows (<c>07/04/96 11:42 a.m. EDT</c>: American pages put the month first).
/// </summary>
internal static partial class ExplicitDateParser
{
    private const string Month = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    /// <summary>German, French, Spanish and Portuguese month names, as pages in those languages print them in a date line.</summary>
    private const string ForeignMonth = @"(?<month>Januar|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro)";

    private static readonly Dictionary<string, int> ForeignMonths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januar"] = 1,
        ["februar"] = 2,
        ["märz"] = 3,
        ["maerz"] = 3,
        ["mai"] = 5,
        ["juni"] = 6,
        ["juli"] = 7,
        ["oktober"] = 10,
        ["dezember"] = 12,
        ["janvier"] = 1,
        ["février"] = 2,
        ["fevrier"] = 2,
        ["mars"] = 3,
        ["avril"] = 4,
        ["juin"] = 6,
        ["juillet"] = 7,
        ["août"] = 8,
        ["aout"] = 8,
        ["septembre"] = 9,
        ["octobre"] = 10,
        ["novembre"] = 11,
        ["décembre"] = 12,
        ["decembre"] = 12,
        ["enero"] = 1,
        ["febrero"] = 2,
        ["marzo"] = 3,
        ["abril"] = 4,
        ["mayo"] = 5,
        ["junio"] = 6,
        ["julio"] = 7,
        ["agosto"] = 8,
        ["septiembre"] = 9,
        ["setiembre"] = 9,
        ["octubre"] = 10,
        ["noviembre"] = 11,
        ["diciembre"] = 12,
        ["ene"] = 1,
        ["abr"] = 4,
        ["ago"] = 8,
        ["dic"] = 12,
        ["janeiro"] = 1,
        ["fevereiro"] = 2,
        ["março"] = 3,
        ["maio"] = 5,
        ["junho"] = 6,
        ["julho"] = 7,
        ["setembro"] = 9,
        ["outubro"] = 10,
        ["dezembro"] = 12,
    };

    private static readonly Regex[] Patterns = [UsStamp(), Iso(), MonthFirst(), DayFirst(), ForeignDayFirst(), Numeric()];

    /// <summary>The first date in the text, with the span it occupies.</summary>
    public static (DateOnly Date, int Index, int Length)? Find(string text)
    {
        // Every form has digits, and most lines asked about have none.
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
            return null;
        foreach (var regex in Patterns)
        {
            // The US form (first) is written with slashes.
            if (regex == Patterns[0] && !text.Contains('/'))
                continue;
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
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
            return text;
        foreach (var regex in Patterns)
            text = regex.Replace(text, " ");
        return text;
    }

    private static DateOnly? ToDate(Match m)
    {
        if (!int.TryParse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return null;
        if (m.Groups["year"].Length == 2)
            year += year >= 45 ? 1900 : 2000;
        if (year is < 1945 or > 2100)
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
            (day, month) = m.Groups["iso"].Success || m.Groups["us"].Success ? (b, a) : a > 12 || b <= 12 ? (a, b) : (b, a);
        }
        return DateOf(year, month, day);
    }

    /// <summary>The day, when it exists (no 31 June, no 29 February outside leap years).</summary>
    public static DateOnly? DateOf(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>
    /// The day a match's named groups give (<c>day</c>, <c>month</c> by name, <c>year</c> in two or four digits), as
    /// machines and mail readers print it; a two-digit year at or above <paramref name="pivot"/> is the 1900s'.
    /// </summary>
    public static DateOnly? DateOf(Match parts, int pivot)
    {
        var year = int.Parse(parts.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 100)
            year += year >= pivot ? 1900 : 2000;
        return DateOf(year, MonthNumber(parts.Groups["month"].Value), int.Parse(parts.Groups["day"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The month an English or foreign name or abbreviation stands for (1–12), 0 when none.</summary>
    public static int MonthNumber(string name) =>
        ForeignMonths.TryGetValue(name, out var number) ? number : Array.FindIndex(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;

    // Year first, with dashes (ISO 8601) or, as some sites print it, slashes or dots: 2005/03/02, 2024.03.05.
    [GeneratedRegex(@"(?<![\d/.-])(?<year>\d{4})(?<sep>[-/.])(?<iso>(?<a>\d{2}))\k<sep>(?<b>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/-]|\.\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    // Also with hyphens, as old publishing and database systems stamp a page: 19-Dec-2003.
    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+|-" + Month + @"-)(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    /// <summary><c>14. Juli 2023</c>, <c>1er mars 2024</c>, <c>14 de julio de 2023</c>, <c>3 de março de 2020</c>.</summary>
    [GeneratedRegex(@"(?<![\d.])\b(?<day>\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?" + ForeignMonth + @"\b\.?,?\s+(?:de\s+)?(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDayFirst();

    // Day, month and year with one separator: 27/09/2022, 03.03.2023, and with hyphens as Gulf and South Asian sites
    // print it, 29-03-2002.
    [GeneratedRegex(@"(?<![\d./-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<year>\d{4})(?![\d/-])")]
    private static partial Regex Numeric();

    // Month first, the year in two or four digits, when a time in a US zone follows: 07/04/96 11:42 a.m. EDT.
    [GeneratedRegex(@"(?<![\d./-])(?<us>(?<a>\d{1,2})/(?<b>\d{1,2})/(?<year>\d{2}|\d{4}))(?![\d/]),?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?\s*)?\(?(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\b")]
    private static partial Regex UsStamp();
}
