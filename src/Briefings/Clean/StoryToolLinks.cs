using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The tools a broadcaster's or newspaper's story page lists under the text, beside Print and Share: a call for the
/// reader's feedback and the story's permanent address printed out (<c>Send us your feedback | Print | Permalink
/// https://example.org/a-123</c>). Asked of each segment of a tool bar, so a sentence about feedback is never one.
/// </summary>
internal static partial class StoryToolLinks
{
    /// <summary>True when the segment is such a tool.</summary>
    public static bool IsTool(string segment) => segment.Length <= 100 && Tool().IsMatch(segment);

    [GeneratedRegex(@"^(?:send (?:us )?(?:your )?feedback|(?:give|leave|share) (?:us )?(?:your )?feedback|feedback|report an? (?:error|mistake|typo)|(?:permalink|permanent link|short link|share link)(?:\s*:\s*|\s+)https?://\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Tool();
}
