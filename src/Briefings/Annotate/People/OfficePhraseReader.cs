using Briefings.Annotate.Text;

namespace Briefings.Annotate.People;

/// <summary>
/// Reads the phrase that describes a name: before it ("Syrian President Bashar al-Assad", "Mr Putin"), as an
/// appositive before it ("Spain's prime minister, Pedro Sánchez") or after it ("Robert Fico, Slovakia's prime minister").
/// </summary>
internal static class OfficePhraseReader
{
    private const int MaxWords = 8;
    private static readonly WordSet Determiners = new(["the", "a", "an", "his", "her", "its", "their", "our", "whose"]);
    private static readonly WordSet CourtesyTitles = new(["ayatollah", "sheikh", "sheik", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "general", "admiral"]);
    private static readonly WordSet Connectors = new(["and", "of", "in", "to", "for", "the", "a", "an"]);
    private static readonly WordSet CountryCodes = new(["us", "uk", "eu", "un", "nato", "u", "s", "usa", "gcc", "asean", "iaea", "who", "imf", "opec"]);
    private static readonly WordSet GovernmentDirectorWords = new(["intelligence", "cia", "fbi", "nsa", "national", "budget", "mossad", "security", "homeland"]);

    /// <summary>The phrase describing the name at tokens [first, last], preferring one directly before it.</summary>
    public static OfficePhrase? Read(ScannedText text, int first, int last) =>
        Before(text, first) ?? After(text, last);

    /// <summary>The phrase directly before the name, or an appositive before it ("the House speaker, Paul Ryan").</summary>
    public static OfficePhrase? Before(ScannedText text, int first)
    {
        var tokens = text.Tokens;
        var words = new List<Token>();
        var i = first - 1;
        // "its Deputy Prime Minister, Sayyid Fahd …": a courtesy title between an appositive office and the name.
        var courtesy = i;
        while (courtesy > 0 && Vocabulary.CourtesyTitles.Contains(tokens[courtesy].Key) && Adjacent(text, courtesy))
            courtesy--;
        if (courtesy < i && courtesy >= 0 && IsComma(text.Gap(courtesy)) && tokens[courtesy].Sentence == tokens[first].Sentence)
            i = courtesy;
        var place = PhrasePlace.Before;
        if (i >= 0 && IsComma(text.Gap(i)))
            place = PhrasePlace.AppositiveBefore;
        else if (!Adjacent(text, i))
            return null;
        while (i >= 0 && words.Count < MaxWords)
        {
            var t = tokens[i];
            if (t.Sentence != tokens[first].Sentence)
                break;
            if (t.Key == "and" && !(i > 0 && Adjacent(text, i - 1) && IsPhraseWord(tokens[i - 1]) && !Determiners.Contains(tokens[i - 1].Key)))
                break; // "Sergei Shoigu and the chief of the general staff, Valery Gerasimov": two people, not one office.
            if (IsPhraseWord(t))
            {
                if (t.Possessive && words.Count > 0 && !t.IsCapitalized)
                    break;
                words.Insert(0, t);
                if (t.Possessive)
                    break;
            }
            else if (IsQualifier(t))
            {
                words.Insert(0, t);
                // "ambassador in London", "envoy to Moscow": a place inside the phrase, keep reading.
                var j = i - 1;
                if (j > 0 && tokens[j].Key == "the" && Adjacent(text, j))
                    j--;
                if (j >= 0 && tokens[j].Key is "in" or "to" or "of" && Adjacent(text, j) && Adjacent(text, j + 1 < i ? j + 1 : j))
                {
                    for (var k = i - 1; k > j; k--)
                        words.Insert(0, tokens[k]);
                    i = j;
                    continue;
                }
                // "the European Union's", "Middle East", "North Korean": a qualifier may have several words.
                for (var extra = 0; extra < 2 && i > 0 && Adjacent(text, i - 1) && (tokens[i - 1].IsCapitalized || tokens[i - 1].IsAllCaps) && !tokens[i - 1].IsNumber
                    && (!IsPhraseWord(tokens[i - 1]) || tokens[i - 1].Key is "european" or "united" or "national") && !Vocabulary.NotNames.Contains(tokens[i - 1].Key); extra++)
                    words.Insert(0, tokens[--i]);
                if (i > 0 && tokens[i - 1].Key == "u" && t.Key == "s")
                    words.Insert(0, tokens[--i]);
                // "former US President", "the new German chancellor": time modifiers come before the country.
                while (i > 0 && Adjacent(text, i - 1) && Vocabulary.TimeModifiers.Contains(tokens[i - 1].Key))
                    words.Insert(0, tokens[--i]);
                break;
            }
            else
            {
                break;
            }
            if (!Adjacent(text, i - 1))
            {
                // "the supreme leader, Ayatollah Ali Khamenei": honorifics right after an appositive's comma.
                if (place == PhrasePlace.Before && i > 0 && IsComma(text.Gap(i - 1)) && words.All(w => CourtesyTitles.Contains(w.Key)))
                {
                    place = PhrasePlace.AppositiveBefore;
                    i--;
                    continue;
                }
                break;
            }
            i--;
        }
        var phrase = Build(place, words);
        // "dissolved the government of Prime Minister …": the office the event ended, as with "former".
        if (phrase is { IsOffice: true } && place == PhrasePlace.Before && !phrase.Has("former") && TermEndings.Precede(text, first - words.Count, first))
            phrase = phrase with { Modifiers = [.. phrase.Modifiers, "former"] };
        return phrase;
    }

