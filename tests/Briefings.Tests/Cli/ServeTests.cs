using System.Diagnostics;
using System.Text.Json;
using Briefings.Cli.Serve;
using Briefings.Preview;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Cli;

/// <summary>
/// `briefings serve` in-process on a free port: what a maintainer editing articles sees in the browser. The two-second
/// promise is about the server, not about a machine busy with other tests, so this collection runs on its own.
/// </summary>
[Collection(nameof(ServeTests))]
public sealed class ServeTests : IAsyncLifetime
{
    private const string Article = "articles/zz-preview.md";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    private readonly TempSite _site = new();
    private readonly HttpClient _http = new();
    private PreviewSession? _session;
    private PreviewServer? _server;

    public async Task InitializeAsync()
    {
        _site.WriteInput(Article, ArticleText("Preview Test Briefing", "The first version of the text says hello."));
        // Search is indexed only when a test asks (UpdateSearchIndex), never by the timer in the middle of a test.
        _session = new PreviewSession(_site.Options(), searchQuietPeriod: TimeSpan.FromHours(1));
        Assert.True(_session.Rebuild().Succeeded);
        _server = await PreviewServer.StartAsync(_session, _site.Output, port: 0);
        _session.StartWatching();
        _http.BaseAddress = _server.Address;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
        _session?.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Serves_the_built_site_with_the_reload_script_added_only_in_responses()
    {
        var home = await _http.GetStringAsync("/");

        Assert.Contains("<script src=\"/__briefings/live.js\"", home);
        Assert.DoesNotContain("__briefings", _site.ReadSite("index.html"));
        Assert.Contains("EventSource", await _http.GetStringAsync("/__briefings/live.js"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _http.GetAsync("/no/such/page/")).StatusCode);
    }

    [Fact]
    public async Task An_edited_article_is_served_rebuilt_within_two_seconds()
    {
        Assert.Contains("first version", await _http.GetStringAsync("/articles/preview-test-briefing/"));

        _site.WriteInput(Article, ArticleText("Preview Test Briefing", "The second version of the text says goodbye."));

        var page = await PollUntil("/articles/preview-test-briefing/", body => body.Contains("second version", StringComparison.Ordinal));
        Assert.Contains("second version", page);
    }

    [Fact]
    public async Task Broken_front_matter_is_reported_while_the_last_good_page_is_still_served()
    {
        _site.WriteInput(Article, "---\ntitle: [unclosed\n---\n\nBroken text.\n");

        var status = await PollUntil("/__briefings/status", body => JsonDocument.Parse(body).RootElement.GetProperty("failed").GetBoolean());
        var problems = JsonDocument.Parse(status).RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains(problems, p => p!.StartsWith(Article + ":", StringComparison.Ordinal) && p.Contains("YAML", StringComparison.Ordinal));
        Assert.Contains("first version", await _http.GetStringAsync("/articles/preview-test-briefing/"));
    }

    [Fact]
    public async Task The_event_stream_announces_each_build()
    {
        using var response = await _http.GetAsync("/__briefings/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var first = await reader.ReadLineAsync();
        Assert.StartsWith("data: ", first);
        var version = JsonDocument.Parse(first![6..]).RootElement.GetProperty("siteVersion").GetInt32();

        _site.WriteInput(Article, ArticleText("Preview Test Briefing", "A third version."));

        using var timeout = new CancellationTokenSource(Deadline * 2);
        string? line;
        do
            line = await reader.ReadLineAsync(timeout.Token);
        while (line is not null && !line.StartsWith("data: ", StringComparison.Ordinal));
        Assert.NotNull(line);
        Assert.True(JsonDocument.Parse(line[6..]).RootElement.GetProperty("siteVersion").GetInt32() > version);
    }

    [Fact]
    public async Task The_search_index_follows_edits_in_the_background_without_delaying_the_page()
    {
        // The first build publishes the pages at once; Pagefind runs afterwards, off the rebuild path.
        Assert.False(Directory.Exists(Path.Combine(_site.Site, "pagefind")));
        Assert.True(_session!.UpdateSearchIndex()!.Succeeded);
        var entry = Path.Combine(_site.Site, "pagefind", "pagefind-entry.json");
        var before = File.ReadAllText(entry);

        using var timeout = new CancellationTokenSource(Deadline * 2);
        var built = _session.NextBuild(timeout.Token);
        _site.WriteInput(Article, ArticleText("Preview Test Briefing", "A version with the word zanzibarite for search."));
        await PollUntil("/articles/preview-test-briefing/", body => body.Contains("zanzibarite", StringComparison.Ordinal));
        // The page is served as soon as it is in place; the rebuild schedules the search index just after that.
        await built;

        var indexed = _session.UpdateSearchIndex();
        Assert.NotNull(indexed);
        Assert.True(indexed.Succeeded, string.Join("\n", indexed.Problems));
        Assert.NotEqual(before, File.ReadAllText(entry));
        Assert.Null(_session.UpdateSearchIndex());
    }

    private async Task<string> PollUntil(string path, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        var body = "";
        while (clock.Elapsed < Deadline)
        {
            body = await _http.GetStringAsync(path);
            if (done(body))
                return body;
            await Task.Delay(25);
        }
        Assert.Fail($"{path} did not change within {Deadline.TotalSeconds} s; last response: {body[..Math.Min(body.Length, 300)]}");
        return body;
    }

    private static string ArticleText(string title, string text) =>
        $"---\ntitle: {title}\ndate: 2024-03-01\n---\n\n{text}\n";
}

[CollectionDefinition(nameof(ServeTests), DisableParallelization = true)]
public sealed class ServeTestsCollection;
