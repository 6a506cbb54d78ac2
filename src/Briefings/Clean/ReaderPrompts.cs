using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// What a broadcaster's or a blog's page says to its readers around the story: the appeal to share it that public
/// broadcasters set between paragraphs (<c>Help keep your community informed – share this story</c>), the marker an ad
/// leaves in a blog post (<c>Continue reading below…</c>), and the comment section's policy, sorter and contact
/// (<c>To encourage thoughtful and respectful conversations, first and last names will appear with each submission.</c>,
/// <c>Sort by: Newest (212)</c>, <c>Please contact Audience Relations …</c>).
/// </summary>
internal static partial class ReaderPrompts
{
    // Every prompt holds one of these: one vectorised search spares nearly every line the patterns.
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["share this", "reading below", "names will appear", "respectful conversation", "audience relations", "sort by"], StringComparison.OrdinalIgnoreCase);

    public static bool IsPrompt(string line) =>
        line.Length <= 320 && line.AsSpan().ContainsAny(Triggers) && (ShareAppeal().IsMatch(line) || AdMarker().IsMatch(line) || CommentPolicy().IsMatch(line));

    [GeneratedRegex(@"^.{3,100}?\s[–—-]\s+share this (?:story|article|page|post)\s*[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareAppeal();

    [GeneratedRegex(@"^(?:continue|keep) reading below\s*(?:…|\.\.\.|\.)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AdMarker();

    [GeneratedRegex(@"\bfirst and last names will appear with each (?:submission|comment)\b|^to encourage (?:thoughtful|respectful|civil)\b.{0,40}\bconversations?\b|\b(?:contact|e-?mail|write to) (?:our )?audience relations\b|^(?:[\p{L}&. ]{1,40} )?audience relations$|^sort by:?\s*(?:newest|oldest|best|top|most (?:liked|popular|recent))(?:\s*\(\d[\d,]*\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentPolicy();
}
