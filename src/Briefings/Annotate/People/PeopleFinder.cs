using Briefings.Annotate.Text;
using Briefings.Load;

namespace Briefings.Annotate.People;

/// <summary>What the text says about people beyond the knowledge base.</summary>
/// <param name="People">Officeholders introduced by title, experts quoted, and unknown people who speak.</param>
/// <param name="KnownByVariant">Knowledge-base people named in a spelling the knowledge base lacks ("Sergei Lavrov").</param>
/// <param name="LocalSurnames">Surnames of people named in full who are not in the knowledge base.</param>
internal sealed record PeopleFound(IReadOnlyList<PersonMention> People, IReadOnlyList<LeaderMention> KnownByVariant, IReadOnlySet<string> LocalSurnames);

/// <summary>
/// Finds people the knowledge base does not know. An officeholder introduced with an office
/// ("Canadian Prime Minister Justin Trudeau", "Spain's prime minister, Pedro Sánchez", "Robert Fico, Slovakia's prime
/// minister") is a leader with an id made like the knowledge base's; an expert, analyst or journalist
/// ("Russia expert Alexander Gabuev") is someone quoted, never a leader.
/// </summary>
internal sealed class PeopleFinder(NameIndex names)
{
    /// <summary>"Costa Rica", "Sri Lanka": the name's words, as keys, make a country's name (read from the tokens, not re-scanned).</summary>
    private static bool IsCountry(ScannedText text, PersonName name) =>
        name.Last - name.First <= 5 && Vocabulary.CountryNames.Contains(string.Join(' ', text.Tokens.Slice(name.First, name.Last - name.First + 1).ToArray().Select(t => t.Key)));

    /// <summary>
    /// "In San Francisco, China's leader said": a name after a preposition that opens the sentence, closed by a comma,
    /// is where the sentence happens, and what follows the comma is the sentence's subject, not the name's office.
    /// </summary>
    private static bool OpensWithPlace(ScannedText text, PersonName name)
    {
        var at = name.First - 1;
        var tokens = text.Tokens;
        return at >= 0 && tokens[at].Key is "in" or "at" or "from" or "near" or "outside" or "inside" or "across"
            && (at == 0 || tokens[at - 1].Sentence != tokens[at].Sentence) && text.Gap(name.Last).Trim() is ",";
    }

    public PeopleFound Find(ScannedText text)
    {
        var people = new Dictionary<string, PersonMention>(StringComparer.Ordinal);
        var variants = new List<LeaderMention>();
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        string? lastOffice = null;
        var titleCase = TitleCaseSentences(text);
        foreach (var name in PersonName.FindAll(text))
        {
            if (IsKnown(text, name) || IsCountry(text, name) || OpensWithPlace(text, name))
                continue;
            // "Foreign Minister Visits Beijing": in a title-case headline every word looks like a name.
            if (titleCase.Contains(text.Tokens[name.First].Sentence))
                continue;
            var phrase = OfficePhraseReader.Read(text, name.First, name.Last);
            var known = KnownVariants(text, name, phrase);
            if (known.Count == 1)
                variants.Add(new LeaderMention(known[0], name.First, name.Last, true, phrase));
            if (known.Count > 0)
                continue;
            surnames.Add(name.Surname(text));
            // "Wei Jingsheng", "Kim Chang-ho": in Chinese and Korean names the family name comes first, and "Mr Wei"
            // is the same person; either word of a two-word name may be the one a later mention uses.
            if (name.Last == name.First + 1)
                surnames.Add(text.Tokens[name.First].Key);
            var id = Slug.From(name.Text);
            if (id.Length == 0 || people.ContainsKey(id))
                continue;
            var sentence = text.SentenceOf(text.Tokens[name.First]);
            var country = phrase?.Qualifier is { } q && names.WithSurname(phrase.QualifierKey!.Split(' ')[^1]).Count == 0 ? q : null;
            if (phrase is { IsOffice: true, IsLocalOffice: false })
            {
                // "Her Swedish counterpart, Magdalena Andersson": the office of the person just introduced.
                var office = phrase.Core is ["counterpart"] && lastOffice is not null ? lastOffice : phrase.Office;
                people[id] = new PersonMention(id, name.Text, office, country, sentence, IsLeader: true);
                lastOffice = office;
            }
            else if (phrase is { HasExpertHead: true } or { IsLocalOffice: true })
            {
                people[id] = new PersonMention(id, name.Text, phrase.Office, country, sentence, IsLeader: false);
            }
            else if (Speaks(text, name) && SurnameRecurs(text, name))
            {
                people[id] = new PersonMention(id, name.Text, null, null, sentence, IsLeader: false);
            }
        }
        return new PeopleFound([.. people.Values.OrderBy(p => p.Id, StringComparer.Ordinal)], variants, surnames);
    }

