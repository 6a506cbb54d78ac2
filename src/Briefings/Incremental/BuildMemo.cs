using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Index;
using Briefings.Load;
using Briefings.Render;

namespace Briefings.Incremental;

/// <summary>
/// What a long-running process (the preview server) keeps between builds besides the article cache: the parsed
/// knowledge base and the compiled theme, each reused while the bytes of its folder are unchanged. Parsing 1,500
/// people and compiling the templates cost a few hundred milliseconds that a one-article rebuild should not pay.
/// The problems found when loading them are kept too and reported again by every build that reuses them.
/// </summary>
public sealed class BuildMemo
{
    private readonly Lock _lock = new();
    private (string Key, KnowledgeBase Value, IReadOnlyList<Problem> Problems)? _knowledge;
    private (string Key, Theme Value, IReadOnlyList<Problem> Problems)? _theme;
    private RelatedSnapshot? _related;
    private (IReadOnlyList<Article> Input, KnowledgeBase Knowledge, Archive Archive, IReadOnlyList<Problem> Problems)? _index;

    /// <summary>The files other than article pages that the last build published (also kept on disk, see <see cref="ListingsSnapshot"/>).</summary>
    public ListingsSnapshot? Listings { get; set; }

    /// <summary>The output manifests as last read or written, reused while their files are unchanged.</summary>
    public FileMemo<OutputManifest> Manifests { get; } = new();

    /// <summary>The last build's page keys: the hashes of articles and pages whose inputs did not change are reused.</summary>
    public PageKeys? PageKeys { get; set; }

    public KnowledgeBase Knowledge(string inputDir, ProblemLog problems) =>
        Reuse(ref _knowledge, ContentHash.OfDirectory(Path.Combine(inputDir, "data")), problems, log => KnowledgeBaseLoader.Load(inputDir, log));

    public Theme Theme(string directory, ProblemLog problems) =>
        Reuse(ref _theme, ContentHash.OfDirectory(directory), problems, log => Render.Theme.Load(directory, log));

    /// <summary>
    /// The Index stage, reusing the last archive when no article moved in it: the same files, and each article either
    /// the very object indexed last time (the article cache returns those for unchanged files) or one with the same
    /// index facts (an edit to its text). Then the last archive only has its edited articles swapped in, instead of
    /// every grouping being rebuilt. Anything else indexes from scratch.
    /// </summary>
    /// <param name="byOrigin">The articles in input-path order, as the article cache returns them.</param>
    /// <param name="cacheDir">The build cache folder (related articles are saved there too), or null when the build keeps no cache.</param>
    public Archive Index(IReadOnlyList<Article> byOrigin, KnowledgeBase knowledge, ProblemLog problems, string? cacheDir = null)
    {
        lock (_lock)
        {
            if (_index is { } last && last.Knowledge == knowledge && Replacements(last.Input, byOrigin, last.Archive) is { } replacements)
            {
                problems.AddRange(last.Problems);
                var archive = ArchiveUpdate.Replace(last.Archive, replacements);
                _index = (byOrigin, knowledge, archive, last.Problems);
                return archive;
            }
            var log = new ProblemLog();
            var built = ArchiveIndexer.Build(byOrigin, knowledge, log, list => RelatedSnapshot.Reuse(list, cacheDir, ref _related));
            problems.AddRange(log);
            _index = (byOrigin, knowledge, built, log.All);
            return built;
        }
    }

    /// <summary>Old indexed article → new one, when every article kept its place; null when the archive must be indexed again.</summary>
    private static Dictionary<Article, Article>? Replacements(IReadOnlyList<Article> before, IReadOnlyList<Article> now, Archive archive)
    {
        if (before.Count != now.Count)
            return null;
        var replacements = new Dictionary<Article, Article>(ReferenceEqualityComparer.Instance);
        Dictionary<string, Article>? indexed = null;
        for (var i = 0; i < now.Count; i++)
        {
            if (ReferenceEquals(before[i], now[i]))
                continue;
            if (!ArchiveUpdate.SameIndexFacts(before[i], now[i]))
                return null;
            // Indexing may have given the article a new slug (a duplicate gets -2): the new version gets the same.
            indexed ??= archive.Articles.ToDictionary(a => a.Origin, StringComparer.Ordinal);
            var old = indexed[now[i].Origin];
            replacements[old] = old.Slug == now[i].Slug ? now[i] : now[i] with { Slug = old.Slug };
        }
        return replacements;
    }

    private T Reuse<T>(ref (string Key, T Value, IReadOnlyList<Problem> Problems)? slot, string key, ProblemLog problems, Func<ProblemLog, T> load)
    {
        lock (_lock)
        {
            if (slot is not { } known || known.Key != key)
            {
                var log = new ProblemLog();
                slot = known = (key, load(log), log.All);
            }
            problems.AddRange(known.Problems);
            return known.Value;
        }
    }
}
