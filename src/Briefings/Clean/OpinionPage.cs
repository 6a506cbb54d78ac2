using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The furniture an opinion section prints around an op-ed, a guest essay, a column or an unsigned editorial: the
/// board's name where a byline would stand (<c>The Courier's editorial board</c>), a row of bracketed tools
/// (<c>[ Print this essay ]  [ Letters on this essay (2) ]</c>), the writer's box (<c>ABOUT THE WRITER</c> or
/// <c>About the author</c> over a short bio), the section's disclaimer (<c>Guest essays reflect the views of their
/// authors …</c>, <c>Editorials represent the institutional view …</c>), a pointer to the other side
/// (<c>Opposing view: …</c>), the print page it ran on, and the address for letters. None of it is the argument.
/// </summary>
internal static partial class OpinionPage
{
    /// <summary>The longest bio the writer's box holds; a longer paragraph is the essay's own.</summary>
    private const int BioLength = 600;

    public static void Strip(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Table || b.Explicit && b.Kind == BlockKind.Heading || b.Text.Length > BioLength)
                continue;
            var text = b.Text.Trim('*', '_', ' ');
            if (text.Length == 0)
                continue;
            if (text[0] == '[' && ToolRow().IsMatch(text))
            {
                log.Add("layout", b.Text);
                blocks.RemoveAt(i--);
            }
            else if (i < 8 && text.Length <= 60 && BoardByline().IsMatch(text))
            {
                facts.OfferByline(text);
                log.Add("byline", b.Text);
                blocks.RemoveAt(i--);
            }
            else if (i * 2 >= blocks.Count && WriterBoxLabel().Match(text) is { Success: true } box && (box.Groups["bio"].Success || i + 1 < blocks.Count))
            {
                log.Add("promo", b.Text);
                blocks.RemoveAt(i);
                // A label on its own heads the bio under it.
                if (!box.Groups["bio"].Success && i < blocks.Count && blocks[i].Kind is BlockKind.Paragraph or BlockKind.Quote && blocks[i].Text.Length <= BioLength)
                {
                    log.Add("promo", blocks[i].Text);
                    blocks.RemoveAt(i);
                }
                i--;
            }
            else if (text.Length <= 320 && (Disclaimer().IsMatch(text) || OtherSide().IsMatch(text) || PrintPage().IsMatch(text) || LettersAddress().IsMatch(text)))
            {
                log.Add("promo", b.Text);
                blocks.RemoveAt(i--);
            }
        }
    }

    /// <summary>Two or more bracketed tools and nothing else: <c>[ Print ]  [ E-mail this editorial ]</c>.</summary>
    [GeneratedRegex(@"^(?:\[\s*[^\[\]\n]*\p{L}[^\[\]\n]*\]\s*){2,}$")]
    private static partial Regex ToolRow();

    /// <summary>An unsigned editorial's byline: <c>The Examiner's editorial board</c>, <c>By the Editorial Board</c>.</summary>
    [GeneratedRegex(@"^(?:By )?(?:[Tt]he )?(?:\p{Lu}[\p{L}.&-]*(?:'s|’s)? ){0,4}(?:[Ee]ditorial [Bb]oard|[Ee]ditorial [Ss]taff|[Ee]ditors)$")]
    private static partial Regex BoardByline();

    /// <summary>The writer's box: <c>ABOUT THE WRITER</c>, <c>About the author</c>, or the label with the bio after it.</summary>
    [GeneratedRegex(@"^(?i:about the (?:writer|author|columnist|contributor|essayist)s?)\s*(?::\s*(?<bio>\S.*))?:?$")]
    private static partial Regex WriterBoxLabel();

    /// <summary>The opinion section's disclaimer: <c>Op-eds reflect the views of their authors …</c>.</summary>
    [GeneratedRegex(@"^(?:Guest essays?|Guest columns?|Op-eds?|Opinion (?:pieces|articles|columns)|Columns?|Columnists|Editorials?|Commentar(?:y|ies)|Letters)\b[^.]{0,60}?\b(?:reflects?|represents?|express(?:es)?) (?:only )?the (?:[\p{L}-]+ ){0,2}views?\b")]
    private static partial Regex Disclaimer();

    /// <summary>A pointer to the opposing piece: <c>Opposing view: …</c>, <c>Counterpoint: …</c>.</summary>
    [GeneratedRegex(@"^(?:(?:Opposing|Other|Another|The other|Dissenting) (?:view|side|opinion)|Counterpoint|Point of view)\s*:\s*\S")]
    private static partial Regex OtherSide();

    /// <summary>Where the piece ran in print: <c>This editorial appeared on page A14 of the Sunday edition.</c></summary>
    [GeneratedRegex(@"^(?:This|A version of this) (?:editorial|essay|op-ed|column|commentary|article|piece|story|review) (?:appeared|appears|ran|was (?:published|printed)) (?:on page|in print|in the print edition|in the \p{L}+ edition)")]
    private static partial Regex PrintPage();

    /// <summary>The address for letters: <c>Letters of up to 250 words: letters@… · Include your name …</c>.</summary>
    [GeneratedRegex(@"^(?:Letters?\b|Write to (?:us|the editor)|To (?:respond|reply)|Respond)[^@\n]{0,60}:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex LettersAddress();
}
