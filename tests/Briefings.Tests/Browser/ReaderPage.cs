using System.Text.Json;
using Briefings.Tests.TestKit;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// One browser tab as a reader uses it, recording every console error and page error, with axe-core at hand.
/// axe-core is evaluated through the DevTools protocol, so the pages' Content-Security-Policy stays in force.
/// </summary>
public sealed class ReaderPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly List<string> _allowedErrors = [];

    private ReaderPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                _errors.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => _errors.Add($"{page.Url}: {error}");
    }

    public IPage Page { get; }

    public static async Task<ReaderPage> OpenAsync(SeedSiteFixture fixture, int width = 1100, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            JavaScriptEnabled = true,
        });
        return new ReaderPage(context, await context.NewPageAsync());
    }

    public Task<IResponse?> GoAsync(string url) => Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    /// <summary>The browser reports the 404 status of the missing page itself as a console error: expected there.</summary>
    public void AllowMissingPageError() => _allowedErrors.Add("404 (Not Found)");

    public IReadOnlyList<string> Errors => [.. _errors.Where(e => !_allowedErrors.Any(a => e.Contains(a, StringComparison.Ordinal)))];

    /// <summary>Runs axe-core on the current page and returns its violations as "rule: selectors".</summary>
    public async Task<IReadOnlyList<string>> AxeViolationsAsync()
    {
        var source = NodeTools.AxeScript ?? throw new InvalidOperationException("axe-core is not installed");
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await Page.EvaluateAsync(await File.ReadAllTextAsync(source) + "\n;0");
        var result = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document);
              return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(' | '));
            }
            """);
        return [.. result.EnumerateArray().Select(v => v.GetString() ?? "")];
    }

    /// <summary>No console or page errors so far, and no axe-core violations on the current page (when axe-core is installed).</summary>
    public async Task AssertCleanAsync()
    {
        Assert.Empty(Errors);
        if (NodeTools.AxeScript is not null)
            Assert.Empty(await AxeViolationsAsync());
    }

    public async Task<string> TextAsync(string selector) => (await Page.Locator(selector).First.InnerTextAsync()).Trim();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
