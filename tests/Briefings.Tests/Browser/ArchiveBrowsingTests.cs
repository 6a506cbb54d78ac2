namespace Briefings.Tests.Browser;

/// <summary>A multi-year generated archive in the browser: the timeline strip's bars and a paginated topic.</summary>
[Collection(SeedSiteCollection.Name)]
public sealed class ArchiveBrowsingTests(SeedSiteFixture fixture)
{
    [BrowserFact]
    public async Task Each_bar_of_the_strip_names_its_month_and_leads_to_it()
    {
        await using var reader = await ReaderPage.OpenAsync(fixture);
        await reader.GoAsync(fixture.ArchiveServer.SiteUrl + "timeline/");

        var bars = reader.Page.Locator(".strip svg a");
        Assert.Equal(await reader.Page.Locator(".year h3[id^=m]").CountAsync(), await bars.CountAsync());
        Assert.True(await bars.CountAsync() > 12, "a multi-year archive has a bar for each month with briefings");
        var bar = bars.Nth(5);
        var label = await bar.GetAttributeAsync("aria-label");
        Assert.Matches(@"^[A-Z][a-z]+ \d{4}: \d+ briefings?$", label);
        await bar.ClickAsync();
        Assert.Matches(@"#m\d{4}-\d{2}$", reader.Page.Url);
        var heading = await reader.TextAsync(":target");
        Assert.StartsWith(label!.Split(':')[0], heading);
        Assert.EndsWith(label.Split(": ")[1], heading);
        await reader.AssertCleanAsync();
    }

    [BrowserFact]
    public async Task A_long_topic_pages_on_to_older_briefings()
    {
        await using var reader = await ReaderPage.OpenAsync(fixture);
        await reader.GoAsync(fixture.ArchiveServer.SiteUrl + "topics/nato/");

        Assert.Equal(50, await reader.Page.Locator("main .article-list > li").CountAsync());
        Assert.Equal("Page 1 of 2", await reader.TextAsync(".pagination p"));
        var lastOnFirst = await reader.Page.Locator("main .article-list time").Last.GetAttributeAsync("datetime");
        await reader.AssertCleanAsync();

        await reader.Page.Locator(".pagination a[rel=next]").ClickAsync();
        Assert.Equal(fixture.ArchiveServer.SiteUrl + "topics/nato/page/2/", reader.Page.Url);
        Assert.Equal("Page 2 of 2", await reader.TextAsync(".pagination p"));
        var firstOnSecond = await reader.Page.Locator("main .article-list time").First.GetAttributeAsync("datetime");
        Assert.True(string.CompareOrdinal(firstOnSecond, lastOnFirst) <= 0, "page 2 continues with older briefings");
        await reader.AssertCleanAsync();
    }
}
