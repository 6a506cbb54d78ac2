using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Briefings.Annotate;
using Briefings.Clean;
using Briefings.Diagnostics;
using Briefings.Index;
using Briefings.Load;
using Briefings.Publish;
using Briefings.Render;
using Briefings.Search;

namespace Briefings;

/// <summary>Options of <c>briefings build</c> and <c>briefings ingest</c>.</summary>
/// <param name="ThemeDir">Theme folder; null means <c>themes/&lt;site.yml theme&gt;</c> beside the input folder.</param>
/// <param name="BaseUrl">Overrides site.yml's base_url (the Pages workflow passes the published URL).</param>
/// <param name="KeepGoing">Build everything that can be built even when some articles have fatal problems.</param>
public sealed record BuildOptions(
    string InputDir = "input",
    string OutputDir = "output",
    string? ThemeDir = null,
    string? BaseUrl = null,
    bool KeepGoing = false)
{
    /// <summary>How the site is indexed for search; by default Pagefind runs when Node.js is there.</summary>
    public SearchOptions Search { get; init; } = new();
}

/// <summary>What a build did. <see cref="Succeeded"/> is false when errors stopped it; the previous output is then untouched.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Problem> Problems, int Articles, int Pages, TimeSpan Elapsed, IReadOnlyList<Article> Annotated)
{
    /// <summary>Articles left out because of errors (only with --keep-going; otherwise the build fails).</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
}

/// <summary>Runs the pipeline: Load → Clean → Annotate → (Index → Render) → Publish.</summary>
public sealed class SiteBuilder(BuildOptions options)
{
    public const string ContentFolder = "content";
    public const string SiteFolder = "site";

    /// <summary>Called as each stage starts, with the stage name, for progress output.</summary>
    public Action<string>? OnStage { get; init; }

    /// <summary>Load, clean and annotate; writes only <c>output/content/</c>.</summary>
    public BuildResult Ingest() => Run(renderSite: false);

    /// <summary>The whole pipeline; writes <c>output/content/</c> and <c>output/site/</c>.</summary>
    public BuildResult Build() => Run(renderSite: true);

    private BuildResult Run(bool renderSite)
    {
        var clock = Stopwatch.StartNew();
        var problems = new ProblemLog();
        try
        {
            OnStage?.Invoke("load");
            var input = InputLoader.Load(options.InputDir, problems);
            var site = options.BaseUrl is null ? input.Site : input.Site with { BaseUrl = options.BaseUrl };
            var theme = renderSite ? Theme.Load(ThemeDirectory(site), problems) : null;
            // Problems in site.yml, the knowledge base or the theme concern every page: nothing can be built.
            if (problems.FilesWithErrors.Any(path => !IsArticle(path)))
                return Failed(problems, clock);

            OnStage?.Invoke("clean");
            var articles = CleanAndAnnotate(input, problems);
            var skipped = problems.FilesWithErrors.Where(IsArticle).ToList();
            if (skipped.Count > 0 && !options.KeepGoing)
                return Failed(problems, clock);

            var archive = IndexArchive(articles, input.Knowledge, problems);
            var content = archive.Articles.Select(a => (a.Slug + ".md", Encoding.UTF8.GetBytes(CleanedMarkdownWriter.Write(a))));
            IReadOnlyList<Page> pages = [];
            SiteSearchIndexer? search = null;
            if (renderSite)
            {
                search = PrepareSearch(problems);
                OnStage?.Invoke("render");
                pages = new SiteRenderer(site, theme!) { SearchAvailable = search is not null }.Render(archive);
            }

            OnStage?.Invoke("publish");
            OutputPublisher.Replace(Path.Combine(options.OutputDir, ContentFolder), content);
            if (renderSite && !OutputPublisher.Replace(Path.Combine(options.OutputDir, SiteFolder), SiteFiles(pages, theme!), IndexForSearch(search, problems)))
                return Failed(problems, clock);
            return new BuildResult(true, problems.All, archive.Articles.Count, pages.Count, clock.Elapsed, archive.Articles) { Skipped = skipped };
        }
        catch (InputProblemsException ex)
        {
            foreach (var p in ex.Problems)
                problems.Add(p);
            return Failed(problems, clock);
        }
    }

    private Archive IndexArchive(IReadOnlyList<Article> articles, KnowledgeBase knowledge, ProblemLog problems)
    {
        OnStage?.Invoke("index");
        return ArchiveIndexer.Build(articles, knowledge, problems);
    }

    private SiteSearchIndexer? PrepareSearch(ProblemLog problems)
    {
        OnStage?.Invoke("search");
        return SiteSearchIndexer.Prepare(options.Search, options.InputDir, problems);
    }

    /// <summary>Indexes the staged site before it is swapped in, so a failed index leaves the live site untouched.</summary>
    private Func<string, bool>? IndexForSearch(SiteSearchIndexer? search, ProblemLog problems) =>
        search is null ? null : staged => search.Index(staged, Path.Combine(options.OutputDir, SiteFolder), problems);

    /// <summary>
    /// Cleans and annotates every article in parallel. An article with an error (bad front matter, an impossible
    /// date, a failure of the cleaner itself) is left out, and its problems are reported.
    /// </summary>
    private static List<Article> CleanAndAnnotate(LoadedInput input, ProblemLog problems)
    {
        var annotator = new Annotator(input.Knowledge);
        var results = new ConcurrentBag<Article>();
        Parallel.ForEach(input.Articles, file =>
        {
            var local = new ProblemLog();
            try
            {
                if (ArticleCleaner.Clean(file, local) is { } clean && annotator.Annotate(clean, local) is { } article && !local.HasErrors)
                    results.Add(article);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A bug in cleaning must cost one article, not the build; the message asks for a report.
                local.Error(file.RelativePath, 1, $"internal error while processing this article: {ex.GetType().Name}: {ex.Message}", "please report this with the file attached");
            }
            problems.AddRange(local);
        });
        return [.. results.OrderBy(a => a.Origin, StringComparer.Ordinal)];
    }

    private static bool IsArticle(string path) => path.StartsWith(InputLoader.ArticlesFolder + "/", StringComparison.Ordinal);

    private static IEnumerable<(string, byte[])> SiteFiles(IReadOnlyList<Page> pages, Theme theme) =>
        pages.Select(p => (p.Path, p.Content))
            .Concat(OutputPublisher.FilesUnder(theme.AssetsDirectory, "assets/"))
            .Append((".nojekyll", Array.Empty<byte>()));

    private string ThemeDirectory(SiteConfig site) =>
        options.ThemeDir ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.InputDir)) ?? ".", "themes", site.Theme);

    private static BuildResult Failed(ProblemLog problems, Stopwatch clock) => new(false, problems.All, 0, 0, clock.Elapsed, []);
}
