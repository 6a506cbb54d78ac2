using Briefings.Annotate.Dating;
using Briefings.Annotate.Text;
using Briefings.Load;

namespace Briefings.Annotate.People;

/// <summary>
/// A short name that fits several known people, none of them named in full: "President Bush" in 1990 and in 2003,
/// "Mr Gandhi", "Assad" said throughout. The text alone cannot choose, but its period can: the mention waits until the
/// rest of the text is linked and dated, and goes to the one person whose office (the one the phrase names, or any,
/// when it names none) fits that period. When several fit, or none, it stays unlinked.
/// </summary>
internal sealed record Namesakes(IReadOnlyList<(NameForm Form, int Last)> Candidates, int First, OfficePhrase? Phrase, string Key)
{
    /// <summary>The namesakes a short name at <paramref name="first"/> may be, or null when it is not such a case.</summary>
    public static Namesakes? Among(List<(NameForm Form, int Last)> candidates, OfficePhrase? phrase, IReadOnlySet<string> fullyNamed,
        IReadOnlySet<string> localSurnames, ScannedText text, int first)
    {
        var token = text.Tokens[first];
        if (token.IsAllCaps || localSurnames.Contains(token.Key) || first > 0 && text.Tokens[first - 1].Key is "the" or "a" or "an")
            return null;
        var fitting = phrase switch
        {
            null or { HonorificOnly: true } => candidates,
            { HasOfficeHead: true } => candidates.Where(c => RoleMatcher.Matching(c.Form.Leader, phrase).Count > 0).ToList(),
            _ => [],
        };
        // Two of them named in full already: the short name is one of those two.
        if (fitting.Count(c => fullyNamed.Contains(c.Form.Leader.Id)) > 1)
            fitting = [.. fitting.Where(c => fullyNamed.Contains(c.Form.Leader.Id))];
        return fitting.Select(c => c.Form.Leader.Id).Distinct().Count() > 1 ? new Namesakes(fitting, first, phrase, token.Key) : null;
    }

    /// <summary>
    /// Mentions for the namesakes whose period picks one person. A name with no office or courtesy title beside it
    /// counts only when the text uses it at least twice, as <see cref="LeaderLinker.RepeatedSurnameCount"/> asks of any
    /// bare surname.
    /// </summary>
    public static IEnumerable<LeaderMention> ChooseBy(DateSet period, IReadOnlyList<Namesakes> namesakes)
    {
        var bareUses = namesakes.Where(n => n.Phrase is null).CountBy(n => n.Key).ToDictionary(StringComparer.Ordinal);
        foreach (var n in namesakes)
        {
            if (n.Phrase is null && bareUses[n.Key] < LeaderLinker.RepeatedSurnameCount)
                continue;
            var fits = n.Candidates.Where(c => Fits(c.Form.Leader, n.Phrase, period)).ToList();
            if (fits.Select(c => c.Form.Leader.Id).Distinct().Count() == 1)
                yield return new LeaderMention(fits[0].Form.Leader, n.First, fits[0].Last, false, n.Phrase);
        }
    }

    /// <summary>
    /// The office the phrase names (or any of the person's, when it names none) fits the period: held during it, or
    /// after it for "former" (read as the dating clues read it), or begun by its end for "the late", "then".
    /// </summary>
    private static bool Fits(Leader leader, OfficePhrase? phrase, DateSet period)
    {
        var named = phrase is { IsOffice: true } ? RoleMatcher.Matching(leader, phrase) : [];
        var offices = named.Count > 0 ? named : leader.Offices;
        if (phrase is not null && (phrase.Has("then") || phrase.Has("late")))
            return offices.Any(o => o.Start <= period.Hull.To);
        if (named.Count > 0)
            return OfficeClues.Clue(leader, phrase!, named) is { } clue && clue.Allowed.Overlaps(period);
        return offices.Any(o => DateSet.From(o.Start, o.End ?? DateOnly.MaxValue).Overlaps(period));
    }
}
