namespace Briefings.Clean;

/// <summary>
/// A foreign site's English page keeps the site's own language around the article: menus, tags, share prompts, related
/// headlines and the copyright line in Cyrillic, Greek, Arabic, Hebrew or Chinese. In an article written in the Latin
/// alphabet, a line mostly in another script is that chrome.
/// </summary>
internal static class ForeignScript
{
    /// <summary>The share of an article's letters that must be Latin for it to count as written in the Latin alphabet.</summary>
    private const double LatinArticle = 0.85;

    public static void RemoveLines(List<Block> blocks, RemovalLog log)
    {
        // Cheap test first: most articles have no letter outside the Latin alphabet at all.
        if (!blocks.Any(b => HasOtherScript(b.Text)))
            return;
        var (latin, other) = (0, 0);
        foreach (var b in blocks)
            Count(b.Text, ref latin, ref other);
        if (latin < (latin + other) * LatinArticle)
            return;
        blocks.RemoveAll(b =>
        {
            var (l, o) = (0, 0);
            Count(b.Text, ref l, ref o);
            if (b.Kind == BlockKind.Table || o <= l)
                return false;
            log.Add("layout", b.Text);
            return true;
        });
    }

    private static void Count(string text, ref int latin, ref int other)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (IsLatin(c))
                    latin++;
                else
                    other++;
            }
        }
    }

    /// <summary>Whether the text has a letter of another script: a vectorised search skips its Latin run between.</summary>
    private static bool HasOtherScript(string text) =>
        CharacterRepair.AnyBeyondPrintableAscii(text, c => char.IsLetter(c) && !IsLatin(c));

    // Latin: ASCII letters, Latin-1 and Latin Extended (U+00C0–U+024F) and Latin Extended Additional (Vietnamese).
    private static bool IsLatin(char c) => c < 'ʰ' || c is >= '\u1E00' and <= '\u1EFF';
}
