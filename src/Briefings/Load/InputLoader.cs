using System.Runtime.ExceptionServices;
using Briefings.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Briefings.Load;

/// <summary>Everything the build reads from <c>input/</c>.</summary>
public sealed record LoadedInput(SiteConfig Site, KnowledgeBase Knowledge, IReadOnlyList<SourceFile> Articles);

/// <summary>The Load stage: reads site.yml, the knowledge base and the raw articles. Never writes.</summary>
public static class InputLoader
{
    public const string SitePath = "site.yml";
    public const string ArticlesFolder = "articles";
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <param name="read">Reads an article file's bytes (its size and time already known); the preview server passes one that reuses unchanged files.</param>
    /// <param name="loadKnowledge">Reads the knowledge base; the preview server passes one that reuses it while data/ is unchanged.</param>
    /// <param name="knownHash">The hash of a file's bytes when the last build vouches for them (by path and listing); such a file is read only when its bytes are needed.</param>
    public static LoadedInput Load(string inputDir, ProblemLog problems, Func<FileInfo, byte[]>? read = null, Func<string, ProblemLog, KnowledgeBase>? loadKnowledge = null, Func<string, FileInfo, string?>? knownHash = null)
    {
        if (!Directory.Exists(inputDir))
            throw new InputProblemsException([new Problem(inputDir, 0, "input folder not found", Hint: "pass --input DIR")]);
        // The knowledge base is parsed on one core while the articles are listed (and read) on the other.
        var knowledgeProblems = new ProblemLog();
        var knowledge = Task.Run(() => (loadKnowledge ?? KnowledgeBaseLoader.Load)(inputDir, knowledgeProblems));
        var site = LoadSite(inputDir, problems);
        var articles = LoadArticles(inputDir, problems, read, knownHash);
        var loaded = new LoadedInput(site, knowledge.GetAwaiter().GetResult(), articles);
        problems.AddRange(knowledgeProblems);
        return loaded;
    }

    public static IReadOnlyList<SourceFile> LoadArticles(string inputDir, ProblemLog problems, Func<FileInfo, byte[]>? read = null, Func<string, FileInfo, string?>? knownHash = null)
    {
        read ??= file => File.ReadAllBytes(file.FullName);
        var folder = Path.Combine(inputDir, ArticlesFolder);
        if (!Directory.Exists(folder))
        {
            problems.Warn(ArticlesFolder, 0, "no articles folder", "create input/articles/ and add .txt, .md or .html files");
            return [];
        }
        // One enumeration gives each file's size and time with its name: nothing is asked of the disk twice. Paths are
        // made relative to the folder's full name: against a relative one, the system is asked for the working folder
        // twice per file.
        var root = new DirectoryInfo(folder);
        var listed = root.EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => ArticleExtensions.Contains(f.Extension.ToLowerInvariant()))
            .Select(f => (Path: ArticlesFolder + "/" + Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/'), Info: f))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        // Read and checked in parallel (the disk and both cores busy at once), reported in path order. A file that
        // cannot be read (deleted or locked meanwhile) fails the load with its own exception, as a plain loop would.
        var loaded = new (SourceFile? File, string? Problem, ExceptionDispatchInfo? Failure)[listed.Count];
        Parallel.For(0, listed.Count, i =>
        {
            var (rel, info) = listed[i];
            try
            {
                // A file the last build vouches for passed the check then and holds the same bytes.
                if (knownHash?.Invoke(rel, info) is { } hash)
                {
                    loaded[i] = (SourceFile.Unread(rel, info.FullName, hash) with { LastWriteUtc = info.LastWriteTimeUtc, ListedLength = info.Length }, null, null);
                    return;
                }
                var file = new SourceFile(rel, read(info)) { LastWriteUtc = info.LastWriteTimeUtc, ListedLength = info.Length };
                loaded[i] = (file, SourceFileCheck.Problem(file), null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                loaded[i] = (null, null, ExceptionDispatchInfo.Capture(ex));
            }
        });
        var files = new List<SourceFile>(listed.Count);
        foreach (var (file, problem, failure) in loaded)
        {
            failure?.Throw();
            if (file is null)
                continue;
            if (problem is not null)
                problems.Error(file.RelativePath, 1, problem, "remove the file or replace it with the article's text");
            else
                files.Add(file);
        }
        return files;
    }

    public static SiteConfig LoadSite(string inputDir, ProblemLog problems)
    {
        var path = Path.Combine(inputDir, SitePath);
        if (!File.Exists(path))
            return SiteConfig.Default;
        if (YamlReader.Parse(SitePath, File.ReadAllText(path), problems) is not YamlMappingNode map)
            return SiteConfig.Default;
        var d = SiteConfig.Default;
        return new SiteConfig(
            YamlReader.Scalar(map, "title") ?? d.Title,
            YamlReader.Scalar(map, "description") ?? d.Description,
            YamlReader.Scalar(map, "base_url") ?? d.BaseUrl,
            YamlReader.Scalar(map, "theme") ?? d.Theme,
            YamlReader.Scalar(map, "language") ?? d.Language);
    }
}
