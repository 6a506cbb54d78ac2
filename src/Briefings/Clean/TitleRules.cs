using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>Recognises a headline line and derives a title from the lede when the page has none.</summary>
internal static partial class TitleRules
{
    private static readonly HashSet<string> WeakEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that",
        "which", "who", "its", "their", "his", "her", "is", "are", "was", "were", "into", "than", "this", "these", "after",
        "before", "over", "under", "about", "between", "while", "when", "where", "if", "so", "not", "be", "has", "have", "had",
    };

    public static bool IsHeadline(Block block) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Heading
        && block.Text.Length is >= 12 and <= 160
        && block.Text.Split(' ').Length >= 3
        && !block.Text.EndsWith('.') && !block.Text.EndsWith(':') && !block.Text.EndsWith(',')
        && (char.IsUpper(block.Text[0]) || char.IsDigit(block.Text[0]) || block.Text[0] is '"' or '“' or '‘' or '\'');

    /// <summary><c>Headline | Site Name</c> → (headline, site); the site part is only split off after a pipe.</summary>
    public static (string Title, string? Site) SplitSiteSuffix(string line, string? nextLine)
    {
        // "Headline | Section | Site": everything after the first pipe is short site furniture.
        var parts = line.Split(" | ");
        if (parts.Length > 2 && parts[0].Length >= 12 && parts.Skip(1).All(p => p.Split(' ').Length <= 5))
            return (parts[0].Trim(), parts[^1].Trim());
        if (SiteSuffix().Match(line) is { Success: true } m)
        {
            var head = m.Groups[1].Value.Trim();
            var separator = m.Groups[2].Value;
            if (separator == "|" || nextLine is not null && string.Equals(head, nextLine.Trim(), StringComparison.Ordinal))
                return (head, m.Groups[3].Value.Trim());
        }
        return (line, null);
    }

    /// <summary>A title made from the lede: its first sentence in sentence case, cut at a word boundary near 100 characters.</summary>
    public static string FromLede(string lede)
    {
        var text = lede.Replace("*", "", StringComparison.Ordinal).Trim();
        var sentence = FirstSentence().Match(text) is { Success: true } m ? m.Value : text;
        sentence = sentence.TrimEnd('.', ' ');
        if (sentence.Length > 100 && ClauseCut(sentence) is { } clause)
        {
            sentence = clause;
        }
        else if (sentence.Length > 100)
        {
            var words = sentence[..101].Split(' ').ToList();
            if (sentence.Length > 101 && sentence[101] != ' ')
                words.RemoveAt(words.Count - 1);
            while (words.Count > 3 && (WeakEndings.Contains(words[^1].Trim(',', ';', ':', '—', '–', '-')) || words[^1] is "—" or "–" or "-"))
                words.RemoveAt(words.Count - 1);
            sentence = string.Join(' ', words).TrimEnd(',', ';', ':', '—', '–', '-', ' ');
        }
        sentence = BalanceQuotes(sentence);
        sentence = SentenceCaseFirstWord(sentence);
        if (sentence.Length < 12)
            sentence = text.Length <= 100 ? text : text[..100].Trim();
        return sentence;
    }

    /// <summary>The sentence cut at its last clause boundary (colon, semicolon, dash, comma, opening quote) between 40 and 110 characters.</summary>
    private static string? ClauseCut(string sentence)
    {
        var cut = ClauseBoundary().Matches(sentence).Where(m => m.Index is >= 40 and <= 110).Select(m => m.Index).LastOrDefault();
        return cut > 0 ? sentence[..cut].TrimEnd(',', ' ') : null;
    }

    private static string BalanceQuotes(string text)
    {
        if (text.Count(c => c == '“') != text.Count(c => c == '”') || text.Count(c => c == '"') % 2 == 1)
            text = text.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>An ALL-CAPS opening word (<c>RUSSIA will…</c>) becomes <c>Russia</c>; short acronyms (NATO, US) stay.</summary>
    public static string SentenceCaseFirstWord(string text)
    {
        var m = FirstWord().Match(text);
        if (!m.Success)
            return text;
        var word = m.Value;
        var letters = word.Where(char.IsLetter).ToList();
        if (letters.Count > 4 && letters.All(char.IsUpper) || letters.Count > 0 && text.Where(char.IsLetter).Take(8).All(char.IsUpper))
        {
            var lower = CultureInfo.InvariantCulture.TextInfo.ToLower(word);
            var fixedWord = char.ToUpperInvariant(lower[0]) + lower[1..];
            text = fixedWord + text[word.Length..];
        }
        return text;
    }

    [GeneratedRegex(@"^(.{12,}?)\s+(\||—|–|-|::)\s+([^|—–]{2,50})$")]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"^.+?(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Prof|No|Jr|Sr|U\.S|U\.K|U\.N|[A-Z]))[.!?](?=\s+[\p{Lu}""“‘]|$)")]
    private static partial Regex FirstSentence();

    [GeneratedRegex(@"[:;,](?=\s)|\s[—–-]\s|\s[“""(]")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"^\S+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
