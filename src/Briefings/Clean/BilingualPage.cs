namespace Briefings.Clean;

/// <summary>
/// A language learner's news page (the bilingual pages of Chinese, Japanese or Korean English-learning sites): an
/// English story with each of its paragraphs followed by its translation, framed by the site in its own language (menu,
/// crumbs, the headline again in translation, a lead-in) and followed by the lesson: a vocabulary list with
/// pronunciations and glosses, an exercise, a QR code to scan, related reading. The English paragraphs are the article;
/// the translations, in the other script, are the lesson's, and so is all that follows the story's last paragraph.
/// The page is known by its shape: paragraph after paragraph of English, each with its translation right below.
/// </summary>
internal static class BilingualPage
{
    /// <summary>How many English paragraphs followed by their translation make a bilingual page.</summary>
    private const int MinimumPairs = 3;

    /// <summary>The longest header line above the story whose date is read (the page's source and time bar).</summary>
    private const int HeaderLineLength = 200;

    public static void KeepEnglish(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        // Cheap test first: most articles have no letter outside the Latin alphabet.
        if (!blocks.Any(b => HasOtherScript(b.Text)))
            return;
        var scripts = blocks.Select(Script).ToList();
        int pairs = 0, english = 0, first = -1, last = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (scripts[i] != Writing.EnglishProse)
                continue;
            english++;
            if (i + 1 < blocks.Count && scripts[i + 1] == Writing.OtherScript)
            {
                pairs++;
                first = first < 0 ? i : first;
                last = i + 1;
            }
        }
        // Nearly every paragraph of the story has its translation under it.
        if (pairs < MinimumPairs || pairs * 4 < english * 3)
            return;
        // The story may end with a paragraph left untranslated; the lesson starts at the first line that is not prose.
        var end = last + 1;
        while (end < blocks.Count && scripts[end] == Writing.EnglishProse && !HasOtherScript(blocks[end].Text))
            end++;
        foreach (var b in blocks.Skip(end))
            log.Add("promo", b.Text);
        blocks.RemoveRange(end, blocks.Count - end);
        var kept = new List<Block>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (scripts[i] != Writing.OtherScript || blocks[i].Kind == BlockKind.Table)
            {
                kept.Add(blocks[i]);
                continue;
            }
            // Above the story, the site's bar in its own language gives the page's time ("时间：2020-06-30 22:41").
            if (i < first && blocks[i].Text.Length <= HeaderLineLength)
                facts.OfferDate(ExplicitDateParser.Find(blocks[i].Text)?.Date);
            log.Add("layout", blocks[i].Text);
        }
        blocks.Clear();
        blocks.AddRange(kept);
    }

    private enum Writing
    {
        Other,
        EnglishProse,
        OtherScript,
    }

    /// <summary>A paragraph of prose in the Latin alphabet, a line mostly in another script, or neither.</summary>
    private static Writing Script(Block block)
    {
        if (block.Kind == BlockKind.Table)
            return Writing.Other;
        var (latin, other) = (0, 0);
        foreach (var c in block.Text)
        {
            if (!char.IsLetter(c))
                continue;
            if (IsLatin(c))
                latin++;
            else
                other++;
        }
        if (other > latin)
            return Writing.OtherScript;
        return other * 10 <= latin && block.Kind == BlockKind.Paragraph && WordCount.IsSentence(block.Text, 8) ? Writing.EnglishProse : Writing.Other;
    }

    /// <summary>Whether the text has a letter of another script: a vectorised search skips its Latin run between.</summary>
    private static bool HasOtherScript(string text) =>
        CharacterRepair.AnyBeyondPrintableAscii(text, c => char.IsLetter(c) && !IsLatin(c));

    // Latin: ASCII letters, Latin-1 and Latin Extended (U+00C0–U+024F), IPA, and Latin Extended Additional (Vietnamese).
    private static bool IsLatin(char c) => c < 'ʰ' || c is >= '\u1E00' and <= '\u1EFF';
}
