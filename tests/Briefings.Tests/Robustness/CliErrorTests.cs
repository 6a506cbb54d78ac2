using Briefings.Tests.TestKit;

namespace Briefings.Tests.Robustness;

/// <summary>What a maintainer sees when something is wrong: path:line: message lines, exit codes, never a stack trace.</summary>
public sealed class CliErrorTests
{
    [Fact]
    public void Input_problems_exit_1_with_path_line_messages_and_no_stack_trace()
    {
        using var site = new TempSite();
        site.WriteInput("articles/empty.txt", "");
        site.WriteInput("articles/bad-date.md", "---\ntitle: Talks\ndate: 2021-02-30\n---\nText.\n");

        var run = CliRunner.Invoke(["build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.DefaultTheme]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("articles/empty.txt:1: file is empty", run.Stderr);
        Assert.Contains("articles/bad-date.md:3: 'date' is not a valid date: '2021-02-30'", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr + run.Stdout);
        Assert.False(Directory.Exists(site.Site));
    }

    [Fact]
    public void A_missing_input_folder_is_one_clear_line()
    {
        using var site = new TempSite(withRepoInput: false);
        var missing = Path.Combine(site.Root, "nowhere");

        var run = CliRunner.Invoke(["build", "--input", missing, "--output", site.Output]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input folder not found", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr + run.Stdout);
    }

    [Fact]
    public void Unknown_options_are_usage_errors_with_exit_2()
    {
        var run = CliRunner.Invoke(["build", "--no-such-option"]);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr + run.Stdout);
    }
}
