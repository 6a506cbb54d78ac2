using System.Diagnostics;
using Briefings.Incremental;
using Briefings.Preview;

namespace Briefings.Benchmarks;

/// <summary>
/// One full build with wall time, allocations and GC counts per stage, from <see cref="SiteBuilder.OnStage"/>: a cheap
/// profile of where a large build spends its time, to run before reaching for a tracer. With <c>edit</c>, the build
/// is followed by a one-article edit rebuilt in the same process, as <c>briefings serve</c> does (cache and source
/// files kept in memory, search deferred), and that rebuild is the one profiled.
/// </summary>
public static class StageProfiler
{
    public static int Run(string input, string theme, string output, bool search = true, bool edit = false)
    {
        var options = new BuildOptions(input, output, theme) { Search = new(Enabled: search) { Deferred = edit } };
        var cache = edit ? ArticleCache.Load(Path.Combine(output, SiteBuilder.CacheFolder)) : null;
        var sources = new SourceFileMemo();
        var memo = edit ? new BuildMemo() : null;
        if (edit)
        {
            var warm = new SiteBuilder(options) { Cache = cache, ReadSource = sources.Read, Memo = memo }.Build();
            Console.WriteLine($"warm-up build: {warm.Elapsed.TotalSeconds:F2} s");
            var articles = Directory.GetFiles(Path.Combine(input, "articles")).Order(StringComparer.Ordinal).ToList();
            // Several edits, as a maintainer makes them; the last one is profiled (the first ones warm the JIT).
            for (var i = 0; i < EditsBeforeProfile; i++)
            {
                // As serve does once it is idle after a build.
                PreviewSession.CollectBuildGarbage();
                Edit(articles[(articles.Count / 2) + i]);
                var run = new SiteBuilder(options) { Cache = cache, ReadSource = sources.Read, Memo = memo }.Build();
                Console.WriteLine($"edit {i + 1}: {run.Elapsed.TotalMilliseconds:F0} ms");
            }
            PreviewSession.CollectBuildGarbage();
            Edit(articles[articles.Count / 2]);
        }

        // CPU seconds beside wall seconds show how well a stage uses the cores; GC pause shows what allocation costs.
        var marks = new List<(string Stage, TimeSpan At, TimeSpan Cpu, TimeSpan Paused, long Allocated, int Gen0, int Gen2, long Peak)>();
        var clock = Stopwatch.StartNew();
        var process = Process.GetCurrentProcess();
        void Mark(string stage)
        {
            process.Refresh();
            marks.Add((stage, clock.Elapsed, process.TotalProcessorTime, GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(2), process.PeakWorkingSet64));
        }
        var builder = new SiteBuilder(options) { OnStage = Mark, Cache = cache, ReadSource = edit ? sources.Read : null, Memo = memo };
        var result = builder.Build();
        Mark("end");
        // "peak MB" is the process's peak working set when the stage ended: the stage where it grows is the one to look at.
        Console.WriteLine($"{"stage",-10} {"seconds",8} {"cpu s",7} {"GC s",6} {"alloc MB",9} {"gen0",5} {"gen2",5} {"peak MB",8}");
        for (var i = 0; i + 1 < marks.Count; i++)
        {
            var (stage, at, cpu, paused, allocated, gen0, gen2, _) = marks[i];
            var next = marks[i + 1];
            Console.WriteLine($"{stage,-10} {(next.At - at).TotalSeconds,8:F2} {(next.Cpu - cpu).TotalSeconds,7:F2} {(next.Paused - paused).TotalSeconds,6:F2} {(next.Allocated - allocated) / 1e6,9:F0} {next.Gen0 - gen0,5} {next.Gen2 - gen2,5} {next.Peak / 1e6,8:F0}");
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"total {clock.Elapsed.TotalSeconds:F2} s, {result.Articles} articles, {result.Pages} pages, {result.Written} files written, peak working set {peak / 1e6:F0} MB, problems {result.Problems.Count}, succeeded {result.Succeeded}");
        return result.Succeeded ? 0 : 1;
    }

    private const int EditsBeforeProfile = 12;

    private static void Edit(string path) =>
        File.AppendAllText(path, $"\nOne more sentence, written by the profiler at {DateTime.UtcNow:O}.\n");
}
