using Briefings.Annotate.Text;

namespace Briefings.Annotate.People;

/// <summary>A run of words that looks like a person's full name: "Justin Trudeau", "Bashar al-Assad", "He Lifeng".</summary>
internal sealed record PersonName(int First, int Last, string Text)
{
    public string Surname(ScannedText text) => text.Tokens[Last].Key;

    /// <summary>
    /// Every full-name-shaped run in the text: two to four capitalised words (with name particles and hyphenated
    /// parts), after dropping leading titles and office words, with no word that marks an organisation or a place.
    /// </summary>
    public static IReadOnlyList<PersonName> FindAll(ScannedText text)
    {
        var tokens = text.Tokens;
        var found = new List<PersonName>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsRun(tokens[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end + 1 < tokens.Count && text.Joined(end) && Continues(text, end + 1))
                end++;
            // One word alone is never a full name (most runs: a capital after a full stop).
            if (end > i && Trim(text, i, end) is { } name)
                found.Add(name);
            i = end + 1;
        }
        return found;
    }

    private static bool StartsRun(Token t) => t.IsCapitalized && !t.IsNumber;

    private static bool Continues(ScannedText text, int i)
    {
        var t = text.Tokens[i];
        if (t.IsNumber)
            return false;
        if (t.IsCapitalized)
            return true;
        // "Tsai Ing-wen": a lower-case part after a hyphen; "Bashar al-Assad": a particle before a capital.
        if (text.GapBefore(i) is "-" && text.Tokens[i - 1].IsCapitalized)
            return true;
        return Vocabulary.NameParticles.Contains(t.Key) && i + 1 < text.Tokens.Count && text.Joined(i) && text.Tokens[i + 1].IsCapitalized;
    }

    private static bool AfterParticle(TokenList tokens, int i, int first) =>
        i > first && tokens[i].IsCapitalized && Vocabulary.NameParticles.Contains(tokens[i - 1].Key);

    private static readonly WordSet CombiningForms = new(["franco", "sino", "anglo", "russo", "indo", "afro", "euro", "greco", "austro", "italo", "turco", "serbo", "hispano", "luso", "nippo", "judeo", "polono", "czecho", "swiss", "soviet", "american", "german", "british", "french", "israeli", "arab"]);

    private static PersonName? Trim(ScannedText text, int first, int last)
    {
        var tokens = text.Tokens;
        // "Russia's ambassador to Ukraine Mikhail Zurabov": the first word after an envoy's "to" is the country.
        if (last - first >= 2 && first >= 2 && tokens[first - 1].Key == "to" && Vocabulary.OfficeHeads.Contains(tokens[first - 2].Key))
            first++;
        // "Fahd bin Mahmoud Al Said": after a particle, a capitalised "Said" is the family name, not the verb.
        while (last >= first && (Vocabulary.NotNames.Contains(tokens[last].Key) && !AfterParticle(tokens, last, first) || tokens[last].IsAllCaps))
            last--;
        if (last < first)
            return null;
        var start = last;
        while (start - 1 >= first && IsNameWord(tokens[start - 1], tokens, start - 1, first))
            start--;
        if (start > last || !IsNameWord(tokens[start], tokens, start, first))
            start++;
        while (start <= last && Vocabulary.NameParticles.Contains(tokens[start].Key))
            start++;
        var words = last - start + 1;
        if (words < 2 || words > 5)
            return null;
        var span = tokens.Slice(start, words);
        if (Vocabulary.PlaceEndings.Contains(span[^1].Key) || span[0].Text.Length == 1 || span[^1].Text.Length == 1)
            return null;
        // "Franco-German", "Sino-Soviet", "Anglo-Irish": two nations' adjective, not a double-barrelled name.
        if (CombiningForms.Contains(span[0].Key) && text.Gap(start) is "-")
            return null;
        var capitalised = 0;
        foreach (ref readonly var t in span)
        {
            if (Vocabulary.OrganisationWords.Contains(t.Key))
                return null;
            if (t.IsCapitalized && t.Text.Length > 1)
                capitalised++;
        }
        if (capitalised < 2 && !text.Text.AsSpan(span[0].Start, span[^1].End - span[0].Start).Contains('-'))
            return null;
        return new PersonName(start, last, text.Text[tokens[start].Start..tokens[last].End]);
    }

    private static bool IsNameWord(Token t, TokenList tokens, int i, int first)
    {
        if (t.IsAllCaps || t.IsNumber)
            return false;
        if (Vocabulary.NameParticles.Contains(t.Key) || !t.IsCapitalized)
            return true;
        // "Vice Premier He Lifeng": a Chinese surname that is also a pronoun, right after an office.
        if (t.Key == "he" && i > first && Vocabulary.OfficeHeads.Contains(tokens[i - 1].Key))
            return true;
        return !Vocabulary.IsNotName(t.Key) && !Vocabulary.OfficeWords.Contains(t.Key) && !Vocabulary.TimeModifiers.Contains(t.Key)
            && !Vocabulary.ExpertHeads.Contains(t.Key) && !Vocabulary.Honorifics.Contains(t.Key);
    }
}
