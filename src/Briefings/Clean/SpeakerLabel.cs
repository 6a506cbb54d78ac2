using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The speaker label that opens a line of a transcript or briefing (<c>MR. MILLER:</c>, <c>QUESTION:</c>, <c>Q:</c>):
/// neither a wire dateline (<c>NEW DELHI:</c>) nor the start of a heading.
/// </summary>
internal static partial class SpeakerLabel
{
    public static bool Opens(string line) => Label().IsMatch(line);

    /// <summary>
    /// A turn opened by the speaker's name in capitals (<c>MAYA OLSEN: So what changed?</c>). Kept apart from
    /// <see cref="Opens"/>: a capitals place before a colon (<c>NEW DELHI:</c>) is a wire dateline.
    /// </summary>
    public static bool OpensWithName(string line) => NamedSpeaker().IsMatch(line);

    /// <summary>Titles a transcript or caption prints in capitals before a name (<c>MR. MILLER</c>), as an alternation.</summary>
    public const string Titles = "MR|MRS|MS|DR|SEN|REP|GEN|AMB|PROF";

    [GeneratedRegex(@"^(?:(?:" + Titles + @"|SECRETARY|PRESIDENT|MINISTER)\.?\s+[\p{Lu}'’-]{2,}(?:\s+[\p{Lu}'’-]{2,})?|Q|A|QUESTION|ANSWER|MODERATOR|OPERATOR|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|INTERVIEWER|PARTICIPANT|AUDIENCE MEMBER|Question|Answer|Moderator|Interviewer)\s*:\s")]
    private static partial Regex Label();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}(?:\s*\([^)]{1,30}\))?\s*:\s")]
    private static partial Regex NamedSpeaker();
}
