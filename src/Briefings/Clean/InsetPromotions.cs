namespace Briefings.Clean;

/// <summary>
/// Advertisements and other stories' boxes set into the text: a slot that cut a sentence in two, an advertisement's
/// own words under its label, and boxes drawn or ruled off around a promotion.
/// </summary>
internal static class InsetPromotions
{
    /// <summary>
    /// An inset set off from the text (a text dump of a page's box): drawn with line characters around a promotion, when
    /// any line inside it is one ("Sign up free ›"), so are the others (the newsletter's name, its pitch); between two
    /// rules, when its first line is a sponsor's label ("SPONSORED · The Harbour Forum"), what follows is the paid
    /// message; under an advertising label, between the two rules drawn below it, the advertisement's own words
    /// ("Advertisement" / "-----" / "Fly Gulf Air to Dhaka" / "-----"). Each goes whole.
    /// </summary>
    public static void RemoveBoxes(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            int end;
            if (IsBoxEdge(blocks[i], "┌╔╭"))
            {
                end = blocks.FindIndex(i + 1, Math.Min(BoxLines, blocks.Count - i - 1), b => IsBoxEdge(b, "└╚╰"));
                if (end < 0 || !blocks.Skip(i + 1).Take(end - i - 1).Any(b => PromoRules.IsPromo(b.Text.Trim('│', '║', ' '), out _)))
                    continue;
            }
            else if (IsRule(blocks[i]) && i + 1 < blocks.Count && ChromeLexicon.IsSponsorLabel(blocks[i + 1].Text))
            {
                end = blocks.FindIndex(i + 2, Math.Min(SponsoredLines, blocks.Count - i - 2), IsRule);
                if (end < 0)
                    continue;
            }
            else if (i + 2 < blocks.Count && IsRule(blocks[i + 1]) && PromoRules.IsAdSlot(blocks[i].Text))
            {
                end = blocks.FindIndex(i + 2, Math.Min(SponsoredLines, blocks.Count - i - 2), IsRule);
                if (end < 0)
                    continue;
            }
            else
                continue;
            foreach (var b in blocks.GetRange(i, end - i + 1))
                log.Add("promo", b.Text);
            blocks.RemoveRange(i, end - i + 1);
            i--;
        }
    }

    private const int BoxLines = 10;

    private const int SponsoredLines = 5;

    private static bool IsRule(Block b) => b.Kind == BlockKind.Paragraph && LayoutRules.IsRuleLine(b.Text);

    private static bool IsBoxEdge(Block b, string corners)
    {
        var t = b.Text.Trim();
        return b.Kind == BlockKind.Paragraph && t.Length >= 3 && corners.Contains(t[0]) && t.All(c => c is >= '\u2500' and <= '\u257F' or ' ');
    }

    /// <summary>
    /// An advertising slot dropped into a sentence leaves it in two paragraphs ("as the two governments" /
    /// "warned of …"), and so does another story's box on a printed page set into the column (its headline and first
    /// lines, an archive's OCR reads them in place): when the paragraph before stops without closing punctuation and
    /// the one after starts in lower case, what stands between goes and they are one paragraph again, judged by the
    /// rules below as a whole.
    /// </summary>
    public static void RejoinAroundAds(List<Block> blocks, RemovalLog log)
    {
        for (var i = 1; i + 1 < blocks.Count; i++)
        {
            var before = blocks[i - 1];
            // Prose cut off mid-sentence, not a heading or a label without a full stop.
            if (before.Kind != BlockKind.Paragraph || !HardWrap.StopsMidSentence(before.Text) || WordCount.BySpaces(before.Text) < 10)
                continue;
            var count = IntrusionLength(blocks, i);
            if (count == 0)
                continue;
            var after = blocks[i + count];
            foreach (var intruder in blocks.Skip(i).Take(count))
                log.Add(count == 1 && PromoRules.IsAdSlot(intruder.Text) ? "promo" : "layout", intruder.Text);
            before.Text += " " + after.Text;
            // Rejoined, the two halves may turn out to be a flattened table's run-together cells.
            if (FlattenedTableDetector.IsJumble(before.Text))
            {
                log.Add("table", before.Text);
                before.Text = "";
            }
            blocks.RemoveRange(i, count + 1);
            i--;
        }
    }

    /// <summary>
    /// An advertisement's own words set under its label, the two lines kept together apart from the paragraphs around
    /// them (<c>— Advertisement —</c> then <c>Christmas at Binns: late opening every Thursday.</c>): in text whose
    /// paragraphs are set apart by blank lines, a short line glued to the label is the advertisement, not the story.
    /// </summary>
    public static void RemoveAdCopy(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            var (label, copy) = (blocks[i], blocks[i + 1]);
            if (copy.Kind != BlockKind.Paragraph || copy.SourceLine != label.SourceLine + 1 || copy.Text.Length > 160
                || i > 0 && blocks[i - 1].SourceLine >= label.SourceLine - 1
                || i + 2 < blocks.Count && blocks[i + 2].SourceLine <= copy.SourceLine + 1
                || label.Kind != BlockKind.Paragraph || !PromoRules.IsAdSlot(label.Text))
                continue;
            log.Add("promo", copy.Text);
            blocks.RemoveAt(i + 1);
        }
    }

    /// <summary>Another story's box is its headline and its first lines, no more.</summary>
    private const int MaximumIntrusion = 4;

    /// <summary>
    /// How many blocks from <paramref name="i"/> on stand inside a sentence that resumes after them in lower case: an
    /// ad slot, or a box that opens with a headline of its own (a few capitalised words) and runs to at most <see
    /// cref="MaximumIntrusion"/> paragraphs, none ending a sentence (its text is cut off by the column); 0 otherwise.
    /// </summary>
    private static int IntrusionLength(List<Block> blocks, int i)
    {
        var first = blocks[i];
        if (first.Kind == BlockKind.Paragraph && PromoRules.IsAdSlot(first.Text))
            return i + 1 < blocks.Count && ResumesSentence(blocks[i + 1]) ? 1 : 0;
        if (!IsBoxHeadline(first.Text))
            return 0;
        for (var count = 1; count <= MaximumIntrusion && i + count < blocks.Count; count++)
        {
            var inside = blocks[i + count - 1];
            // Paragraphs only: a heading the text marks as one ("## …") is its own, and a second cleaning reads the
            // first one's recovered headings as such.
            if (inside.Kind != BlockKind.Paragraph || !HardWrap.StopsMidSentence(inside.Text))
                return 0;
            if (ResumesSentence(blocks[i + count]))
                return count;
        }
        return 0;
    }

    /// <summary>Two to ten words, each capitalised, and no closing punctuation: "Ortega Defends Expulsion Of American Ambassador".</summary>
    private static bool IsBoxHeadline(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 10 && words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0])) && HardWrap.StopsMidSentence(text);
    }

    /// <summary>A paragraph in lower case that is not a date line ("miércoles, 18 de octubre de 2023").</summary>
    private static bool ResumesSentence(Block block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length > 0 && char.IsLower(block.Text[0]) && !MetadataRules.IsStamp(block.Text, out _, out _);
}
