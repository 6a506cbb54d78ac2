using System.Text;
using Briefings.Load;

namespace Briefings.Annotate.Text;

/// <summary>
/// An article's title and body cut into words and sentences, scanned once and shared by every rule of the
/// Annotate stage (names, offices, years, topics).
/// </summary>
public sealed class ScannedText
{
    private readonly List<int> _sentenceStarts;
    private readonly List<Token> _tokens;
    // Where this text begins, in Text and in the words: 0 and 0 but for a suffix (From), which shares its whole
    // text's scan instead of copying the words.
    private readonly int _offset;
    private readonly int _first;

    public ScannedText(string text)
    {
        Text = text;
        _sentenceStarts = [0];
        _tokens = Scan(text, _sentenceStarts);
    }

    private ScannedText(ScannedText whole, int offset, int first)
    {
        Text = whole.Text;
        _tokens = whole._tokens;
        _sentenceStarts = whole._sentenceStarts;
        _offset = offset;
        _first = first;
    }

    /// <summary>The scanned string, which the words' offsets index: for a suffix (<see cref="From"/>), the whole string it is part of.</summary>
    public string Text { get; }

    public TokenList Tokens => new(_tokens, _first);

    /// <summary>
    /// The text from <paramref name="offset"/> on, as scanning it alone would give (but for the words' offsets and
    /// sentence numbers, which stay the whole text's), taken from this scan: offset must follow a line break, where a
    /// sentence starts whatever came before (the body after the title line).
    /// </summary>
    public ScannedText From(int offset)
    {
        if (offset <= _offset || offset > Text.Length || Text[offset - 1] != '\n')
            throw new ArgumentOutOfRangeException(nameof(offset), "a suffix must start right after a line break");
        var first = _first;
        while (first < _tokens.Count && _tokens[first].Start < offset)
            first++;
        return new ScannedText(this, offset, first);
    }

    /// <summary>The characters between two neighbouring tokens (or from a token to the end of the text).</summary>
    public ReadOnlySpan<char> Gap(int leftIndex)
    {
        var words = Tokens.AsSpan();
        return leftIndex + 1 < words.Length ? Text.AsSpan(words[leftIndex].End, words[leftIndex + 1].Start - words[leftIndex].End) : Text.AsSpan(words[leftIndex].End);
    }

    /// <summary>Characters between the previous token and this one.</summary>
    public ReadOnlySpan<char> GapBefore(int index) => index > 0 ? Gap(index - 1) : Text.AsSpan(_offset, Tokens[index].Start - _offset);

    /// <summary>True when two neighbouring words are joined only by spaces or a hyphen: parts of one name or phrase.</summary>
    public bool Joined(int leftIndex)
    {
        var words = Tokens.AsSpan();
        if (leftIndex < 0 || leftIndex + 1 >= words.Length)
            return false;
        ref readonly var left = ref words[leftIndex];
        if (left.Possessive || left.Sentence != words[leftIndex + 1].Sentence)
            return false;
        var gap = Gap(leftIndex);
        if (gap.Length == 0)
            return false;
        if (gap is "-" or "‐")
            return true;
        // An initial or an abbreviated title: "Donald J. Trump", "Mr. Putin".
        if (IsAbbreviation(left.Text) && gap[0] == '.')
            gap = gap[1..];
        return gap.Length > 0 && gap.IndexOfAnyExcept(' ', '\u00a0') < 0;
    }

    /// <summary>The sentence containing a token, trimmed.</summary>
    public string SentenceOf(Token token)
    {
        var start = _sentenceStarts[token.Sentence];
        var end = token.Sentence + 1 < _sentenceStarts.Count ? _sentenceStarts[token.Sentence + 1] : Text.Length;
        return Text[start..end].Trim();
    }

    private static List<Token> Scan(string text, List<int> sentenceStarts)
    {
        var tokens = new List<Token>(text.Length / 6 + 4);
        var sentence = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (EndsSentence(text, i, tokens))
                {
                    sentence++;
                    sentenceStarts.Add(i + 1);
                }
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
                || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessiveEnd(text, i))))
                i++;
            var end = i;
            var possessive = false;
            if (i < text.Length && IsApostrophe(text[i]) && IsPossessiveEnd(text, i))
            {
                possessive = true;
                i += 2;
            }
            else if (i < text.Length && IsApostrophe(text[i]) && text[end - 1] is 's' or 'S' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1])))
            {
                possessive = true; // plural possessive: "the Kennedys'"
                i++;
            }
            var (word, key) = Words.Of(text.AsSpan(start, end - start));
            tokens.Add(new Token(start, end, word, key, possessive, sentence));
        }
        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsPossessiveEnd(string text, int i) =>
        i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    /// <summary>Sentence ends at a line break, or at . ! ? followed by space, unless the dot ends an initial or title.</summary>
    private static bool EndsSentence(string text, int i, List<Token> tokens)
    {
        var c = text[i];
        if (c == '\n')
            return true;
        if (c is not ('.' or '!' or '?'))
            return false;
        if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('"' or '”' or '’' or '\''))
            return false;
        if (c == '.' && tokens.Count > 0 && tokens[^1].End == i && IsAbbreviation(tokens[^1].Text))
            return false;
        return true;
    }

    /// <summary>Initials, titles and abbreviated given names (<c>Th.</c> in "Guðni Th. Jóhannesson", <c>Wm.</c>): no sentence ends at their period.</summary>
    internal static bool IsAbbreviation(string word) =>
        word.Length == 1 || word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Sen" or "Rep" or "Lt" or "Col" or "Maj" or "Capt" or "Gov" or "Prof" or "Jr" or "Sr" or "Adm" or "Sgt" or "Rev" or "Pres" or "Th" or "Wm" or "Jas" or "Chas" or "Geo" or "Thos";

    /// <summary>Lower case with diacritics folded, so "Erdoğan" and "Erdogan" compare equal.</summary>
    public static string Key(string word) => System.Text.Ascii.IsValid(word) ? word.ToLowerInvariant() : Slug.Fold(word);

    /// <summary>Folds a whole phrase to space-separated keys: "Prime  Minister" → "prime minister".</summary>
    public static string PhraseKey(string phrase)
    {
        var sb = new StringBuilder();
        foreach (var token in new ScannedText(phrase).Tokens)
        {
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(token.Key);
        }
        return sb.ToString();
    }
}
