using System.Diagnostics;

namespace Briefings.Benchmarks;

/// <summary>
/// One full build with wall time, allocations and GC counts per stage, from <see cref="SiteBuilder.OnStage"/>: a cheap
/// profile of where a large build spends its time, to run before reaching for a tracer.
/// </summary>
public static class StageProfiler
{
    public static int Run(string input, string theme, string output, bool search = true)
    {
        var marks = new List<(string Stage, TimeSpan At, long Allocated, int Gen0, int Gen2)>();
        var clock = Stopwatch.StartNew();
        void Mark(string stage) => marks.Add((stage, clock.Elapsed, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(2)));
        var builder = new SiteBuilder(new BuildOptions(input, output, theme) { Search = new(Enabled: search) }) { OnStage = Mark };
        var result = builder.Build();
        Mark("end");
        Console.WriteLine($"{"stage",-10} {"seconds",8} {"alloc MB",9} {"gen0",5} {"gen2",5}");
        for (var i = 0; i + 1 < marks.Count; i++)
        {
            var (stage, at, allocated, gen0, gen2) = marks[i];
            var next = marks[i + 1];
            Console.WriteLine($"{stage,-10} {(next.At - at).TotalSeconds,8:F2} {(next.Allocated - allocated) / 1e6,9:F0} {next.Gen0 - gen0,5} {next.Gen2 - gen2,5}");
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"total {clock.Elapsed.TotalSeconds:F2} s, {result.Articles} articles, {result.Pages} pages, peak working set {peak / 1e6:F0} MB, problems {result.Problems.Count}, succeeded {result.Succeeded}");
        return result.Succeeded ? 0 : 1;
    }
}
