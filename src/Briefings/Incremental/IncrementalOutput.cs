using System.Text;
using System.Text.Json;
using Briefings.Index;
using Briefings.Load;
using Briefings.Publish;
using Briefings.Render;

namespace Briefings.Incremental;

/// <summary>
/// The Render and Publish stages of a cached build: only article pages and cleaned files whose inputs changed are
/// produced again, and only files whose bytes changed are written (see <see cref="IncrementalPublisher"/>).
/// </summary>
internal sealed class IncrementalOutput(string outputDir, string cacheDir, ArticleCache cache, string inputsKey, Action<string>? onStage)
{
    /// <summary>Publishes content (and the site when <paramref name="theme"/> is given); returns (pages in the site, files written).</summary>
    /// <param name="assets">Files every site has besides its pages (the theme's assets), as (path, bytes).</param>
    /// <param name="searchAvailable">Whether the site gets a search index; the search page says so when it does not.</param>
    public (int Pages, int Written) Publish(Archive archive, SiteConfig site, Theme? theme, Func<Theme, IEnumerable<(string, byte[])>> assets, bool searchAvailable)
    {
        var renderKey = ContentHash.Combine(inputsKey, theme is null ? "" : ContentHash.OfDirectory(theme.Directory), JsonSerializer.Serialize(site), searchAvailable ? "search" : "no-search");
        var keys = new PageKeys(archive, cache.KeyByOrigin, renderKey);

        var contentOut = IncrementalPublisher.Open(Path.Combine(outputDir, SiteBuilder.ContentFolder), cacheDir);
        var changedContent = archive.Articles
            .Select(a => (Path: a.Slug + ".md", Article: a))
            .Where(x => !contentOut.IsFresh(x.Path, keys.Content(x.Path)))
            .ToList();

        var pages = 0;
        var written = 0;
        IncrementalPublisher.Session? siteOut = null;
        try
        {
            if (theme is not null)
            {
                onStage?.Invoke("render");
                var publisher = IncrementalPublisher.Open(Path.Combine(outputDir, SiteBuilder.SiteFolder), cacheDir);
                siteOut = publisher.Begin();
                var kept = 0;
                bool Keep(string path, string? key)
                {
                    if (key is null || !publisher.IsFresh(path, key))
                        return false;
                    Interlocked.Increment(ref kept);
                    return true;
                }
                // Each page goes to the disk as soon as it is drawn (or is dropped there if its bytes did not change).
                var session = siteOut;
                var rendered = new SiteRenderer(site, theme) { SearchAvailable = searchAvailable }.RenderTo(
                    archive,
                    page => session.Add(page.Path, page.Content, keys.Page(page.Path)),
                    path => !Keep(path, keys.Page(path)),
                    spec => !Keep(spec.Path, keys.Listing(spec)));
                foreach (var (path, bytes) in assets(theme))
                    session.Add(path, bytes, null);
                pages = rendered + kept;
            }

            onStage?.Invoke("publish");
            written += contentOut.Publish(changedContent.Select(x => (x.Path, Encoding.UTF8.GetBytes(CleanedMarkdownWriter.Write(x.Article)), (string?)keys.Content(x.Path)))).Written;
            if (siteOut is not null)
                written += siteOut.Complete().Written;
        }
        finally
        {
            siteOut?.Dispose();
        }
        cache.Save(cacheDir);
        return (pages, written);
    }
}
