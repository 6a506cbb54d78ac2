using Briefings.Annotate;
using Briefings.Benchmarks.Generation;
using Briefings.Clean;
using Briefings.Diagnostics;
using Briefings.Index;
using Briefings.Load;

namespace Briefings.Benchmarks.Stages;

/// <summary>Generated raw articles carried through the pipeline in memory, so each benchmark starts from its stage's real input.</summary>
internal sealed class SampleArchive
{
    public SampleArchive(int count)
    {
        Knowledge = KnowledgeBaseLoader.Load(RepoPaths.Input, new ProblemLog());
        var generator = new ArchiveGenerator(Knowledge);
        Sources = [.. generator.Plans(count).Select(p => generator.RawFile(p)).Select(f => new SourceFile(f.RelativePath, f.Bytes))];
        var problems = new ProblemLog();
        Cleaned = [.. Sources.Select(s => ArticleCleaner.Clean(s, problems)).OfType<CleanArticle>()];
        var annotator = new Annotator(Knowledge);
        Articles = [.. Cleaned.Select(c => annotator.Annotate(c, problems)).OfType<Article>()];
        Archive = ArchiveIndexer.Build(Articles, Knowledge, problems);
    }

    public KnowledgeBase Knowledge { get; }

    public IReadOnlyList<SourceFile> Sources { get; }

    public IReadOnlyList<CleanArticle> Cleaned { get; }

    public IReadOnlyList<Article> Articles { get; }

    public Archive Archive { get; }
}
