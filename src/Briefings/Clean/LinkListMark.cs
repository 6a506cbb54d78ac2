namespace Briefings.Clean;

/// <summary>
/// The pointer a text page sets before each link under a related-stories header (<c>» U.S. drops bid for a second
/// resolution</c>, <c>› …</c>, <c>• …</c>). Once the first link has one, a line without it is the article again (a bare
/// crosshead such as <c>Pressure at home</c>, as short as a headline), not another link.
/// </summary>
internal static class LinkListMark
{
    /// <summary>The pointer the link opens with, or null when it has none.</summary>
    public static char? Of(string line) => line.Length > 2 && line[0] is '»' or '›' or '•' or '■' or '▪' or '>' && line[1] == ' ' ? line[0] : null;

    /// <summary>The fewest words of the paragraph under a crosshead that ends the list.</summary>
    private const int ProseWords = 20;

    /// <summary>
    /// True unless the list's links carry a pointer and this line, without it and in ordinary case, stands over a
    /// paragraph of prose: a side column's next box (<c>READER POLL</c>, a question, its votes) goes on as chrome.
    /// </summary>
    public static bool Continues(char? mark, string line, Block? next) =>
        mark is null || line.Length > 0 && line[0] == mark || WordCount.LettersIfAllCapitals(line) >= 0
        || next is not { Kind: BlockKind.Paragraph } || WordCount.BySpaces(next.Text) < ProseWords;
}
