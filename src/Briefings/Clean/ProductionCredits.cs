using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The production credits an agency or a paper's web desk sets under or over a story, one or several on a line
/// (<c>Editor in charge: Mai Lan · Translated by: Quoc Bao</c>, <c>Reporter: Dewi Lestari · Editor: Budi Santoso</c>,
/// <c>Edited by Pavel Sokolov · Translation checked by Irina Lebedeva</c>, <c>Edição: Ana Souza · Tradução: João Reis</c>),
/// and the note that the text is a translation (<c>Unofficial translation by the Foreign Ministry, abridged by the
/// editors.</c>, <c>Translated from the Spanish edition of March 3, 2011.</c>). Names of the desk, not of the story.
/// </summary>
internal static partial class ProductionCredits
{
    /// <summary>True when the whole line is production credits or a translation note.</summary>
    public static bool IsCredit(string line) =>
        line.Length <= 200 && line.AsSpan().ContainsAny(Stems) && (CreditLine().IsMatch(line) || TranslationNote().IsMatch(line));

    // Every label holds one of these (ASCII only, so the search stays vectorised): "edi" for editor, edição, edición.
    private static readonly SearchValues<string> Stems = SearchValues.Create(
        ["edi", "translat", "tradu", "report", "reda", "rédac", "bersetz", "penulis", "penerjemah", "proofread"], StringComparison.OrdinalIgnoreCase);

    private const string Label =
        @"(?:(?:editor|sub-?editor|copy ?editor|web editor|responsible editor|managing editor)(?:[- ]in[- ](?:charge|chief))?|reporter|reporters|translator|translation|reporting|"
        + @"edição|tradução|reportagem|redação|revisão|edición|traducción|redacción|rédaction|traduction|redaktion|übersetzung|penulis|penerjemah|redaktur|pewarta)\s*:\s*"
        + @"|(?:edited|translated|reported|proofread|subedited|compiled)(?: and (?:edited|translated|checked))? by\s*:?\s*|translation (?:checked|revised|edited) by\s*:?\s*";

    private const string Name = @"\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:de|da|do|dos|van|von|der|bin|al|el)\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,4}";

    private const string Credit = "(?:" + Label + ")" + Name + @"(?:\s*(?:,|and|&)\s*" + Name + ")?";

    [GeneratedRegex(@"^[\[(]?" + Credit + @"(?:\s*[·|;•/]\s*" + Credit + @")*[\])]?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    /// <summary>
    /// A translation's provenance as a line of its own: an unofficial or provisional translation by an office, or a
    /// story translated from another edition or the original language with nothing more in the sentence.
    /// </summary>
    [GeneratedRegex(@"^[*_(]*(?:(?:unofficial|provisional|informal|official) (?:english )?translation (?:by|from|of|provided by)\b.{0,160}|translated from the \p{L}+(?: edition| original| version| text)\b.{0,120})$", RegexOptions.IgnoreCase)]
    private static partial Regex TranslationNote();
}
