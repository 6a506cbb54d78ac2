using System.Text;
using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Index;
using Briefings.Load;
using Briefings.Render;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Site;

/// <summary>Renders hand-made articles through Index and the default theme in memory: path → page text.</summary>
internal static class RenderKit
{
    public static readonly KnowledgeBase Knowledge = new(
        [
            new Leader("jens-stoltenberg", "Jens Stoltenberg", "Norway", [], ["Stoltenberg"],
                [new Office("Prime Minister of Norway", [], new(2005, 10, 17), new(2013, 10, 16)), new Office("Secretary General of NATO", [], new(2014, 10, 1), new(2024, 10, 1), "NATO")]),
            new Leader("kaja-kallas", "Kaja Kallas", "Estonia", [], ["Kallas"], [new Office("Prime Minister of Estonia", [], new(2021, 1, 26), new(2024, 7, 23))]),
        ],
        [new Topic("nato", "NATO", "The North Atlantic alliance.", [], 3), new Topic("energy", "Energy", "Oil, gas and power.", [], 3)]);

    public static Article Article(
        string title,
        DateOnly date,
        string[]? leaders = null,
        string[]? topics = null,
        DateBasis basis = DateBasis.Explicit,
        DateOnly? earliest = null,
        DateOnly? latest = null,
        PersonMention[]? people = null,
        string? body = null) =>
        new(Slug.From(title), title, date, basis, earliest, latest, basis == DateBasis.Inferred ? ["the terms of office of the leaders named"] : [],
            "Test Wire", leaders ?? [], topics ?? [], "A short summary of " + title + ".", body ?? "Some text about " + title + ".\n",
            "articles/" + Slug.From(title) + ".md", people ?? []);

    public static Dictionary<string, string> Render(IEnumerable<Article> articles, SiteConfig? site = null)
    {
        var problems = new ProblemLog();
        var theme = Theme.Load(RepoPaths.DefaultTheme, problems);
        Assert.False(problems.HasErrors, string.Join("\n", problems.All));
        var archive = ArchiveIndexer.Build(articles, Knowledge, problems);
        return new SiteRenderer(site ?? SiteConfig.Default, theme).Render(archive)
            .ToDictionary(p => p.Path, p => Encoding.UTF8.GetString(p.Content), StringComparer.Ordinal);
    }
}
