using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Annotate;
using Briefings.Load;

namespace Briefings.Render;

/// <summary>Open Graph tags and schema.org NewsArticle JSON-LD for article pages.</summary>
internal static class StructuredData
{
    // The default encoder escapes <, >, &, ' and + as \uXXXX, so no article text can close the script element
    // or start a comment inside it.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

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
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["inLanguage"] = site.Language,
            ["wordCount"] = wordCount,
        };
        if (article.Summary.Length > 0)
            json["description"] = article.Summary;
        // An estimated date is not a publication date: schema.org gets only dates the text or an editor states.
        if (!Summaries.IsEstimate(article))
            json["datePublished"] = DateText.Iso(article.Date);
        if (canonical is not null)
        {
            json["url"] = canonical;
            json["mainEntityOfPage"] = canonical;
        }
        if (article.Source is { Length: > 0 } source)
            json["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = source };
        var about = topics.Select(t => (JsonNode)new JsonObject { ["@type"] = "Thing", ["name"] = t }).ToArray();
        if (about.Length > 0)
            json["about"] = new JsonArray(about);
        var mentions = leaders.Select(l => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = l }).ToArray();
        if (mentions.Length > 0)
            json["mentions"] = new JsonArray(mentions);
        return json.ToJsonString(Json);
    }
}
