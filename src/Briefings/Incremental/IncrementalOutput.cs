using System.Collections.Concurrent;
using System.Text;
using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Index;
using Briefings.Load;
using Briefings.Publish;
using Briefings.Render;

namespace Briefings.Incremental;

/// <summary>
/// The Render and Publish stages of a cached build: only article pages and cleaned files whose inputs changed are
/// produced again, and only files whose bytes changed are written (see <see cref="IncrementalPublisher"/>).
/// </summary>
/// <param name="memo">A long-running process's memory of the last build (listing pages), or null.</param>
internal sealed class IncrementalOutput(string outputDir, string cacheDir, ArticleCache cache, string inputsKey, Action<string>? onStage, BuildMemo? memo = null)
{
    /// <summary>
    /// Everything besides the archive that every page is drawn from: the program (its view models), what Clean and
    /// Annotate read, the theme, the site settings and whether the site is searchable.
    /// </summary>
    /// <param name="themeDir">The theme's folder; null when only the cleaned files are published.</param>
    public static string RenderKey(string inputsKey, string? themeDir, SiteConfig site, bool searchAvailable) =>
        // A record's text names every property it has, so a setting added later is in the key without being listed here
        // (serialising it as JSON made each build process set up the reflection-based serializer for it).
        ContentHash.Combine(ContentHash.EngineVersion, inputsKey, themeDir is null ? "" : ContentHash.OfDirectory(themeDir), site.ToString(), searchAvailable ? "search" : "no-search");

