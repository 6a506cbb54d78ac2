using AngleSharp.Dom;

namespace Briefings.Clean;

/// <summary>
/// A chapter of an e-book (an EPUB's XHTML, calibre's conversion of it) as an online reader shows it, saved as a page.
/// The book's apparatus runs through the chapter's text: markers of the printed edition's page breaks inside the
/// sentences (<c>[p. 143]</c>, EPUB's <c>epub:type="pagebreak"</c>), superscript links to the notes, and the notes
/// themselves. The reader adds the user's own marks: a highlight (its words are the book's, and stay) with the note
/// pinned to it (<c>✎ Note: check this</c>). And the book's Dublin Core metadata dates the book, not the events its
/// chapter reports: the chapter is dated by what its text states (its dateline), never by the edition.
/// </summary>
internal static class EbookChapter
{
    /// <summary>The longest text a page marker or a note's reference holds: <c>[p. 143]</c>, <c>xii</c>, <c>12</c>.</summary>
    private const int MarkerLength = 12;

    private static readonly string[] PageMarkerClasses = ["pagenum", "page-num", "pagebreak", "page-break", "pageno", "page-number"];

    private static readonly string[] NoteReferenceClasses = ["noteref", "footnote-ref", "fnref", "endnote-ref"];

    private static readonly string[] UserNoteClasses = ["note-pin", "notepin", "user-note", "reader-note"];

    private static readonly string[] NoteGlyphs = ["✎", "✏", "📝", "🖉"];

    /// <summary>Removes the book's and the reader's apparatus from <paramref name="document"/>; <paramref name="html"/> is its source, for a cheap test first.</summary>
    public static void Strip(string html, IDocument document, RemovalLog log)
    {
        // EPUB's own attributes and namespace (epub:type, xmlns:epub), or calibre's classes.
        if (!html.Contains("epub:", StringComparison.Ordinal) && !html.Contains("class=\"calibre", StringComparison.Ordinal) || document.Body is not { } body)
            return;
        foreach (var meta in document.Head?.QuerySelectorAll("meta[name]").Where(IsBookMetadata).ToList() ?? [])
        {
            log.Add("metadata", meta.GetAttribute("name") + ": " + meta.GetAttribute("content"));
            meta.Remove();
        }
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (!body.Contains(element) || Category(element) is not { } category)
                continue;
            // A note's number is a superscript link: the superscript goes with it.
            var removed = element.ParentElement is { LocalName: "sup" } sup && sup.TextContent.Trim() == element.TextContent.Trim() ? sup : element;
            log.Add(category, HtmlArticleReader.Normalize(removed.TextContent));
            removed.Remove();
        }
    }

    /// <summary>A Dublin Core field (<c>dc.date</c>, <c>DC.creator</c>, <c>dcterms.issued</c>): the book's, not the chapter's.</summary>
    private static bool IsBookMetadata(IElement meta) =>
        meta.GetAttribute("name") is { } name && (name.StartsWith("dc.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("dcterms.", StringComparison.OrdinalIgnoreCase));

    private static string? Category(IElement element)
    {
        var type = (element.GetAttribute("epub:type") ?? "") + " " + (element.GetAttribute("role") ?? "");
        var classes = (element.GetAttribute("class") ?? "").ToLowerInvariant();
        var text = element.TextContent.Trim();
        if (text.Length <= MarkerLength)
        {
            if (type.Contains("pagebreak", StringComparison.Ordinal) || Names(classes, PageMarkerClasses))
                return "layout";
            if (type.Contains("noteref", StringComparison.Ordinal) || Names(classes, NoteReferenceClasses))
                return "notes";
        }
        if (type.Contains("footnotes", StringComparison.Ordinal) || type.Contains("endnotes", StringComparison.Ordinal)
            || type.Contains("doc-footnote", StringComparison.Ordinal) || type.Contains("doc-endnote", StringComparison.Ordinal))
            return "notes";
        // The reader's note pinned to a highlight: named as such, or opened by a pencil.
        if (Names(classes, UserNoteClasses) || element.LocalName is "span" or "div" or "aside" && NoteGlyphs.Any(g => text.StartsWith(g, StringComparison.Ordinal)))
            return "layout";
        return null;
    }

    private static bool Names(string classes, string[] names) => classes.Length > 0 && names.Any(n => classes.Contains(n, StringComparison.Ordinal));
}
