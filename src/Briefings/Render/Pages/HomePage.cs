using Briefings.Index;
using Briefings.Load;

namespace Briefings.Render.Pages;

/// <summary>The front page: the latest briefings, every topic with its count, the leaders most mentioned.</summary>
internal static class HomePage
{
    public const int LatestCount = 12;
    public const int LeaderCount = 12;

    public static PageSpec Build(Archive archive, SiteConfig site)
    {
        var links = Links.ForPage("index.html");
        var view = new HomeView(
            Summaries.Of(archive.Articles.Take(LatestCount), links),
            Counts.Briefings(archive.Articles.Count),
            links.Timeline,
            links.Topics,
            links.Leaders,
            [.. archive.Topics.Values
                .OrderByDescending(t => t.Articles.Count)
                .ThenBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => new LinkView(links.Topic(t.Id), t.Name, t.Articles.Count))],
            [.. archive.Leaders.Values
                .OrderByDescending(l => l.Articles.Count)
                .ThenBy(l => l.Name, StringComparer.Ordinal)
                .Take(LeaderCount)
                .Select(l => new LinkView(links.Leader(l.Id), l.Name, l.Articles.Count))]);
        return new PageSpec("index.html", "home", site.Title, view);
    }
}
