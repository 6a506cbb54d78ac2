using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A record page of an agency's FOIA electronic reading room (the CIA's CREST collection, saved as text): the site's
/// menu and search, crumbs, the catalogue's title for the document, its metadata (<c>Document Type:</c>,
/// <c>Document Number (FOIA) /ESDN (CREST):</c>, <c>Release Decision:</c>, page count, the record's creation and
/// release dates, <c>Publication Date:</c>, <c>Content Type:</c>), the attached PDF's name and size, then after
/// <c>Body:</c> the OCR of the document itself and the site's footer. The article is the body (its stamps and routing
/// are <see cref="DeclassifiedMemo"/>'s to read); its date is the publication date — the record's creation and the
/// release are the archive's dates, not the document's — and the catalogue title names it.
/// </summary>
internal static partial class ReadingRoomRecord
{
    /// <summary>How many metadata fields above <c>Body:</c> make a record page.</summary>
    private const int MinimumFields = 4;

    /// <summary>The record's body; the text itself when it is no reading-room record.</summary>
    public static string Extract(string text, ArticleFacts facts, RemovalLog log)
    {
        // Cheap test first: the body follows its label.
        if (!text.Contains("Body:", StringComparison.Ordinal))
            return text;
        var lines = text.Split('\n');
        var body = Array.FindIndex(lines, l => l.TrimEnd() == "Body:");
        if (body < 0)
            return text;
        var fields = Enumerable.Range(0, body).Where(i => RecordField().IsMatch(lines[i])).ToList();
        if (fields.Count < MinimumFields)
            return text;
        foreach (var i in fields)
        {
            var field = RecordField().Match(lines[i]);
            if (field.Groups["label"].Value.Equals("Publication Date", StringComparison.OrdinalIgnoreCase))
                facts.OfferDate(ExplicitDateParser.Find(field.Groups["value"].Value)?.Date);
        }
        // The catalogue's title stands above the first field.
        var title = Array.FindLastIndex(lines, fields[0], l => l.Trim().Length > 0);
        if (title >= 0 && title < fields[0] && facts.Title is null && !IsMenu(lines[title]))
            facts.Title = lines[title].Trim();
        var end = Array.FindIndex(lines, body + 1, l => IsMenu(l) || LastUpdated().IsMatch(l));
        if (end < 0)
            end = lines.Length;
        foreach (var line in lines[..(body + 1)].Concat(lines[end..]).Where(l => l.Trim().Length > 0))
            log.Add("metadata", line.Trim());
        return string.Join('\n', lines[(body + 1)..end]);
    }

    /// <summary>A row of the site's menu: three links or more parted by bars.</summary>
    private static bool IsMenu(string line) => line.AsSpan().Count(" | ") >= 2;

    /// <summary>A field of the record's metadata: <c>Document Type: CREST</c>, <c>Case Number:</c> (empty).</summary>
    [GeneratedRegex(@"^\s*(?<label>(?:Document|Release|Original|Sequence|Case|Publication|Content|Collection|Creation|File|Attachment|Page)[A-Za-z ()/]{0,50}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex RecordField();

    [GeneratedRegex(@"^\s*(?:Page )?last updated\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex LastUpdated();
}
