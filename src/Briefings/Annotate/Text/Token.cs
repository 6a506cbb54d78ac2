namespace Briefings.Annotate.Text;

/// <summary>
/// One word of an article. Hyphens split words ("Jong-un" is two tokens) so that spellings with and without
/// hyphens match the same name; a trailing possessive ("Putin's") is stripped and remembered.
/// </summary>
/// <remarks>Its place in the text is its index in <see cref="ScannedText.Tokens"/>, not a field: a word is 32 bytes, and an
/// article's words are copied once more for its body (<see cref="ScannedText.From"/>).</remarks>
/// <param name="Start">Offset of the first character in the scanned text.</param>
/// <param name="End">Offset just past the word (before any possessive ending).</param>
/// <param name="Text">The word as written, without the possessive ending.</param>
/// <param name="Key">Lower case, diacritics folded: what names are compared on.</param>
/// <param name="Sentence">Index of the sentence the word belongs to.</param>
public readonly record struct Token(int Start, int End, string Text, string Key, bool Possessive, int Sentence)
{
    /// <summary>Starts with an upper-case letter (or is a number): a candidate for part of a name.</summary>
    public bool IsCapitalized => char.IsUpper(Text[0]);

    public bool IsAllCaps
    {
        get
        {
            if (Text.Length <= 1)
                return false;
            foreach (var c in Text)
                if (char.IsLetter(c) && !char.IsUpper(c))
                    return false;
            return true;
        }
    }

    public bool IsNumber
    {
        get
        {
            foreach (var c in Text)
                if (!char.IsDigit(c))
                    return false;
            return true;
        }
    }
}
