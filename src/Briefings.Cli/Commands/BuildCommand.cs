using Briefings.Annotate;
using Briefings.Clean;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Cli.Commands;

/// <summary><c>build</c> and <c>ingest</c>: progress, problems, a summary; with --verbose, why each article was cleaned and dated as it was.</summary>
internal static class BuildCommand
{
    public static int Run(Terminal terminal, BuildOptions options, bool verbose, bool renderSite)
    {
        var result = BuildProgress.Run(terminal, options, renderSite, everyArticle: verbose);
        foreach (var problem in result.Problems)
            terminal.Report(problem, options.InputDir);
        var warnings = result.Problems.Count(p => p.Severity == Severity.Warning);
        if (!result.Succeeded)
        {
            var errors = result.Problems.Count - warnings;
            terminal.Error.WriteLine($"build failed: {errors} error(s), {warnings} warning(s); the previous output was left as it was.");
            return ExitCodes.InputProblems;
        }
        foreach (var skipped in result.Skipped)
            terminal.Error.WriteLine($"skipped: {skipped}");
        if (verbose)
            Explain(terminal, options.InputDir, result.Annotated);
        var what = renderSite ? $"{result.Articles} articles, {result.Pages} pages" : $"{result.Articles} articles";
        var cache = options.UseCache ? $" ({result.Written} files written, {result.Reused} articles from the cache)" : "";
        terminal.Out.WriteLine($"done: {what}, {warnings} warning(s) in {result.Elapsed.TotalSeconds:0.00}s{cache} -> {Path.GetFullPath(options.OutputDir)}");
        return ExitCodes.Ok;
    }

    /// <summary>Per article: what cleaning removed (by category) and the evidence behind its date.</summary>
    private static void Explain(Terminal terminal, string inputDir, IReadOnlyList<Article> articles)
    {
        foreach (var a in articles.OrderBy(a => a.Origin, StringComparer.Ordinal))
        {
            terminal.Out.WriteLine($"{a.Origin} -> {a.Slug}");
            var window = a.DateEarliest is { } from && a.DateLatest is { } to ? $", window {from:yyyy-MM-dd}..{to:yyyy-MM-dd}" : "";
            terminal.Out.WriteLine($"  date {a.Date:yyyy-MM-dd} ({Basis(a.DateBasis)}{window})");
            foreach (var evidence in a.DateEvidence)
                terminal.Out.WriteLine($"    because: {evidence}");
            terminal.Out.WriteLine($"  leaders [{string.Join(", ", a.Leaders)}] topics [{string.Join(", ", a.Topics)}]");
            foreach (var person in a.OtherPeople)
                terminal.Out.WriteLine($"    {(person.IsLeader ? "officeholder not in the knowledge base" : "person quoted")}: {person.Name} ({person.Office ?? "no office"}{(person.Country is null ? "" : ", " + person.Country)})");
            var removals = Removals(inputDir, a.Origin);
            if (removals.Count == 0)
                terminal.Out.WriteLine("  cleaning removed nothing");
            foreach (var group in removals.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                terminal.Out.WriteLine($"  removed {group.Count()} {group.Key}:");
                foreach (var removal in group)
                    terminal.Out.WriteLine($"    \"{Shorten(removal.Text)}\"");
            }
        }
    }

    // Removals are not part of the annotated article, so the (pure, cheap) cleaning runs again for the explanation.
    private static IReadOnlyList<Removal> Removals(string inputDir, string origin)
    {
        var path = Path.Combine(inputDir, origin);
        if (!File.Exists(path))
            return [];
        return ArticleCleaner.Clean(new SourceFile(origin, File.ReadAllBytes(path)), new ProblemLog())?.Removals ?? [];
    }

    private static string Basis(DateBasis basis) => basis == DateBasis.FrontMatter ? "front-matter" : basis.ToString().ToLowerInvariant();

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= 100 ? oneLine : oneLine[..100] + "…";
    }
}
