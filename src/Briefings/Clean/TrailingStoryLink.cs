using AngleSharp.Dom;

namespace Briefings.Clean;

/// <summary>
/// A link to another story set after the last sentence of a paragraph (an old news page's <c>… on Iraq. &lt;a&gt;Brent
/// edges up on Iraq worries&lt;/a&gt;&lt;/p&gt;</c>): its text is that story's headline, which would otherwise run on as the
/// paragraph's last words. Only a link that closes the paragraph, after a finished sentence, and reads as a headline
/// (a few words, no closing full stop) goes; a link inside a sentence is the sentence's.
/// </summary>
internal static class TrailingStoryLink
{
    /// <summary>Removes such a link from <paramref name="paragraph"/> (a copy the caller owns).</summary>
    public static void Remove(IElement paragraph)
    {
        var last = paragraph.ChildNodes.LastOrDefault(n => n is not IText t || !string.IsNullOrWhiteSpace(t.Data));
        if (last is not IElement { LocalName: "a" } link || link.PreviousSibling is not IText before)
            return;
        var sentence = before.Data.TrimEnd();
        var headline = link.TextContent.Trim();
        var words = WordCount.BySpaces(headline);
        if (sentence.Length == 0 || !".!?\"”’".Contains(sentence[^1]) || words is < 3 or > 15
            || !char.IsUpper(headline[0]) || ".!?:;,".Contains(headline[^1]))
            return;
        link.Remove();
    }
}