    /// <summary>Publishes content (and the site when <paramref name="theme"/> is given); returns (pages in the site, files written).</summary>
    /// <param name="assets">Files every site has besides its pages (the theme's assets), as (path, bytes).</param>
    /// <param name="searchAvailable">Whether the site gets a search index; the search page says so when it does not.</param>
    /// <param name="indexProblems">What indexing reported, to record the build with for the next process's <see cref="QuickRebuild"/>; null records nothing.</param>
    public (int Pages, int Written) Publish(Archive archive, SiteConfig site, Theme? theme, Func<Theme, IEnumerable<(string, byte[])>> assets, bool searchAvailable, IReadOnlyList<Problem>? indexProblems = null)
    {
        // What the record describes is about to change.
        LastBuild.Forget(cacheDir);
        var renderKey = RenderKey(inputsKey, theme?.Directory, site, searchAvailable);
        var keys = new PageKeys(archive, cache.KeyByOrigin, renderKey, memo?.PageKeys);
        if (memo is not null)
            memo.PageKeys = keys;

        var contentOut = IncrementalPublisher.Open(Path.Combine(outputDir, SiteBuilder.ContentFolder), cacheDir, memo?.Manifests);
        var changedContent = ParallelFilter.Where(archive.Articles, a => !contentOut.IsFresh(a.Slug + ".md", keys.Content(a.Slug + ".md")));

        var pages = 0;
        var written = 0;
        ListingsSnapshot? listings = null;
        var newListings = false;
        IncrementalPublisher.Session? siteOut = null;
        LastBuild? record = null;
        try
        {
            if (theme is not null)
            {
                onStage?.Invoke("render");
                var publisher = IncrementalPublisher.Open(Path.Combine(outputDir, SiteBuilder.SiteFolder), cacheDir, memo?.Manifests);
                siteOut = publisher.Begin();
                var kept = 0;
                bool Keep(string path, string? key)
                {
                    if (key is null || !publisher.IsFresh(path, key))
                        return false;
                    Interlocked.Increment(ref kept);
                    return true;
                }
                // Listing pages, feeds and the sitemap drawn from the same facts as last time are all still right;
                // the last build recorded which files those were and under which keys (in memory and in the cache).
                var unchanged = (memo?.Listings ?? ListingsSnapshot.Read(cacheDir)) is { } last && last.Key == keys.ListingsKey && ParallelFilter.All(last.Pages, p => publisher.WouldKeep(p.Path, p.Key)) ? last : null;
                if (unchanged is not null)
                    Parallel.ForEach(unchanged.Pages, page => Keep(page.Path, page.Key));
                var drawn = new ConcurrentBag<ListingPage>();
                bool IncludeListing(PageSpec spec)
                {
                    var key = keys.Listing(spec);
                    drawn.Add(new ListingPage(spec.Path, key));
                    return !Keep(spec.Path, key);
                }
                // Each page goes to the disk as soon as it is drawn (or is dropped there if its bytes did not change).
                // Feeds, the sitemap and robots.txt show nothing the listings key does not cover: they are keyed by it.
                var session = siteOut;
                void Emit(Page page)
                {
                    var key = keys.Page(page.Path);
                    if (key is null)
                    {
                        key = ContentHash.Combine(keys.ListingsKey, page.Path);
                        drawn.Add(new ListingPage(page.Path, key));
                    }
                    session.Add(page.Path, page.Content, key);
                }
                var rendered = new SiteRenderer(site, theme) { SearchAvailable = searchAvailable }.RenderTo(
                    archive,
                    Emit,
                    path => !Keep(path, keys.Page(path)),
                    IncludeListing,
                    articlesOnly: unchanged is not null);
                listings = unchanged ?? new ListingsSnapshot(keys.ListingsKey, [.. drawn.OrderBy(p => p.Path, StringComparer.Ordinal)]);
                newListings = unchanged is null;
                foreach (var (path, bytes) in assets(theme))
                    session.Add(path, bytes, null);
                pages = rendered + kept;
            }

            onStage?.Invoke("publish");
            // The cleaned files, the cache's shards and this build's record are separate files, made side by side: at
            // 100,000 articles each has a long part on one thread (sorting and writing a manifest, grouping shards).
            // The site is swapped in after them, so a failure there still leaves it as it was.
            var publishedContent = 0;
            OutputPublisher.InParallel<Action>(
                [
                    () => publishedContent = contentOut.Publish(changedContent.Select(a => (a.Slug + ".md", CleanedMarkdownWriter.Write(a), (string?)keys.Content(a.Slug + ".md")))).Written,
                    () => cache.Save(cacheDir),
                    () => record = theme is not null && indexProblems is not null ? Record(archive, keys, pages, indexProblems) : null,
                ],
                part => part());
            written += publishedContent;
            if (siteOut is not null)
                written += siteOut.Complete().Written;
            // Remembered only once the pages are in place.
            if (memo is not null)
                memo.Listings = listings;
            if (newListings && listings is not null)
                listings.Write(cacheDir);
        }
        finally
        {
            siteOut?.Dispose();
        }
        record?.Write(cacheDir);
        return (pages, written);
    }

    /// <summary>This build as <see cref="LastBuild"/> records it: every file in archive order, then those cleaning skipped.</summary>
    private LastBuild Record(Archive archive, PageKeys keys, int pages, IReadOnlyList<Problem> indexProblems)
    {
        LastBuild.ArticleFile FileOf(string origin, Article? indexed)
        {
            var entry = cache.EntryOf(origin);
            var facts = indexed is null ? null : new LastBuild.Indexed(
                entry.Article!.Slug,
                indexed.Slug,
                keys.CardOf(indexed.Slug),
                [.. archive.Related.GetValueOrDefault(indexed.Slug, []).Select(r => archive.Positions[r.Slug])]);
            return new LastBuild.ArticleFile(origin, entry.Key, cache.HashByOrigin[origin], entry.Problems, facts, entry.Article?.FileDate);
        }
        var files = archive.Articles.Select(a => FileOf(a.Origin, a)).ToList();
        var placed = archive.Articles.Select(a => a.Origin).ToHashSet(StringComparer.Ordinal);
        files.AddRange(cache.KeyByOrigin.Keys.Where(origin => !placed.Contains(origin)).Order(StringComparer.Ordinal).Select(origin => FileOf(origin, null)));
        return new LastBuild(keys.RenderKey, pages, files, indexProblems);
    }
}
