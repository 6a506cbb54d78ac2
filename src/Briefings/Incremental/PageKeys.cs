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
    private readonly Dictionary<string, string> _pageKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _contentKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _listingKeys = new(StringComparer.Ordinal);
    private readonly string _renderKey;
    private readonly Lazy<string> _listingsKey;

    // Models are records of strings, numbers and lists; their runtime types are written in full.
    private static readonly JsonSerializerOptions ListingJson = new() { IncludeFields = false };

    /// <param name="renderKey">Hash of the engine, theme, site settings and knowledge base.</param>
    /// <param name="keyByOrigin">Each article's source key (its file and everything Clean and Annotate read).</param>
    public PageKeys(Archive archive, IReadOnlyDictionary<string, string> keyByOrigin, string renderKey)
    {
        _renderKey = renderKey;
        var identity = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in archive.Articles)
            identity[a.Slug] = ContentHash.Combine(keyByOrigin.GetValueOrDefault(a.Origin, a.Origin), a.Slug, a.Title, a.Date.ToString("O"));
        for (var i = 0; i < archive.Articles.Count; i++)
        {
            var a = archive.Articles[i];
            var older = i + 1 < archive.Articles.Count ? identity[archive.Articles[i + 1].Slug] : "";
            var newer = i > 0 ? identity[archive.Articles[i - 1].Slug] : "";
            var related = archive.Related.GetValueOrDefault(a.Slug, []).Select(r => identity[r.Slug]);
            _pageKeys[SiteRenderer.ArticlePath(a)] = ContentHash.Combine([renderKey, identity[a.Slug], older, newer, .. related]);
            // The identity already covers the engine version and everything Clean and Annotate read.
            _contentKeys[a.Slug + ".md"] = identity[a.Slug];
        }
        _listingsKey = new(() => ContentHash.Combine(archive.Articles.Select(a => string.Join('\u001f',
            a.Slug, a.Title, a.Date.DayNumber, a.DateBasis, a.DateEarliest?.DayNumber, a.DateLatest?.DayNumber, a.Source, a.Summary,
            string.Join(',', a.Leaders), string.Join(',', a.Topics))).Prepend(renderKey)));
    }

    /// <summary>
    /// Everything the pages other than article pages (home, timeline, topics, leaders, search) can show, as one hash:
    /// per article its address, title, date and date window, source, summary, leaders and topics, in archive order,
    /// with the theme, settings and knowledge base. An edit to an article's text that leaves all of these alone (the
    /// common case) leaves every listing page as it was. Computed on first use: only a long-running process needs it.
    /// </summary>
    public string ListingsKey => _listingsKey.Value;

    /// <summary>The key of an article page, or of a listing page once <see cref="Listing"/> has seen its model; null for others.</summary>
    public string? Page(string path) => _pageKeys.GetValueOrDefault(path) ?? _listingKeys.GetValueOrDefault(path);

    /// <summary>
    /// The key of a page other than an article page (home, timeline, topic and leader pages): its whole model, as
    /// JSON, with the theme and settings. A listing gathers many articles, so rather than track which of their
    /// fields it shows, the key is what the theme is given; drawing a page costs several times more than this.
    /// </summary>
    public string Listing(PageSpec spec) =>
        _listingKeys[spec.Path] = ContentHash.Combine(_renderKey, ContentHash.Of(JsonSerializer.SerializeToUtf8Bytes(spec, spec.GetType(), ListingJson)));

    public string Content(string path) => _contentKeys[path];
}
