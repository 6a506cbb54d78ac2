using Briefings.Check;

namespace Briefings.Cli.Commands;

/// <summary><c>check</c>: prints every problem and a summary; exits 1 on errors, 0 when there are only warnings.</summary>
internal static class CheckCommand
{
    public static int Run(Terminal terminal, CheckOptions options)
    {
        var report = SiteChecker.Run(options);
        foreach (var problem in report.Problems)
        {
            var inOutput = problem.Path.StartsWith("site/", StringComparison.Ordinal) || problem.Path.StartsWith("content/", StringComparison.Ordinal);
            terminal.Report(inOutput ? problem with { Path = Path.Combine(options.OutputDir, problem.Path).Replace('\\', '/') } : problem, options.InputDir);
        }
        terminal.Out.WriteLine(
            $"check: {report.Articles} articles, {report.ContentFiles} cleaned files, {report.Pages} pages, {report.Links} links: " +
            $"{report.Errors} error(s), {report.Warnings} warning(s)");
        return report.Errors > 0 ? ExitCodes.InputProblems : ExitCodes.Ok;
    }
}