    /// <summary>Lines without closing punctuation whose longer words are mostly capitalised: headlines and headings.</summary>
    private static HashSet<int> TitleCaseSentences(ScannedText text)
    {
        // One pass over the tokens, sentence by sentence (tokens come in sentence order).
        var found = new HashSet<int>();
        var tokens = text.Tokens;
        var start = 0;
        while (start < tokens.Count)
        {
            var sentence = tokens[start].Sentence;
            var end = start;
            int words = 0, capitalized = 0;
            for (; end < tokens.Count && tokens[end].Sentence == sentence; end++)
            {
                if (tokens[end].Text.Length <= 3 || tokens[end].IsNumber)
                    continue;
                words++;
                if (tokens[end].IsCapitalized)
                    capitalized++;
            }
            if (words >= 4 && capitalized >= 0.75 * words && !EndsWithPunctuation(text, end - 1))
                found.Add(sentence);
            start = end;
        }
        return found;
    }

    private static bool EndsWithPunctuation(ScannedText text, int last) =>
        text.Gap(last).TrimStart().IndexOfAny(".!?\"”:;") == 0;

    /// <summary>The run, or a longer knowledge-base name around it, is someone the knowledge base knows.</summary>
    private bool IsKnown(ScannedText text, PersonName name)
    {
        for (var i = Math.Max(0, name.First - 2); i <= name.Last; i++)
            foreach (var form in names.StartingWith(text.Tokens[i].Key))
                if (form.IsFull && LeaderLinker.Match(text, i, form) is { } last && last >= name.First && i <= name.Last)
                    return true;
        return false;
    }

    /// <summary>
    /// "Sergei Lavrov" for the knowledge base's Sergey Lavrov: same surname, and either the office fits or the
    /// given names differ by a letter or two of transliteration. A name that fits two people this way ("George Bush" for
    /// either President Bush) is a namesake: neither is taken, and nor is a new person; the text's period decides
    /// (<see cref="Namesakes"/>).
    /// </summary>
    private List<Leader> KnownVariants(ScannedText text, PersonName name, OfficePhrase? phrase)
    {
        var given = text.Tokens[name.First].Key;
        var fitting = names.WithSurname(name.Surname(text)).Where(leader =>
        {
            var leaderGiven = new ScannedText(leader.Name).Tokens[0].Key;
            return SpelledAlike(given, leaderGiven) || phrase is { IsOffice: true } && RoleMatcher.Matching(leader, phrase).Count > 0 && given[0] == leaderGiven[0];
        }).Take(2).ToList();
        if (fitting.Count > 0)
            return fitting;
        // A transliterated surname ("Zelenskiy"): only when the given name is nearly the same too, and only one person fits.
        var similar = names.WithSurnameLike(name.Surname(text))
            .Where(l => SpelledAlike(given, new ScannedText(l.Name).Tokens[0].Key)).ToList();
        return similar.Count == 1 ? similar : [];
    }

    /// <summary>
    /// Given names that differ only by transliteration ("Sergei", "Sergey"): a letter or two, fewer in a short name, none
    /// in a two-letter one ("Yi Peng", a ship, is not Li Peng).
    /// </summary>
    private static bool SpelledAlike(string given, string leaderGiven) =>
        EditDistance.Of(given, leaderGiven) <= Math.Min(2, (Math.Min(given.Length, leaderGiven.Length) - 1) / 2);

    private static bool Speaks(ScannedText text, PersonName name)
    {
        var tokens = text.Tokens;
        var after = name.Last + 1 < tokens.Count && text.Joined(name.Last) && Vocabulary.SpeechVerbs.Contains(tokens[name.Last + 1].Key);
        var before = name.First > 0 && tokens[name.First - 1].Key is "said" or "says" or "wrote" && text.Joined(name.First - 1);
        return after || before;
    }

    private static bool SurnameRecurs(ScannedText text, PersonName name)
    {
        // The surname again on its own ("Kovalenko said"), not the whole name repeated ("Hong Kong ... Hong Kong").
        var tokens = text.Tokens;
        var surname = tokens[name.Last].Key;
        var before = tokens[name.Last - 1].Key;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Key == surname && (i < name.First || i > name.Last) && t.IsCapitalized
                && !(i > 0 && tokens[i - 1].Key == before && text.Joined(i - 1)))
                return true;
        }
        return false;
    }
}
