using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Notes a news desk or an archive adds about how a story was made, not part of it: the agency tag Indian dailies close
/// a story with (<c>(With inputs from agencies)</c>, <c>(With agency inputs)</c>), the note under a stock photograph
/// (<c>Representational image only.</c>, <c>Image used for representational purposes only</c>), and an archive's
/// notice that the page was scanned (<c>Digitised from the … print archive. Some characters may not have been
/// recognised correctly. [Report an error]</c>).
/// </summary>
internal static partial class DeskNotes
{
    // Every note holds one of these: one vectorised search spares nearly every line the patterns.
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["inputs", "representation", "digitised", "digitized", "scanned from"], StringComparison.OrdinalIgnoreCase);

    public static bool IsNote(string line) =>
        line.Length <= 320 && line.AsSpan().ContainsAny(Triggers) && (AgencyInputs().IsMatch(line) || StockPhotoNote().IsMatch(line) || ScanNotice().IsMatch(line));

    [GeneratedRegex(@"^\((?:with )?(?:(?:agency |additional |wire )?inputs? from [^()]{2,60}|agency inputs|inputs from agencies)\)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyInputs();

    [GeneratedRegex(@"^\(?(?:(?:representational|representative|symbolic(?:al)?) (?:image|photo|picture|pic|photograph)(?: only)?|(?:image|photo|picture) (?:used )?for representation(?:al)? purposes?(?: only)?)\.?\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex StockPhotoNote();

    [GeneratedRegex(@"^(?:this (?:page|article|story|text) (?:was|has been|is) )?(?:digiti[sz]ed|scanned) from (?:the |our |a )?[\p{L}\p{N} '’.&-]{0,60}\b(?:print|paper|newspaper|microfilm|microfiche) (?:archives?|editions?|copy)\b.{0,200}$", RegexOptions.IgnoreCase)]
    private static partial Regex ScanNotice();
}
