using System.Text;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Benchmarks.Generation;

/// <summary>One generated input file: its path under the input folder and its bytes.</summary>
public sealed record GeneratedFile(string RelativePath, byte[] Bytes);

/// <summary>
/// Synthetic archives for benchmarks and large-archive tests. Article <c>i</c> depends only on the seed, the
/// knowledge base and the articles before it, so the first 1,000 articles of a 10,000-article archive are the
/// 1,000-article archive. The same plan is written either as raw scraped text or as cleaned Markdown, so a raw
/// Briefings build and a Markdown Hugo build see the same articles.
/// </summary>
public sealed class ArchiveGenerator(KnowledgeBase knowledge, int seed = 1)
{
    /// <summary>The plans of articles 0 … count-1, in order.</summary>
    public IEnumerable<ArticlePlan> Plans(int count)
    {
        var planner = new ArticlePlanner(knowledge);
        for (var i = 0; i < count; i++)
            yield return planner.Plan(i, Rng(i, 0));
    }

    /// <summary>The files of an archive of <paramref name="count"/> articles under <c>articles/</c>.</summary>
    public IEnumerable<GeneratedFile> Files(int count, bool raw) =>
        Plans(count).Select(plan => raw ? RawFile(plan) : MarkdownFile(plan));

    public GeneratedFile RawFile(ArticlePlan plan)
    {
        var (extension, bytes) = new RawFormatter(Rng(plan.Index, 1)).Format(plan);
        return new GeneratedFile($"articles/{FileStem(plan.Index)}{extension}", bytes);
    }

    public static GeneratedFile MarkdownFile(ArticlePlan plan) =>
        new($"articles/{FileStem(plan.Index)}.md", Encoding.UTF8.GetBytes(MarkdownFormatter.Format(plan)));

    public static string FileStem(int index) => $"{index:D6}";

    /// <summary>
    /// Writes a complete input folder: <c>articles/</c> (replaced), <c>data/</c> copied from
    /// <paramref name="dataSourceInput"/>'s data folder, and a <c>site.yml</c>.
    /// </summary>
    public static KnowledgeBase WriteInput(string inputDir, string dataSourceInput, int count, bool raw, int seed = 1)
    {
        var problems = new ProblemLog();
        var knowledge = KnowledgeBaseLoader.Load(dataSourceInput, problems);
        if (problems.HasErrors)
            throw new InvalidOperationException("the knowledge base has errors:\n" + string.Join('\n', problems.All));
        var articles = Path.Combine(inputDir, "articles");
        if (Directory.Exists(articles))
            Directory.Delete(articles, recursive: true);
        Directory.CreateDirectory(articles);
        CopyDirectory(Path.Combine(dataSourceInput, "data"), Path.Combine(inputDir, "data"));
        File.WriteAllText(Path.Combine(inputDir, "site.yml"),
            $"title: Synthetic briefings\ndescription: A generated archive of {count} articles for benchmarks.\nbase_url: /\ntheme: default\nlanguage: en\n");
        foreach (var file in new ArchiveGenerator(knowledge, seed).Files(count, raw))
            File.WriteAllBytes(Path.Combine(inputDir, file.RelativePath), file.Bytes);
        return knowledge;
    }

    private Random Rng(int index, int stream) => new(unchecked((seed * 1_000_003) + (index * 2) + stream));

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
