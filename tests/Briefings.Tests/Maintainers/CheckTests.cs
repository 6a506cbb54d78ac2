using Briefings.Check;
using Briefings.Diagnostics;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Maintainers;

/// <summary>`briefings check` before publishing: each planted problem is found, and the seeds pass.</summary>
public sealed class CheckTests
{
    [Fact]
    public void The_seed_site_has_no_errors()
    {
        using var site = Built();

        var report = Check(site);

        Assert.DoesNotContain(report.Problems, p => p.Severity == Severity.Error);
        Assert.True(report.Links > 0 && report.Pages > 0 && report.ContentFiles == 5);
    }

    [Fact]
    public void Finds_a_planted_broken_link()
    {
        using var site = Built();
        var page = Path.Combine(site.Site, "timeline", "index.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</main>", "<a href=\"../articles/no-such-article/\">gone</a></main>", StringComparison.Ordinal));

        var report = Check(site);

        var problem = Assert.Single(report.Problems, p => p.Severity == Severity.Error);
        Assert.Equal("site/timeline/index.html", problem.Path);
        Assert.Contains("broken link '../articles/no-such-article/'", problem.Message);
        Assert.True(problem.Line > 1);
    }

    [Fact]
    public void Finds_a_planted_broken_anchor()
    {
        using var site = Built();
        var page = Path.Combine(site.Site, "index.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</main>", "<a href=\"timeline/#no-such-month\">x</a><a href=\"#main\">ok</a></main>", StringComparison.Ordinal));

        var problem = Assert.Single(Check(site).Problems, p => p.Severity == Severity.Error);

        Assert.Contains("broken anchor 'timeline/#no-such-month'", problem.Message);
    }

    [Fact]
    public void Finds_an_unknown_leader_id()
    {
        using var site = new TempSite();
        site.WriteInput("articles/zz-unknown.md", "---\ntitle: Talks with a stranger\nleaders: [no-such-person]\n---\n\nA short briefing.\n");
        Assert.True(site.Build().Succeeded);

        var problem = Assert.Single(Check(site).Problems, p => p.Severity == Severity.Error);

        Assert.Equal("content/talks-with-a-stranger.md", problem.Path);
        Assert.Contains("unknown leader id 'no-such-person'", problem.Message);
        Assert.Contains("input/articles/zz-unknown.md", problem.Hint);
    }

    [Fact]
    public void Finds_a_duplicate_article()
    {
        using var site = new TempSite();
        var original = Directory.GetFiles(Path.Combine(site.Input, "articles")).Order(StringComparer.Ordinal).First();
        File.Copy(original, Path.Combine(site.Input, "articles", "zz-copy.txt"));
        Assert.True(site.Build().Succeeded);

        var problem = Assert.Single(Check(site).Problems, p => p.Severity == Severity.Error);

        Assert.Equal("articles/zz-copy.txt", problem.Path);
        Assert.Contains("duplicate article: same text as articles/" + Path.GetFileName(original), problem.Message);
    }

    [Fact]
    public void Finds_invalid_front_matter_in_cleaned_files()
    {
        using var site = Built();
        var file = Directory.GetFiles(site.Content, "*.md").Order(StringComparer.Ordinal).First();
        File.WriteAllText(file, File.ReadAllText(file).Replace("\ndate: ", "\ndate: 2021-02-30\nold_date: ", StringComparison.Ordinal));

        var problem = Assert.Single(Check(site).Problems, p => p.Severity == Severity.Error);

        Assert.Contains("'date' is not a valid date: '2021-02-30'", problem.Message);
        Assert.Equal(Array.FindIndex(File.ReadAllLines(file), l => l.StartsWith("date: ", StringComparison.Ordinal)) + 1, problem.Line);
    }

    [Fact]
    public void Without_a_built_site_check_says_to_build_first()
    {
        using var site = new TempSite();

        Assert.Contains(Check(site).Problems, p => p.Severity == Severity.Error && p.Hint == "run 'briefings build' first");
    }

    [Fact]
    public void The_command_exits_1_on_errors_and_prints_a_summary()
    {
        using var site = new TempSite();
        File.Copy(Directory.GetFiles(Path.Combine(site.Input, "articles")).First(), Path.Combine(site.Input, "articles", "zz-copy.txt"));
        site.Build();

        var (code, output, error) = Cli.CommandLineTests.Run("check", "--input", site.Input, "--output", site.Output);

        Assert.Equal(1, code);
        Assert.Contains("zz-copy.txt:1: duplicate article", error);
        Assert.Matches(@"check: 6 articles, \d+ cleaned files, \d+ pages, \d+ links: 1 error\(s\), \d+ warning\(s\)", output);
    }

    private static TempSite Built()
    {
        var site = new TempSite();
        Assert.True(site.Build().Succeeded);
        return site;
    }

    private static CheckReport Check(TempSite site) => SiteChecker.Run(new CheckOptions(site.Input, site.Output));
}
