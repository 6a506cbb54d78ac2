using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Briefings.Clean;

/// <summary>
/// A Google Docs document downloaded as a web page (File › Download › Web page), as newsrooms share their drafts: the
/// whole document on one line, styled by generated classes (<c>.c0{…}</c>, <c>lst-kix_…</c> lists). Its markup keeps the
/// document's parts apart: the page header and footer, the comments and the footnotes each sit in a <c>div</c> of their
/// own beside the body's paragraphs; the anchors of comments and footnotes are links to them (<c>#cmnt1</c>,
/// <c>#ftnt1</c>); the Title paragraph style (<c>p.title</c>) marks the headline, not the document's name in
/// <c>&lt;title&gt;</c>. A draft puts its working matter around the story: the headline options above the chosen
/// headline, the picture desk's line (<c>PIC: … credit TBC</c>), notes to the subeditors highlighted in the text, the
/// placeholders still to be filled (<c>[TK: …]</c>) and the end mark with its word count (<c>ENDS · Words: 912</c>).
/// What is published is the story under its Title, none of the rest.
/// </summary>
internal static partial class GoogleDocsExport
{
    /// <summary>Whether <paramref name="html"/> is such an export: only Docs names its classes and anchors so.</summary>
    private static bool IsExport(string html) =>
        html.Contains("doc-content", StringComparison.Ordinal) || html.Contains("lst-kix_", StringComparison.Ordinal)
        || html.Contains("id=\"cmnt_ref", StringComparison.Ordinal) || html.Contains("id=\"ftnt_ref", StringComparison.Ordinal);

    /// <summary>Reduces the export in <paramref name="document"/> to the story; <paramref name="html"/> is its source, for a cheap test first.</summary>
    public static void Strip(string html, IDocument document, RemovalLog log)
    {
        if (!IsExport(html) || document.Body is not { } body)
            return;
        // The window title is the document's file name ("IRAN exit – v2 (do not edit)"), never its headline.
        if (document.Head?.QuerySelector("title") is { } name)
            Remove(name, "layout", log);
        // The anchors of comments and footnotes, each a superscript link; then the header, footer, comments and notes.
        foreach (var anchor in body.QuerySelectorAll("a[href^='#cmnt'], a[href^='#ftnt']").ToList())
            Remove(anchor.ParentElement is { LocalName: "sup" } sup && sup.TextContent.Trim() == anchor.TextContent.Trim() ? sup : anchor, "notes", log);
        foreach (var part in body.Children.Where(c => c.LocalName == "div").ToList())
            Remove(part, "layout", log);
        var highlighted = HighlightClasses(document);
        var title = body.Children.FirstOrDefault(c => c.LocalName == "p" && c.ClassList.Contains("title"));
        if (title is not null)
        {
            // Above the headline the writer keeps the draft's matter (the headline options); the Title is the headline.
            while (title.PreviousElementSibling is { } above)
                Remove(above, "layout", log);
            var headline = document.CreateElement("h1");
            headline.TextContent = HtmlArticleReader.Normalize(title.TextContent);
            title.Replace(headline);
        }
        bool ended = false, options = false;
        foreach (var paragraph in body.Children.ToList())
        {
            var text = HtmlArticleReader.Normalize(paragraph.TextContent);
            if (ended || paragraph.LocalName == "p" && EndMark().IsMatch(text))
            {
                ended = true;
                Remove(paragraph, "layout", log);
                continue;
            }
            // The list under "Headline options:" holds the headlines not chosen.
            if (paragraph.LocalName is "ul" or "ol" && options || paragraph.LocalName == "p" && IsWorkingMatter(paragraph, text, highlighted))
            {
                options = options || HeadlineOptions().IsMatch(text);
                Remove(paragraph, "layout", log);
                continue;
            }
            options = options && text.Length == 0;
        }
    }

    /// <summary>
    /// A paragraph of the draft's working matter: a field of the copy (<c>PIC: …</c>), a note or placeholder in brackets,
    /// a note highlighted for the desk (<c>NOTE FOR SUBS: …</c>), the header over the headline options.
    /// </summary>
    private static bool IsWorkingMatter(IElement paragraph, string text, HashSet<string> highlighted)
    {
        if (text.Length == 0)
            return false;
        if (NewsroomDraft.IsCopyField(text) || BracketNote().IsMatch(text) || HeadlineOptions().IsMatch(text))
            return true;
        // Highlighted throughout, and opening with a label in capitals or brackets: a note left for the desk.
        return NoteLabel().IsMatch(text) && paragraph.QuerySelectorAll("span").Any()
            && paragraph.Descendants<IText>().Where(t => t.Data.Trim().Length > 0)
                .All(t => IsHighlighted(t.ParentElement, paragraph, highlighted));
    }

    /// <summary>Whether a class of <paramref name="element"/> or of its ancestors up to <paramref name="paragraph"/> is a highlight.</summary>
    private static bool IsHighlighted(IElement? element, IElement paragraph, HashSet<string> highlighted)
    {
        for (; element is not null; element = element.ParentElement)
        {
            if (element.ClassList.Any(highlighted.Contains))
                return true;
            if (element == paragraph)
                break;
        }
        return false;
    }

    /// <summary>Classes whose rule in the export's style sheet paints a background: the document's highlights.</summary>
    private static HashSet<string> HighlightClasses(IDocument document)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var style in document.QuerySelectorAll("style"))
            foreach (Match rule in ClassRule().Matches(style.TextContent))
                if (rule.Groups["body"].Value.Contains("background-color:#", StringComparison.OrdinalIgnoreCase)
                    && !rule.Groups["body"].Value.Contains("background-color:#ffffff", StringComparison.OrdinalIgnoreCase))
                    classes.Add(rule.Groups["name"].Value);
        return classes;
    }

    private static void Remove(IElement element, string category, RemovalLog log)
    {
        // Each text node on its own: the export's paragraphs sit side by side with nothing between them.
        log.Add(category, HtmlArticleReader.Normalize(string.Join(' ', element.Descendants<IText>().Select(t => t.Data))));
        element.Remove();
    }

    [GeneratedRegex(@"\.(?<name>c\d+)\{(?<body>[^}]*)\}")]
    private static partial Regex ClassRule();

    /// <summary>The end of the copy: <c>ENDS</c>, <c>-ends-</c>, <c>END</c>, alone or with the desk's notes after it.</summary>
    [GeneratedRegex(@"^[-–—(\s]*(?:ENDS?|ENDIT)[-–—)\s]*(?:$|[·|•:–—-]\s*\S)")]
    private static partial Regex EndMark();

    [GeneratedRegex(@"^(?:headline|hed|title|headline and standfirst) (?:options|ideas|suggestions|alternatives|choices)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeadlineOptions();

    /// <summary>A placeholder or note in brackets filling a paragraph: <c>[TK: reaction from Moscow]</c>, <c>[CHECK: …]</c>.</summary>
    [GeneratedRegex(@"^\[(?:TK|TKTK|NOTE|CHECK|QUERY|EDS?|FIX|ADD|TO COME|HOLD)\b[^\]]*\]$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketNote();

    /// <summary>A note's opening: a label in capitals and a colon (<c>NOTE FOR SUBS:</c>, <c>LEGAL:</c>), or a bracket.</summary>
    [GeneratedRegex(@"^(?:\[|\p{Lu}[\p{Lu}\s/&']{1,30}:)")]
    private static partial Regex NoteLabel();
}
