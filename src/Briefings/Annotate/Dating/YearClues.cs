using Briefings.Annotate.Text;

namespace Briefings.Annotate.Dating;

/// <summary>
/// Years (and months) mentioned as past events bound the date from below: "signed in 2023", "since March 2022",
/// "in early 2024". Years in sentences about the future ("by the end of 2027", "is expected to ... in 2049") and
/// ranges ("2024-2028") prove nothing.
/// </summary>
internal static class YearClues
{
    private static readonly HashSet<string> PastContext = new(["in", "since", "of", "from", "early", "late", "mid", "during", "throughout", "spring", "summer", "autumn", "fall", "winter"], StringComparer.Ordinal);
    private static readonly HashSet<string> FutureBefore = new(["by", "until", "till", "before", "after", "through", "next", "to", "expires", "expire", "expiring", "due", "target", "deadline"], StringComparer.Ordinal);
    private static readonly HashSet<string> FutureSentence = new(["will", "would", "expected", "expects", "expect", "expires", "expire", "due", "plan", "plans", "planned", "planning", "scheduled", "aims", "aim", "target", "targets", "goal", "forecast", "forecasts", "projected", "could", "may", "might", "should", "must", "deadline", "until", "ll", "intends", "promised", "pledged", "vowed", "hopes", "ahead"], StringComparer.Ordinal);

    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static IEnumerable<DateClue> From(ScannedText text)
    {
        var tokens = text.Tokens;
        var best = new Dictionary<DateOnly, DateClue>();
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Text.Length != 4 || !t.IsNumber || int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture) is not (>= 1945 and <= 2100) || IsRange(text, i))
                continue;
            var year = int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture);
            var month = Array.IndexOf(Months, tokens[i - 1].Key) + 1;
            var day = month > 0 && i >= 2 && DayOf(tokens[i - 2]) is { } d ? d : 0;
            var contextAt = month > 0 ? (day > 0 ? i - 3 : i - 2) : i - 1;
            // "October 7, 2023": month, day, year.
            if (month == 0 && i >= 2 && DayOf(tokens[i - 1]) is { } usDay && Array.IndexOf(Months, tokens[i - 2].Key) is var m and >= 0)
                (month, day, contextAt) = (m + 1, usDay, i - 3);
            if (contextAt < 0 || tokens[contextAt].Sentence != t.Sentence)
                continue;
            var context = tokens[contextAt].Key;
            if (!(PastContext.Contains(context) || month > 0 && (context is "on" or "last" || day > 0)))
                continue;
            if (FutureWordBefore(tokens, i) || InFutureSentence(tokens, i))
                continue;
            var from = new DateOnly(year, month > 0 ? month : 1, day > 0 ? Math.Min(day, DateTime.DaysInMonth(year, month)) : 1);
            var words = text.Text[tokens[contextAt].Start..t.End];
            best.TryAdd(from, new DateClue($"\"{words}\" mentioned as past: on or after {from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}", DateSet.Since(from), ClueStrength.Year));
        }
        return best.Values;
    }

    // Plain loops, not lambdas: a lambda capturing the loop's token would allocate a closure for every token.
    private static bool FutureWordBefore(TokenList tokens, int i)
    {
        for (var k = Math.Max(0, i - 5); k < i; k++)
            if (tokens[k].Sentence == tokens[i].Sentence && FutureBefore.Contains(tokens[k].Key))
                return true;
        return false;
    }

    /// <summary>A future word anywhere in token i's sentence: tokens come in sentence order, so only its neighbours are read.</summary>
    private static bool InFutureSentence(TokenList tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        for (var k = i; k >= 0 && tokens[k].Sentence == sentence; k--)
            if (FutureSentence.Contains(tokens[k].Key))
                return true;
        for (var k = i + 1; k < tokens.Count && tokens[k].Sentence == sentence; k++)
            if (FutureSentence.Contains(tokens[k].Key))
                return true;
        return false;
    }

    private static int? DayOf(Token t) =>
        t.IsNumber && int.TryParse(t.Text, System.Globalization.CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;

    private static bool IsRange(ScannedText text, int i)
    {
        var tokens = text.Tokens;
        var dashAfter = i + 1 < tokens.Count && tokens[i + 1].IsNumber && text.Gap(i).Trim() is "-" or "–" or "—" or "/";
        var dashBefore = i > 0 && tokens[i - 1].IsNumber && text.Gap(i - 1).Trim() is "-" or "–" or "—" or "/";
        return dashAfter || dashBefore;
    }
}
