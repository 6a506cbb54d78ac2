using Briefings.Diagnostics;
using Briefings.Search;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Search;

/// <summary>How the build behaves around the search index when its tools are missing or fail.</summary>
public sealed class SearchBuildTests
{
    [Fact]
    public void Without_Node_the_build_succeeds_with_one_warning_and_the_search_page_says_search_is_unavailable()
    {
        using var site = new TempSite();
        var options = site.Options("/briefings/") with { Search = new SearchOptions(ExecutableSearchPath: EmptyFolder(site)) };

        var result = new SiteBuilder(options).Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var warning = Assert.Single(result.Problems, p => p.Message.Contains("search", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("Node.js", warning.Message, StringComparison.Ordinal);
        Assert.Contains("search is unavailable", site.ReadSite("search/index.html"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("search.js", site.ReadSite("search/index.html"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Site, "pagefind")));
        Assert.True(File.Exists(Path.Combine(site.Site, "index.html")));
        Assert.Empty(LinkChecker.BrokenLinks(site.Site, "/briefings/"));
    }

    [SearchFact(nodeOnly: true)]
    public void When_npm_is_missing_to_install_Pagefind_the_build_succeeds_without_search()
    {
        using var site = new TempSite();
        var node = ExecutableFinder.Find("node")!;
        var tools = FakeTools(site, runner: null);
        var bin = Path.Combine(site.Root, "bin-node-only");
        Directory.CreateDirectory(bin);
        File.CreateSymbolicLink(Path.Combine(bin, "node"), node);
        var options = site.Options() with { Search = new SearchOptions(ToolsDirectory: tools, ExecutableSearchPath: bin) };

        var result = new SiteBuilder(options).Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var warning = Assert.Single(result.Problems, p => p.Message.Contains("search is unavailable", StringComparison.Ordinal));
        Assert.Contains("npm", warning.Message, StringComparison.Ordinal);
        Assert.Contains("search is unavailable", site.ReadSite("search/index.html"), StringComparison.OrdinalIgnoreCase);
    }

    [SearchFact(nodeOnly: true)]
    public void A_failing_Pagefind_fails_the_build_and_leaves_the_previous_site_exactly_as_it_was()
    {
        using var site = new TempSite();
        Assert.True(site.Build().Succeeded);
        var before = TempSite.Snapshot(site.Site);
        var tools = FakeTools(site, runner: "console.error('index writer crashed'); process.exit(3);");
        // Without the cache the whole site is staged and indexed before it is swapped in.
        var options = site.Options() with { Search = new SearchOptions(ToolsDirectory: tools), UseCache = false };
        site.WriteInput("articles/new.md", "---\ntitle: Talks resume in Vienna\n---\nDiplomats met again on Tuesday.\n");

        var result = new SiteBuilder(options).Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Problems, p => p.Severity == Severity.Error);
        Assert.Contains("search index failed: index writer crashed", error.Message, StringComparison.Ordinal);
        var after = TempSite.Snapshot(site.Site);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var key in before.Keys)
            Assert.True(before[key].AsSpan().SequenceEqual(after[key]), $"{key} changed after a failed index");
        Assert.False(Directory.Exists(Path.Combine(site.Output, ".site.new")), "the staging folder was left behind");
    }

    [SearchFact(nodeOnly: true)]
    public void A_failing_Pagefind_in_an_incremental_build_fails_it_and_keeps_the_previous_index()
    {
        using var site = new TempSite();
        Assert.True(site.Build().Succeeded);
        var bundle = Path.Combine(site.Site, SiteSearchIndexer.BundleFolder);
        var before = TempSite.Snapshot(bundle);
        var tools = FakeTools(site, runner: "console.error('index writer crashed'); process.exit(3);");
        site.WriteInput("articles/new.md", "---\ntitle: Talks resume in Vienna\n---\nDiplomats met again on Tuesday.\n");

        var result = new SiteBuilder(site.Options() with { Search = new SearchOptions(ToolsDirectory: tools) }).Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Message.Contains("search index failed: index writer crashed", StringComparison.Ordinal));
        var after = TempSite.Snapshot(bundle);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var key in before.Keys)
            Assert.True(before[key].AsSpan().SequenceEqual(after[key]), $"{key} changed after a failed index");
    }

    [SearchFact(nodeOnly: true)]
    public void Article_pages_carry_the_index_markers_and_no_other_page_is_indexed()
    {
        using var site = new TempSite();
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        foreach (var page in Directory.EnumerateFiles(site.Site, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            var isArticle = Path.GetRelativePath(site.Site, page).StartsWith("articles", StringComparison.Ordinal);
            Assert.Equal(isArticle, html.Contains("data-pagefind-body", StringComparison.Ordinal));
            if (isArticle)
            {
                Assert.Contains("data-pagefind-filter=\"year\"", html, StringComparison.Ordinal);
                Assert.Contains("data-pagefind-meta=\"date\"", html, StringComparison.Ordinal);
            }
        }
        var entry = File.ReadAllText(Path.Combine(site.Site, "pagefind", "pagefind-entry.json"));
        Assert.Contains($"\"page_count\":{result.Articles}", entry, StringComparison.Ordinal);
    }

    private static string EmptyFolder(TempSite site)
    {
        var dir = Path.Combine(site.Root, "no-tools-here");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// A tools folder pinning a stand-in "pagefind" package. With a runner script, the package is installed and runs
    /// that script; without one, node_modules is empty, so the build has to install it.
    /// </summary>
    private static string FakeTools(TempSite site, string? runner)
    {
        var dir = Path.Combine(site.Root, "tools");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "package.json"), """{ "private": true, "devDependencies": { "pagefind": "0.0.1" } }""");
        if (runner is null)
            return dir;
        var package = Path.Combine(dir, "node_modules", "pagefind");
        Directory.CreateDirectory(package);
        File.WriteAllText(Path.Combine(package, "package.json"), """{ "name": "pagefind", "version": "0.0.1", "bin": { "pagefind": "run.cjs" } }""");
        File.WriteAllText(Path.Combine(package, "run.cjs"), runner);
        return dir;
    }
}
