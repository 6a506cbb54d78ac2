using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The exchange-rate box a daily sets in its side column, which a scrape puts under the story: <c>US$ 1 = AED
/// 3.6725</c>, <c>€1 = $1.08 | £1 = $1.27</c>. A line of nothing but rates is the page's, not the story's; a sentence
/// that quotes a rate keeps it.
/// </summary>
internal static partial class CurrencyRates
{
    public static bool IsRateLine(string line) => line.Length <= 120 && line.Contains('=') && RateLine().IsMatch(line);

    private const string Money = @"(?:[A-Z]{0,3}\s?[$€£¥₹]|[A-Z]{3})";

    [GeneratedRegex(@"^(?:" + Money + @"\s?1\s?=\s?" + Money + @"?\s?\d[\d.,]*(?:\s?" + Money + @")?\s*(?:[|·,;]\s*|$))+$")]
    private static partial Regex RateLine();
}
