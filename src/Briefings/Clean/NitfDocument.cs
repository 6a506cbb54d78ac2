using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Briefings.Clean;

/// <summary>
/// A wire story in NITF, the IPTC's XML for news (<c>&lt;nitf&gt;</c>), as agencies deliver it and archives keep it:
/// a <c>&lt;head&gt;</c> of catalogue data (the desk's slug as <c>&lt;title&gt;</c>, subject codes, <c>&lt;docdata&gt;</c>
/// with the document's id, urgency, issue and release dates, rights, keywords, the people it names, revision history),
/// then <c>&lt;body.head&gt;</c> (headline <c>&lt;hl1&gt;</c> and deck, editors' note, byline, dateline, abstract),
/// <c>&lt;body.content&gt;</c> (the paragraphs, with crossheads as <c>&lt;hl2&gt;</c>, grouped in <c>&lt;block&gt;</c>s,
/// and <c>&lt;media&gt;</c> with captions and credits) and <c>&lt;body.end&gt;</c> (tagline, bibliography). The
/// headline is the title, the issue date the date; only the body's paragraphs and crossheads are the article.
/// </summary>
internal static partial class NitfDocument
{
    public sealed record Story(string? Headline, DateOnly? Issued, string? Byline, List<Block> Blocks);

    /// <summary>The story the text is an NITF document of, or null when it is not one (or not well-formed).</summary>
    public static Story? Read(string text)
    {
        // Cheap test first: the root element's name.
        var root = text.IndexOf("<nitf", StringComparison.Ordinal);
        if (root < 0 || root > 2000)
            return null;
        XElement nitf;
        try
        {
            using var reader = XmlReader.Create(new StringReader(WithXmlEntities(text)), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            nitf = XDocument.Load(reader).Root!;
        }
        catch (XmlException)
        {
            return null;
        }
        if (nitf.Name.LocalName != "nitf")
            return null;
        // The body's own content: an editors' note in body.head carries a body.content of its own.
        var blocks = new List<Block>();
        foreach (var content in Children(nitf, "body").SelectMany(body => Children(body, "body.content")))
            Read(content, blocks);
        if (blocks.Count == 0)
            return null;
        var headline = First(nitf, "hl1") is { } hl1 ? Text(hl1) : First(nitf, "title") is { } title ? Text(title) : null;
        var issued = new[] { "date.issue", "date.release" }.Select(name => First(nitf, name)?.Attribute("norm")?.Value).Select(NormDate).FirstOrDefault(d => d is not null)
            ?? NormDate(First(nitf, "story.date")?.Attribute("norm")?.Value);
        var byline = First(nitf, "byline") is { } by ? (First(by, "person") is { } person ? Text(person) : Text(by)) : null;
        return new Story(headline is { Length: > 0 } ? headline : null, issued, byline, blocks);
    }

    /// <summary>The body's own content in order; media, notes and anything else that is not text are left out.</summary>
    private static void Read(XElement container, List<Block> blocks)
    {
        foreach (var element in container.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "p":
                    Add(blocks, BlockKind.Paragraph, element);
                    break;
                case "hl2" or "hl1":
                    if (Text(element) is { Length: > 0 } crosshead)
                        blocks.Add(new Block(BlockKind.Heading, crosshead) { Level = 2, Explicit = true });
                    break;
                case "block":
                    Read(element, blocks);
                    break;
                case "bq":
                    foreach (var p in element.Descendants().Where(e => e.Name.LocalName == "p"))
                        Add(blocks, BlockKind.Quote, p);
                    break;
                case "ul" or "ol":
                    foreach (var item in element.Elements().Where(e => e.Name.LocalName == "li"))
                        Add(blocks, BlockKind.ListItem, item, element.Name.LocalName == "ol");
                    break;
                case "table":
                    var rows = element.Descendants().Where(e => e.Name.LocalName == "tr")
                        .Select(tr => tr.Elements().Where(c => c.Name.LocalName is "td" or "th").Select(Text).ToArray()).Where(r => r.Length > 0).ToList();
                    if (rows.Count > 0)
                        blocks.AddRange(Block.TableOrParagraphs(rows));
                    break;
            }
        }
    }

    private static void Add(List<Block> blocks, BlockKind kind, XElement element, bool ordered = false)
    {
        if (Text(element) is { Length: > 0 } text)
            blocks.Add(new Block(kind, text) { Ordered = ordered });
    }

    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    private static XElement? First(XElement within, string localName) =>
        within.Descendants().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string Text(XElement element) => Spaces().Replace(element.Value, " ").Trim();

    /// <summary><c>20031214T161500Z</c> or <c>20031214</c>: the ISO 8601 basic form NITF's <c>norm</c> attributes use.</summary>
    private static DateOnly? NormDate(string? norm) =>
        norm is { Length: >= 8 } && DateOnly.TryParseExact(norm[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// HTML's named entities (<c>&amp;mdash;</c>), which the NITF DTD declares and a parser that does not read the DTD
    /// rejects, as the characters they stand for; XML's own five stay.
    /// </summary>
    private static string WithXmlEntities(string text) =>
        !text.Contains('&') ? text : NamedEntity().Replace(text, m => m.Groups[1].Value is "amp" or "lt" or "gt" or "quot" or "apos"
            ? m.Value
            : WebUtility.HtmlDecode(m.Value) is var decoded && decoded != m.Value && decoded is not ("<" or "&") ? decoded : "");

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex NamedEntity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
