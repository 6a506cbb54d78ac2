using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A section's teaser at the foot of a financial or business daily's story: the section named after "More from" and a
/// pointer, with the headline of its next story on the same line (<c>More from Metals › Nickel hits a two-year high</c>,
/// <c>MORE IN MARKETS » Gold steadies</c>). The section is named in title case and the pointer follows at once, as no
/// sentence starting "More from the …" runs on.
/// </summary>
internal static partial class SectionTeaser
{
    public static bool IsTeaser(string line) =>
        line.Length <= 200 && line.StartsWith("more ", StringComparison.OrdinalIgnoreCase) && Teaser().IsMatch(line);

    [GeneratedRegex(@"^(?i:more (?:from|in|on)) \p{Lu}[\p{L}&'’.-]*(?: (?:&|and|\p{Lu}[\p{L}&'’.-]*)){0,3}\s*(?:›|»|>>|>|→)(?:\s+\S.*)?$")]
    private static partial Regex Teaser();
}
