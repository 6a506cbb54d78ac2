using System.Buffers;

namespace Briefings.Clean;

/// <summary>
/// A news programme's menu and trails in its transcript or subtitles: the presenter opens with the headlines ("Good
/// evening. Tonight: … Also tonight: … And …") and closes a report with what is next ("Coming up after the break: …",
/// "Still to come: …"). They name the other items of the programme, not the report's; the report starts after the
/// menu and ends before the trail. Only a cue with its colon at the start of a sentence counts ("tonight's vote" and
/// "the talks coming up" are the text's).
/// </summary>
internal static class BroadcastTeasers
{
    private static readonly string[] Cues =
    [
        "Tonight:", "Also tonight:", "Coming up:", "Coming up next:", "Coming up after the break:", "Still to come:",
        "Still ahead:", "Also ahead:", "After the break:", "Later in the programme:", "Later in the program:", "Also in the programme:",
        "Also in the program:", "Later this hour:",
    ];

    private static readonly SearchValues<string> CueSearch = SearchValues.Create(Cues, StringComparison.OrdinalIgnoreCase);

    /// <summary>The longest menu or trail, in words: a paragraph of a report is longer.</summary>
    private const int MaximumWords = 90;

    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind != BlockKind.Paragraph || b.Text.AsSpan().IndexOfAny(CueSearch) < 0 || CueAt(b.Text) is not { } at)
                continue;
            // The menu is the whole paragraph; a trail is what follows its cue, however long the report before it.
            var before = b.Text[..at].TrimEnd();
            var opening = IsOpening(before);
            if (WordCount.BySpaces(opening ? b.Text : b.Text[at..]) > MaximumWords)
                continue;
            if (opening)
            {
                log.Add("promo", b.Text);
                blocks.RemoveAt(i--);
                continue;
            }
            log.Add("promo", b.Text[at..]);
            b.Text = before;
        }
    }

    /// <summary>Where the first cue that starts a sentence begins, or null.</summary>
    private static int? CueAt(string text)
    {
        int? first = null;
        foreach (var cue in Cues)
        {
            for (var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                // A cue with nothing after it names nothing; one inside a sentence is the text's.
                var startsSentence = at == 0 || at >= 2 && text[at - 1] == ' ' && ".!?".Contains(text[at - 2]);
                if (startsSentence && char.IsUpper(text[at]) && at + cue.Length < text.Length - 1 && at < (first ?? int.MaxValue))
                    first = at;
            }
        }
        return first;
    }

    /// <summary>
    /// Nothing before the menu but the presenter's greeting ("Good evening.", "Hello and welcome."), perhaps under the
    /// presenter's name in capitals ("ANNA PRICE: Good evening.").
    /// </summary>
    private static bool IsOpening(string before)
    {
        var colon = before.IndexOf(':');
        if (colon > 0 && WordCount.LettersIfAllCapitals(before.AsSpan(0, colon)) >= 2)
            before = before[(colon + 1)..].TrimStart();
        return before.Length == 0 || before.Length <= 40 && WordCount.BySpaces(before) <= 6
            && (before.StartsWith("Good ", StringComparison.Ordinal) || before.StartsWith("Hello", StringComparison.Ordinal) || before.StartsWith("Welcome", StringComparison.Ordinal));
    }
}
