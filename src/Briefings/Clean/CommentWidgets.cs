using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A comment form's furniture under a story, in the words a news site's template uses: the call to write
/// (<c>Comment on this story: [ Write your comment ]</c>), the counter beside a link (<c>0 Commentaires · Laisser un
/// commentaire</c>, <c>Reader comments (12) | Post a comment</c>), and the form's rules (<c>Please type in Thai with diacritics. Comments are moderated before
/// publication.</c>).
/// </summary>
internal static partial class CommentWidgets
{
    /// <summary>True when the line is a comment form's prompt, counter or rule.</summary>
    public static bool IsWidget(string line) => line.Length <= 200 && line.AsSpan().ContainsAny(Stems) && Widget().IsMatch(line);

    // Every wording holds one of these (ASCII, so the search stays vectorised): comment, commentaire, comentário, komentar.
    private static readonly SearchValues<string> Stems = SearchValues.Create(["comment", "koment", "coment", "diacritic"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:please (?:type|write|comment) in \p{L}+ with (?:full )?(?:diacritics|accents)\b.*|comments? (?:are|will be) (?:moderated|reviewed|checked|read)\b.{0,80}|(?:comment on|discuss) this (?:story|article|report|item|news)\s*:.*|\[?\s*(?:write|post|add|leave|submit) (?:a |your )?comment\s*\]?.{0,60}|\d+\s+(?:comments?|commentaires?|coment[aá]rios?|komentar)\s*[·|•]\s*.{0,60}|(?:readers?['’]? )?comments?\s*\(\d+\)\s*[·|•]\s*(?:post|add|write|leave|read|view) (?:a |your |all )?comments?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Widget();
}
