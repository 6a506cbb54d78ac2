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
        if (!blocks.Any(IsBox))
            return;
        var others = blocks.Where(b => !IsBox(b)).Select(b => Core(b.Text)).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (!IsBox(b) || Core(WithoutAttribution(b.Text)) is not { } quote || quote.Count(c => c == ' ') + 1 < MinimumWords
                || !others.Any(o => o.Contains(quote, StringComparison.Ordinal)))
                continue;
            log.Add("promo", b.Text);
            blocks.RemoveAt(i);
            // Its attribution, when the page set it as a box of its own.
            if (i < blocks.Count && IsBox(blocks[i]) && IsAttribution(blocks[i].Text))
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
        || b.Kind == BlockKind.Paragraph && (b.Text.StartsWith('>') || WordCount.LettersIfAllCapitals(b.Text) >= CapitalLetters);

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
