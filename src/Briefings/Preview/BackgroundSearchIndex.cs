using System.Diagnostics;
using Briefings.Diagnostics;
using Briefings.Search;

namespace Briefings.Preview;

/// <summary>What one background search indexing did, for the terminal.</summary>
public sealed record SearchIndexResult(bool Succeeded, TimeSpan Elapsed, IReadOnlyList<Problem> Problems);

/// <summary>
/// Keeps the preview's search index up to date without holding up rebuilds: Pagefind reads every page of the site
/// (about 20 s at 10,000 articles), so the preview server publishes changed pages at once and re-indexes here, on a
/// background thread, once edits have been quiet for a moment. Until then search answers from the previous index.
/// Runs are never concurrent; a change during a run schedules one more run after it.
/// </summary>
internal sealed class BackgroundSearchIndex : IDisposable
{
    private readonly BuildOptions _options;
    private readonly TimeSpan _quietPeriod;
    private readonly Timer _timer;
    private readonly Lock _runLock = new();
    private int _pending;

    public BackgroundSearchIndex(BuildOptions options, TimeSpan quietPeriod)
    {
        _options = options;
        _quietPeriod = quietPeriod;
        _timer = new Timer(_ => RunPending());
    }

    /// <summary>Called after each background indexing.</summary>
    public event Action<SearchIndexResult>? Indexed;

    /// <summary>The site changed: index again once no other change has come for the quiet period.</summary>
    public void Schedule()
    {
        Interlocked.Exchange(ref _pending, 1);
        _timer.Change(_quietPeriod, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Indexes now if a change is pending (tests and shutdown use it to wait for the index).</summary>
    public SearchIndexResult? RunPending()
    {
        lock (_runLock)
        {
            if (Interlocked.Exchange(ref _pending, 0) == 0)
                return null;
            var clock = Stopwatch.StartNew();
            var problems = new ProblemLog();
            var siteDir = Path.Combine(_options.OutputDir, SiteBuilder.SiteFolder);
            var ok = false;
            try
            {
                ok = SiteSearchIndexer.Prepare(_options.Search, _options.InputDir, problems) is { } indexer
                    && indexer.IndexIntoPlace(siteDir, siteDir, problems);
            }
            catch (IOException ex)
            {
                // A rebuild replaced the folder under Pagefind; that rebuild scheduled the next run.
                problems.Warn(siteDir, 0, $"the search index was not updated: {ex.Message}", "it is updated after the next change");
            }
            var result = new SearchIndexResult(ok, clock.Elapsed, problems.All);
            Indexed?.Invoke(result);
            return result;
        }
    }

    public void Dispose() => _timer.Dispose();
}
