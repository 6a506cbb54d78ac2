namespace Briefings.Clean;

/// <summary>
/// The header over a page's list of its other items, set in capitals under the text (<c>OTHER ITEMS ON THIS FEED</c>
/// on a picture desk's feed, <c>OTHER SUMMIT DOCUMENTS</c> under a communiqué, <c>OTHER STORIES</c> or <c>OTHER NEWS
/// IN THIS SECTION</c> on a news page): what follows it is other texts' titles and captions, and the article is over.
/// Capitals only: "Other leaders disagreed" in sentence case is the text's own.
/// </summary>
internal static class OtherItemsHeader
{
    public static bool Starts(string line)
    {
        var text = line.AsSpan().Trim().Trim("*_#: ");
        if (text.Length is < 11 or > 60 || !text.StartsWith("OTHER ", StringComparison.Ordinal))
            return false;
        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ')
                words++;
            else if (char.IsLower(c) || c is '.' or '!' or '?' or ',' or ';')
                return false;
        }
        return words is >= 2 and <= 7;
    }
}
