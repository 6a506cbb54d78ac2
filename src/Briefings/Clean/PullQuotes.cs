using System.Text;

namespace Briefings.Clean;

/// <summary>
/// A pull quote: a sentence of the article set large beside it (<c>&gt; "We are here to change the course of
/// history."</c>), which the page then prints again where it belongs; a printed page's text (an e-edition's text view)
/// sets it as a paragraph in capitals (<c>“WE ARE HERE TO CHANGE THE COURSE OF HISTORY”</c>). The repeat goes; a
/// quotation the text does not hold elsewhere is the article's own and stays, whatever the page called its box.
/// </summary>
internal static class PullQuotes
{
    /// <summary>Fewer words than this could be a phrase the text happens to repeat.</summary>
    private const int MinimumWords = 6;

    public static void RemoveEchoes(List<Block> blocks, RemovalLog log)
    {
        if (!blocks.Any(IsSetApart))
            return;
        var setApart = blocks.Select(IsSetApart).ToList();
        var cores = blocks.Select(b => b.Kind is BlockKind.Table ? "" : Core(b.Text)).ToList();
        var text = cores.Where((_, j) => !setApart[j]).ToList();
        var echoes = new HashSet<Block>();
        for (var i = 0; i < blocks.Count; i++)
            if (setApart[i] && cores[i].Count(c => c == ' ') + 1 >= MinimumWords && text.Any(o => o.Contains(cores[i], StringComparison.Ordinal)))
                echoes.Add(blocks[i]);
        blocks.RemoveAll(b =>
        {
            if (!echoes.Contains(b))
                return false;
            log.Add("promo", b.Text);
            return true;
        });
    }

    /// <summary>
    /// A block set apart from the text as a pull quote: a quotation block, or (in a print page's text, where the box
    /// lost its frame) a paragraph in capitals, as a printed page sets its pull quotes.
    /// </summary>
    private static bool IsSetApart(Block b) =>
        b.Kind == BlockKind.Quote || b.Kind == BlockKind.Paragraph && WordCount.LettersIfAllCapitals(b.Text) >= CapitalLetters;

    /// <summary>Fewer capitals than this are a label or a kicker, not a sentence set large.</summary>
    private const int CapitalLetters = 20;

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
