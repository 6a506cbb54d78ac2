using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Briefings.Annotate;
using Briefings.Clean;
using Briefings.Diagnostics;
using Briefings.Incremental;
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
/// <param name="UseCache">Reuse unchanged work from <c>output/.cache</c> and rewrite only changed files; false rebuilds everything and drops the cache.</param>
public sealed record BuildOptions(
    string InputDir = "input",
    string OutputDir = "output",
    string? ThemeDir = null,
    string? BaseUrl = null,
    bool KeepGoing = false,
    bool UseCache = true)
{
    /// <summary>How the site is indexed for search; by default Pagefind runs when Node.js is there.</summary>
    public SearchOptions Search { get; init; } = new();
}

/// <summary>What a build did. <see cref="Succeeded"/> is false when errors stopped it; the previous output is then untouched.</summary>
/// <param name="Reused">Articles taken from the build cache instead of being cleaned and annotated again.</param>
/// <param name="Written">Files of output/site and output/content actually written (the others were unchanged).</param>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Problem> Problems, int Articles, int Pages, TimeSpan Elapsed, IReadOnlyList<Article> Annotated, int Reused = 0, int Written = 0)
{
    /// <summary>Articles left out because of errors (only with --keep-going; otherwise the build fails).</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>Whether the build redid only edits to articles' text from the last build's record (<see cref="Incremental.QuickRebuild"/>); <see cref="Annotated"/> is then empty.</summary>
    public bool Quick { get; init; }
}

/// <summary>Runs the pipeline: Load → Clean → Annotate → (Index → Render) → Publish.</summary>
public sealed class SiteBuilder(BuildOptions options)
{
    public const string ContentFolder = "content";
    public const string SiteFolder = "site";
    public const string CacheFolder = ".cache";

    /// <summary>Called as each stage starts, with the stage name, for progress output.</summary>
    public Action<string>? OnStage { get; init; }

    /// <summary>Called as articles are cleaned and annotated: (done, total), for progress bars.</summary>
    public Action<int, int>? OnArticleProgress { get; init; }

    /// <summary>
    /// Whether the caller reads every article from the result (<see cref="BuildResult.Annotated"/>, for --verbose): a
    /// quick rebuild (<see cref="QuickRebuild"/>) returns only the count.
    /// </summary>
    public bool EveryArticle { get; init; }

    /// <summary>An article cache kept between builds (the preview server's); null loads it from output/.cache.</summary>
    public ArticleCache? Cache { get; init; }

    /// <summary>Reads article files; null reads each from disk. The preview server's reuses files whose size and time are unchanged.</summary>
    public Func<FileInfo, byte[]>? ReadSource { get; init; }

    /// <summary>The knowledge base and theme kept between builds (the preview server's); null loads them every build.</summary>
    public BuildMemo? Memo { get; init; }

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
            var cacheDir = Path.Combine(options.OutputDir, CacheFolder);
            // A build process without a file memo of its own (serve has one) trusts what the last build recorded of files unchanged since.
            var stamps = options.UseCache && ReadSource is null ? SourceStamps.Read(cacheDir) : null;
            LoadedInput? input = InputLoader.Load(options.InputDir, problems, ReadSource, Memo is null ? null : Memo.Knowledge, stamps is null ? null : stamps.HashOf);
            var site = options.BaseUrl is null ? input.Site : input.Site with { BaseUrl = options.BaseUrl };
            // Asked once, by whichever path needs it first.
            var searchAsked = false;
            SiteSearchIndexer? searchTool = null;
            SiteSearchIndexer? Search()
            {
                if (!searchAsked)
                    (searchTool, searchAsked) = (PrepareSearch(problems), true);
                return searchTool;
            }
            if (renderSite && stamps is not null && Memo is null && !EveryArticle && !problems.HasErrors && QuickPublish(input, site, stamps, Search, problems, clock) is { } quick)
                return quick;
            // The theme compiles on the other core while articles are cleaned and indexed (much of which runs on one).
            var themeLoad = renderSite ? Task.Run(() => LoadTheme(site)) : null;
            // A failed build still reports what is wrong with the theme, so one run shows every problem.
            BuildResult Fail()
            {
                if (themeLoad is not null)
                    problems.AddRange(themeLoad.GetAwaiter().GetResult().Problems);
                return Failed(problems, clock);
            }
            // Problems in site.yml or the knowledge base concern every page: nothing can be built.
            if (problems.FilesWithErrors.Any(path => !IsArticle(path)))
                return Fail();

