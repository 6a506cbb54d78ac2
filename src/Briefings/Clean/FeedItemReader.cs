using System.Xml;
using System.Xml.Linq;

namespace Briefings.Clean;

/// <summary>
/// An article saved from a news feed: an RSS 2.0 or Atom document whose first item holds the story. The item's
/// title, date and author are the article's; its HTML (<c>content:encoded</c>, Atom <c>content</c>, or the
/// <c>description</c> teaser when there is nothing more) is the body. The channel's own title and description are
/// the feed's, not the article's.
/// </summary>
internal static class FeedItemReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The first item of a feed, or null when the text is not a well-formed RSS or Atom document.</summary>
    public static FeedItem? Read(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (!start.StartsWith("<?xml", StringComparison.Ordinal) && !start.StartsWith("<rss", StringComparison.Ordinal) && !start.StartsWith("<feed", StringComparison.Ordinal))
            return null;
        XDocument document;
        try
        {
            // No DTDs: a feed is data from elsewhere, and entity expansion is a way to blow up a parser.
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
        var root = document.Root;
        if (root is null)
            return null;
        if (root.Name.LocalName == "rss" && root.Element("channel")?.Element("item") is { } item)
        {
            var html = (string?)item.Element(Content + "encoded") ?? (string?)item.Element("description") ?? "";
            return new FeedItem(Text(item.Element("title")), html, DateOf((string?)item.Element("pubDate")), Text(item.Element(DublinCore + "creator")) ?? Text(item.Element("author")));
        }
        if (root.Name == Atom + "feed" && root.Element(Atom + "entry") is { } entry)
        {
            var html = (string?)entry.Element(Atom + "content") ?? (string?)entry.Element(Atom + "summary") ?? "";
            var date = (string?)entry.Element(Atom + "published") ?? (string?)entry.Element(Atom + "updated");
            return new FeedItem(Text(entry.Element(Atom + "title")), html, DateOf(date), Text(entry.Element(Atom + "author")?.Element(Atom + "name")));
        }
        return null;
    }

    /// <summary>An element's text on one line: feeds wrap long titles and names across lines.</summary>
    private static string? Text(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : string.Join(' ', element.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The date an RFC 822 <c>pubDate</c> (<c>Tue, 12 Aug 2008 21:47:05 +0000</c>) or an Atom timestamp states.</summary>
    private static DateOnly? DateOf(string? value) => value is null ? null : ExplicitDateParser.Find(value)?.Date;
}

/// <summary>The story in a feed: its title, its HTML, and the date and author the feed gives it.</summary>
internal sealed record FeedItem(string? Title, string Html, DateOnly? Date, string? Author);
