using Briefings.Diagnostics;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Robustness;

/// <summary>Fatal input problems: reported together as path:line: message, the build fails, the last good site stays.</summary>
public sealed class FatalInputTests
{
    private static void PlantFatalFiles(TempSite site)
    {
        site.WriteInput("articles/empty.txt", "");
        File.WriteAllBytes(Path.Combine(site.Input, "articles", "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        site.WriteInput("articles/bad-yaml.md", "---\ntitle: Sanctions\ntopics: [sanctions\n---\nBody text of a sanctions briefing.\n");
        site.WriteInput("articles/bad-date.md", "---\ntitle: Talks in Geneva\ndate: 2021-02-30\n---\nDiplomats met in Geneva on Tuesday.\n");
    }

    [Fact]
    public void Every_fatal_problem_is_reported_in_one_run_with_path_and_line()
    {
        using var site = new TempSite();
        PlantFatalFiles(site);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var lines = result.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.ToString()).ToList();
        Assert.Contains("articles/empty.txt:1: file is empty (remove the file or replace it with the article's text)", lines);
        Assert.Contains("articles/photo.txt:1: file is binary, not text (NUL byte at offset 8) (remove the file or replace it with the article's text)", lines);
        Assert.Contains(lines, l => l.StartsWith("articles/bad-yaml.md:", StringComparison.Ordinal) && l.Contains("invalid YAML", StringComparison.Ordinal));
        Assert.Contains("articles/bad-date.md:3: 'date' is not a valid date: '2021-02-30' (write it as YYYY-MM-DD)", lines);
        Assert.Equal(4, result.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.Path).Distinct().Count());
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte_unchanged()
    {
        using var site = new TempSite();
        Assert.True(site.Build().Succeeded);
        var before = TempSite.Snapshot(site.Output);
        PlantFatalFiles(site);

        Assert.False(site.Build().Succeeded);

        var after = TempSite.Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed after a failed build");
    }

    [Fact]
    public void Keep_going_builds_everything_else_and_lists_what_it_skipped()
    {
        using var site = new TempSite();
        PlantFatalFiles(site);

        var result = site.Build(keepGoing: true);

        Assert.True(result.Succeeded);
        Assert.Equal(["articles/bad-date.md", "articles/bad-yaml.md", "articles/empty.txt", "articles/photo.txt"], result.Skipped);
        Assert.Equal(5, Directory.GetFiles(site.Content, "*.md").Length);
        Assert.True(File.Exists(Path.Combine(site.Site, "index.html")));
    }

    [Fact]
    public void A_broken_knowledge_base_stops_the_build_even_with_keep_going()
    {
        using var site = new TempSite();
        site.WriteInput("data/topics.yml", "- id: nato\n  threshold: [\n");

        var result = site.Build(keepGoing: true);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Path == "data/topics.yml" && p.Line >= 2 && p.Message.StartsWith("invalid YAML", StringComparison.Ordinal));
    }
}
