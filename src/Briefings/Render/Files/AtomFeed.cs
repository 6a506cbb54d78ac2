using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Briefings.Annotate;
using Briefings.Load;

namespace Briefings.Render.Files;

/// <summary>
/// Atom feeds of the latest briefings. With an absolute base URL every link and id is absolute; without one, links are
/// relative to the feed's own address (which Atom readers resolve) and ids are name-based UUIDs, stable between builds.
/// </summary>
internal static class AtomFeed
{
    public const int EntryCount = 20;
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <param name="feedPath">Where the feed is written, relative to the site root ("topics/nato/feed.xml").</param>
    /// <param name="pagePath">The HTML page the feed belongs to, relative to the site root ("topics/nato/").</param>
    public static Page Write(SiteConfig site, string feedPath, string pagePath, string title, IReadOnlyList<Article> newestFirst)
    {
        var links = Links.ForPage(feedPath);
        string Url(string rootRelative) => site.HasAbsoluteBaseUrl ? site.NormalizedBaseUrl + rootRelative : links.Root + rootRelative;
        string Id(string rootRelative) => site.HasAbsoluteBaseUrl ? site.NormalizedBaseUrl + rootRelative : StableUuid(site.Title + "/" + rootRelative);
        var entries = newestFirst.Take(EntryCount).ToList();
        var bytes = XmlFiles.Write(w =>
        {
            w.WriteStartElement("feed", Atom);
            w.WriteElementString("title", Atom, title);
            w.WriteElementString("subtitle", Atom, site.Description);
            w.WriteElementString("id", Atom, Id(feedPath));
            Link(w, "self", site.HasAbsoluteBaseUrl ? site.NormalizedBaseUrl + feedPath : Path.GetFileName(feedPath), "application/atom+xml");
            Link(w, "alternate", Url(pagePath) is { Length: > 0 } page ? page : "./", "text/html");
            w.WriteElementString("updated", Atom, Timestamp(entries.Count > 0 ? entries[0].Date : new DateOnly(2000, 1, 1)));
            w.WriteStartElement("author", Atom);
            w.WriteElementString("name", Atom, site.Title);
            w.WriteEndElement();
            foreach (var article in entries)
            {
                var articlePath = $"articles/{article.Slug}/";
                w.WriteStartElement("entry", Atom);
                w.WriteElementString("title", Atom, article.Title);
                Link(w, "alternate", Url(articlePath), "text/html");
                w.WriteElementString("id", Atom, Id(articlePath));
                w.WriteElementString("updated", Atom, Timestamp(article.Date));
                if (article.Summary.Length > 0)
                    w.WriteElementString("summary", Atom, article.Summary);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
        return new Page(feedPath, bytes);
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Atom);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => DateText.Iso(date) + "T00:00:00Z";

    /// <summary>A name-based (version 5 style, SHA-1) UUID URN: the same name always gives the same id.</summary>
    internal static string StableUuid(string name)
    {
        // The same articles appear in many feeds (site, topics, leaders), build after build: hash each name once.
        if (KnownUuids.TryGetValue(name, out var known))
            return known;
        // A concurrent dictionary's Count takes every lock: keep a count of our own to bound its size.
        if (Interlocked.Increment(ref _knownCount) > MaxKnownUuids)
        {
            KnownUuids.Clear();
            Interlocked.Exchange(ref _knownCount, 0);
        }
        return KnownUuids[name] = ComputeUuid(name);
    }

    private const int MaxKnownUuids = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> KnownUuids = new(StringComparer.Ordinal);
    private static int _knownCount;

    private static string ComputeUuid(string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes("briefings:" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
