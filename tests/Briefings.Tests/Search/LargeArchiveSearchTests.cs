using System.Globalization;
using System.Text.Json;
using Briefings.Tests.TestKit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Tests.Search;

/// <summary>
/// Search on a generated archive of 2,000 articles: the index is built, queries find what they must, and the first
/// search stays within the download budget. BRIEFINGS_SEARCH_ARCHIVE=10000 runs the same checks on a larger archive
/// (how the README's figures were measured).
/// </summary>
public sealed class LargeArchiveSearchTests(BrowserSession browser, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private const int BudgetBytes = 300 * 1024;

    [SearchFact]
    public async Task A_generated_archive_is_indexed_and_the_first_search_downloads_under_300_KB()
    {
        var size = int.TryParse(Environment.GetEnvironmentVariable("BRIEFINGS_SEARCH_ARCHIVE"), CultureInfo.InvariantCulture, out var n) ? n : 2000;
        using var site = new TempSite(withRepoInput: false);
        SyntheticArchive.Write(site.Input, size);

        var publishing = System.Diagnostics.Stopwatch.StartNew();
        var result = new SiteBuilder(site.Options("/briefings/")) { OnStage = stage => publishing.Restart() }.Build();
        var publishAndIndex = publishing.Elapsed;

        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Take(10)));
        Assert.Equal(size, result.Articles);
        var bundle = Path.Combine(site.Site, "pagefind");
        using (var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "pagefind-entry.json"))))
            Assert.Equal(size, entry.RootElement.GetProperty("languages").GetProperty("en").GetProperty("page_count").GetInt32());

        using var server = new StaticSiteServer(site.Site, "/briefings/");
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        var fetched = new List<string>();
        page.Context.Request += (_, request) => fetched.Add(new Uri(request.Url).AbsolutePath);

        // The first search of a visit: everything it downloads, from the index's entry file to the results' fragments.
        var target = size / 3;
        await page.GotoAsync(server.SiteUrl + "search/?q=" + SyntheticArchive.UniqueWord(target));
        await Expect(page.Locator(".search-status")).ToContainTextAsync("1 briefing found");
        await Expect(page.Locator(".search-results h2 a")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($" {target}$"));
        var index = SumBytes(site.Site, fetched.Where(p => p.Contains("/pagefind/", StringComparison.Ordinal) && !p.EndsWith(".js", StringComparison.Ordinal)));
        var scripts = SumBytes(site.Site, fetched.Where(p => p.Contains("/pagefind/", StringComparison.Ordinal) && p.EndsWith(".js", StringComparison.Ordinal)));
        output.WriteLine($"{size} articles: index {BundleBytes(bundle) / 1024.0:0} KB in {Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).Count()} files; " +
            $"first search fetched {index / 1024.0:0.0} KB of index data + {scripts / 1024.0:0.0} KB of Pagefind scripts; build {result.Elapsed.TotalSeconds:0.0} s, of which writing and indexing the site {publishAndIndex.TotalSeconds:0.0} s");
        foreach (var path in fetched.Distinct(StringComparer.Ordinal).Where(p => p.Contains("/pagefind/", StringComparison.Ordinal)))
            output.WriteLine($"  {path["/briefings/".Length..]}: {SumBytes(site.Site, [path])} bytes");
        Assert.True(index < BudgetBytes, $"the first search downloaded {index} bytes of index data");

        // A common word matches many briefings: the first ten are shown, the rest one click away.
        await page.FillAsync("#search-q", "the");
        await Expect(page.Locator(".search-results h2 a")).ToHaveCountAsync(10);
        await Expect(page.Locator("[data-search-more]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-search-more]");
        await Expect(page.Locator(".search-results h2 a")).ToHaveCountAsync(20);
        Assert.Empty(errors);
    }

    private static long SumBytes(string siteDir, IEnumerable<string> urlPaths) =>
        urlPaths.Distinct(StringComparer.Ordinal)
            .Select(p => new FileInfo(Path.Combine(siteDir, p["/briefings/".Length..])))
            .Where(f => f.Exists)
            .Sum(f => f.Length);

    private static long BundleBytes(string bundle) =>
        Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Contains("-ui", StringComparison.Ordinal) && !f.EndsWith("pagefind-highlight.js", StringComparison.Ordinal))
            .Sum(f => new FileInfo(f).Length);
}
