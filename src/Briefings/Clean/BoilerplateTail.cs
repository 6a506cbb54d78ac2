namespace Briefings.Clean;

/// <summary>
/// The boilerplate that ends a text: notes to editors, readers' comments, a signature, an author's bio, a paywall;
/// and a reprinted notice's end mark, after which the article goes on.
/// </summary>
internal static class BoilerplateTail
{
    /// <summary>
    /// Whether block <paramref name="i"/> starts the boilerplate that ends a text: notes to editors and media contacts
    /// close a press release, readers' comments an article, a signature or the end of a forwarded text an e-mail, a
    /// paywall with no sentence after it a scrape.
    /// </summary>
    public static bool Starts(List<Block> blocks, int i)
    {
        var text = blocks[i].Text;
        if (ChromeLexicon.StartsPressTail(text) || ChromeLexicon.MayBeAboutHeader(text) && ChromeLexicon.StartsAboutBoilerplate(text, NextText(blocks, i)))
            return true;
        // These also occur near the top (a comment count, a forward's first marker): only once the text has had its prose.
        if ((ChromeLexicon.StartsComments(text) || NewsletterSignOff.EndsLetter(blocks, i) || MailHeaders.OpensSignature(blocks, i) || MailHeaders.EndsForward(text) || StartsNotes(blocks, i))
            && ProseParagraphs(blocks, i) >= 3)
            return true;
        // An author's bio closes the article ("Eleanor Hayes is a contributing writer at …"); a quoted expert
        // introduced the same way in the text has more of the article after her.
        if (BylineRules.IsAuthorBio(text) && ProseParagraphs(blocks, i) >= 3 && !SentencesAfter(blocks, i))
            return true;
        // A statement of numbered points has few paragraphs of prose above the list of its summit's other documents.
        if (OtherItemsHeader.Starts(text) && ProseParagraphs(blocks, i) >= 1)
            return true;
        return ChromeLexicon.StartsPaywall(text) && ProseParagraphs(blocks, i) >= 1 && !SentencesAfter(blocks, i);
    }

    /// <summary>
    /// The end mark of a text the article reprints (<c>----- PRESS NOTICE ENDS -----</c>, <c>[End of statement]</c>)
    /// after block <paramref name="i"/>, with the article's own prose after it; -1 when there is none.
    /// </summary>
    public static int ReprintEnd(List<Block> blocks, int i)
    {
        for (var j = i + 1; j < blocks.Count; j++)
            if (blocks[j].Kind == BlockKind.Paragraph && ChromeLexicon.EndsReprint(blocks[j].Text))
                return SentencesAfter(blocks, j) && blocks.Skip(j + 1).Any(b => b.Kind == BlockKind.Paragraph && WordCount.BySpaces(b.Text) >= 20) ? j : -1;
        return -1;
    }

    // Under a notes header, or the first bracketed note itself when the text above points at it ("…two decades,[1] and").
    public static bool StartsNotes(List<Block> blocks, int i) =>
        Endnotes.IsHeader(blocks[i].Text) && Endnotes.IsFirstNote(NextText(blocks, i))
        || blocks[i].Text.StartsWith("[1] ", StringComparison.Ordinal) && blocks.Take(i).Any(b => Endnotes.PointsAtFirstNote(b.Text));

    /// <summary>The text of the next block that is not layout junk (a separator row between a header and its text is skipped).</summary>
    private static string? NextText(List<Block> blocks, int i) =>
        blocks.Skip(i + 1).FirstOrDefault(b => b.Kind == BlockKind.Table || !LayoutRules.IsLayoutJunk(b.Text))?.Text;

    /// <summary>Whether a sentence of the text follows block <paramref name="i"/> (a paywall's offers are shorter).</summary>
    private static bool SentencesAfter(List<Block> blocks, int i) =>
        blocks.Skip(i + 1).Any(b => b.Kind == BlockKind.Paragraph && WordCount.IsSentence(b.Text, 15));

    private static int ProseParagraphs(List<Block> blocks, int before) =>
        blocks.Take(before).Count(b => b.Kind == BlockKind.Paragraph && WordCount.BySpaces(b.Text) >= 20);
}