    /// <summary>An appositive after the name: "Dan Coats, the director of national intelligence,".</summary>
    public static OfficePhrase? After(ScannedText text, int last)
    {
        var tokens = text.Tokens;
        if (last + 1 >= tokens.Count || !IsComma(text.Gap(last)) || tokens[last + 1].Sentence != tokens[last].Sentence)
            return null;
        if (TitlesNextName(text, last + 1))
            return null;
        var words = new List<Token>();
        var sawHead = false;
        for (var i = last + 1; i < tokens.Count && words.Count < MaxWords; i++)
        {
            var t = tokens[i];
            var ok = IsPhraseWord(t) || Determiners.Contains(t.Key)
                || (IsQualifier(t) && (!sawHead || words.Count > 0 && words[^1].Key is "of" or "to" or "in" or "for" || words.Count > 0 && words[^1].IsCapitalized));
            if (!ok)
                break;
            words.Add(t);
            sawHead |= IsHead(t.Key);
            if (!Adjacent(text, i) && !(t.Possessive && i + 1 < tokens.Count))
                break;
        }
        // "Orla Brennan, head of oil research at a consultancy": a head whose field goes on in lower case is a job in
        // a firm or a department, not a public office ("head of state" and "chief of staff" are read whole).
        var fieldInLowerCase = words is [.., { Key: "of" }] && last + 1 + words.Count < tokens.Count && !tokens[last + 1 + words.Count].IsCapitalized;
        // Trailing connectors belong to what follows: "..., the prime minister of".
        while (words.Count > 0 && words[^1].Key is "of" or "to" or "in" or "for" or "and" or "the")
            words.RemoveAt(words.Count - 1);
        var phrase = Build(PhrasePlace.AppositiveAfter, words);
        return fieldInLowerCase && phrase is { Core: ["head" or "chief" or "director"] } ? phrase with { HasOfficeHead = false } : phrase;
    }

    /// <summary>
    /// "In Buenos Aires, President Alberto Fernández said", "Visiting the Golan Heights, Israel's Prime Minister Benjamin
    /// Netanyahu says": after the comma, a title (with its country) straight before another name is that name's.
    /// </summary>
    private static bool TitlesNextName(ScannedText text, int start)
    {
        var tokens = text.Tokens;
        var i = start;
        // The title's owner: "Israel's", "Israeli", "US".
        if (i < tokens.Count && (tokens[i].Possessive || IsQualifier(tokens[i])) && tokens[i].IsCapitalized && !IsHead(tokens[i].Key) && Adjacent(text, i))
            i++;
        var sawHead = false;
        for (; i < tokens.Count && tokens[i].IsCapitalized && IsPhraseWord(tokens[i]) && Adjacent(text, i); i++)
            sawHead |= IsHead(tokens[i].Key);
        return sawHead && i < tokens.Count && tokens[i].IsCapitalized && !tokens[i].Possessive && !IsPhraseWord(tokens[i])
            && !Connectors.Contains(tokens[i].Key) && tokens[i].Sentence == tokens[start].Sentence;
    }

