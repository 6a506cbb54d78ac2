using System.Globalization;
using BenchmarkDotNet.Running;
using Briefings.Benchmarks;
using Briefings.Benchmarks.Generation;

// Verbs:
//   generate N DIR [--raw] [--seed S] [--data INPUT]   a synthetic input folder (articles/, data/, site.yml)
//   bench [filter]                                    BenchmarkDotNet stage benchmarks (filter: e.g. Render)
//   profile INPUT [--theme DIR] [--output DIR] [--no-search] [--edit]  one Release build with time and memory per stage
//                                                  (--edit: then one edited article rebuilt in-process, as serve does)
const string Usage = """
    usage: Briefings.Benchmarks generate N DIR [--raw] [--seed S] [--data INPUT]
           Briefings.Benchmarks bench [filter]
           Briefings.Benchmarks profile INPUT [--theme DIR] [--output DIR] [--no-search] [--edit]
    """;

switch (args.FirstOrDefault())
{
    case "generate" when args.Length >= 3 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var count) && count >= 0:
        var seed = int.Parse(Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture);
        var raw = args.Contains("--raw");
        ArchiveGenerator.WriteInput(args[2], Option(args, "--data") ?? RepoPaths.Input, count, raw, seed);
        Console.WriteLine($"wrote {count} {(raw ? "raw" : "Markdown")} articles (seed {seed}) to {Path.GetFullPath(args[2])}");
        return 0;
    case "bench":
        var filter = args.Length > 1 ? ["--filter", $"*{args[1]}*"] : new[] { "--filter", "*" };
        BenchmarkSwitcher.FromAssembly(typeof(RepoPaths).Assembly).Run([.. filter, .. args.Skip(2)]);
        return 0;
    case "profile" when args.Length >= 2:
        return StageProfiler.Run(args[1], Option(args, "--theme") ?? RepoPaths.DefaultTheme, Option(args, "--output") ?? Path.Combine(Path.GetTempPath(), "briefings-profile"), !args.Contains("--no-search"), args.Contains("--edit"));
    default:
        Console.Error.WriteLine(Usage);
        return 2;
}

static string? Option(string[] args, string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
