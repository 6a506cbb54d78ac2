using System.Net;
using System.Text;
using System.Text.Json;

namespace Briefings.Clean;

/// <summary>
/// An article a scraper saved as a JSON record (a line of a <c>.jsonl</c> export, a schema.org object, an item in a
/// crawler's log): its headline, date and author fields are the article's, its body field the text, with the escapes
/// (<c>\n</c>, <c>\u2019</c>, <c>\"</c>) undone. Whatever surrounds the record (log lines, other fields) is not.
/// </summary>
internal static class JsonRecordReader
{
    private static readonly string[] BodyKeys = ["articleBody", "body", "content", "text"];
    private static readonly string[] TitleKeys = ["headline", "title", "name"];
    private static readonly string[] DateKeys = ["datePublished", "published", "publishedAt", "pubDate", "date"];
    private static readonly string[] AuthorKeys = ["byline", "author", "creator"];

    private static readonly System.Buffers.SearchValues<string> QuotedBodyKeys = System.Buffers.SearchValues.Create([.. BodyKeys.Select(k => "\"" + k + "\"")], StringComparison.Ordinal);

    /// <summary>A body shorter than this is a teaser or a caption, not an article.</summary>
    private const int MinimumBody = 400;

    /// <summary>How many opening braces are tried before the text is taken for something else.</summary>
    private const int MaximumAttempts = 16;

    /// <summary>The first record in the text with a title and an article-length body, or null.</summary>
    public static FeedItem? Read(string text)
    {
        // Cheap test first: a record names its body field.
        if (!text.Contains('{') || !text.AsSpan().ContainsAny(QuotedBodyKeys))
            return null;
        var attempts = 0;
        for (var at = text.IndexOf('{'); at >= 0 && attempts < MaximumAttempts; at = text.IndexOf('{', at + 1))
        {
            if (!OpensObject(text, at))
                continue;
            attempts++;
            if (Parse(text[at..]) is { } record && Item(record) is { } item)
                return item;
        }
        return null;
    }

    /// <summary>A brace followed by a quoted key: the start of an object, not a brace in prose or a template.</summary>
    private static bool OpensObject(string text, int at)
    {
        var next = text.AsSpan(at + 1).TrimStart();
        return next.Length > 0 && next[0] == '"';
    }

    /// <summary>The JSON value that begins the text, whatever follows it; null when it is not well-formed.</summary>
    private static JsonElement? Parse(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static FeedItem? Item(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object || Text(record, BodyKeys) is not { Length: >= MinimumBody } body)
            return null;
        var title = Text(record, TitleKeys);
        var date = Text(record, DateKeys) is { } stamp ? ExplicitDateParser.Find(stamp)?.Date : null;
        return new FeedItem(title, AsHtml(body), date, Author(record));
    }

    /// <summary>The first of the keys whose value is a string.</summary>
    private static string? Text(JsonElement record, string[] keys)
    {
        foreach (var key in keys)
        {
            if (record.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                return text;
        }
        return null;
    }

    /// <summary>The author as a string, or the <c>name</c> of an author object (schema.org's Person), or of the first of a list.</summary>
    private static string? Author(JsonElement record)
    {
        foreach (var key in AuthorKeys)
        {
            if (!record.TryGetProperty(key, out var value))
                continue;
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
                value = value[0];
            if (value.ValueKind == JsonValueKind.String)
                return value.GetString();
            if (value.ValueKind == JsonValueKind.Object && Text(value, ["name"]) is { } name)
                return name;
        }
        return null;
    }

    /// <summary>
    /// The body as the item reader takes it: HTML as it is, plain text with its blank lines as paragraph breaks and its
    /// other line breaks kept (encoded, so that text about a tag stays text).
    /// </summary>
    private static string AsHtml(string body)
    {
        if (body.Contains("</p>", StringComparison.OrdinalIgnoreCase) || body.Contains("<br", StringComparison.OrdinalIgnoreCase))
            return body;
        var html = new StringBuilder();
        foreach (var paragraph in body.Replace("\r", "", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>\n");
        return html.ToString();
    }
}
