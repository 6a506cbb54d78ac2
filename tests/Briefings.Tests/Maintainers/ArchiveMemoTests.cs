using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Incremental;
using Briefings.Index;
using Briefings.Load;
using Briefings.Render;
using Briefings.Tests.Site;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Maintainers;

/// <summary>
/// The preview server does not index the archive again after an edit that moves nothing in it: it swaps the edited
/// articles into the last archive. Whatever the edit, the site drawn from that archive must be the one drawn from an
/// archive indexed from scratch.
/// </summary>
public class ArchiveMemoTests
{
    private static readonly PersonMention Minister = new("ana-ruiz", "Ana Ruiz", "Foreign Minister", "Spain", "Foreign Minister Ana Ruiz said so.", true);

    private static List<Article> Archive() =>
    [
        .. new[]
        {
            RenderKit.Article("Alliance summit ends", new(2023, 7, 12), ["jens-stoltenberg"], ["nato"]),
            RenderKit.Article("Gas prices fall", new(2023, 2, 1), ["kaja-kallas"], ["energy"]),
            RenderKit.Article("Pipeline talks", new(2022, 11, 3), ["kaja-kallas", "jens-stoltenberg"], ["energy", "nato"], DateBasis.Inferred, new(2022, 9, 1), new(2022, 12, 31)),
            RenderKit.Article("Madrid visit", new(2021, 5, 20), ["ana-ruiz"], people: [Minister]),
            // Same title: indexing gives it the slug alliance-summit-ends-2.
            RenderKit.Article("Alliance summit ends", new(2020, 1, 9), ["jens-stoltenberg"], ["nato"]) with { Origin = "articles/zz-twin.md" },
        }.OrderBy(a => a.Origin, StringComparer.Ordinal),
    ];

    public static TheoryData<string> Edits => ["body", "summary", "twin-body", "leaders", "date", "people", "title"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_any_edit_the_reused_archive_draws_the_same_site_as_a_fresh_one(string edit)
    {
        var before = Archive();
        var memo = new BuildMemo();
        memo.Index(before, RenderKit.Knowledge, new ProblemLog());

        var after = before.Select(a => Edit(a, edit)).ToList();
        var reused = memo.Index(after, RenderKit.Knowledge, new ProblemLog());
        var fresh = ArchiveIndexer.Build(after, RenderKit.Knowledge, new ProblemLog());

        Assert.Equal(Draw(fresh), Draw(reused));
    }

    [Fact]
    public void A_text_edit_reuses_the_groupings_and_shows_the_new_text()
    {
        var before = Archive();
        var memo = new BuildMemo();
        var first = memo.Index(before, RenderKit.Knowledge, new ProblemLog());

        var after = before.Select(a => Edit(a, "body")).ToList();
        var second = memo.Index(after, RenderKit.Knowledge, new ProblemLog());

        // Groups holding no edited article are the very same lists; the edited article is the new version everywhere.
        Assert.Same(first.ByTopic["energy"], second.ByTopic["energy"]);
        var edited = Assert.Single(second.Articles, a => a.Body.StartsWith("Rewritten", StringComparison.Ordinal));
        Assert.Contains(edited, second.ByTopic["nato"]);
        Assert.Contains(edited, second.Leaders["jens-stoltenberg"].Articles);
    }

    [Fact]
    public void Slug_warnings_are_reported_again_when_the_archive_is_reused()
    {
        var memo = new BuildMemo();
        memo.Index(Archive(), RenderKit.Knowledge, new ProblemLog());
        var problems = new ProblemLog();

        memo.Index([.. Archive().Select(a => Edit(a, "body"))], RenderKit.Knowledge, problems);

        Assert.Contains(problems.All, p => p.Path == "articles/zz-twin.md" && p.Message.Contains("alliance-summit-ends-2", StringComparison.Ordinal));
    }

    private static Article Edit(Article a, string edit) => edit switch
    {
        "body" when a.Title == "Alliance summit ends" && a.Origin != "articles/zz-twin.md" => a with { Body = "Rewritten text.\n" },
        "summary" when a.Title == "Gas prices fall" => a with { Summary = "A new summary." },
        "twin-body" when a.Origin == "articles/zz-twin.md" => a with { Body = "Rewritten twin.\n" },
        "leaders" when a.Title == "Gas prices fall" => a with { Leaders = ["kaja-kallas", "jens-stoltenberg"] },
        "date" when a.Title == "Madrid visit" => a with { Date = new(2024, 1, 1) },
        "people" when a.Title == "Madrid visit" => a with { OtherPeople = [Minister with { Office = "Prime Minister" }] },
        "title" when a.Title == "Pipeline talks" => a with { Title = "Pipeline talks resume" },
        _ => a,
    };

    private static Dictionary<string, string> Draw(Archive archive)
    {
        var theme = Theme.Load(RepoPaths.DefaultTheme, new ProblemLog());
        return new SiteRenderer(SiteConfig.Default, theme).Render(archive)
            .ToDictionary(p => p.Path, p => System.Text.Encoding.UTF8.GetString(p.Content), StringComparer.Ordinal);
    }
}