    private static OfficePhrase? Build(PhrasePlace place, List<Token> words)
    {
        if (words.Count == 0)
            return null;
        var modifiers = new List<string>();
        string? qualifier = null;
        string? qualifierKey = null;
        var core = new List<Token>();
        var qualifierTokens = new List<Token>();
        foreach (var w in words)
        {
            if (Vocabulary.TimeModifiers.Contains(w.Key) && !IsHead(w.Key))
                modifiers.Add(w.Key is "ex" ? "former" : w.Key is "newly" ? "new" : w.Key);
            else if (Determiners.Contains(w.Key) && core.Count == 0)
                continue;
            else if (core.Count == 0 && (IsQualifier(w) || w.Possessive && w.IsCapitalized))
                qualifierTokens.Add(w);
            else
                core.Add(w);
        }
        if (qualifierTokens.Count > 0)
        {
            qualifier = string.Join(' ', qualifierTokens.Select(t => t.Text));
            if (qualifier == "U S")
                qualifier = "U.S.";
            qualifierKey = string.Join(' ', qualifierTokens.Select(t => t.Key));
        }
        // "and the House speaker", "of President": connectors before the office belong to the sentence.
        while (core.Count > 0 && Connectors.Contains(core[0].Key))
            core.RemoveAt(0);
        // "the supreme leader, Ayatollah Ali Khamenei": the courtesy title is not part of the office.
        while (place == PhrasePlace.AppositiveBefore && core.Count > 1 && CourtesyTitles.Contains(core[^1].Key) && core[^1].Key is not ("general" or "admiral")
            && core.Take(core.Count - 1).Any(t => IsHead(t.Key)))
            core.RemoveAt(core.Count - 1);
        var coreKeys = core.Select(t => t.Key).ToList();
        var hasHead = coreKeys.Any(IsHead) && (!coreKeys.Contains("director") || coreKeys.Any(GovernmentDirectorWords.Contains) || coreKeys.Any(k => k != "director" && IsHead(k)));
        if (coreKeys.Contains("member") && coreKeys.Contains("politburo"))
            hasHead = true;
        var hasExpert = coreKeys.Any(Vocabulary.ExpertHeads.Contains);
        var honorificOnly = core.Count > 0 && coreKeys.All(k => Vocabulary.Honorifics.Contains(k));
        if (!hasHead && !hasExpert && !honorificOnly)
            return null;
        // "Former ambassador and security expert": the office is the part before "and".
        var officeWords = core;
        var and = coreKeys.IndexOf("and");
        if (and > 0 && coreKeys.Take(and).Any(IsHead))
            officeWords = core[..and];
        var office = officeWords.Count > 0 ? string.Join(' ', officeWords.Select(t => t.Text)) : null;
        return new OfficePhrase(place, coreKeys, office, qualifier, qualifierKey, modifiers, hasHead, hasExpert, honorificOnly);
    }

    private static bool IsHead(string key) => Vocabulary.OfficeHeads.Contains(key) && key is not ("vice" or "deputy");

    private static bool IsPhraseWord(Token t) =>
        !CountryCodes.Contains(t.Key) && (Vocabulary.OfficeHeads.Contains(t.Key) || Vocabulary.OfficeWords.Contains(t.Key)
        || Vocabulary.TimeModifiers.Contains(t.Key) || Vocabulary.ExpertHeads.Contains(t.Key) || Vocabulary.Honorifics.Contains(t.Key)
        || t.Key is "military" or "security" or "political" or "foreign" or "policy" or "russia" && !t.IsCapitalized);

    /// <summary>A country, organisation or person owning the office: "Canadian", "Spain's", "US", "NATO", "Trump's".</summary>
    private static bool IsQualifier(Token t) =>
        (t.IsCapitalized || t.IsAllCaps) && !t.IsNumber && !Vocabulary.NotNames.Contains(t.Key)
        && (CountryCodes.Contains(t.Key) || t.Possessive || !IsPhraseWord(t));

    private static bool Adjacent(ScannedText text, int leftIndex)
    {
        if (leftIndex < 0 || leftIndex + 1 >= text.Tokens.Count)
            return false;
        if (text.Tokens[leftIndex].Sentence != text.Tokens[leftIndex + 1].Sentence)
            return false;
        var gap = text.Gap(leftIndex);
        if (text.Tokens[leftIndex].Possessive)
            gap = gap.Length >= 2 ? gap[2..] : [];
        if (ScannedText.IsAbbreviation(text.Tokens[leftIndex].Text) && gap.Length > 0 && gap[0] == '.')
            gap = gap[1..];
        return gap.Length > 0 && gap.IndexOfAnyExcept(" \u00a0-") < 0;
    }

    private static bool IsComma(ReadOnlySpan<char> gap) => gap.Trim() is ",";
}
