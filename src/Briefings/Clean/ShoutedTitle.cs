using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Headlines set in capitals, as old wire copy and some sites send them (<c>NATO ALLIES WEIGH KOSOVO AIR STRIKES</c>),
/// rewritten the way the article itself writes those words: <c>NATO allies weigh Kosovo air strikes</c>. Case cannot
/// be guessed from the headline alone (NATO stays, ALLIES does not), but the body shows it.
/// </summary>
internal static partial class ShoutedTitle
{
    /// <summary>True for a headline of three or more words whose letters are all capitals.</summary>
    public static bool IsShouted(string title) => WordCount.LettersIfAllCapitals(title) >= 8 && WordCount.BySpaces(title) >= 3;

    /// <summary>
    /// Each word as the body spells it inside a sentence; a word the body has only at the start of sentences keeps
    /// that capital; a word the body lacks is lower case, unless it holds a digit or a dot (<c>G7</c>, <c>U.S.</c>).
    /// The first letter is a capital. A body in capitals too (teletype copy) shows no case: the headline stays as sent.
    /// </summary>
    public static string Recase(string title, IEnumerable<string> body)
    {
        if (WordCount.IsShouted(body, 1))
            return title;
        var spellings = Spellings(body);
        var recased = Word().Replace(title, m =>
        {
            var word = m.Value;
            if (spellings.TryGetValue(word, out var spelt))
                return spelt;
            // "MILOSEVIC'S": the name as the body has it, then the possessive.
            if (word.Length > 2 && word[^2] is '\'' or '’' && word[^1] == 'S' && spellings.TryGetValue(word[..^2], out var owner))
                return owner + word[^2] + "s";
            return word.Any(char.IsDigit) || m.Index + m.Length < title.Length && title[m.Index + m.Length] == '.'
                ? word
                : word.ToLowerInvariant();
        });
        return recased.Length > 0 ? char.ToUpperInvariant(recased[0]) + recased[1..] : recased;
    }

    /// <summary>Upper-case form → the body's spelling, preferring one met inside a sentence.</summary>
    private static Dictionary<string, string> Spellings(IEnumerable<string> body)
    {
        var inside = new Dictionary<string, string>(StringComparer.Ordinal);
        var atStart = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in body)
        {
            foreach (Match m in Word().Matches(text))
            {
                var key = m.Value.ToUpperInvariant();
                var target = StartsSentence(text, m.Index) ? atStart : inside;
                target.TryAdd(key, m.Value);
            }
        }
        foreach (var (key, value) in atStart)
            inside.TryAdd(key, value);
        return inside;
    }

    private static bool StartsSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '‘' or '\'' or '(' or '*' or '_'))
            i--;
        return i < 0 || text[i] is '.' or '!' or '?' or ':';
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*(?:['’-]\p{L}[\p{L}\p{N}]*)*|\p{N}+\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();
}
