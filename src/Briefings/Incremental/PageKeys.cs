using System.Collections.Concurrent;
using System.Text.Json;
using Briefings.Annotate;
using Briefings.Index;
using Briefings.Render;

namespace Briefings.Incremental;

/// <summary>
/// What each article page and cleaned file is made from, as one hash: when it matches the last build's, the file on
/// disk is still right and rendering it is skipped. An article page shows the article, with the names of its topics
/// and leaders, and the cards of its older and newer neighbours and of its related articles (what a list shows of an
/// article: <see cref="Card"/>), through the theme and site settings; all of those are in its key. An edit to an
/// article's text that leaves its card alone therefore changes no other page's key. (The equivalence tests build
/// incrementally and from scratch and compare every byte, so a page that starts showing more must add it here.)
/// </summary>
public sealed class PageKeys
{
    private readonly Dictionary<string, string> _contentKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _listingKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleKeys> _bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string[] Parts, string Key)> _pageParts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _cards = new(StringComparer.Ordinal);
    private readonly string _renderKey;
    private readonly Lazy<string> _listingsKey;

    // Models are records of strings, numbers and lists; their runtime types are written in full.
    private static readonly JsonSerializerOptions ListingJson = new() { IncludeFields = false };

    /// <summary>
    /// The hashes of one article version: its identity (everything its own page and cleaned file show of it) and its
    /// card. The same source key means the same cached article, so only its slug, which indexing may change when
    /// another article takes it, has to be compared before they are reused.
    /// </summary>
    private sealed record ArticleKeys(string Slug, DateOnly? FileDate, string Identity, string Card);

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
            keys[i] = source is not null && previous?._bySource.GetValueOrDefault(source) is { } known && known.Slug == a.Slug && known.FileDate == a.FileDate
                ? known
                : new ArticleKeys(a.Slug, a.FileDate, Identity(source, a), Card(a));
        });
        var card = _cards;
        for (var i = 0; i < keys.Length; i++)
        {
            card[keys[i].Slug] = keys[i].Card;
            if (sources[i] is { } source)
                _bySource[source] = keys[i];
        }
        var pages = new (string Path, string[] Parts, string Key)[keys.Length];
        Parallel.For(0, keys.Length, i =>
        {
            var a = articles[i];
            var related = archive.Related.GetValueOrDefault(a.Slug, []);
            var parts = ArticlePageParts(renderKey, keys[i].Identity, i + 1 < keys.Length ? keys[i + 1].Card : "", i > 0 ? keys[i - 1].Card : "", [.. related.Select(r => card[r.Slug])]);
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
        _listingsKey = new(() => ContentHash.Combine(keys.Select(k => k.Card).Prepend(renderKey)));
    }

    /// <summary>An article version's identity: its source key (the cleaned article it stands for), the file date its dating used (not in the file's bytes) and what indexing gave it.</summary>
    /// <param name="source">The article's source key, or null when it has none (then its origin stands in).</param>
    internal static string Identity(string? source, Article a) =>
        ContentHash.Combine(source ?? a.Origin, a.FileDate?.ToString("O") ?? "", a.Slug, a.Title, a.Date.ToString("O"));

    /// <summary>The parts an article page's key is the hash of: the render key, its identity, its older and newer neighbours' cards (empty at the ends) and its related articles' cards.</summary>
    internal static string[] ArticlePageParts(string renderKey, string identity, string olderCard, string newerCard, IReadOnlyList<string> relatedCards)
    {
        var parts = new string[4 + relatedCards.Count];
        parts[0] = renderKey;
        parts[1] = identity;
        parts[2] = olderCard;
        parts[3] = newerCard;
        for (var r = 0; r < relatedCards.Count; r++)
            parts[4 + r] = relatedCards[r];
        return parts;
    }

    /// <summary>
    /// Everything the pages other than article pages (home, timeline, topics, leaders, search) can show, as one hash:
    /// per article its card (<see cref="Card"/>: address, title, dates, source, summary, leaders, topics, officeholders
    /// introduced by the text), in archive order,
    /// with the theme, settings and knowledge base. An edit to an article's text that leaves all of these alone (the
    /// common case) leaves every listing page as it was. Computed on first use: an incremental publish needs it, a build
    /// from scratch does not.
    /// </summary>
    public string ListingsKey => _listingsKey.Value;

    /// <summary>
    /// What any page other than its own shows of an article (a list's entry, a neighbour's link, a related briefing,
    /// and the name, office and country a leader page takes from how the text introduces someone the knowledge base
    /// does not know), as one hash.
    /// </summary>
    internal static string Card(Article a) => ContentHash.Of(string.Join('\u001f',
        a.Slug, a.Title, a.Date.DayNumber, a.DateBasis, a.DateEarliest?.DayNumber, a.DateLatest?.DayNumber, a.Source, a.Summary,
        string.Join(',', a.Leaders), string.Join(',', a.Topics),
        string.Join(',', a.OtherPeople.Where(p => p.IsLeader).Select(p => $"{p.Id}|{p.Name}|{p.Office}|{p.Country}"))));

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

    /// <summary>The key every page's key starts from (<see cref="IncrementalOutput.RenderKey"/>).</summary>
    public string RenderKey => _renderKey;

    /// <summary>The card of the article with this slug (<see cref="Card"/>).</summary>
    public string CardOf(string slug) => _cards[slug];
}
