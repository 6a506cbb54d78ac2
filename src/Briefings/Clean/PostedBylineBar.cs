using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A public broadcaster's by-line bar under the headline: the reporter, the outlet, and the posted and updated stamps,
/// set apart with dots and bars (<c>Name · Outlet News · Posted: Aug 23, 2022 4:05 PM NT | Last Updated: August 23,
/// 2022</c>). Local time zones the stamp rules do not know (NT, AT, MT) keep the bar from reading as a stamp bar; what
/// gives it away is its labels: a <c>Posted:</c> stamp, and nothing else but short names.
/// </summary>
internal static partial class PostedBylineBar
{
    public static bool IsBar(string line)
    {
        if (line.Length > 200 || !line.Contains("Posted:", StringComparison.Ordinal) || !line.Contains('·'))
            return false;
        var segments = line.Split(['·', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var posted = false;
        foreach (var segment in segments)
        {
            if (Stamp().IsMatch(segment))
                posted |= segment.StartsWith("Posted", StringComparison.Ordinal);
            else if (!Name().IsMatch(segment))
                return false;
        }
        return posted;
    }

    /// <summary><c>Posted: Aug 23, 2022 4:05 PM NT</c>, <c>Last Updated: August 23, 2022</c>.</summary>
    [GeneratedRegex(@"^(?:Posted|(?:Last )?Updated|Published)\s*:\s*\p{L}{3,9}\.? \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2}(?: ?[AP]\.?M\.?)?(?: [A-Z]{1,4})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    /// <summary>A reporter's or an outlet's name: up to five capitalised words.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|and|&)){0,4}$")]
    private static partial Regex Name();
}
