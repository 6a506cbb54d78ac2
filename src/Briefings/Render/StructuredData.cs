using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Annotate;
using Briefings.Load;

namespace Briefings.Render;

/// <summary>Open Graph tags and schema.org NewsArticle JSON-LD for article pages.</summary>
internal static class StructuredData
{
    // The default encoder escapes <, >, &, ' and + as \uXXXX, so no article text can close the script element
    // or start a comment inside it.
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static IReadOnlyList<MetaView> OpenGraph(SiteConfig site, Article article, string? canonical, IEnumerable<string> topics)
    {
        var meta = new List<MetaView>
        {
            new("og:type", "article"),
            new("og:title", article.Title),
            new("og:site_name", site.Title),
        };
        if (article.Summary.Length > 0)
            meta.Add(new("og:description", article.Summary));
        if (canonical is not null)
            meta.Add(new("og:url", canonical));
        if (!Summaries.IsEstimate(article))
            meta.Add(new("article:published_time", DateText.Iso(article.Date)));
        meta.AddRange(topics.Select(t => new MetaView("article:tag", t)));
        return meta;
    }

    public static string NewsArticle(SiteConfig site, Article article, int wordCount, string? canonical, IEnumerable<string> topics, IEnumerable<string> leaders)
    {
        // Written straight to UTF-8, property by property: a JsonObject built for each of 100,000 pages and then
        // serialised cost twice as much, for the same bytes.
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", article.Title);
            json.WriteString("inLanguage", site.Language);
            json.WriteNumber("wordCount", wordCount);
            if (article.Summary.Length > 0)
                json.WriteString("description", article.Summary);
            // An estimated date is not a publication date: schema.org gets only dates the text or an editor states.
            if (!Summaries.IsEstimate(article))
                json.WriteString("datePublished", DateText.Iso(article.Date));
            if (canonical is not null)
            {
                json.WriteString("url", canonical);
                json.WriteString("mainEntityOfPage", canonical);
            }
            if (article.Source is { Length: > 0 } source)
            {
                json.WriteStartObject("publisher");
                json.WriteString("@type", "Organization");
                json.WriteString("name", source);
                json.WriteEndObject();
            }
            WriteNamed(json, "about", "Thing", topics);
            WriteNamed(json, "mentions", "Person", leaders);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A list of schema.org things of one type by name, left out when there are none.</summary>
    private static void WriteNamed(Utf8JsonWriter json, string property, string type, IEnumerable<string> names)
    {
        var started = false;
        foreach (var name in names)
        {
            if (!started)
                json.WriteStartArray(property);
            started = true;
            json.WriteStartObject();
            json.WriteString("@type", type);
            json.WriteString("name", name);
            json.WriteEndObject();
        }
        if (started)
            json.WriteEndArray();
    }
}
