using System.Text;
using System.Text.Json;
using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Incremental;
using Briefings.Load;
using Briefings.Tests.Site;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Maintainers;

/// <summary>The article cache on disk gives back exactly what was processed, and a damaged file costs only a re-run.</summary>
public class ArticleCacheTests
{
    private static readonly Article[] Articles =
    [
        RenderKit.Article("Alliance summit ends", new(2023, 7, 12), ["jens-stoltenberg"], ["nato"]) with { Origin = "articles/a.md" },
        RenderKit.Article("Pipeline talks", new(2022, 11, 3), ["kaja-kallas"], ["energy", "nato"], DateBasis.Inferred, new(2022, 9, 1), new(2022, 12, 31),
            [new PersonMention("ana-ruiz", "Ana Ruiz", "Foreign Minister", null, "Foreign Minister Ana Ruiz said so.", true)]) with { Origin = "articles/b.md", Source = null },
    ];

    private static SourceFile[] Files() =>
        [.. Articles.Select(a => new SourceFile(a.Origin, Encoding.UTF8.GetBytes(a.Body)))];

    private static Article? Process(SourceFile file, ProblemLog log)
    {
        log.Warn(file.RelativePath, 3, "a warning kept with the article", file.RelativePath.EndsWith("a.md", StringComparison.Ordinal) ? "a hint" : null);
        return Articles.Single(a => a.Origin == file.RelativePath);
    }

    [Fact]
    public void A_saved_cache_gives_back_every_article_and_problem_as_they_were()
    {
        using var site = new TempSite();
        var cacheDir = Path.Combine(site.Output, ".cache");
        var first = ArticleCache.Empty();
        var firstProblems = new ProblemLog();
        first.CleanAndAnnotate(Files(), "inputs", firstProblems, Process);
        first.Save(cacheDir);

        var loaded = ArticleCache.Load(cacheDir);
        var problems = new ProblemLog();
        var articles = loaded.CleanAndAnnotate(Files(), "inputs", problems, (_, _) => throw new InvalidOperationException("should come from the cache"));

        Assert.Equal((2, 0), loaded.LastRun);
        Assert.Equal(Articles.Select(Json), articles.Select(Json));
        Assert.Equal(firstProblems.All.Select(p => p.ToString()).Order(), problems.All.Select(p => p.ToString()).Order());
    }

    [Fact]
    public void A_damaged_cache_file_costs_a_rerun_of_its_articles_not_the_build()
    {
        using var site = new TempSite();
        var cacheDir = Path.Combine(site.Output, ".cache");
        var cache = ArticleCache.Empty();
        cache.CleanAndAnnotate(Files(), "inputs", new ProblemLog(), Process);
        cache.Save(cacheDir);
        foreach (var shard in Directory.GetFiles(Path.Combine(cacheDir, ArticleCache.FolderName)))
            File.WriteAllBytes(shard, File.ReadAllBytes(shard)[..20]);

        var loaded = ArticleCache.Load(cacheDir);
        var articles = loaded.CleanAndAnnotate(Files(), "inputs", new ProblemLog(), Process);

        Assert.Equal((0, 2), loaded.LastRun);
        Assert.Equal(Articles.Select(Json), articles.Select(Json));
    }

    // Records compare lists by reference; their JSON compares every field and element.
    private static string Json(Article a) => JsonSerializer.Serialize(a);
}
