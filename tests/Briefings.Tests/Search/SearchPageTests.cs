using System.Text.Json;
using Briefings.Tests.TestKit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Tests.Search;

/// <summary>What a reader does with search on the seed archive, served under /briefings/ in Debian's Chromium.</summary>
public sealed class SearchPageTests(SearchableSite site, BrowserSession browser) : IClassFixture<SearchableSite>, IClassFixture<BrowserSession>
{
    private const string ResultLinks = ".search-results h2 a";

    [SearchFact]
    public async Task Searching_Stoltenberg_from_the_header_finds_the_NATO_article_through_leader_and_topic_filters_and_opens_it()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        await page.GotoAsync(site.Root);

        await page.FillAsync("#site-search", "Stoltenberg");
        await page.PressAsync("#site-search", "Enter");
        await Expect(page).ToHaveURLAsync(site.Root + "search/?q=Stoltenberg");
        var expected = site.Expected("Stoltenberg");
        var nato = site.ArticleTitled(Assert.Single(expected));
        Assert.Contains("NATO", nato.Body, StringComparison.Ordinal);
        await ExpectResults(page, expected);
        await Expect(page.Locator(".search-results mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Stoltenberg", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Expect(page.Locator(".search-results .meta").First).ToContainTextAsync(nato.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

        const string leader = "Jens Stoltenberg";
        await page.SelectOptionAsync("#search-leader", leader);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("leader=Jens\\+Stoltenberg"));
        await ExpectResults(page, site.Expected("Stoltenberg", leaderName: leader));

        // The topic list comes from the index: NATO when the article is filed under it, else another topic to narrow by.
        var topics = (await page.Locator("#search-topic option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)")).Where(v => v.Length > 0).ToList();
        Assert.NotEmpty(topics);
        var topic = topics.Contains("NATO") ? "NATO" : topics[0];
        await page.SelectOptionAsync("#search-topic", topic);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("topic="));
        await ExpectResults(page, site.Expected("Stoltenberg", leaderName: leader, topicName: topic));
        if (!site.Expected("Stoltenberg", leader, topic).Contains(nato.Title))
        {
            await page.SelectOptionAsync("#search-topic", "");
            await ExpectResults(page, expected);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = nato.Title, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Root + $"articles/{nato.Slug}/");
        await Expect(page.Locator("h1")).ToHaveTextAsync(nato.Title);
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task A_search_address_can_be_shared_and_follows_what_the_reader_types()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);

        await page.GotoAsync(site.Root + "search/?q=Putin");
        await Expect(page.Locator("#search-q")).ToHaveValueAsync("Putin");
        await ExpectResults(page, site.Expected("Putin"));

        await page.FillAsync("#search-q", "Kallas");
        await Expect(page).ToHaveURLAsync(site.Root + "search/?q=Kallas");
        await ExpectResults(page, site.Expected("Kallas"));
        await Expect(page.Locator(".search-results mark").First).ToHaveTextAsync("Kallas");

        await page.FillAsync("#search-q", "");
        await Expect(page).ToHaveURLAsync(site.Root + "search/");
        await Expect(page.Locator(ResultLinks)).ToHaveCountAsync(0);

        // A filter alone, with no words, lists every briefing it covers.
        var year = site.Result.Annotated[0].Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await page.SelectOptionAsync("#search-year", year);
        await Expect(page).ToHaveURLAsync(site.Root + "search/?year=" + year);
        await ExpectResults(page, [.. site.Result.Annotated.Where(a => a.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year).Select(a => a.Title)]);
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task A_reader_can_search_and_open_a_result_with_the_keyboard_alone()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        await page.GotoAsync(site.Root);

        await TabUntil(page, "document.activeElement.id === 'site-search'");
        await page.Keyboard.TypeAsync("Stoltenberg");
        await page.Keyboard.PressAsync("Enter");
        // The address is polled rather than awaited as a navigation event, which Chromium does not always report.
        await Expect(page).ToHaveURLAsync(site.Root + "search/?q=Stoltenberg");
        var title = Assert.Single(site.Expected("Stoltenberg"));
        await ExpectResults(page, [title]);

        await TabUntil(page, "document.activeElement.closest('.search-results') !== null");
        var article = site.ArticleTitled(title);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(site.Root + $"articles/{article.Slug}/");
        await Expect(page.Locator("h1")).ToHaveTextAsync(article.Title);
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task Search_still_works_when_the_browser_cannot_start_Pagefinds_web_worker()
    {
        // Pagefind then compiles its WebAssembly on the page itself, which the search page's CSP must allow.
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        await page.RouteAsync("**/pagefind-worker.js", route => route.AbortAsync("aborted"));

        await page.GotoAsync(site.Root + "search/?q=Putin");
        await ExpectResults(page, site.Expected("Putin"));
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task The_search_page_with_results_and_the_header_search_box_have_no_axe_violations()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);

        await page.GotoAsync(site.Root + "search/?q=China");
        await ExpectResults(page, site.Expected("China"));
        Assert.Empty(await AxeViolations(page));

        await page.GotoAsync(site.Root);
        Assert.Empty(await AxeViolations(page));
        Assert.Empty(errors);
    }

    [SearchFact]
    public async Task Only_article_pages_are_indexed_and_the_filters_offer_every_topic_leader_and_year()
    {
        var entry = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(site.SiteDir, "pagefind", "pagefind-entry.json")));
        var pages = entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
        Assert.Equal(site.Result.Articles, pages);

        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        await page.GotoAsync(site.Root + "search/");
        await Expect(page.Locator("[data-search-filters]")).ToBeVisibleAsync();
        var years = await page.Locator("#search-year option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        var expectedYears = site.Result.Annotated.Select(a => a.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().OrderDescending(StringComparer.Ordinal);
        Assert.Equal(["", .. expectedYears], years);
        var leaders = await page.Locator("#search-leader option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.Contains("Jens Stoltenberg", leaders);
        Assert.Empty(errors);
    }

    /// <summary>Waits for the results to settle on exactly these titles (in any order), as the status line announces.</summary>
    private static async Task ExpectResults(IPage page, IReadOnlyList<string> titles)
    {
        var announced = titles.Count switch { 0 => "No briefing found", 1 => "1 briefing found", var n => $"{n} briefings found" };
        await Expect(page.Locator(".search-status")).ToContainTextAsync(announced);
        var want = titles.Order(StringComparer.Ordinal).ToList();
        IReadOnlyList<string> shown = [];
        for (var attempt = 0; attempt < 100; attempt++)
        {
            shown = [.. (await page.Locator(ResultLinks).AllTextContentsAsync()).Order(StringComparer.Ordinal)];
            if (shown.SequenceEqual(want))
                return;
            await Task.Delay(100);
        }
        Assert.Equal(want, shown);
    }

    private static async Task TabUntil(IPage page, string condition)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
                return;
        }
        Assert.Fail($"no element matching `{condition}` was reached with Tab");
    }

    private static async Task<IReadOnlyList<string>> AxeViolations(IPage page)
    {
        var axe = Path.Combine(RepoPaths.Root, "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), "axe-core is missing: run npm ci");
        await page.EvaluateAsync(await File.ReadAllTextAsync(axe));
        var violations = await page.EvaluateAsync<string[]>(
            "async () => (await axe.run(document)).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        return violations;
    }
}
