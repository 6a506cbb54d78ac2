using Briefings.Tests.TestKit;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// What a reader sees on the seed site served under /briefings/: home, an article, a topic, a leader, the timeline and
/// the 404 page, the links between them, no console errors, and no axe-core violations.
/// </summary>
[Collection(SeedSiteCollection.Name)]
public sealed class ReaderJourneyTests(SeedSiteFixture fixture)
{
    // The README's screenshots are refreshed only when asked (BRIEFINGS_UPDATE_SCREENSHOTS=1): a test run leaves the
    // repository as it found it, and a font or timing difference between machines is not a change to commit.
    private static readonly string ScreenshotDir = Environment.GetEnvironmentVariable("BRIEFINGS_UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(RepoPaths.Root, "docs", "screenshots")
        : Path.Combine(Path.GetTempPath(), "briefings-screenshots");

    [BrowserFact]
    public async Task Home_shows_the_latest_briefings_topics_and_leaders_with_counts()
    {
        await using var reader = await ReaderPage.OpenAsync(fixture);
        await reader.GoAsync(fixture.Server.SiteUrl);

        Assert.Equal("Briefings", await reader.Page.TitleAsync());
        Assert.Equal("Latest briefings", await reader.TextAsync("#latest"));
        var latest = reader.Page.Locator(".latest .article-list > li");
        Assert.Equal(Math.Min(12, ArticleCount()), await latest.CountAsync());
        Assert.Matches(@"^All \d+ briefings? on the timeline", await reader.TextAsync(".latest .more a"));
        foreach (var time in await reader.Page.Locator(".latest time").AllInnerTextsAsync())
            Assert.Matches(@"\d{4}", time);

        // Each topic's count on the home page is the number of briefings its own page lists.
        var topic = reader.Page.Locator("section[aria-labelledby=topics] .counted li").First;
        var topicName = (await topic.Locator("a").InnerTextAsync()).Trim();
        var topicCount = int.Parse(await topic.Locator(".count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await ScreenshotAsync(reader, "home.png");
        await reader.AssertCleanAsync();

        await topic.Locator("a").ClickAsync();
        Assert.Equal(topicName, await reader.TextAsync("h1"));
        Assert.Equal(Math.Min(50, topicCount), await reader.Page.Locator("main .article-list > li").CountAsync());
        Assert.StartsWith($"{topicCount} briefing", await reader.TextAsync(".count-text"));
        Assert.StartsWith(fixture.Server.SiteUrl + "topics/", reader.Page.Url);
        await reader.AssertCleanAsync();
    }

    [BrowserFact]
    public async Task An_article_shows_its_date_source_tags_and_leads_to_its_leaders_and_neighbours()
    {
        await using var reader = await ReaderPage.OpenAsync(fixture);
        await reader.GoAsync(fixture.Server.SiteUrl);
        var first = reader.Page.Locator(".latest .article-list h3 a").First;
        var title = (await first.InnerTextAsync()).Trim();
        var listedDate = (await reader.Page.Locator(".latest .article-list time").First.InnerTextAsync()).Trim();
        await first.ClickAsync();

        Assert.Equal(title, await reader.TextAsync("h1"));
        Assert.Equal($"{title} · Briefings", await reader.Page.TitleAsync());
        Assert.Equal(listedDate, await reader.TextAsync(".briefing-header time"));
        Assert.Matches(@"\d+ min read", await reader.TextAsync(".briefing-header .meta"));
        Assert.True(await reader.Page.Locator(".briefing .body p").CountAsync() > 0, "the article body has paragraphs");
        var jsonLd = await reader.Page.Locator("script[type='application/ld+json']").TextContentAsync();
        Assert.Contains("\"@type\":\"NewsArticle\"", jsonLd);
        await reader.AssertCleanAsync();

        if (await reader.Page.Locator(".prev-next a[rel=prev]").CountAsync() > 0)
        {
            var earlier = await reader.Page.Locator(".prev-next a[rel=prev]").GetAttributeAsync("href");
            await reader.Page.Locator(".prev-next a[rel=prev]").ClickAsync();
            Assert.EndsWith(earlier!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1] + "/", reader.Page.Url);
            await reader.Page.Locator(".prev-next a[rel=next]").ClickAsync();
            Assert.Equal(title, await reader.TextAsync("h1"));
        }

        var leaderLinks = reader.Page.Locator(".briefing-header .tags a[href*='/leaders/']");
        if (await leaderLinks.CountAsync() > 0)
        {
            var name = (await leaderLinks.First.InnerTextAsync()).Trim();
            await leaderLinks.First.ClickAsync();
            Assert.Equal(name, await reader.TextAsync("h1"));
            Assert.True(await reader.Page.Locator("main .article-list a", new() { HasText = title }).CountAsync() == 1, "the leader page lists the article");
        }
    }

    [BrowserFact]
    public async Task A_leader_page_shows_offices_every_briefing_and_who_else_appears()
    {
        await using var reader = await ReaderPage.OpenAsync(fixture);
        await reader.GoAsync(fixture.Server.SiteUrl + "leaders/");
        Assert.Equal("Leaders", await reader.TextAsync("h1"));
        var countries = reader.Page.Locator("section.country");
        Assert.True(await countries.CountAsync() > 0);
        await reader.AssertCleanAsync();

        // The most mentioned leader: the one with the highest count on the index.
        var entries = await reader.Page.Locator("section.country .counted li").AllAsync();
        var best = entries[0];
        var bestCount = 0;
        foreach (var entry in entries)
        {
            var count = int.Parse(await entry.Locator(".count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            if (count > bestCount)
                (best, bestCount) = (entry, count);
        }
        var name = (await best.Locator("a").InnerTextAsync()).Trim();
        await best.Locator("a").ClickAsync();

        Assert.Equal(name, await reader.TextAsync("h1"));
        Assert.Equal(Math.Min(50, bestCount), await reader.Page.Locator("main .article-list > li").CountAsync());
        Assert.StartsWith($"{bestCount} briefing", await reader.TextAsync(".count-text"));
        if (await reader.Page.Locator(".page-header .note").CountAsync() == 0)
        {
            Assert.True(await reader.Page.Locator(".offices li").CountAsync() > 0, "a known leader's offices are listed");
            Assert.Matches(@"\d{4}", await reader.TextAsync(".offices .term"));
        }
        await ScreenshotAsync(reader, "leader.png");
        await reader.AssertCleanAsync();

        var feed = await reader.Page.Locator(".page-header a", new() { HasText = "Atom feed" }).GetAttributeAsync("href");
        var response = await reader.Page.APIRequest.GetAsync(new Uri(new Uri(reader.Page.Url), feed).ToString());
        Assert.Equal(200, response.Status);
        Assert.Contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">", await response.TextAsync());
    }

    [BrowserFact]
    public async Task The_timeline_counts_every_briefing_and_its_bars_link_to_their_months()
    {
        await using var reader = await ReaderPage.OpenAsync(fixture);
        await reader.GoAsync(fixture.Server.SiteUrl + "timeline/");

        Assert.Equal("Timeline", await reader.TextAsync("h1"));
        Assert.StartsWith($"{ArticleCount()} briefing", await reader.TextAsync("main > p.meta"));
        Assert.Equal(ArticleCount(), await reader.Page.Locator(".year .compact-list li").CountAsync());
        var bars = reader.Page.Locator(".strip svg a");
        Assert.Equal(await reader.Page.Locator(".year h3[id^=m]").CountAsync(), await bars.CountAsync());
        if (await bars.CountAsync() > 0)
        {
            var label = await bars.First.GetAttributeAsync("aria-label");
            Assert.Matches(@"^[A-Z][a-z]+ \d{4}: \d+ briefings?$", label);
            await bars.First.ClickAsync();
            Assert.Matches(@"#m\d{4}-\d{2}$", reader.Page.Url);
            var month = label!.Split(':')[0];
            Assert.StartsWith(month, await reader.TextAsync(":target"));
        }
        await reader.AssertCleanAsync();
    }

    [BrowserFact]
    public async Task A_missing_address_at_any_depth_shows_the_styled_404_page_whose_links_work()
    {
        await using var reader = await ReaderPage.OpenAsync(fixture);
        reader.AllowMissingPageError();
        var response = await reader.GoAsync(fixture.Server.SiteUrl + "no/such/briefing/here/");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await reader.TextAsync("h1"));
        var stylesheetLoaded = await reader.Page.EvaluateAsync<bool>("() => getComputedStyle(document.querySelector('.site-header')).borderBottomStyle === 'solid'");
        Assert.True(stylesheetLoaded, "the 404 page's stylesheet loads at any depth");
        await reader.AssertCleanAsync();

        await reader.Page.Locator("main a", new() { HasText = "timeline" }).ClickAsync();
        Assert.Equal(fixture.Server.SiteUrl + "timeline/", reader.Page.Url);
        Assert.Equal("Timeline", await reader.TextAsync("h1"));
    }

    [BrowserFact(needsAxe: true)]
    public async Task Pages_fit_a_360_pixel_phone_and_pass_axe_in_the_dark_scheme()
    {
        await using var reader = await ReaderPage.OpenAsync(fixture, width: 360, height: 740, scheme: ColorScheme.Dark);
        foreach (var path in new[] { "", "topics/", "leaders/", "timeline/", ArticlePath() })
        {
            await reader.GoAsync(fixture.Server.SiteUrl + path);
            var overflow = await reader.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px screen");
            await reader.AssertCleanAsync();
        }
    }


    private static async Task ScreenshotAsync(ReaderPage reader, string name)
    {
        Directory.CreateDirectory(ScreenshotDir);
        await reader.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name) });
    }

    private int ArticleCount() => Directory.GetDirectories(Path.Combine(fixture.SiteDir, "articles")).Length;

    private string ArticlePath() => "articles/" + Path.GetFileName(Directory.GetDirectories(Path.Combine(fixture.SiteDir, "articles")).Order(StringComparer.Ordinal).First()) + "/";
}
