using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Finds the headline among the lines above the article's first paragraph of prose. A scraped page puts its masthead,
/// menus, breadcrumbs, app banners and e-mail headers there, in any order and in wordings no list can hold; the
/// headline is the line that reads like one: a phrase of five to twenty-five words with ordinary words in it, not a
/// row of menu items, not a publication's name. Everything above it is the page's, not the article's.
/// </summary>
internal static partial class HeadlineFinder
{
    /// <summary>How far down a page the headline may be looked for, in blocks.</summary>
    private const int Reach = 30;

    /// <summary>
    /// The index of the headline, or -1 when no line above the first prose paragraph reads like one. Of two headline
    /// lines in a row, the first is the headline and the second its standfirst.
    /// </summary>
    public static int Find(List<Block> blocks)
    {
        var proseStart = ProseStart(blocks);
        var best = -1;
        var bestScore = 0.5;
        for (var i = 0; i < proseStart; i++)
        {
            if (!IsCandidate(blocks, i) || CarriesOn(blocks, i))
                continue;
            var score = Score(blocks, i);
            // The line after a headline is often its standfirst, which reads like a headline too.
            if (best == i - 1 && bestScore >= 2)
                continue;
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>A line whose sentence carries on in the next, in lower case and at length: wrapped prose, not a headline.</summary>
    private static bool CarriesOn(List<Block> blocks, int i) => ContinuesBelow(blocks, i) && WordCount.BySpaces(blocks[i + 1].Text) >= 8;

    /// <summary>The block after <paramref name="i"/> starts in lower case: the same sentence, cut by a line break or a scrape.</summary>
    public static bool ContinuesBelow(List<Block> blocks, int i) =>
        i + 1 < blocks.Count && blocks[i + 1].Text.Length > 0 && char.IsLower(blocks[i + 1].Text[0]);

    /// <summary>The first block that is body prose: a paragraph of 25 words or more, or a sentence of ten or more ending with a full stop.</summary>
    public static int ProseStart(List<Block> blocks)
    {
        var limit = Math.Min(blocks.Count, Reach);
        for (var i = 0; i < limit; i++)
        {
            var b = blocks[i];
            // A long menu row ("Russia | World | Politics | … | Press Review"), a translator's note or a cookie notice has
            // the words of a paragraph, not its prose.
            if (b.Kind != BlockKind.Paragraph || LayoutRules.IsLayoutJunk(b.Text) || ChromeLexicon.IsChrome(b.Text, out _) || PromoRules.IsPromo(b.Text, out _))
                continue;
            var words = WordCount.BySpaces(b.Text);
            var text = b.Text.TrimEnd('"', '”', '’', '\'', ')');
            if (words >= 25 || words >= 10 && text.EndsWith('.'))
                return i;
        }
        return limit;
    }

    private static bool IsCandidate(List<Block> blocks, int i) => IsCandidate(blocks[i]) && !IsPageFurniture(blocks, i);

    private static bool IsCandidate(Block block) =>
        TitleRules.IsHeadline(block) && !IsPageLine(block) && !IsMenuRow(block.Text) && !LayoutRules.IsPieceLabel(block.Text)
        && !IsDateLine(block.Text) && !MetadataRules.IsStamp(block.Text, out _, out _) && !BylineRules.IsByline(block.Text, nearTop: true, out _, out _)
        && !PromoRules.IsPromo(block.Text, out _)
        && !CaptionRules.HasCredit(block.Text) && !CaptionRules.IsLoneCredit(block.Text, afterShortLine: true);

    /// <summary>
    /// A line with a date in it: a date bar, an edition line, a header field. A headline may name its day at its end
    /// ("Foreign Ministry Spokesperson's Regular Press Conference on April 11, 2012", an official text's "Statement by the
    /// Minister of Foreign Affairs, Geneva, 12 March 2019"), after six words of its own.
    /// </summary>
    private static bool IsDateLine(string text)
    {
        if (ExplicitDateParser.Find(text) is not { } date)
            return false;
        var before = text[..date.Index].TrimEnd();
        return !(date.Index + date.Length >= text.Length - 1 && WordCount.BySpaces(before) >= 7
            && (before.EndsWith(" on", StringComparison.Ordinal) || before.EndsWith(" of", StringComparison.Ordinal) || before.EndsWith(',')));
    }

    /// <summary>A line no headline looks like: an address, a header field, an image's label, a row laid out with spaces.</summary>
    public static bool IsPageLine(Block block)
    {
        // A wire's desk mark in brackets ("(2nd LD) N. Korea fires …") opens a headline, not a label.
        var text = TitleRules.StripFlag(block.Text);
        return text[0] is '[' or '(' || text.Contains('@') || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || MailHeaders.IsHeaderField(text) || block.Spaced;
    }

    /// <summary>
    /// Lines of the page around the headline that read like one by their words: a trail of sections set with colons
    /// (<c>You are in: World: Europe</c>), a pager (<c>Page 1 of 24 | Next page ›</c>), a brand in capitals with its
    /// strapline (<c>STEPPE &amp; SILK | Central Asia, in depth</c>), and the title of a consent dialog over its notice
    /// (<c>We value your privacy</c>; a headline may stand over the notice too, where a scrape put the dialog).
    /// </summary>
    public static bool IsPageFurniture(List<Block> blocks, int i)
    {
        var text = blocks[i].Text;
        return IsColonTrail(text) || YouAreHereTrail.IsTrail(text) || text.Length <= 80 && Pager().IsMatch(text) || IsBrandWithStrapline(text)
            || i + 1 < blocks.Count && IsConsentTitle(text) && ChromeLexicon.IsConsentNotice(blocks[i + 1].Text);
    }

    /// <summary>The last block above the first paragraph of prose that is <see cref="IsPageFurniture"/>, or -1.</summary>
    public static int LastPageFurniture(List<Block> blocks)
    {
        for (var i = ProseStart(blocks) - 1; i >= 0; i--)
            if (blocks[i].Kind == BlockKind.Paragraph && IsPageFurniture(blocks, i))
                return i;
        return -1;
    }

    /// <summary>A dialog's title about the reader's privacy or cookies (<c>We value your privacy</c>, <c>Cookies on this site</c>): a few words.</summary>
    private static bool IsConsentTitle(string text) =>
        text.Length <= 60 && (text.Contains("privacy", StringComparison.OrdinalIgnoreCase) || text.Contains("cookie", StringComparison.OrdinalIgnoreCase));

    /// <summary>Three short pieces or more between colons, none a sentence: a breadcrumb, not a headline's label and its clause.</summary>
    private static bool IsColonTrail(string text)
    {
        if (text.Length > 80 || !text.Contains(": ", StringComparison.Ordinal))
            return false;
        var pieces = text.Split(": ");
        return pieces.Length >= 3 && pieces.All(p => p.Trim() is { Length: > 0 } piece && WordCount.BySpaces(piece) <= 3 && !".!?".Contains(piece[^1]));
    }

    /// <summary>A name in capitals, then after a bar or a bullet a few words of its own: a masthead's brand and its strapline.</summary>
    private static bool IsBrandWithStrapline(string text)
    {
        var cut = text.AsSpan().IndexOfAny('|', '·', '•');
        if (cut <= 0 || text.Length > 80)
            return false;
        var brand = text.AsSpan(0, cut).Trim();
        var strap = text.AsSpan(cut + 1).Trim();
        return WordCount.LettersIfAllCapitals(brand) >= 3 && WordCount.BySpaces(brand) <= 4 && strap.Length > 0
            && strap.IndexOfAny('|', '·', '•') < 0 && WordCount.BySpaces(strap) <= 5 && !".!?".Contains(strap[^1]);
    }

    /// <summary>A row of short items: a menu, a breadcrumb, a masthead with its edition, a byline bar.</summary>
    public static bool IsMenuRow(string text)
    {
        if (text.AsSpan().IndexOfAny(MenuMarks) < 0)
            return false;
        var segments = ItemSeparator().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return segments.Count >= 3 || segments.Count == 2 && segments.All(s => WordCount.BySpaces(s) <= 3);
    }

    private static double Score(List<Block> blocks, int i)
    {
        var text = blocks[i].Text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var score = words.Length switch
        {
            >= 5 and <= 25 => 2.0,
            4 => 1.0,
            _ => -2.0,
        };
        if (words.Any(w => w.Length >= 3 && char.IsLower(w[0])))
            score += 1;
        // Capitals mark mastheads and menus; a headline set in capitals has the small words of a sentence in it.
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count > 4 && letters.All(char.IsUpper) && !(words.Length >= 5 && words.Count(TitleRules.FunctionWords.Contains) >= 2))
            score -= 2;
        if (words.Length <= 6 && words.Any(w => PublicationWords.Contains(w.Trim(',', '.', ':'))))
            score -= 3;
        // A headline may stand right over its byline or its date line; a ticker or a promo above it does not.
        if (i + 1 < blocks.Count && (BylineRules.IsByline(blocks[i + 1].Text, nearTop: true, out _, out _) || MetadataRules.IsStamp(blocks[i + 1].Text, out _, out _)))
            score += 2;
        // A page that repeats a line further down (a forum post's title above the pasted article) names its headline.
        for (var j = i + 1; j < Math.Min(blocks.Count, Reach * 2); j++)
        {
            if (DebrisFilter.SameText(blocks[j].Text, text))
            {
                score += 3;
                break;
            }
        }
        return score;
    }

    /// <summary>
    /// The line under a masthead's name in capitals at the top of the page: its strapline (<c>ARMOUR WEEKLY</c> over
    /// <c>The trade weekly for procurement professionals</c>, <c>News and data from the … Network</c>), which reads like
    /// a headline but describes the publication: a word for an outlet and a phrase around it, no sentence.
    /// </summary>
    public static bool IsStrapline(string brand, string line)
    {
        if (WordCount.LettersIfAllCapitals(brand) < 3 || WordCount.BySpaces(brand) > 4 || line.Length == 0 || ".!?:".Contains(line[^1])
            || WordCount.LettersIfAllCapitals(line) >= 0)
            return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 3 and <= 12 && words.Any(w => OutletWords.Contains(w.Trim(',', '.', ':')))
            && (line.StartsWith("The ", StringComparison.Ordinal) || words.Any(w => w is "for" or "from" or "on" or "in" or "of" or "about"));
    }

    private static readonly HashSet<string> OutletWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "weekly", "daily", "monthly", "news", "newsletter", "journal", "magazine", "network", "service", "digest", "bulletin",
    };

    private static readonly System.Buffers.SearchValues<char> MenuMarks = System.Buffers.SearchValues.Create("·|•›>»＞/–—-");

    private static readonly HashSet<string> PublicationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "edition", "service", "news", "times", "herald", "post", "journal", "tribune", "chronicle", "observer", "gazette",
        "daily", "weekly", "press", "online", "magazine", "review", "radio", "television", "agency", "network", "newsletter",
        "podcast", "blog", "portal", "coverage", "releases",
    };

    [GeneratedRegex(@"\b(?:page|p\.)\s*\d+\s*(?:of|/)\s*\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pager();

    [GeneratedRegex(@"\s+[·|•›>»＞/–—-]\s+|[›»＞]")]
    private static partial Regex ItemSeparator();
}
