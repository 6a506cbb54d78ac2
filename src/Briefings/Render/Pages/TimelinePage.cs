using System.Globalization;
using Briefings.Index;

namespace Briefings.Render.Pages;

/// <summary>Every briefing by year and month, newest year first, with the strip of counts per month above.</summary>
internal static class TimelinePage
{
    public static PageSpec Build(Archive archive)
    {
        const string path = "timeline/index.html";
        var links = Links.ForPage(path);
        var years = archive.Timeline.AsEnumerable().Reverse().Where(y => y.Count > 0).Select(y => new YearView(
            y.Year,
            "y" + y.Year.ToString(CultureInfo.InvariantCulture),
            Counts.Briefings(y.Count),
            [.. y.Months.Where(m => m.Articles.Count > 0).Select(m => new MonthView(
                $"m{m.Year:D4}-{m.Month:D2}",
                DateText.MonthName(m.Month),
                Counts.Briefings(m.Articles.Count),
                Summaries.Of(m.Articles, links)))],
            Summaries.Of(y.Approximate, links))).ToList();
        var view = new TimelineView(
            Counts.Briefings(archive.Articles.Count),
            TimelineStrip.Build(archive.Timeline),
            [.. years.Select(y => new LinkView("#" + y.Id, y.Year.ToString(CultureInfo.InvariantCulture)))],
            years);
        return new PageSpec(path, "timeline", "Timeline", view, "Every briefing of the archive by year and month.");
    }
}
