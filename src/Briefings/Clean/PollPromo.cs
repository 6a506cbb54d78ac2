using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A reader poll's promotion in a news site's top bar or beside the story: the question and a call to vote on one line
/// (<c>Poll: Should the embargo be lifted? &gt;&gt; Vote now</c>, <c>Quick poll: Who won the debate? | Have your
/// say</c>). Near the top of a page it sits where the headline is looked for, and would be taken for it.
/// </summary>
internal static partial class PollPromo
{
    public static bool IsPromo(string line) =>
        line.Length <= 200 && (line.Contains("vote", StringComparison.OrdinalIgnoreCase) || line.Contains("your say", StringComparison.OrdinalIgnoreCase))
        && Poll().IsMatch(line);

    [GeneratedRegex(@"^(?:(?:(?:reader(?:s['’])?|quick|daily|online|our|today['’]s) )?poll\s*:\s*.{1,160}?|.{1,160}?\?)\s*(?:>>|»|›|\||-|–|—|:)?\s*(?:vote(?: now| here)?|have your say|cast your vote|take (?:the|our) poll)\s*[.!]?\s*(?:>>|»|›)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Poll();
}
