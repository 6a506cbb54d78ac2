using Briefings.Tests.TestKit;

namespace Briefings.Tests.Site;

/// <summary>The README's build command on the seeds, run in a temp folder: what a maintainer gets.</summary>
public sealed class SeedBuildTests
{
    private static readonly string[] RequiredKeys = ["title", "slug", "date", "date_basis", "leaders", "topics", "summary", "origin"];

    [Fact]
    public void Seeds_build_into_five_cleaned_files_with_the_contract_front_matter()
    {
        using var site = new TempSite();
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var files = Directory.GetFiles(site.Content, "*.md");
        Assert.Equal(5, files.Length);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.StartsWith("---\n", text);
            var frontMatter = text[4..text.IndexOf("\n---\n", 4, StringComparison.Ordinal)];
            var keys = frontMatter.Split('\n').Select(l => l.Split(':')[0]).ToHashSet();
            foreach (var key in RequiredKeys)
                Assert.Contains(key, keys);
            Assert.Contains($"slug: {Path.GetFileNameWithoutExtension(file)}\n", text);
        }
        var origins = files.Select(f => File.ReadAllLines(f).Single(l => l.StartsWith("origin: ", StringComparison.Ordinal))[8..]).Order().ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(site.Input, "articles")).Select(f => "articles/" + Path.GetFileName(f)).Order().ToList(), origins);
    }

    [Fact]
    public void Seeds_build_into_a_site_with_home_timeline_and_one_page_per_article()
    {
        using var site = new TempSite();
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.True(File.Exists(Path.Combine(site.Site, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Site, "timeline", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Site, "404.html")));
        Assert.True(File.Exists(Path.Combine(site.Site, ".nojekyll")));
        Assert.Equal(5, Directory.GetDirectories(Path.Combine(site.Site, "articles")).Length);
        var home = site.ReadSite("index.html");
        foreach (var slug in Directory.GetFiles(site.Content, "*.md").Select(Path.GetFileNameWithoutExtension))
            Assert.Contains($"href=\"articles/{slug}/\"", home);
    }

    [Fact]
    public void Home_lists_articles_newest_first()
    {
        using var site = new TempSite();
        site.Build();

        var home = site.ReadSite("index.html");
        var dates = System.Text.RegularExpressions.Regex.Matches(home, "<time datetime=\"([0-9-]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/briefings/")]
    public void Every_internal_link_and_asset_resolves(string? baseUrl)
    {
        using var site = new TempSite();
        site.Build(baseUrl);

        Assert.Empty(LinkChecker.BrokenLinks(site.Site, baseUrl ?? "/"));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var first = new TempSite();
        using var second = new TempSite();
        first.Build();
        second.Build();

        var a = TempSite.Snapshot(first.Output);
        var b = TempSite.Snapshot(second.Output);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var key in a.Keys)
            Assert.True(a[key].AsSpan().SequenceEqual(b[key]), $"{key} differs between two builds");
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched_and_input_unmodified()
    {
        using var site = new TempSite();
        Assert.True(site.Build().Succeeded);
        var before = TempSite.Snapshot(site.Output);
        var inputBefore = TempSite.Snapshot(site.Input);

        site.WriteInput("data/leaders.yml", "- id: [unclosed\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Path == "data/leaders.yml" && p.Line >= 1);
        var after = TempSite.Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var key in before.Keys)
            Assert.True(before[key].AsSpan().SequenceEqual(after[key]), $"{key} changed after a failed build");
        inputBefore.Remove("data/leaders.yml");
        var inputAfter = TempSite.Snapshot(site.Input);
        foreach (var key in inputBefore.Keys)
            Assert.True(inputBefore[key].AsSpan().SequenceEqual(inputAfter[key]), $"input {key} was modified by a build");
    }
}
