using Briefings.Index;
using Briefings.Load;

namespace Briefings.Render.Pages;

/// <summary>The leaders index grouped by country, and one page per leader: offices, briefings, who they appear with.</summary>
internal static class LeaderPages
{
    public static PageSpec Index(Archive archive)
    {
        var links = Links.ForPage("leaders/index.html");
        var groups = archive.LeadersByCountry
            .Select(g => new CountryView(
                "country-" + Slug.From(g.Country),
                g.Country,
                Counts.Of(g.Leaders.Count, "leader"),
                [.. g.Leaders.Select(l => new LinkView(links.Leader(l.Id), l.Name, l.Articles.Count))]))
            .ToList();
        var view = new LeadersIndexView(
            $"{Counts.Of(archive.Leaders.Count, "leader")} from {Counts.Of(groups.Count, "country", "countries")}",
            [.. groups.Select(g => new LinkView("#" + g.Id, g.Name, g.Leaders.Count))],
            groups);
        return new PageSpec("leaders/index.html", "leaders", "Leaders", view, "Every leader named in the archive, by country.");
    }

    public static IEnumerable<PageSpec> For(Archive archive, LeaderProfile leader)
    {
        foreach (var page in Pagination.Split($"leaders/{leader.Id}/", leader.Articles))
        {
            var links = page.Links;
            var view = new LeaderView(
                leader.Name,
                leader.Country,
                [.. leader.Offices.Select(Office)],
                leader.OfficeFromText,
                leader.InKnowledgeBase,
                Counts.Briefings(leader.Articles.Count),
                Summaries.Of(page.Items, links),
                [.. leader.MentionedWith.Select(t => new LinkView(links.Leader(t.Id), archive.Leaders[t.Id].Name, t.Count))],
                links.LeaderFeed(leader.Id),
                page.View);
            var title = page.View is { Current: > 1 } p ? $"{leader.Name} (page {p.Current} of {p.Total})" : leader.Name;
            yield return new PageSpec(
                page.Path,
                "leader",
                title,
                view,
                $"Briefings mentioning {leader.Name} ({leader.Country}).",
                new FeedLinkView(links.LeaderFeed(leader.Id), $"{leader.Name}: latest briefings"));
        }
    }

    private static OfficeView Office(Office o)
    {
        var term = o.End is { } end ? $"{DateText.Long(o.Start)} – {DateText.Long(end)}" : $"since {DateText.Long(o.Start)}";
        return new OfficeView(o.Title, o.Country, term, DateText.Iso(o.Start), o.End is { } e ? DateText.Iso(e) : null);
    }
}
