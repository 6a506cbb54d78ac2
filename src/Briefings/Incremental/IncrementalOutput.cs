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
    /// <param name="searchAvailable">Whether the site gets a search index; the search page says so when it does not.</param>
    public (int Pages, int Written) Publish(Archive archive, SiteConfig site, Theme? theme, Func<IReadOnlyList<Page>, Theme, IEnumerable<(string, byte[])>> siteFiles, bool searchAvailable)
    {
        var renderKey = ContentHash.Combine(inputsKey, theme is null ? "" : ContentHash.OfDirectory(theme.Directory), JsonSerializer.Serialize(site), searchAvailable ? "search" : "no-search");
        var keys = new PageKeys(archive, cache.KeyByOrigin, renderKey);

        var contentOut = IncrementalPublisher.Open(Path.Combine(outputDir, SiteBuilder.ContentFolder), cacheDir);
        var content = archive.Articles
            .Select(a => (Path: a.Slug + ".md", Article: a))
            .Where(x => !contentOut.IsFresh(x.Path, keys.Content(x.Path)))
            .Select(x => (x.Path, Encoding.UTF8.GetBytes(CleanedMarkdownWriter.Write(x.Article)), (string?)keys.Content(x.Path)))
            .ToList();

        IReadOnlyList<Page> pages = [];
        IncrementalPublisher? siteOut = null;
        var kept = 0;
        if (theme is not null)
        {
            onStage?.Invoke("render");
            siteOut = IncrementalPublisher.Open(Path.Combine(outputDir, SiteBuilder.SiteFolder), cacheDir);
            pages = new SiteRenderer(site, theme) { SearchAvailable = searchAvailable }.Render(
                archive,
                path => !Keep(path, keys.Page(path)),
                spec => !Keep(spec.Path, keys.Listing(spec)));

            bool Keep(string path, string? key)
            {
                if (key is null || !siteOut.IsFresh(path, key))
                    return false;
                Interlocked.Increment(ref kept);
                return true;
            }
        }

        onStage?.Invoke("publish");
        var written = contentOut.Publish(content).Written;
        if (siteOut is not null)
            written += siteOut.Publish(siteFiles(pages, theme!).Select(f => (f.Item1, f.Item2, keys.Page(f.Item1)))).Written;
        cache.Save(cacheDir);
        return (pages.Count + kept, written);
    }
}
