namespace Briefings.Clean;

/// <summary>
/// The stamp and dateline that open a story's first paragraph ("WARSAW, Dec 13 (Reuters) -"): what they state is kept,
/// the text goes on without them.
/// </summary>
internal static class LedeDateline
{
    public static void Strip(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        // The lede is the first paragraph that will not become a heading; after a standfirst (a short first paragraph
        // without a dateline, "**The US exit … the ministry said**"), a wire's or a newspaper's dateline opens the second.
        // Only one that names its agency ("/TASS/", "(Reuters)") or a date ("WARSAW, Dec 13.—"): a capitalised name and a
        // colon there is a speaker ("MAYA OLSEN:").
        // Without its dateline the first may read as a heading, as it will when the cleaned text is cleaned again: the
        // ledes are looked for again, so that the second cleaning finds nothing more to strip.
        var ledes = Ledes(blocks);
        if (ledes.Count == 0)
            return;
        if (Strip(ledes[0], facts, log, certainOnly: false))
        {
            ledes = Ledes(blocks);
            if (ledes.Count > 0)
                Strip(ledes[0], facts, log, certainOnly: false);
        }
        if (ledes.Count == 2 && WordCount.BySpaces(ledes[0].Text) <= StandfirstWords)
            Strip(ledes[1], facts, log, certainOnly: true);
    }

    private static List<Block> Ledes(List<Block> blocks) =>
        [.. blocks.Where(b => b.Kind == BlockKind.Paragraph && !StructureRecovery.IsHeadingLine(b.Text)).Take(2)];

    /// <summary>The most words a standfirst above a wire story's dateline has.</summary>
    private const int StandfirstWords = 45;

    /// <summary>Strips a stamp and a dateline from the start of <paramref name="lede"/>; true when a dateline was there.</summary>
    /// <param name="certainOnly">Only a certain dateline counts (<see cref="IsCertain"/>).</param>
    private static bool Strip(Block lede, ArticleFacts facts, RemovalLog log, bool certainOnly)
    {
        DateOnly? date = null;
        var stamp = certainOnly ? 0 : MetadataRules.PrefixStamp(lede.Text, out date);
        if (stamp > 0 && stamp < lede.Text.Length)
        {
            facts.OfferDate(date);
            log.Add("metadata", lede.Text[..stamp]);
            lede.Text = lede.Text[stamp..].TrimStart();
        }
        var length = DatelineRules.Match(lede.Text, out var agency, out var dateline);
        if (length == 0 || length >= lede.Text.Length || certainOnly && !IsCertain(dateline, agency))
            return false;
        facts.OfferSource(agency);
        facts.OfferDate(ExplicitDateParser.Find(dateline)?.Date);
        log.Add("dateline", dateline);
        lede.Text = lede.Text[length..].TrimStart();
        return true;
    }

    /// <summary>
    /// A dateline no speaker's label or capitalised opening could be: it names an agency ("(Reuters) -"), a date
    /// ("WARSAW, Dec 13.—"), or a place in capitals before an em dash ("PARIS —"), or the two hyphens a plain-text
    /// page types for one ("TOKYO --").
    /// </summary>
    private static bool IsCertain(string dateline, string? agency) =>
        agency is not null || dateline.AsSpan().IndexOfAnyInRange('0', '9') >= 0
        || (dateline.EndsWith(" —", StringComparison.Ordinal) || dateline.EndsWith(" --", StringComparison.Ordinal)) && WordCount.LettersIfAllCapitals(dateline) >= 5;
}
