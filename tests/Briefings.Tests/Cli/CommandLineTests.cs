using Briefings.Cli;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Cli;

/// <summary>The `briefings` commands as a maintainer runs them: exit codes, one-line problems, the `new` skeleton.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void New_writes_a_skeleton_that_builds_and_never_overwrites()
    {
        using var site = new TempSite();
        var (code, output, _) = Run("new", "Talks in Geneva: a first look", "--input", site.Input);

        Assert.Equal(ExitCodes.Ok, code);
        var path = Path.Combine(site.Input, "articles", "talks-in-geneva-a-first-look.md");
        Assert.Contains("talks-in-geneva-a-first-look.md", output);
        var text = File.ReadAllText(path);
        Assert.StartsWith("---\ntitle: \"Talks in Geneva: a first look\"\ndate: ", text);
        Assert.Contains("# leaders:", text);

        File.WriteAllText(path, text + "Edited by hand.\n");
        var (again, _, error) = Run("new", "Talks in Geneva: a first look", "--input", site.Input);
        Assert.Equal(ExitCodes.InputProblems, again);
        Assert.Contains("already exists", error);
        Assert.EndsWith("Edited by hand.\n", File.ReadAllText(path));

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains(result.Annotated, a => a.Title == "Talks in Geneva: a first look" && a.Leaders.Count == 0);
    }

    [Fact]
    public void Unknown_options_are_usage_errors()
    {
        var (code, _, error) = Run("build", "--no-such-option");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--no-such-option", error);
    }

    [Fact]
    public void A_failed_build_prints_path_line_message_and_exits_1_without_a_stack_trace()
    {
        using var site = new TempSite();
        site.WriteInput("data/leaders.yml", "- id: [unclosed\n");

        var (code, _, error) = Run("build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.DefaultTheme);

        Assert.Equal(ExitCodes.InputProblems, code);
        Assert.Matches(@"(?m)^\S*data/leaders\.yml:\d+: invalid YAML", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_build_in_ci_prints_one_plain_line_per_stage_and_a_summary()
    {
        using var site = new TempSite();

        var (code, output, error) = Run("build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.DefaultTheme);

        Assert.Equal(ExitCodes.Ok, code);
        foreach (var stage in new[] { "load", "clean", "index", "render", "publish" })
            Assert.Single(error.Split('\n'), l => l.StartsWith(stage + ": done in ", StringComparison.Ordinal));
        Assert.Matches(@"done: 5 articles, \d+ pages, \d+ warning\(s\) in [0-9.]+s", output);
    }

    [Fact]
    public void Verbose_explains_each_articles_date()
    {
        using var site = new TempSite();

        var (code, output, _) = Run("build", "--verbose", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.DefaultTheme);

        Assert.Equal(ExitCodes.Ok, code);
        foreach (var file in Directory.GetFiles(Path.Combine(site.Input, "articles")))
            Assert.Contains($"articles/{Path.GetFileName(file)} -> ", output);
        Assert.Contains("  date ", output);
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = BriefingsApp.Run(args, new Terminal(output, error, interactive: false));
        return (code, output.ToString(), error.ToString());
    }
}
