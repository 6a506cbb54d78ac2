using BenchmarkDotNet.Attributes;
using Briefings.Annotate;
using Briefings.Clean;
using Briefings.Diagnostics;
using Briefings.Index;
using Briefings.Load;
using Briefings.Publish;
using Briefings.Render;

namespace Briefings.Benchmarks.Stages;

/// <summary>
/// Each pipeline stage over the same 500 generated raw articles: the cost for an archive of that size (divide by 500
/// for one article). Clean, Annotate, Markdown and CleanedMarkdown run on one thread; Index and Render use their own
/// parallelism. Whole-build numbers, with the disk, come from <c>profile</c> and bench/compare-hugo.sh.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private const int Articles = 500;
    private SampleArchive _sample = null!;
    private Annotator _annotator = null!;
    private SiteRenderer _renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sample = new SampleArchive(Articles);
        _annotator = new Annotator(_sample.Knowledge);
        var problems = new ProblemLog();
        _renderer = new SiteRenderer(InputLoader.LoadSite(RepoPaths.Input, problems), Theme.Load(RepoPaths.DefaultTheme, problems));
    }

    [Benchmark]
    public int Clean()
    {
        var problems = new ProblemLog();
        return _sample.Sources.Count(s => ArticleCleaner.Clean(s, problems) is not null);
    }

    [Benchmark]
    public int Annotate()
    {
        var problems = new ProblemLog();
        return _sample.Cleaned.Count(c => _annotator.Annotate(c, problems) is not null);
    }

    [Benchmark]
    public int Index() => ArchiveIndexer.Build(_sample.Articles, _sample.Knowledge, new ProblemLog()).Articles.Count;

    [Benchmark]
    public int Markdown() => _sample.Articles.Sum(a => MarkdownRenderer.ToHtml(a.Body).Length);

    [Benchmark]
    public int Render() => _renderer.Render(_sample.Archive).Count;

    [Benchmark]
    public int CleanedMarkdown() => _sample.Articles.Sum(a => CleanedMarkdownWriter.Write(a).Length);
}
