using System.Globalization;
using Briefings.Annotate;

namespace Briefings.Render;

/// <summary>Dates as readers see them: exact dates in full, estimates honestly as a range or "c. 2019".</summary>
public static class DateText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", English);

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string MonthName(int month) => English.DateTimeFormat.GetMonthName(month);

    public static string ForReader(Article a)
    {
        if (a.DateBasis is DateBasis.Explicit or DateBasis.FrontMatter)
            return Long(a.Date);
        if (a.DateEarliest is { } from && a.DateLatest is { } to)
        {
            if (from.Year == to.Year && from.Month == to.Month)
                return "c. " + a.Date.ToString("MMMM yyyy", English);
            if (from.Year == to.Year)
                return $"{from.ToString("MMMM", English)}–{to.ToString("MMMM yyyy", English)}";
            return to.Year - from.Year <= 1 ? $"{from.Year}–{to.Year}" : $"between {from.Year} and {to.Year}";
        }
        return "c. " + a.Date.Year.ToString(English);
    }
}
