using System.Text;

namespace Briefings.Clean;

/// <summary>
/// A pull quote: a sentence of the article set large beside it (<c>&gt; "We are here to change the course of
/// history."</c>), which the page then prints again where it belongs. The repeat goes; a quotation the text does not
/// hold elsewhere is the article's own and stays, whatever the page called its box.
/// </summary>
internal static class PullQuotes
{
    /// <summary>Fewer words than this could be a phrase the text happens to repeat.</summary>
    private const int MinimumWords = 6;

    public static void RemoveEchoes(List<Block> blocks, RemovalLog log)
    {
        if (!blocks.Any(b => b.Kind == BlockKind.Quote))
            return;
        var others = blocks.Where(b => b.Kind != BlockKind.Quote).Select(b => Core(b.Text)).ToList();
        blocks.RemoveAll(b =>
        {
            if (b.Kind != BlockKind.Quote || Core(b.Text) is not { } quote || quote.Count(c => c == ' ') + 1 < MinimumWords
                || !others.Any(o => o.Contains(quote, StringComparison.Ordinal)))
                return false;
            log.Add("promo", b.Text);
            return true;
        });
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