            OnStage?.Invoke("clean");
            var cache = options.UseCache ? Cache ?? ArticleCache.Load(cacheDir) : null;
            var inputsKey = cache is null ? "" : InputsKey();
            var fileDates = new FileDates(options.InputDir, cache is null ? null : cacheDir);
            var articles = cache is null
                ? CleanAndAnnotate(input, fileDates, problems)
                : cache.CleanAndAnnotate(input.Articles, inputsKey, problems, Processor(input.Knowledge, fileDates), Progress(input.Articles.Count), fileDates.Of);
            var skipped = problems.FilesWithErrors.Where(IsArticle).ToList();
            if (skipped.Count > 0 && !options.KeepGoing)
                return Fail();

            // Nothing below reads the source files: with no reference to them left, their bytes can be freed while
            // the site is drawn (half a gigabyte for 100,000 articles).
            var knowledge = input.Knowledge;
            var nextStamps = cache is null ? null : stamps?.Next(input.Articles, cache.HashByOrigin);
            input = null;
            var indexProblems = new ProblemLog();
            var archive = IndexArchive(articles, knowledge, indexProblems, cache is null ? null : cacheDir);
            problems.AddRange(indexProblems);
            var (theme, themeProblems) = themeLoad is null ? (null, new ProblemLog()) : themeLoad.GetAwaiter().GetResult();
            // A broken theme concerns every page too.
            if (themeProblems.HasErrors)
                return Fail();
            problems.AddRange(themeProblems);
            var search = renderSite ? Search() : null;
            var (pages, written) = cache is null
                ? PublishAll(archive, site, theme, renderSite, search, problems)
                : new IncrementalOutput(options.OutputDir, cacheDir, cache, inputsKey, OnStage, Memo).Publish(
                    archive, site, theme, Assets, search is not null, Memo is null && skipped.Count == 0 ? indexProblems.All : null);
            if (pages < 0 || (cache is not null && search is not null && !options.Search.Deferred && !IndexLiveSite(search, written, problems)))
                return Failed(problems, clock);
            nextStamps?.Write(cacheDir);
            return new BuildResult(true, problems.All, archive.Articles.Count, pages, clock.Elapsed, archive.Articles, cache?.LastRun.Reused ?? 0, written) { Skipped = skipped };
        }
        catch (InputProblemsException ex)
        {
            foreach (var p in ex.Problems)
                problems.Add(p);
            return Failed(problems, clock);
        }
    }

    /// <summary>
    /// The build of an edit to a few articles' text that changes nothing other pages show (<see cref="QuickRebuild"/>):
    /// null when the edit is not of that kind, and nothing has been written.
    /// </summary>
    private BuildResult? QuickPublish(LoadedInput input, SiteConfig site, SourceStamps stamps, Func<SiteSearchIndexer?> search, ProblemLog problems, Stopwatch clock)
    {
        // The theme compiled without problems for the last build (its folder is in the record's key): only what an
        // article page needs is compiled, on the other core, while the edited articles are cleaned.
        var themeDir = ThemeDirectory(site);
        var theme = input.Articles.Any(f => f.KnownHash is null) ? Task.Run(() => Theme.LoadForReuse(themeDir, ["base", "article"])) : Task.FromResult<Theme?>(null);
        var cacheDir = Path.Combine(options.OutputDir, CacheFolder);
        var indexer = search();
        var fileDates = new FileDates(options.InputDir, cacheDir);
        var request = new QuickRequest(input, site, themeDir, () => theme.GetAwaiter().GetResult(), indexer is not null, stamps, Processor(input.Knowledge, fileDates), fileDates.Of);
        if (new QuickRebuild(options.InputDir, options.OutputDir, cacheDir).TryPublish(request) is not { } quick)
            return null;
        // Its stages ran as one (the last build's record standing in for the index): reported once it is sure to be the path taken.
        foreach (var stage in new[] { "clean", "index", "render", "publish" })
            OnStage?.Invoke(stage);
        problems.AddRange(quick.Problems);
        if (indexer is not null && !options.Search.Deferred && !IndexLiveSite(indexer, quick.Written, problems))
            return Failed(problems, clock);
        return new BuildResult(true, problems.All, quick.Articles, quick.Pages, clock.Elapsed, [], quick.Reused, quick.Written) { Quick = true };
    }

    /// <summary>
    /// Runs the first article file through Clean, Annotate, Index and Render and throws the result away: nothing is
    /// written. The preview server calls it after its first build, which took every article from the cache, so that
    /// the code an edit needs (cleaning rules, the annotator, Markdown, the article layout) is compiled before the first
    /// edit arrives rather than during it.
    /// </summary>
    public void WarmUp()
    {
        var problems = new ProblemLog();
        var site = InputLoader.LoadSite(options.InputDir, problems);
        var knowledge = Memo is null ? KnowledgeBaseLoader.Load(options.InputDir, problems) : Memo.Knowledge(options.InputDir, problems);
        var theme = LoadTheme(site, problems);
        var folder = Path.Combine(options.InputDir, InputLoader.ArticlesFolder);
        if (problems.HasErrors || !Directory.Exists(folder) || Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).FirstOrDefault() is not { } path)
            return;
        var file = new SourceFile(Path.GetRelativePath(options.InputDir, path).Replace('\\', '/'), File.ReadAllBytes(path));
        if (Processor(knowledge)(file, problems) is not { } article)
            return;
        var archive = ArchiveIndexer.Build([article], knowledge, problems);
        new SiteRenderer(site, theme).RenderTo(archive, _ => { });
    }

    /// <summary>Renders and writes everything through folder swaps; (-1, 0) when the search index failed and nothing was swapped in.</summary>
    private (int Pages, int Written) PublishAll(Archive archive, SiteConfig site, Theme? theme, bool renderSite, SiteSearchIndexer? search, ProblemLog problems)
    {
        // Output written without the cache no longer matches the cache's manifests.
        var cacheDir = Path.Combine(options.OutputDir, CacheFolder);
        if (Directory.Exists(cacheDir))
            Directory.Delete(cacheDir, recursive: true);
        var pages = 0;
        if (renderSite)
        {
            OnStage?.Invoke("render");
            // Pages are written to the staged folder as they are drawn; the live site is replaced only at the swap.
            using var staged = StagedFolder.Begin(Path.Combine(options.OutputDir, SiteFolder));
            pages = new SiteRenderer(site, theme!) { SearchAvailable = search is not null }.RenderTo(archive, page => staged.Write(page.Path, page.Content));
            OnStage?.Invoke("publish");
            OutputPublisher.InParallel(Assets(theme!), file => staged.Write(file.Item1, file.Item2));
            if (!staged.Swap(IndexForSearch(search, problems)))
                return (-1, 0);
        }
        else
            OnStage?.Invoke("publish");
        OutputPublisher.Replace(Path.Combine(options.OutputDir, ContentFolder), archive.Articles.Select(a => (a.Slug + ".md", CleanedMarkdownWriter.Write(a))));
        return (pages, archive.Articles.Count + pages);
    }

    /// <summary>Everything besides an article's own file that Clean and Annotate read: the knowledge base and site settings.</summary>
    private string InputsKey() => InputsKey(options.InputDir);

    internal static string InputsKey(string inputDir)
    {
        var sitePath = Path.Combine(inputDir, InputLoader.SitePath);
        return ContentHash.Combine(
            ContentHash.OfDirectory(Path.Combine(inputDir, "data")),
            File.Exists(sitePath) ? ContentHash.Of(File.ReadAllBytes(sitePath)) : "");
    }

    private Action? Progress(int total)
    {
        if (OnArticleProgress is not { } report)
            return null;
        var done = 0;
        return () => report(Interlocked.Increment(ref done), total);
    }

    /// <param name="cacheDir">The build cache folder, where related articles are kept between builds; null without a cache.</param>
    private Archive IndexArchive(IReadOnlyList<Article> articles, KnowledgeBase knowledge, ProblemLog problems, string? cacheDir)
    {
        OnStage?.Invoke("index");
        if (Memo is not null)
            return Memo.Index(articles, knowledge, problems, cacheDir);
        RelatedSnapshot? known = null;
        return ArchiveIndexer.Build(articles, knowledge, problems, list => RelatedSnapshot.Reuse(list, cacheDir, ref known));
    }

    private SiteSearchIndexer? PrepareSearch(ProblemLog problems)
    {
        OnStage?.Invoke("search");
        return SiteSearchIndexer.Prepare(options.Search, options.InputDir, problems);
    }

    /// <summary>
    /// After an incremental publish: indexes the live site into a folder beside it and swaps in only the index, so a
    /// failed index leaves the previous index (and every page it was built from) in place.
    /// </summary>
    private bool IndexLiveSite(SiteSearchIndexer search, int written, ProblemLog problems)
    {
        var siteDir = Path.Combine(options.OutputDir, SiteFolder);
        // Nothing written means every page is as it was when the present index was built from it.
        if (written == 0 && Directory.Exists(Path.Combine(siteDir, SiteSearchIndexer.BundleFolder)))
            return true;
        return search.IndexIntoPlace(siteDir, siteDir, problems);
    }

    /// <summary>Indexes the staged site before it is swapped in, so a failed index leaves the live site untouched.</summary>
    private Func<string, bool>? IndexForSearch(SiteSearchIndexer? search, ProblemLog problems) =>
        search is null ? null : staged => search.Index(staged, Path.Combine(options.OutputDir, SiteFolder), problems);

    /// <summary>
    /// Cleans and annotates every article in parallel. An article with an error (bad front matter, an impossible
    /// date, a failure of the cleaner itself) is left out, and its problems are reported.
    /// </summary>
    private static List<Article> CleanAndAnnotate(LoadedInput input, FileDates fileDates, ProblemLog problems)
    {
        var process = Processor(input.Knowledge, fileDates);
        var results = new ConcurrentBag<Article>();
        Parallel.ForEach(input.Articles, file =>
        {
            var local = new ProblemLog();
            if (process(file, local) is { } article)
                results.Add(article);
            problems.AddRange(local);
        });
        return [.. results.OrderBy(a => a.Origin, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Cleans and annotates one article. An article with an error (bad front matter, an impossible date, a failure
    /// of the cleaner itself) is left out (null), and its problems are reported to <c>log</c>.
    /// </summary>
    /// <param name="fileDates">When each article file entered the archive: the dating fallback (see <see cref="FileDates"/>).</param>
    internal static Func<SourceFile, ProblemLog, Article?> Processor(KnowledgeBase knowledge, FileDates? fileDates = null)
    {
        // Built on first use: when every article comes from the cache, indexing the knowledge base's names is not needed.
        var annotator = new Lazy<Annotator>(() => new Annotator(knowledge) { FileDate = fileDates is null ? _ => null : path => fileDates.Of(path) });
        return (file, log) =>
        {
            try
            {
                return ArticleCleaner.Clean(file, log) is { } clean && annotator.Value.Annotate(clean, log) is { } article && !log.HasErrors ? article : null;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A bug in cleaning must cost one article, not the build; the message asks for a report.
                log.Error(file.RelativePath, 1, $"internal error while processing this article: {ex.GetType().Name}: {ex.Message}", "please report this with the file attached");
                return null;
            }
        };
    }

    private static bool IsArticle(string path) => path.StartsWith(InputLoader.ArticlesFolder + "/", StringComparison.Ordinal);

    /// <summary>Files every site has besides its pages: the theme's assets, and .nojekyll so GitHub Pages serves folders as they are.</summary>
    private static IEnumerable<(string, byte[])> Assets(Theme theme) =>
        OutputPublisher.FilesUnder(theme.AssetsDirectory, "assets/").Append((".nojekyll", Array.Empty<byte>()));

    /// <summary>The compiled theme and the problems found in it (reported by the build that uses it).</summary>
    private (Theme Theme, ProblemLog Problems) LoadTheme(SiteConfig site)
    {
        var log = new ProblemLog();
        return (LoadTheme(site, log), log);
    }

    /// <summary>The compiled theme: from the memo while its folder is unchanged, else loaded.</summary>
    private Theme LoadTheme(SiteConfig site, ProblemLog problems) =>
        Memo is null ? Theme.Load(ThemeDirectory(site), problems) : Memo.Theme(ThemeDirectory(site), problems);

    private string ThemeDirectory(SiteConfig site) =>
        options.ThemeDir ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.InputDir)) ?? ".", "themes", site.Theme);

    private static BuildResult Failed(ProblemLog problems, Stopwatch clock) => new(false, problems.All, 0, 0, clock.Elapsed, []);
}
