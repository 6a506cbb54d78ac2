using Briefings.Diagnostics;

namespace Briefings.Cli;

/// <summary>What each command does on the terminal: progress, problems, a summary. The work itself is the library's.</summary>
internal static class Commands
{
    public static int Build(BuildOptions options, bool verbose, bool renderSite)
    {
        var builder = new SiteBuilder(options) { OnStage = stage => Console.Error.WriteLine($"[{stage}]") };
        var result = renderSite ? builder.Build() : builder.Ingest();
        foreach (var problem in result.Problems)
            Console.Error.WriteLine(problem.ToString());
        var warnings = result.Problems.Count(p => p.Severity == Severity.Warning);
        if (!result.Succeeded)
        {
            var errors = result.Problems.Count - warnings;
            Console.Error.WriteLine($"build failed: {errors} error(s), {warnings} warning(s); the previous output was left as it was.");
            return ExitCodes.InputProblems;
        }
        foreach (var skipped in result.Skipped)
            Console.Error.WriteLine($"skipped: {skipped}");
        if (verbose)
            foreach (var a in result.Annotated)
                Console.WriteLine($"{a.Origin}: {a.Slug} date {a.Date:yyyy-MM-dd} ({a.DateBasis}) leaders [{string.Join(", ", a.Leaders)}] topics [{string.Join(", ", a.Topics)}]");
        var what = renderSite ? $"{result.Articles} articles, {result.Pages} pages" : $"{result.Articles} articles";
        Console.WriteLine($"done: {what}, {warnings} warning(s) in {result.Elapsed.TotalSeconds:0.00}s -> {Path.GetFullPath(options.OutputDir)}");
        return ExitCodes.Ok;
    }
}
