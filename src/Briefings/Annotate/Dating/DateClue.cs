namespace Briefings.Annotate.Dating;

/// <summary>How much a clue is trusted when clues conflict: the weakest is dropped first.</summary>
public enum ClueStrength
{
    /// <summary>A year or month mentioned as a past event: articles also mention years loosely.</summary>
    Year = 1,
    /// <summary>"new"/"incoming" before an office: the reporter's sense of "new" varies.</summary>
    NearStart = 2,
    /// <summary>The file's commit date: an article cannot be added before it was written.</summary>
    FileDate = 3,
    /// <summary>An officeholder named with the office, or "former" with it.</summary>
    Office = 4,
}

/// <summary>One piece of dating evidence: the dates it allows and why, in words a reader understands.</summary>
public sealed record DateClue(string Reason, DateSet Allowed, ClueStrength Strength);
