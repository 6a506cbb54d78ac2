using Briefings.Annotate.Text;
using Briefings.Load;

namespace Briefings.Annotate.People;

/// <summary>Decides whether an office phrase in the text ("US Secretary of State") names one of a person's offices.</summary>
internal static class RoleMatcher
{
    /// <summary>Words that change which office a phrase names: "vice president" is not "president".</summary>
    private static readonly HashSet<string> Narrowing = new(
        Vocabulary.OfficeWords.Concat(Vocabulary.OfficeHeads).Except(["us", "u", "s", "uk", "eu", "un", "nato", "the", "of", "european", "kremlin", "top", "senior", "chinese", "russian"]),
        StringComparer.Ordinal);

    public static IReadOnlyList<Office> Matching(Leader leader, OfficePhrase phrase)
    {
        if (!phrase.HasOfficeHead || phrase.Core.Count == 0)
            return [];
        var core = string.Join(' ', phrase.Core.Where(k => k is not "the"));
        var withQualifier = phrase.QualifierKey is { } q ? q + " " + core : core;
        // "the vice-president of the US": the office without its "of …" tail.
        var cut = core.IndexOf(" of ", StringComparison.Ordinal);
        var head = cut > 0 ? core[..cut] : core;
        // "an adviser to President Zelensky": the office nearest the name.
        var to = Math.Max(core.LastIndexOf(" to ", StringComparison.Ordinal), core.LastIndexOf(" for ", StringComparison.Ordinal));
        var nearest = to > 0 ? core[(core.IndexOf(' ', to + 1) + 1)..] : core;
        return [.. leader.Offices.Where(o => Names(o).Any(r => Fits(r, core) || Fits(r, withQualifier) || Fits(r, head) || Fits(r, nearest)))];
    }

    private static IEnumerable<string> Names(Office office) =>
        office.Roles.Select(ScannedText.PhraseKey).Append(ScannedText.PhraseKey(office.Title));

    /// <summary>Same words, or one adds only a country ("russian president" ~ "president"), or a title's "of X" tail.</summary>
    private static bool Fits(string role, string phrase)
    {
        if (role.Length == 0 || phrase.Length == 0)
            return false;
        if (role == phrase || role.StartsWith(phrase + " of ", StringComparison.Ordinal) || role.StartsWith(phrase + " for ", StringComparison.Ordinal))
            return true;
        if (role.EndsWith(" " + phrase, StringComparison.Ordinal))
            return OnlyCountry(role[..^(phrase.Length + 1)]);
        if (phrase.EndsWith(" " + role, StringComparison.Ordinal))
            return OnlyCountry(phrase[..^(role.Length + 1)]);
        return false;
    }

    private static bool OnlyCountry(string prefix) => prefix.Split(' ').All(w => !Narrowing.Contains(w));
}
