using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// An e-mailed newsletter's sign-off (<c>With best regards,</c>, <c>Until next week,</c>, <c>Thanks for reading,</c>),
/// perhaps with the editor's name on its line: the letter is over, and what the e-mail carries below it is the sender's
/// (links to its other work, an event to sign up for, "Forward to a friend", preferences, the postal address). Only
/// when no paragraph of prose follows: a letter quoted in an article goes on with the article.
/// </summary>
internal static partial class NewsletterSignOff
{
    /// <summary>The most words a paragraph under the sign-off may have: an event's blurb, not a paragraph of the text.</summary>
    private const int MaximumWordsAfter = 30;

    public static bool EndsLetter(List<Block> blocks, int i)
    {
        var text = blocks[i].Text;
        if (text.Length is < 5 or > 80 || !text.Contains(',') || !SignOff().IsMatch(text))
            return false;
        for (var j = i + 1; j < blocks.Count; j++)
            if (blocks[j].Kind is BlockKind.Paragraph or BlockKind.Quote && WordCount.BySpaces(blocks[j].Text) > MaximumWordsAfter)
                return false;
        return true;
    }

    // The sign-off with a comma, and at most a name after it.
    [GeneratedRegex(@"^(?:with )?(?:(?:best|kind|warm|warmest|all the best|many) (?:regards|wishes)|regards|best|cheers|until next (?:week|time|month)|thanks for reading|see you next (?:week|time)|yours(?: sincerely| truly)?|sincerely)\s*,(?:\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();
}
