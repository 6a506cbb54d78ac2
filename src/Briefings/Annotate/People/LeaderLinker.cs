using Briefings.Annotate.Dating;
using Briefings.Annotate.Text;
using Briefings.Load;

namespace Briefings.Annotate.People;

/// <summary>
/// Finds the knowledge base's people in a text. A full name or alias identifies someone on its own; a short name
/// ("Xi", "Lavrov") counts only when the person is also named in full, or when an office or courtesy title fixes it
/// ("President Xi", "Mr Putin"). Names that belong to places, firms and other people are traps, not mentions:
/// "Trump Tower", "Johnson &amp; Johnson", "the Biden administration", "Lyndon Johnson", "Wang Wenbin".
/// </summary>
internal sealed class LeaderLinker(NameIndex names)
{
    /// <param name="localSurnames">Surnames of other people the text names in full (not in the knowledge base).</param>
    /// <param name="period">
    /// When the text is about, from what is linked so far (its stated date, its other officeholders' terms), or null
    /// when nothing says: asked only when a short name fits several people, to choose among namesakes.
    /// </param>
    public IReadOnlyList<LeaderMention> Find(ScannedText text, IReadOnlySet<string> localSurnames, Func<IReadOnlyList<LeaderMention>, DateSet?>? period = null)
    {
        var tokens = text.Tokens;
        var consumed = new bool[tokens.Count];
        var mentions = new List<LeaderMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed[i] || !tokens[i].IsCapitalized)
                continue;
            foreach (var form in names.StartingWith(tokens[i].Key))
            {
                if (!form.IsFull || Match(text, i, form) is not { } last)
                    continue;
                for (var k = i; k <= last; k++)
                    consumed[k] = true;
                if (!IsTrapAfter(text, last, fullName: true) && !IsCompanyJoin(text, i, last) && !IsShipName(text, i))
                    mentions.Add(new LeaderMention(form.Leader, i, last, true, OfficePhraseReader.Read(text, i, last)));
                break;
            }
        }
        var fullyNamed = mentions.Select(m => m.Leader.Id).ToHashSet(StringComparer.Ordinal);
        var bare = new List<(NameForm Form, int First, int Last)>();
        var namesakes = new List<Namesakes>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed[i] || !tokens[i].IsCapitalized)
                continue;
            List<(NameForm Form, int Last)>? candidates = null;
            foreach (var form in names.StartingWith(tokens[i].Key))
                if (!form.IsFull && Match(text, i, form) is { } last)
                    (candidates ??= []).Add((form, last));
            if (candidates is null)
                continue;
            var end = candidates.Max(c => c.Last);
            if (IsTrapAfter(text, end, fullName: false) || IsCompanyJoin(text, i, end) || PartOfOtherName(text, i, end) || IsShipName(text, i))
                continue;
            var phrase = OfficePhraseReader.Before(text, i);
            if (phrase is { Place: PhrasePlace.AppositiveBefore })
                phrase = null; // "the president, Xi" is too rare to trust; "President Xi" is the rule.
            if (Resolve(candidates, phrase, fullyNamed, localSurnames, tokens[i].Key) is { } chosen)
            {
                mentions.Add(new LeaderMention(chosen.Form.Leader, i, chosen.Last, false, phrase));
                for (var k = i; k <= chosen.Last; k++)
                    consumed[k] = true;
            }
            else if (phrase is null && candidates.Select(c => c.Form.Leader.Id).Distinct().Count() == 1 && !tokens[i].IsAllCaps
                && !(i > 0 && tokens[i - 1].Key is "the" or "a" or "an"))
            {
                bare.Add((candidates[0].Form, i, candidates[0].Last));
            }
            else if (Namesakes.Among(candidates, phrase, fullyNamed, localSurnames, text, i) is { } several)
            {
                namesakes.Add(several);
            }
        }
        mentions.AddRange(RepeatedSurnames(text, bare, localSurnames));
        if (namesakes.Count > 0 && period?.Invoke(mentions) is { IsEmpty: false } when)
            mentions.AddRange(Namesakes.ChooseBy(when, namesakes));
        return mentions;
    }

    /// <summary>
    /// A surname only one known person carries, used on its own at least <see cref="RepeatedSurnameCount"/> times,
    /// with nobody else of that name in the text: news prose that says "Putin" throughout means Vladimir Putin.
    /// A single bare mention ("carmakers from Ford") stays unlinked.
    /// </summary>
    private IEnumerable<LeaderMention> RepeatedSurnames(ScannedText text, List<(NameForm Form, int First, int Last)> bare, IReadOnlySet<string> localSurnames)
    {
        foreach (var group in bare.GroupBy(b => string.Join(' ', b.Form.Keys), StringComparer.Ordinal))
        {
            var form = group.First().Form;
            var key = form.Keys[^1];
            var surname = new ScannedText(form.Leader.Name).Tokens[^1].Key;
            if (group.Count() < RepeatedSurnameCount || key != surname || localSurnames.Contains(key) || names.WithSurname(key).Count != 1
                || Vocabulary.IsNotName(key) || names.IsCountry(key) || text.Tokens.Any(t => t.Key == key && !t.IsCapitalized))
                continue; // "in May", "the may-be", "Montenegro joined": a surname that is also a word or a country needs a full mention.
            foreach (var (f, first, last) in group)
                yield return new LeaderMention(f.Leader, first, last, false, null);
        }
    }

    public const int RepeatedSurnameCount = 2;

    private static (NameForm Form, int Last)? Resolve(List<(NameForm Form, int Last)> candidates, OfficePhrase? phrase, HashSet<string> fullyNamed, IReadOnlySet<string> localSurnames, string key)
    {
        var named = candidates.Where(c => fullyNamed.Contains(c.Form.Leader.Id)).ToList();
        if (phrase is { HasOfficeHead: true })
        {
            // An office fixes the person: "President Xi", "Prime Minister Kishida".
            var byRole = candidates.Where(c => RoleMatcher.Matching(c.Form.Leader, phrase).Count > 0).ToList();
            if (byRole.Count == 1)
                return byRole[0];
            if (byRole.Count > 1)
                return named.FirstOrDefault(c => byRole.Contains(c)) is { Form: not null } n ? n : null;
        }
        if (named.Count == 1)
            return named[0];
        if (named.Count > 1)
            return null;
        // "Mr Putin" with no full name: only when nobody else in the text carries that surname.
        if (phrase is { HonorificOnly: true } && candidates.Select(c => c.Form.Leader.Id).Distinct().Count() == 1 && !localSurnames.Contains(key)
            && phrase.Core.All(k => k is "mr" or "mrs" or "ms" or "miss" or "dr" or "sir" or "dame" or "madame" or "herr" or "frau" or "monsieur"))
            return candidates[0];
        return null;
    }

    /// <summary>Matches a name form at token i; returns the index of its last token, or null.</summary>
    internal static int? Match(ScannedText text, int i, NameForm form)
    {
        var tokens = text.Tokens;
        var t = i;
        for (var k = 0; k < form.Keys.Length; k++)
        {
            if (t >= tokens.Count)
                return null;
            if (k > 0)
            {
                if (!text.Joined(t - 1))
                    return null;
                // A middle initial the form does not spell: "Donald J. Trump" for "Donald Trump".
                if (tokens[t].Key != form.Keys[k] && tokens[t].Text.Length == 1 && char.IsUpper(tokens[t].Text[0]) && t + 1 < tokens.Count && text.Joined(t))
                    t++;
            }
            var token = tokens[t];
            if (token.Key != form.Keys[k])
                return null;
            if (form.MustBeCapitalized[k] && !token.IsCapitalized)
                return null;
            if (k < form.Keys.Length - 1 && token.Possessive)
                return null;
            t++;
        }
        return t - 1;
    }

    /// <summary>"Trump Tower", "Biden administration", "Kennedy Center": the name is part of something else.</summary>
    /// <param name="fullName">The name is written in full ("Donald Trump's administration" names the man as well).</param>
    private static bool IsTrapAfter(ScannedText text, int last, bool fullName)
    {
        var tokens = text.Tokens;
        if (last + 1 >= tokens.Count)
            return false;
        var next = tokens[last + 1];
        if (text.Joined(last))
            return Vocabulary.TrapNouns.Contains(next.Key) && next.Key is not ("campaign" or "cabinet" or "era" or "years" or "family" or "presidential");
        // "Trump's administration" names the government, not the man.
        return !fullName && tokens[last].Possessive && next.Key == "administration" && next.Sentence == tokens[last].Sentence && text.Gap(last).Trim().Length <= 2;
    }

    /// <summary>"USS Ronald Reagan", "the aircraft carrier Gerald R. Ford": a ship named after the person.</summary>
    private static bool IsShipName(ScannedText text, int first) =>
        first > 0 && text.Joined(first - 1) && Vocabulary.ShipWords.Contains(text.Tokens[first - 1].Key);

    /// <summary>"Johnson &amp; Johnson", "Procter &amp; Gamble": a firm.</summary>
    private static bool IsCompanyJoin(ScannedText text, int first, int last) =>
        IsAmpersand(text.Gap(last)) || (first > 0 && IsAmpersand(text.GapBefore(first)));

    private static bool IsAmpersand(ReadOnlySpan<char> gap) => gap.Trim() is "&" && gap.Length > 1;

    /// <summary>
    /// A short name inside a longer capitalised name that is not the person's: "Lyndon Johnson", "Wang Wenbin",
    /// "Jackson Hole", "Ford Motor", "Power of Siberia".
    /// </summary>
    private bool PartOfOtherName(ScannedText text, int first, int last)
    {
        var tokens = text.Tokens;
        if (text.Joined(last) && last + 1 < tokens.Count)
        {
            var next = tokens[last + 1];
            if ((next.IsCapitalized && !next.IsNumber) && !Vocabulary.IsNotName(next.Key) && !names.IsNameWord(next.Key))
                return true;
            // "Power of Siberia", "Rice of the Andes": a thing named "X of Y", unless Y is a country ("Abdullah of Jordan").
            if (next.Key == "of" && last + 2 < tokens.Count && text.Joined(last + 1) && tokens[last + 2] is { IsCapitalized: true, IsNumber: false } place
                && !Vocabulary.CountryNames.Contains(place.Key) && !names.IsCountry(place.Key) && !(first > 0 && text.Joined(first - 1) && tokens[first - 1].IsCapitalized))
                return true;
        }
        if (first > 0 && text.Joined(first - 1))
        {
            var previous = tokens[first - 1];
            if (previous.IsCapitalized && !previous.IsNumber && (LooksLikeGivenName(previous) || PlaceWords.Contains(previous.Key)))
                return true;
        }
        return false;
    }

    /// <summary>Words that open a place's name before a surname: "La Paz", "San Martín", "Puerto Montt", "Fort Bragg".</summary>
    private static readonly WordSet PlaceWords = new(["la", "las", "los", "san", "santa", "santo", "são", "sao", "st", "saint", "port", "fort", "mount", "lake", "puerto", "porto", "ciudad", "villa", "cape"]);

    private bool LooksLikeGivenName(Token t) =>
        !Vocabulary.IsNotName(t.Key) && !Vocabulary.OfficeWords.Contains(t.Key) && !Vocabulary.TimeModifiers.Contains(t.Key)
        && !Vocabulary.ExpertHeads.Contains(t.Key) && !names.IsNameWord(t.Key) && !t.IsAllCaps && !IsNationality(t.Key);

    /// <summary>Adjectives of nationality end in a few ways; good enough to keep "Russian Putin" from looking like a given name.</summary>
    private static bool IsNationality(string key) =>
        key.EndsWith("ian", StringComparison.Ordinal) || key.EndsWith("ese", StringComparison.Ordinal) || key.EndsWith("ish", StringComparison.Ordinal)
        || key.EndsWith("ean", StringComparison.Ordinal) || key.EndsWith("can", StringComparison.Ordinal) || key is "french" or "dutch" or "swiss" or "greek" or "thai" or "israeli" or "iraqi" or "saudi" or "qatari" or "emirati" or "pakistani" or "kremlin";
}
