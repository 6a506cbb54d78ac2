using Briefings.Index;

namespace Briefings.Render.Pages;

/// <summary>The topics index and, per topic, its paginated list of briefings with the leaders most present.</summary>
internal static class TopicPages
{
    public static PageSpec Index(Archive archive)
    {
        var links = Links.ForPage("topics/index.html");
        var topics = archive.Topics.Values
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new TopicEntryView(links.Topic(t.Id), t.Name, t.Description, Counts.Briefings(t.Articles.Count)))
            .ToList();
        return new PageSpec("topics/index.html", "topics", "Topics", new TopicsIndexView(topics), "Every topic of the archive with its briefings.");
    }

    public static IEnumerable<PageSpec> For(Archive archive, TopicProfile topic)
    {
        foreach (var page in Pagination.Split($"topics/{topic.Id}/", topic.Articles))
        {
            var links = page.Links;
            var view = new TopicView(
                topic.Name,
                topic.Description,
                Counts.Briefings(topic.Articles.Count),
                Summaries.Of(page.Items, links),
                [.. topic.Leaders.Select(t => new LinkView(links.Leader(t.Id), archive.Leaders[t.Id].Name, t.Count))],
                links.TopicFeed(topic.Id),
                page.View);
            var title = page.View is { Current: > 1 } p ? $"{topic.Name} (page {p.Current} of {p.Total})" : topic.Name;
            yield return new PageSpec(
                page.Path,
                "topic",
                title,
                view,
                topic.Description.Length > 0 ? topic.Description : null,
                new FeedLinkView(links.TopicFeed(topic.Id), $"{topic.Name}: latest briefings"));
        }
    }
}
