using AngleSharp.Dom;

namespace Briefings.Clean;

/// <summary>
/// A box an old news page floats beside the story's text, a table set right or left (<c>&lt;TABLE ALIGN=RIGHT
/// WIDTH=170&gt;</c>) inside the story's column: a list of links (<c>LINKS</c>, then <c>&gt; Bush and Putin meet in
/// Texas</c>, …) or a teaser for another story (its picture, a line about it and <c>Full story</c>). Neither is the
/// story's text, and a teaser's line names people the story does not. A floated box of text with few links (a fact
/// box) stays.
/// </summary>
internal static class FloatedInsets
{
    /// <summary>The most text a teaser has: a picture's line and its link.</summary>
    private const int TeaserLength = 300;

    public static bool IsLinkBoxOrTeaser(IElement table)
    {
        if (table.GetAttribute("align")?.Trim().ToLowerInvariant() is not ("right" or "left"))
            return false;
        var text = HtmlArticleReader.Normalize(table.TextContent);
        var links = table.QuerySelectorAll("a");
        if (text.Length == 0 || links.Length == 0)
            return false;
        var linked = links.Sum(a => HtmlArticleReader.Normalize(a.TextContent).Length);
        // A box of links: most of its text is theirs.
        if (linked * 2 >= text.Length)
            return true;
        // A teaser: a picture, a line and a link, no paragraphs of its own.
        return text.Length <= TeaserLength && table.QuerySelector("img") is not null && table.QuerySelector("p, ul, ol, table table") is null;
    }
}
