using System.Globalization;

namespace Briefings.Render;

/// <summary>Counts in words, singular or plural: "1 briefing", "12 briefings".</summary>
public static class Counts
{
    public static string Of(int count, string singular, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");

    public static string Briefings(int count) => Of(count, "briefing");
}
