using Briefings.Incremental;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Maintainers;

/// <summary>
/// Builds that reuse output/.cache must give exactly what a build from scratch gives, after any kind of edit,
/// while rewriting only what changed.
/// </summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void A_build_without_changes_rewrites_nothing_and_reuses_every_article()
    {
        using var site = new TempSite();
        Assert.True(site.Build().Succeeded);
        var before = Times(site.Output);
        var cacheBefore = Times(Path.Combine(site.Output, ".cache"), inCache: true);

        var again = site.Build();

        Assert.Equal(0, again.Written);
        Assert.Equal(5, again.Reused);
        Assert.Equal(before, Times(site.Output));
        // Nor is the cache written again: its manifests, related articles and shards are as the last build left them.
        Assert.Equal(cacheBefore, Times(Path.Combine(site.Output, ".cache"), inCache: true));
    }

    [Fact]
    public void A_one_article_edit_reprocesses_that_article_only()
    {
        using var site = new TempSite();
        site.Build();
        var file = FirstArticle(site);
        File.AppendAllText(file, "\nOne more closing paragraph for the record.\n");

        var result = site.Build();

        Assert.Equal(4, result.Reused);
        Assert.InRange(result.Written, 1, 12);
        AssertSameAsFromScratch(site);
    }

    public static TheoryData<string> Edits => ["body", "same-size", "retitle", "lede", "summary", "leader", "delete", "add", "knowledge", "theme", "base-url", "next-day"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_any_edit_the_output_equals_a_build_from_scratch(string edit)
    {
        using var site = new TempSite();
        var theme = CopyTheme(site);
        // Files written an hour before the build: the next build process trusts the recorded stamps of the files not
        // edited since (it neither reads nor hashes them), so the edited file must be found by its new time alone.
        foreach (var file in Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        Assert.True(site.Build().Succeeded);

        var baseUrl = Apply(site, theme, edit);

        Assert.True(Build(site, theme, baseUrl).Succeeded);
        AssertSameAsFromScratch(site, theme, baseUrl);
    }

    [Fact]
    public void A_file_whose_size_and_time_are_as_recorded_is_not_read_again()
    {
        using var site = new TempSite();
        var file = FirstArticle(site);
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var input in Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(input, old);
        Assert.True(site.Build().Succeeded);
        var page = Directory.GetFiles(Path.Combine(site.Output, "content")).Single(c => File.ReadAllText(c).Contains("origin: articles/" + Path.GetFileName(file), StringComparison.Ordinal));
        var before = File.ReadAllText(page);

        // Bytes changed behind the build's back, size and time put back as they were (as `touch -d` could): the
        // build takes the stamps' word, as git and make do, and takes the article from the cache unread.
        var text = File.ReadAllText(file);
        var word = text.IndexOf(" the ", StringComparison.Ordinal);
        File.WriteAllText(file, text[..word] + " teh " + text[(word + 5)..]);
        File.SetLastWriteTimeUtc(file, old);
        var again = site.Build();

        Assert.Equal(5, again.Reused);
        Assert.Equal(before, File.ReadAllText(page));
        // Without the cache every file is read.
        Assert.True(new SiteBuilder(site.Options() with { UseCache = false }).Build().Succeeded);
        Assert.Contains(" teh ", File.ReadAllText(page), StringComparison.Ordinal);
    }

    /// <summary>
    /// The preview server keeps the article cache, the files, the knowledge base, the theme and related articles in
    /// memory between builds; after any edit its output must still be what a build from scratch gives.
    /// </summary>
    [Theory]
    [MemberData(nameof(Edits))]
    public void In_a_long_running_process_after_any_edit_the_output_equals_a_build_from_scratch(string edit)
    {
        using var site = new TempSite();
        var theme = CopyTheme(site);
        var cache = ArticleCache.Empty();
        var sources = new SourceFileMemo();
        var memo = new BuildMemo();
        BuildResult InProcess(string? baseUrl) =>
            new SiteBuilder(new BuildOptions(site.Input, site.Output, theme, baseUrl)) { Cache = cache, ReadSource = sources.Read, Memo = memo }.Build();
        Assert.True(InProcess(null).Succeeded);

        var baseUrl = Apply(site, theme, edit);

        Assert.True(InProcess(baseUrl).Succeeded);
        AssertSameAsFromScratch(site, theme, baseUrl);
    }

    /// <summary>Makes one kind of edit; returns the base URL the next build should use.</summary>
    internal static string? Apply(TempSite site, string theme, string edit)
    {
        var file = FirstArticle(site);
        switch (edit)
        {
            case "body":
                // Nothing a listing page shows changes: a long-running process keeps them all without building them.
                File.AppendAllText(file, "\nOne more sentence at the very end of the briefing, about nothing in particular.\n");
                break;
            case "same-size":
                // The same number of bytes: only the file's time tells the edit.
                var text = File.ReadAllText(file);
                var word = text.IndexOf(" the ", StringComparison.Ordinal);
                File.WriteAllText(file, text[..word] + " teh " + text[(word + 5)..]);
                // Dated before the last build's stamps, so only the difference from the recorded time tells the edit.
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-30));
                break;
            case "retitle":
                File.WriteAllText(file, "A Completely New Headline For This Briefing\n" + File.ReadAllText(file));
                break;
            case "lede":
                // The summary that listing pages and feeds show comes from the first paragraph.
                var lines = File.ReadAllLines(file).ToList();
                var lede = lines.FindIndex(1, l => l.Trim().Length > 80);
                lines[lede] = "Officials in three capitals said on Monday that the talks would resume next week after a pause.";
                File.WriteAllLines(file, lines);
                break;
            case "summary":
                // Only the summary changes (no name, date or topic word comes or goes): listing pages must follow.
                var origin = "origin: articles/" + Path.GetFileName(file);
                var cleaned = Directory.GetFiles(Path.Combine(site.Output, "content")).Select(File.ReadAllText).Single(c => c.Contains(origin, StringComparison.Ordinal));
                var summary = cleaned.Split('\n').Single(l => l.StartsWith("summary: ", StringComparison.Ordinal))["summary: ".Length..];
                var raw = File.ReadAllText(file);
                var at = raw.IndexOf(summary[^16..], StringComparison.Ordinal);
                Assert.True(at >= 0, "the summary comes from the article's text");
                File.WriteAllText(file, raw[..(at + 16)] + " Nobody disputed it." + raw[(at + 16)..]);
                break;
            case "leader":
                // New tags change related articles on other pages too.
                File.AppendAllText(file, "\nGerman Chancellor Angela Merkel said Angela Merkel would not comment on the talks.\n");
                break;
            case "delete":
                File.Delete(file);
                break;
            case "add":
                site.WriteInput("articles/zz-new.md", "---\ntitle: A new briefing on grain exports\ndate: 2030-01-01\n---\n\nPorts reopened.\n");
                break;
            case "knowledge":
                site.WriteInput("data/topics.yml", File.ReadAllText(Path.Combine(site.Input, "data", "topics.yml")).Replace("name:", "name: Renamed", StringComparison.Ordinal));
                break;
            case "theme":
                File.AppendAllText(Path.Combine(theme, "partials", "footer.hbs"), "<p>changed footer</p>\n");
                break;
            case "base-url":
                return "https://example.org/briefings/";
            case "next-day":
                // A checkout a day later, outside git: the same bytes, but an article dated by its file's time dates differently.
                foreach (var input in Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories))
                    File.SetLastWriteTimeUtc(input, File.GetLastWriteTimeUtc(input).AddDays(1));
                break;
        }
        return null;
    }

    /// <summary>The preview server's warm-up runs an article through every stage; it must leave no trace on disk.</summary>
    [Fact]
    public void The_warm_up_writes_nothing_and_changes_no_input()
    {
        using var site = new TempSite();
        Assert.True(site.Build().Succeeded);
        string Snapshot(string dir) => string.Join('\n', Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => f + " " + File.GetLastWriteTimeUtc(f).Ticks + " " + new FileInfo(f).Length));
        var before = (Snapshot(site.Input), Snapshot(site.Output));

        new SiteBuilder(site.Options()) { Memo = new BuildMemo() }.WarmUp();

        Assert.Equal(before, (Snapshot(site.Input), Snapshot(site.Output)));
    }

    [Fact]
    public void A_deleted_cache_or_an_interrupted_publish_falls_back_to_a_full_rewrite()
    {
        using var site = new TempSite();
        site.Build();
        Directory.Delete(Path.Combine(site.Output, ".cache"), recursive: true);
        var afterDelete = site.Build();
        Assert.Equal(0, afterDelete.Reused);
        AssertSameAsFromScratch(site);

        // A journal left behind means an earlier publish stopped half-way: nothing on disk is trusted.
        File.WriteAllText(Path.Combine(site.Output, ".cache", "site.journal"), "interrupted\n");
        File.WriteAllText(Path.Combine(site.Site, "index.html"), "half-written");
        var repaired = site.Build();
        Assert.True(repaired.Written > 5);
        Assert.False(File.Exists(Path.Combine(site.Output, ".cache", "site.journal")));
        AssertSameAsFromScratch(site);
    }

    [Fact]
    public void A_page_deleted_by_hand_is_written_again()
    {
        using var site = new TempSite();
        site.Build();
        var page = Directory.GetFiles(Path.Combine(site.Site, "articles"), "index.html", SearchOption.AllDirectories).First();
        File.Delete(page);

        site.Build();

        Assert.True(File.Exists(page));
        AssertSameAsFromScratch(site);
    }

    internal static BuildResult Build(TempSite site, string theme, string? baseUrl) =>
        new SiteBuilder(new BuildOptions(site.Input, site.Output, theme, baseUrl)).Build();

    internal static void AssertSameAsFromScratch(TempSite site, string? theme = null, string? baseUrl = null)
    {
        var fresh = Path.Combine(site.Root, "fresh");
        var result = new SiteBuilder(new BuildOptions(site.Input, fresh, theme ?? RepoPaths.DefaultTheme, baseUrl, UseCache: false)).Build();
        Assert.True(result.Succeeded);
        foreach (var folder in new[] { "site", "content" })
        {
            var expected = TempSite.Snapshot(Path.Combine(fresh, folder));
            var actual = TempSite.Snapshot(Path.Combine(site.Output, folder));
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var key in expected.Keys)
                Assert.True(expected[key].AsSpan().SequenceEqual(actual[key]), $"{folder}/{key} differs from a build from scratch");
        }
        Directory.Delete(fresh, recursive: true);
    }

    internal static string FirstArticle(TempSite site) =>
        Directory.GetFiles(Path.Combine(site.Input, "articles")).Order(StringComparer.Ordinal).First();

    internal static string CopyTheme(TempSite site)
    {
        var target = Path.Combine(site.Root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.DefaultTheme, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(RepoPaths.DefaultTheme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    private static SortedDictionary<string, DateTime> Times(string dir, bool inCache = false) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => inCache || !f.Contains(Path.DirectorySeparatorChar + ".cache" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.GetLastWriteTimeUtc), StringComparer.Ordinal);
}
