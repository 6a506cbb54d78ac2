using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A printed page's furniture as an archive or an export of the paper's edition keeps it: the edition's index of pages
/// (<c>In this edition: Page 2: … · Page 3: …</c>), the distribution note under the masthead (<c>Printed and distributed
/// with …</c>), a page's running head (<c>Page 2 · Politics · Thursday, …</c>), the teaser of another story that points
/// to its page (<c>… Report by Name, page 5.</c>), the pointer to the next page of the issue and the transcription
/// project's call to report an error.
/// </summary>
internal static partial class PrintEditionPage
{
    /// <summary>True when the line is a printed page's furniture.</summary>
    public static bool IsFurniture(string line) =>
        line.Length <= 400 && line.AsSpan().ContainsAny(Stems) && (Furniture().IsMatch(line) || line.Length <= 200 && TranscriptionError().IsMatch(line));

    private static readonly SearchValues<string> Stems = SearchValues.Create(["page", "edition", "issue", "printed", "transcription"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[*_]*(?:(?:in this (?:edition|issue)|in today's (?:paper|edition)|inside)\s*:?[*_]*\s*:?\s*(?:pages?|p\.)\s*\d.{0,300}|printed and distributed (?:with|by|together with)\b.{0,160}|pages?\s+[A-Z]?\d{1,3}\s*[·|•]\s*\p{L}.{0,100}|next (?:in this (?:issue|edition)|page)\s*:.{0,160}|.{20,360}[.!?”""]\s+(?:(?:full )?(?:report|story|details|analysis|interview|text|more)(?: by \p{Lu}[\p{L}\p{M} .'’-]{1,40})?|see),?\s+(?:on )?(?:pages?|p\.)\s*[A-Z]?\d{1,3}\.?)[*_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    /// <summary>
    /// The date of the edition a page belongs to, from its edition line: segments with the issue's number and a full date
    /// (<c>Page 1 · Thursday, January 23, 2003 · No. 19 · € 1.80</c>, <c>… · No. 37 (1,562) · September 16, 1990 · Price 30
    /// kopecks</c>); null for any other line.
    /// </summary>
    public static DateOnly? EditionDate(string line)
    {
        if (line.Length > 200 || line.AsSpan().IndexOfAny("·|•") < 0 || !IssueSegment().IsMatch(line))
            return null;
        return ExplicitDateParser.Find(line)?.Date;
    }

    [GeneratedRegex(@"(?:^|[·|•]\s*)(?:no\.|issue|vol\.)\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex IssueSegment();

    [GeneratedRegex(@"\breport (?:a |an )?(?:transcription|typing|keying|ocr|scanning) (?:error|mistake)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptionError();
}
