using Microsoft.Playwright;

namespace Briefings.Tests.Search;

/// <summary>
/// Debian's Chromium driven by Playwright, shared by a test class. Playwright never downloads a browser here: it is
/// pointed at /usr/bin/chromium, which CI installs with apt.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not running");

    public async Task InitializeAsync()
    {
        if (!File.Exists(SearchFactAttribute.ChromiumPath))
            return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SearchFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page whose console errors, uncaught exceptions and failed requests are collected in <paramref name="errors"/>.</summary>
    public async Task<IPage> NewPageAsync(List<string> errors)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // A failed load is reported below with its address; the console's copy of it has none.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                errors.Add($"console: {message.Text}");
        };
        page.Response += (_, response) =>
        {
            // Chromium asks every origin for /favicon.ico on its own; the site is not at the origin's root.
            if (response.Status >= 400 && new Uri(response.Url).AbsolutePath != "/favicon.ico")
                errors.Add($"HTTP {response.Status}: {response.Url}");
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A fetch that a newer search or a navigation cancelled is not an error.
            if (request.Failure is { } failure && !failure.Contains("ERR_ABORTED", StringComparison.Ordinal))
                errors.Add($"request failed: {request.Url}: {failure}");
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}
