using System.Globalization;
using Briefings.Index;

namespace Briefings.Render.Pages;

/// <summary>
/// Geometry of the timeline's SVG strip: one bar per month, height proportional to its briefings, computed here so the
/// theme only draws rectangles. Long archives get narrower slots; the theme lets the strip scroll sideways.
/// </summary>
internal static class TimelineStrip
{
    private const double ChartHeight = 64;
    private const double Top = 6;
    private const double LabelBand = 20;
    private const double Padding = 4;
    private const double MinBarHeight = 3;

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static StripView? Build(IReadOnlyList<TimelineYear> years)
    {
        var months = years.SelectMany(y => y.Months).ToList();
        var max = months.Count == 0 ? 0 : months.Max(m => m.Articles.Count);
        if (max == 0)
            return null;
        var slot = months.Count <= 72 ? 10.0 : months.Count <= 180 ? 6.0 : 4.0;
        var barWidth = slot - Math.Max(1, slot / 5);
        var baseline = Top + ChartHeight;
        var bars = new List<BarView>();
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            if (m.Articles.Count == 0)
                continue;
            var barHeight = Math.Max(MinBarHeight, Math.Round(ChartHeight * m.Articles.Count / max, 1));
            var name = $"{DateText.MonthName(m.Month)} {m.Year.ToString(CultureInfo.InvariantCulture)}";
            bars.Add(new BarView(N(Padding + (i * slot)), N(Math.Round(baseline - barHeight, 1)), N(barWidth), N(barHeight), $"#m{m.Year:D4}-{m.Month:D2}", $"{name}: {Counts.Briefings(m.Articles.Count)}"));
        }
        // One label per year under its January; with many years, every few years so labels never overlap.
        var every = Math.Max(1, (int)Math.Ceiling(36 / (slot * 12)));
        var labels = years
            .Select((y, i) => (y.Year, i))
            .Where(p => p.i % every == 0)
            .Select(p => new AxisLabelView(N(Padding + (p.i * 12 * slot)), N(baseline + 15), p.Year.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var width = (int)Math.Ceiling((Padding * 2) + (months.Count * slot));
        var height = (int)(baseline + LabelBand);
        var first = years[0].Year.ToString(CultureInfo.InvariantCulture);
        var last = years[^1].Year.ToString(CultureInfo.InvariantCulture);
        var description = $"Briefings per month, January {first} to December {last}; the busiest month has {Counts.Briefings(max)}. " +
            "Briefings dated only to a year are not in the bars.";
        return new StripView(N(width), N(height), $"0 0 {N(width)} {N(height)}", N(baseline), bars, labels, description);
    }
}
