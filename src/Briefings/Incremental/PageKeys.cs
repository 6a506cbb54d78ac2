using System.Collections.Concurrent;
using System.Text.Json;
using Briefings.Annotate;
using Briefings.Index;
using Briefings.Render;

namespace Briefings.Incremental;

/// <summary>
/// What each article page and cleaned file is made from, as one hash: when it matches the last build's, the file on
/// disk is still right and rendering it is skipped. An article page shows the article, its older and newer
/// neighbours and its related articles, with the names of its topics and leaders, through the theme and site
/// settings; all of those are in its key. (The equivalence tests build incrementally and from scratch and compare
/// every byte, so a page that starts showing more must add it here.)
/// </summary>
public sealed class PageKeys
{
    private readonly Dictionary<string, string> _contentKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _listingKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleKeys> _bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string[] Parts, string Key)> _pageParts = new(StringComparer.Ordinal);
    private readonly string _renderKey;
    private readonly Lazy<string> _listingsKey;

    // Models are records of strings, numbers and lists; their runtime types are written in full.
    private static readonly JsonSerializerOptions ListingJson = new() { IncludeFields = false };

    /// <summary>
    /// The hashes of one article version: its identity (what its own and its neighbours' pages show of it) and, once
    /// asked for, its listing facts. The same source key means the same cached article, so only its slug, which
    /// indexing may change when another article takes it, has to be compared before they are reused.
    /// </summary>
    private sealed class ArticleKeys(string slug, string identity)
    {
        public string Slug { get; } = slug;
        public string Identity { get; } = identity;
        public string? Listing { get; set; }
    }

    /// <param name="renderKey">Hash of the engine, theme, site settings and knowledge base.</param>
    /// <param name="keyByOrigin">Each article's source key (its file and everything Clean and Annotate read).</param>
    /// <param name="previous">The last build's keys in a long-running process: hashes of unchanged inputs are reused from it.</param>
    public PageKeys(Archive archive, IReadOnlyDictionary<string, string> keyByOrigin, string renderKey, PageKeys? previous = null)
    {
        _renderKey = renderKey;
        var articles = archive.Articles;
        var keys = new ArticleKeys[articles.Count];
        var sources = new string?[articles.Count];
        // Hashed on both cores; the dictionaries are filled after, from one thread.
        Parallel.For(0, keys.Length, i =>
        {
            var a = articles[i];
            var source = sources[i] = keyByOrigin.GetValueOrDefault(a.Origin);
            keys[i] = source is not null && previous?._bySource.GetValueOrDefault(source) is { } known && known.Slug == a.Slug
                ? known
                : new ArticleKeys(a.Slug, ContentHash.Combine(source ?? a.Origin, a.Slug, a.Title, a.Date.ToString("O")));
        });
        var identity = new Dictionary<string, string>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            identity[keys[i].Slug] = keys[i].Identity;
            if (sources[i] is { } source)
                _bySource[source] = keys[i];
        }
        var pages = new (string Path, string[] Parts, string Key)[keys.Length];
        Parallel.For(0, keys.Length, i =>
        {
            var a = articles[i];
            var related = archive.Related.GetValueOrDefault(a.Slug, []);
            var parts = new string[4 + related.Count];
            parts[0] = renderKey;
            parts[1] = keys[i].Identity;
            parts[2] = i + 1 < keys.Length ? keys[i + 1].Identity : "";
            parts[3] = i > 0 ? keys[i - 1].Identity : "";
            for (var r = 0; r < related.Count; r++)
                parts[4 + r] = identity[related[r].Slug];
            var path = SiteRenderer.ArticlePath(a);
            var key = previous?._pageParts.GetValueOrDefault(path) is { } last && last.Parts.AsSpan().SequenceEqual(parts) ? last.Key : ContentHash.Combine(parts);
            pages[i] = (path, parts, key);
        });
        for (var i = 0; i < keys.Length; i++)
        {
            _pageParts[pages[i].Path] = (pages[i].Parts, pages[i].Key);
            // The identity already covers the engine version and everything Clean and Annotate read.
            _contentKeys[articles[i].Slug + ".md"] = keys[i].Identity;
        }
        _listingsKey = new(() =>
        {
            Parallel.For(0, keys.Length, i => keys[i].Listing ??= ListingFacts(articles[i]));
            return ContentHash.Combine(keys.Select(k => k.Listing).Prepend(renderKey));
        });
    }

    /// <summary>
    /// Everything the pages other than article pages (home, timeline, topics, leaders, search) can show, as one hash:
    /// per article its address, title, date and date window, source, summary, leaders and topics, in archive order,
    /// with the theme, settings and knowledge base. An edit to an article's text that leaves all of these alone (the
    /// common case) leaves every listing page as it was. Computed on first use: an incremental publish needs it, a build
    /// from scratch does not.
    /// </summary>
    public string ListingsKey => _listingsKey.Value;

    private static string ListingFacts(Article a) => ContentHash.Of(string.Join('\u001f',
        a.Slug, a.Title, a.Date.DayNumber, a.DateBasis, a.DateEarliest?.DayNumber, a.DateLatest?.DayNumber, a.Source, a.Summary,
        string.Join(',', a.Leaders), string.Join(',', a.Topics)));

    /// <summary>The key of an article page, or of a listing page once <see cref="Listing"/> has seen its model; null for others.</summary>
    public string? Page(string path) => _pageParts.TryGetValue(path, out var page) ? page.Key : _listingKeys.GetValueOrDefault(path);

    /// <summary>
    /// The key of a page other than an article page (home, timeline, topic and leader pages): its whole model, as
    /// JSON, with the theme and settings. A listing gathers many articles, so rather than track which of their
    /// fields it shows, the key is what the theme is given; drawing a page costs several times more than this.
    /// </summary>
    public string Listing(PageSpec spec) =>
        _listingKeys[spec.Path] = ContentHash.Combine(_renderKey, ContentHash.Of(JsonSerializer.SerializeToUtf8Bytes(spec, spec.GetType(), ListingJson)));

    public string Content(string path) => _contentKeys[path];
}
