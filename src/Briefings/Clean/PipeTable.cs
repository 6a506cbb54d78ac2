using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>Recognises pipe tables (with or without a delimiter row) and turns their lines into rows of cells.</summary>
internal static partial class PipeTable
{
    public static bool IsCandidate(string line) => Cells(line).Length >= 2 || Delimiter().IsMatch(line);

    /// <summary>Rows (header first, delimiter dropped) when the lines form a table; null when they do not.</summary>
    public static List<string[]>? TryParse(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2)
            return null;
        var hasDelimiter = lines.Count > 1 && Delimiter().IsMatch(lines[1]);
        var rows = lines.Where(l => !Delimiter().IsMatch(l)).Select(Cells).ToList();
        if (rows.Count < (hasDelimiter ? 1 : 2))
            return null;
        var width = rows[0].Length;
        if (width < 2)
            return null;
        if (!hasDelimiter && rows.Any(r => r.Length != width))
            return null;
        // A byline over its date line ("Name | Political Reporter", "24 Aug 2023 | 15:32") shares the bars, not a table's rows.
        if (!hasDelimiter && lines.Any(IsMetadataRow))
            return null;
        return [.. rows.Select(r => r.Length == width ? r : [.. r.Take(width), .. Enumerable.Repeat("", Math.Max(0, width - r.Length))])];
    }

    private static bool IsMetadataRow(string line)
    {
        var text = line.Trim();
        return !text.StartsWith('|') && (MetadataRules.IsStamp(text, out _, out _) || BylineRules.IsByline(text, nearTop: true, out _, out _));
    }

    private static string[] Cells(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.Contains('|'))
            return [];
        if (trimmed.StartsWith('|'))
            trimmed = trimmed[1..];
        if (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|", StringComparison.Ordinal))
            trimmed = trimmed[..^1];
        return [.. CellSplit().Split(trimmed).Select(c => TextBlockReader.Unescape(c.Trim()))];
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")]
    private static partial Regex Delimiter();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSplit();
}
