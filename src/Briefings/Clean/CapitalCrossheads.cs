namespace Briefings.Clean;

/// <summary>
/// Crossheads set in capitals on a line of their own between paragraphs (<c>WHAT THE TREATY LEAVES OUT</c>): how an
/// old newspaper's or magazine's archive prints the sections of an essay. A line in capitals is also how a photo
/// agency's credit looks under a caption, so they are taken as headings only when the page sets two or more, each
/// over a paragraph of prose, each a phrase (it has a word such as THE, HOW or OF that no photographer's name has),
/// and none naming an agency; they are then marked before the caption rules could read them as credits. Some sites end
/// each with a colon (<c>WHAT THE ACCORD PROVIDES:</c>), over prose or over the list it introduces; the colon is theirs,
/// not the heading's. Such a line printed twice is a field or a speaker's turn, not a section. Once two are found, the
/// page's other crossheads need no phrase word (<c>REACTION ABROAD</c>), unless a caption stands above the line.
/// </summary>
internal static class CapitalCrossheads
{
    /// <summary>The most words a crosshead has.</summary>
    private const int MaxWords = 10;

    /// <summary>The fewest words of prose above the first crosshead.</summary>
    private const int ProseWords = 20;

    /// <summary>The fewest words of the paragraph under a crosshead (it may lead into a list).</summary>
    private const int SectionWords = 10;

    public static void Mark(List<Block> blocks)
    {
        List<int>? found = null;
        List<int>? unphrased = null;
        var seenProse = false;
        for (var i = 0; i < blocks.Count - 1; i++)
        {
            var b = blocks[i];
            if (seenProse && IsCrosshead(b, out var phrased) && (IsProse(blocks[i + 1], SectionWords) || EndsInColon(b) && blocks[i + 1].Kind == BlockKind.ListItem)
                && !(EndsInColon(b) && blocks.Count(other => other.Text == b.Text) > 1))
            {
                if (phrased)
                    (found ??= []).Add(i);
                else if (!CaptionRules.CouldBeCaption(blocks[i - 1]) || IsQuotation(blocks[i - 1].Text))
                    (unphrased ??= []).Add(i);
            }
            seenProse |= IsProse(b, ProseWords);
        }
        if (found is null || found.Select(i => blocks[i].Text).Distinct(StringComparer.Ordinal).Count() < 2)
            return;
        // Once the page shows it sets crossheads, one without a phrase word ("REACTION ABROAD") is one too, where no
        // photo's caption stands above it for it to be the credit of.
        if (unphrased is not null)
            found.AddRange(unphrased);
        foreach (var i in found)
        {
            blocks[i].Kind = BlockKind.Heading;
            blocks[i].Level = 2;
            blocks[i].Text = blocks[i].Text.TrimEnd(':').TrimEnd();
        }
    }

    private static bool EndsInColon(Block b) => b.Text.EndsWith(':') && !b.Text.EndsWith("::", StringComparison.Ordinal);

    /// <summary>A paragraph in ordinary case: in a text set wholly in capitals (a teletype's) no line stands out as a crosshead.</summary>
    private static bool IsProse(Block b, int minimumWords) =>
        b.Kind == BlockKind.Paragraph && WordCount.BySpaces(b.Text) >= minimumWords && WordCount.LettersIfAllCapitals(b.Text) < 0;

    /// <summary>
    /// A quotation alone in its paragraph, perhaps under a label (<c>Pull quote: "…"</c>): a box of the text's words, not
    /// a photo's caption.
    /// </summary>
    private static bool IsQuotation(string text)
    {
        var colon = text.IndexOf(':');
        var quote = (colon is > 0 and <= 20 ? text[(colon + 1)..] : text).Trim().TrimEnd('.');
        return quote.Length > 2 && quote[0] is '"' or '“' && quote[^1] is '"' or '”';
    }

    private static bool IsCrosshead(Block b, out bool phrased)
    {
        phrased = false;
        if (b.Kind != BlockKind.Paragraph || b.Explicit || b.Text.Length is < 5 or > 80 || WordCount.LettersIfAllCapitals(b.Text) < 4)
            return false;
        // A crosshead quoting a speaker is in quotation marks ('WE WAITED 65 YEARS'), and may hold a number.
        var text = EndsInColon(b) ? b.Text[..^1].TrimEnd() : b.Text;
        var words = text.Trim(QuoteMarks).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > MaxWords || !StructureRecovery.IsHeadingLine(text) || SpeakerLabel.Opens(b.Text) || SpeakerLabel.OpensWithName(b.Text))
            return false;
        foreach (var w in words)
            if (!w.All(char.IsLetter) && !(char.IsDigit(w[0]) && w.All(c => char.IsDigit(c) || c == ',')) && !w.TrimEnd('?', '’', '\'').All(c => char.IsLetter(c) || c is '’' or '\'' or '-'))
                return false;
        phrased = words.Any(w => PhraseWords.Contains(w.TrimEnd('?')));
        return phrased || !words.Any(w => CaptionRules.CreditWords.Contains(w, StringComparer.Ordinal));
    }

    private static readonly char[] QuoteMarks = ['\'', '"', '‘', '’', '“', '”'];

    /// <summary>Words a section's title uses and a name in a photo credit does not.</summary>
    private static readonly HashSet<string> PhraseWords = new(StringComparer.Ordinal)
    {
        "THE", "A", "AN", "OF", "TO", "IN", "ON", "FOR", "AND", "OR", "BUT", "NOT", "NO", "WITH", "FROM", "AT", "AFTER", "BEFORE",
        "HOW", "WHAT", "WHY", "WHO", "WHEN", "WHERE", "WHICH", "IS", "ARE", "WAS", "WERE", "WILL", "MUST", "CAN", "COULD",
        "SHOULD", "IT", "ITS", "THEIR", "OUR", "WE", "THEY", "THIS", "THAT", "NEXT", "NEW", "BECAME", "BECOMES",
    };
}
