using Briefings.Load;

namespace Briefings.Annotate.People;

/// <summary>One place where the text names a known person, with the office phrase beside it, if any.</summary>
/// <param name="IsFull">Named with a full name or alias (not a surname alone).</param>
internal sealed record LeaderMention(Leader Leader, int First, int Last, bool IsFull, OfficePhrase? Phrase)
{
    /// <summary>The offices the phrase names, when it names one of the person's offices.</summary>
    public IReadOnlyList<Office> Offices => Phrase is null ? [] : RoleMatcher.Matching(Leader, Phrase);
}
