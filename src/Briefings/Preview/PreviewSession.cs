using Briefings.Diagnostics;
using Briefings.Incremental;
using Briefings.Search;

namespace Briefings.Preview;

/// <summary>
/// The watch-and-rebuild loop behind <c>briefings serve</c>: builds, watches the input and theme folders, rebuilds
/// (incrementally, with the article cache kept in memory) shortly after a change, and publishes the new state for
/// the server to push to open tabs. A failed build leaves the last good site on disk, so it keeps being served.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    // Editors save in bursts (temp file, rename, touch); one rebuild after the burst settles is enough.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    // Pagefind reads the whole site: wait until edits have been quiet for a while before running it again.
    private static readonly TimeSpan SearchQuietPeriod = TimeSpan.FromSeconds(2);

    // How long after a build its garbage is collected, when no other build has started (see CollectBuildGarbage).
    private static readonly TimeSpan IdleCollectDelay = TimeSpan.FromSeconds(1);

    private readonly BuildOptions _options;
    private readonly ArticleCache _cache;
    private readonly SourceFileMemo _sources = new();
    private readonly BuildMemo _memo = new();
    private readonly Lock _buildLock = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly BackgroundSearchIndex _search;
    private readonly Timer _idleCollect;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pending;

    /// <param name="searchQuietPeriod">How long edits must pause before the search index is rebuilt (default 2 s).</param>
    public PreviewSession(BuildOptions options, TimeSpan? searchQuietPeriod = null)
    {
        _options = options with { Search = options.Search with { Deferred = true } };
        _cache = ArticleCache.Load(Path.Combine(options.OutputDir, SiteBuilder.CacheFolder));
        _timer = new Timer(_ => RebuildPending());
        _idleCollect = new Timer(_ => CollectWhileIdle());
        _search = new BackgroundSearchIndex(options, searchQuietPeriod ?? SearchQuietPeriod);
    }

    /// <summary>Called after every build with its result, for the terminal.</summary>
    public event Action<BuildResult>? Built;

    /// <summary>Called after the search index has been brought up to date in the background.</summary>
    public event Action<SearchIndexResult>? SearchIndexed
    {
        add => _search.Indexed += value;
        remove => _search.Indexed -= value;
    }

    /// <summary>Brings the search index up to date now if pages changed since it was built; null when nothing was pending.</summary>
    public SearchIndexResult? UpdateSearchIndex() => _search.RunPending();

    public PreviewState State { get; private set; } = PreviewState.Initial;

    /// <summary>The folders a change in which triggers a rebuild: the input folder and the themes.</summary>
    public IReadOnlyList<string> WatchedFolders =>
    [
        Path.GetFullPath(_options.InputDir),
        Path.GetFullPath(_options.ThemeDir ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_options.InputDir)) ?? ".", "themes")),
    ];

    /// <summary>Builds now; returns the result after <see cref="State"/> has been updated.</summary>
    public BuildResult Rebuild()
    {
        lock (_buildLock)
        {
            Interlocked.Exchange(ref _pending, 0);
            var result = new SiteBuilder(_options) { Cache = _cache, ReadSource = _sources.Read, Memo = _memo }.Build();
            var old = State;
            State = new PreviewState(
                result.Succeeded ? old.SiteVersion + 1 : old.SiteVersion,
                old.BuildNumber + 1,
                !result.Succeeded,
                result.Problems,
                result.Succeeded ? $"{result.Articles} articles, {result.Pages} pages, {result.Written} files written" : "build failed");
            Built?.Invoke(result);
            if (old.BuildNumber == 0)
                Task.Run(WarmUp);
            if (result.Succeeded && _options.Search.Enabled && (result.Written > 0 || !SearchBundleExists()))
                _search.Schedule();
            Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            _idleCollect.Change(IdleCollectDelay, Timeout.InfiniteTimeSpan);
            return result;
        }
    }

    /// <summary>
    /// Collects what a build left behind (file lists, keys, manifests, the models of the pages it drew: tens of
    /// megabytes at 10,000 articles, besides everything kept for the next build). Left to the runtime, that collection
    /// falls inside the next rebuild, often twice, and costs it 80–160 ms at 10,000 articles; done once the server is
    /// idle, the next one-article rebuild usually runs without any (measured with <c>profile --edit</c>, which does the
    /// same between its edits). Not compacting: a few tens of milliseconds instead of a hundred or more.
    /// </summary>
    public static void CollectBuildGarbage() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);

    private void CollectWhileIdle()
    {
        // A build under way would only be slowed down; the one that follows it arms the timer again.
        if (!_buildLock.TryEnter())
            return;
        try
        {
            CollectBuildGarbage();
        }
        finally
        {
            _buildLock.Exit();
        }
    }

    private void WarmUp()
    {
        try
        {
            new SiteBuilder(_options) { Memo = _memo }.WarmUp();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a head start: the first rebuild does the same work if this could not.
        }
    }

    /// <summary>Completes when the next build finishes (or <paramref name="cancel"/> fires).</summary>
    public Task NextBuild(CancellationToken cancel) => Volatile.Read(ref _next).Task.WaitAsync(cancel);

    /// <summary>Starts watching <see cref="WatchedFolders"/>; each burst of changes triggers one rebuild.</summary>
    public void StartWatching()
    {
        foreach (var folder in WatchedFolders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private bool SearchBundleExists() =>
        Directory.Exists(Path.Combine(_options.OutputDir, SiteBuilder.SiteFolder, SiteSearchIndexer.BundleFolder));

    private void Schedule()
    {
        Interlocked.Exchange(ref _pending, 1);
        _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    private void RebuildPending()
    {
        if (Volatile.Read(ref _pending) == 0)
            return;
        try
        {
            Rebuild();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still being written by an editor; the event that ends the write schedules another build.
            State = State with { Failed = true, Problems = [new Problem(_options.InputDir, 0, ex.Message, Hint: "save the file again")] };
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _timer.Dispose();
        _idleCollect.Dispose();
        _search.Dispose();
    }
}
