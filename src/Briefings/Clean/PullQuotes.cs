using System.Text;

namespace Briefings.Clean;

/// <summary>
/// A pull quote: a sentence of the article set large beside it (<c>&gt; "We are here to change the course of
/// history."</c>), which the page then prints again where it belongs; a printed page's text (an e-edition's text view)
/// sets it as a paragraph in capitals (<c>“WE ARE HERE TO CHANGE THE COURSE OF HISTORY”</c>), and a text file marks the
/// box as a mail reader would (<c>&gt; "…"</c>). The repeat goes, with the attribution line under it (<c>— Jens
/// Stoltenberg</c>); a quotation the text does not hold elsewhere is the article's own and stays, whatever the page
/// called its box.
/// </summary>
internal static class PullQuotes
{
    /// <summary>Fewer words than this could be a phrase the text happens to repeat.</summary>
    private const int MinimumWords = 4;

    public static void RemoveEchoes(List<Block> blocks, RemovalLog log)
    {
        if (!blocks.Any(b => IsBox(b) || IsStandaloneQuotation(b)))
            return;
        var others = blocks.Where(b => !IsBox(b)).Select(b => (Block: b, Core: Core(b.Text))).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var box = IsBox(b);
            var standalone = IsStandaloneQuotation(b);
            // A quotation out of its box is the echo only of a longer paragraph that holds it: two copies of the same
            // quotation alone in their paragraphs leave no way to tell the article's from the box's.
            if (!box && !standalone || Core(WithoutAttribution(WithoutLabel(b.Text))) is not { } quote || quote.Count(c => c == ' ') + 1 < (box ? MinimumWords : ShortenedMinimumWords)
                || !others.Any(o => o.Block != b && (box || o.Core.Length > quote.Length) && (o.Core.Contains(quote, StringComparison.Ordinal) || IsShortenedFrom(quote, o.Core))))
                continue;
            log.Add("promo", b.Text);
            blocks.RemoveAt(i);
            // Its attribution, when the page set it as a box of its own or as a line of its own under the quotation.
            if (i < blocks.Count && (IsBox(blocks[i]) || standalone && WordCount.BySpaces(blocks[i].Text) <= AttributionWords) && IsAttribution(blocks[i].Text))
            {
                log.Add("promo", blocks[i].Text);
                blocks.RemoveAt(i);
            }
            i--;
        }
    }

    /// <summary>
    /// A block set apart from the text as a pull quote: a quotation block, a text file's '&gt;' paragraph, or (in a print
    /// page's text, where the box lost its frame) a paragraph in capitals, as a printed page sets its pull quotes.
    /// </summary>
    private static bool IsBox(Block b) =>
        b.Kind == BlockKind.Quote
        || b.Kind == BlockKind.Paragraph && (b.Text.StartsWith('>') || WordCount.LettersIfAllCapitals(b.Text) >= CapitalLetters || WithoutLabel(b.Text).Length < b.Text.Length);

    /// <summary>
    /// The quotation of a box a scrape labelled, in brackets or not (<c>[Pull quote: "…"]</c>, <c>Pull quote: "…"</c>), or
    /// the text unchanged.
    /// </summary>
    private static string WithoutLabel(string text) =>
        text.AsSpan().TrimStart('[') is var t && (t.StartsWith("Pull quote:", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Pullquote:", StringComparison.OrdinalIgnoreCase))
            ? text[(text.IndexOf(':') + 1)..].TrimEnd(']', ' ').Trim()
            : text;

    /// <summary>Fewer words than this are too few to be recognised with words left out.</summary>
    private const int ShortenedMinimumWords = 10;

    /// <summary>
    /// The quotation is a sentence of the text with a few words left out, as an editor shortens a pull quote (<c>the
    /// resupply of the ship so costly</c> set as <c>the resupply so costly</c>): its words, in order, within a stretch
    /// of the text at most half as long again.
    /// </summary>
    private static bool IsShortenedFrom(string quote, string text)
    {
        var words = quote.Split(' ');
        if (words.Length < ShortenedMinimumWords)
            return false;
        var textWords = text.Split(' ');
        var reach = words.Length + words.Length / 2;
        for (var start = 0; start + words.Length <= textWords.Length; start++)
        {
            if (textWords[start] != words[0])
                continue;
            var matched = 1;
            for (var j = start + 1; j < textWords.Length && j - start < reach && matched < words.Length; j++)
                if (textWords[j] == words[matched])
                    matched++;
            if (matched == words.Length)
                return true;
        }
        return false;
    }

    /// <summary>
    /// A text page's pull quote, which lost its box but keeps its shape: a quotation alone in its paragraph, nothing
    /// said around it, often with a short line under it naming the speaker (<c>-- Jens Stoltenberg, NATO</c>).
    /// </summary>
    private static bool IsStandaloneQuotation(Block b) =>
        b.Kind == BlockKind.Paragraph && b.Text is [('"' or '“'), .., ('"' or '”')];

    /// <summary>The most words of a speaker's name and post under a pull quote.</summary>
    private const int AttributionWords = 10;

    /// <summary>Fewer capitals than this are a label or a kicker, not a sentence set large.</summary>
    private const int CapitalLetters = 20;

    /// <summary>The quotation without the line that names its speaker or source (<c>— from the summit declaration</c>).</summary>
    private static string WithoutAttribution(string text)
    {
        var lastLine = text.LastIndexOf('\n');
        if (lastLine < 0)
            return text;
        return IsAttribution(text[(lastLine + 1)..]) ? text[..lastLine] : text;
    }

    private static bool IsAttribution(string line)
    {
        var text = line.AsSpan().TrimStart("> ");
        return text.Length > 0 && text[0] is '—' or '–' || text.StartsWith("--");
    }

    /// <summary>The words of a text, lower case, one space apart: quotation marks, dashes and emphasis do not count.</summary>
    private static string Core(string text)
    {
        var core = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                core.Append(char.ToLowerInvariant(c));
            else if (c is ' ' or '\n' && core.Length > 0 && core[^1] != ' ')
                core.Append(' ');
        }
        return core.ToString().TrimEnd();
    }
}
