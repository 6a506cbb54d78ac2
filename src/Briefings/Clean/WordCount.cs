namespace Briefings.Clean;

/// <summary>Word counts: for the shape tests of the cleaning rules, which run on every line of every article, and for readers.</summary>
internal static class WordCount
{
    /// <summary>Words as a reader counts them: runs of letters and digits (for reading time and structured data).</summary>
    public static int Of(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // Most characters are ASCII: two range checks instead of a look-up in the Unicode tables.
            var letter = c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }
        return count;
    }

    /// <summary>A sentence of at least <paramref name="minimumWords"/> words (by spaces): it ends with . ! ? or a closing quote.</summary>
    public static bool IsSentence(string text, int minimumWords) =>
        text.Length > 0 && ".!?\"”".Contains(text[^1]) && BySpaces(text) >= minimumWords;

    /// <summary>How many letters the text has when every one is a capital (a shouted headline, an agency's credit); -1 when one is not.</summary>
    public static int LettersIfAllCapitals(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            if (!char.IsUpper(c))
                return -1;
            letters++;
        }
        return letters;
    }

    /// <summary>How many parts <c>text.Split(' ')</c> would give, without allocating them.</summary>
    public static int BySpaces(ReadOnlySpan<char> text) => text.Count(' ') + 1;

    /// <summary>Text in capitals throughout (teletype and telex copy): 200 capitals or more, and fewer than one letter in ten small.</summary>
    public static bool IsShouted(string text)
    {
        // Cheap test first: ordinary text has a small letter in every few characters of its first lines.
        var head = text.AsSpan(0, Math.Min(text.Length, 400));
        var small = 0;
        foreach (var c in head)
        {
            if (char.IsAsciiLetterLower(c) && ++small >= 40)
                return false;
        }
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
                upper++;
            else if (char.IsLower(c))
                lower++;
        }
        return upper >= 200 && lower * 9 < upper;
    }
}
