using Briefings.Annotate.Text;

namespace Briefings.Annotate.People;

/// <summary>
/// An office named as the object of the event that ended it: "accepted the resignation of the government of Prime
/// Minister Askar Mamin", "dissolved the civilian-led government of Prime Minister Abdalla Hamdok", "ousted President
/// Mohamed Morsi", "after the fall of President …". The story is told after that term ended, as with "former": reading
/// the office as held would date the story inside the term it reports the end of.
/// </summary>
internal static class TermEndings
{
    /// <summary>How many words may stand between the event and the office: "the civilian-led government of".</summary>
    private const int Reach = 6;

    /// <summary>Verbs, in the past, that end a term when an office is their object; a participle before an office reads as "former" too ("ousted President").</summary>
    private static readonly WordSet EndingVerbs = new(["ousted", "overthrew", "overthrown", "deposed", "toppled", "dissolved", "dismissed", "sacked", "removed"]);

    /// <summary>Nouns for the end of a term: "the resignation of" after "accepted", "the fall of", "the ouster of", "the overthrow of".</summary>
    private static readonly WordSet EndingNouns = new(["fall", "ouster", "overthrow", "removal", "dismissal"]);

    /// <summary>Words that may stand between the event and the office: what the office heads ("the government of").</summary>
    private static readonly WordSet Between = new(["the", "a", "his", "her", "its", "their", "government", "cabinet", "administration", "regime", "civilian", "led", "elected", "transitional", "interim", "caretaker", "coalition", "whole", "entire", "of"]);

    /// <summary>
    /// Whether the office phrase that starts at token <paramref name="start"/> (a connector such as "of" may open it)
    /// before the name that starts at <paramref name="name"/> is the object of an event that ended it.
    /// </summary>
    public static bool Precede(ScannedText text, int start, int name)
    {
        var tokens = text.Tokens;
        if (start < name && tokens[start].Key is "of" or "the")
            start++;
        for (var i = start - 1; i >= 0 && start - i <= Reach + 1; i--)
        {
            var t = tokens[i];
            if (t.Sentence != tokens[start].Sentence || HasComma(text, i))
                return false;
            // A verb of dismissal reaches the office only directly, and not its holder's words: "dismissed Prime
            // Minister …", not "dismissed the criticism of Prime Minister …" or "dismissed Prime Minister …'s warning".
            if (EndingVerbs.Contains(t.Key))
                return !NamePossessive(tokens, name) && (t.Key is "ousted" or "overthrew" or "overthrown" or "deposed" or "toppled" or "dissolved" || Only(tokens, i + 1, start, "the", "his", "her", "its", "their"));
            if (t.Key == "of" && i > 0 && (EndingNouns.Contains(tokens[i - 1].Key)
                || tokens[i - 1].Key == "resignation" && Accepted(tokens, i - 1)))
                return tokens[i - 1].Sentence == t.Sentence;
            if (!Between.Contains(t.Key))
                return false;
        }
        return false;
    }

    /// <summary>"accepted the resignation", "accepting his resignation": a resignation taken, not one demanded.</summary>
    private static bool Accepted(TokenList tokens, int resignation)
    {
        for (var i = resignation - 1; i >= 0 && resignation - i <= 2; i--)
            if (tokens[i].Key is "accepted" or "accepts" or "accepting")
                return true;
        return false;
    }

    /// <summary>The name ends in a possessive: what follows is the person's ("Boris Johnson's warning").</summary>
    private static bool NamePossessive(TokenList tokens, int name)
    {
        for (var i = name; i < tokens.Count && tokens[i].Sentence == tokens[name].Sentence && tokens[i].IsCapitalized; i++)
            if (tokens[i].Possessive)
                return true;
        return false;
    }

    private static bool Only(TokenList tokens, int from, int to, params string[] keys)
    {
        for (var i = from; i < to; i++)
            if (!keys.Contains(tokens[i].Key))
                return false;
        return true;
    }

    private static bool HasComma(ScannedText text, int leftIndex) => text.Gap(leftIndex).Contains(',');
}
