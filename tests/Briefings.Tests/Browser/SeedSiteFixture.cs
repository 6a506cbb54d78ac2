using Briefings.Tests.TestKit;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// Built once for all browser tests: the seed site built with <c>--base-url /briefings/</c>, served on 127.0.0.1 under
/// <c>/briefings/</c>, a generated archive served the same way, and one headless Chromium. Without Chromium only the site and server are set up.
/// </summary>
public sealed class SeedSiteFixture : IAsyncLifetime
{
    public const string BasePath = "/briefings/";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly TempSite _site = new();
    private readonly TempSite _archive = Site.GeneratedArchive.Create();
    private IPlaywright? _playwright;

    public StaticSiteServer Server { get; private set; } = null!;

    /// <summary>A generated multi-year archive (paginated topic, a full timeline strip) served the same way.</summary>
    public StaticSiteServer ArchiveServer { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    public string SiteDir => _site.Site;

    public async Task InitializeAsync()
    {
        var result = _site.Build(BasePath);
        if (!result.Succeeded)
            throw new InvalidOperationException("seed build failed: " + string.Join("\n", result.Problems));
        Server = new StaticSiteServer(_site.Site, BasePath);
        if (!_archive.Build(BasePath).Succeeded)
            throw new InvalidOperationException("generated archive build failed");
        ArchiveServer = new StaticSiteServer(_archive.Site, BasePath);
        if (NodeTools.Chromium is null)
            return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = NodeTools.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        Server?.Dispose();
        ArchiveServer?.Dispose();
        _site.Dispose();
        _archive.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SeedSiteCollection : ICollectionFixture<SeedSiteFixture>
{
    public const string Name = "seed site in a browser";
}
