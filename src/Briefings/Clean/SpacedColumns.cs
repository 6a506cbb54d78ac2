using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A table whose columns a page's text export set apart with runs of spaces (<c>OAU  25 May 1963  Addis Ababa  32</c>):
/// a header row of words over one row or more of the same number of cells, three or more, short ones, with figures in
/// them, or two when each row ends in a figure (<c>Battle tanks    20,000</c> under <c>Category    Ceiling</c>). Read as the
/// table it is; run together, its rows would read as headings.
/// </summary>
internal static partial class SpacedColumns
{
    /// <summary>The fewest columns of any table: two cells apart are as often a label and its value, or a menu, unless figures follow.</summary>
    private const int MinColumns = 3;

    /// <summary>The most words of a header's cell, and of a data cell (a trade weekly's box: <c>Patriot fire units around major cities</c>).</summary>
    private const int HeaderCellWords = 5, DataCellWords = 6;

    /// <summary>The rows of the table that starts at line <paramref name="start"/> and how many lines it takes; null when none does.</summary>
    public static (List<string[]> Rows, int Lines)? Read(string[] lines, int start)
    {
        // Cheap test first: a run of two spaces between words, twice.
        if (!lines[start].Contains("  ", StringComparison.Ordinal) || Cells(lines[start], HeaderCellWords) is not { Length: >= 2 } header || !IsHeader(header))
            return null;
        var rows = new List<string[]> { header };
        for (var i = start + 1; i < lines.Length && Cells(lines[i], DataCellWords) is { } row && row.Length == header.Length; i++)
            rows.Add(row);
        // Two columns are a table only as a list of figures (a treaty's ceilings, a budget's lines): three rows or more, each ending in a number.
        if (header.Length < MinColumns)
            return rows.Count > MinFigureRows && rows.Skip(1).All(r => Figure().IsMatch(r[^1])) ? (rows, rows.Count) : null;
        // Data under its header: figures in a row below the first.
        return rows.Count >= 2 && rows.Skip(1).Any(r => r.Any(c => c.Any(char.IsAsciiDigit))) ? (rows, rows.Count) : null;
    }

    /// <summary>The fewest rows of figures under a two-column header.</summary>
    private const int MinFigureRows = 3;

    /// <summary>
    /// A header row names its columns in words: no figures (but a year in brackets, <c>Ceiling (1990)</c>), no fields
    /// (<c>From : …</c>, <c>FROM:CASPIAN</c>), as a fax's or a message's header line has.
    /// </summary>
    private static bool IsHeader(string[] cells) =>
        cells.All(c => char.IsLetter(c[0]) && WordCount.BySpaces(c) <= (cells.Length < MinColumns ? 4 : 3) && !BracketedYear().Replace(c, "").Any(char.IsAsciiDigit) && !c.Contains(':'));

    /// <summary>The cells of a line laid out in columns, or null when it is not one: each cell a few words, none a sentence or a menu item.</summary>
    private static string[]? Cells(string line, int maxWords)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 160 || !text.Contains("  ", StringComparison.Ordinal) || text.AsSpan().IndexOfAny('|', '·', '•') >= 0)
            return null;
        var cells = Gap().Split(text);
        return cells.Length >= 2 && cells.All(c => WordCount.BySpaces(c) <= maxWords && !".!?:;,".Contains(c[^1])) ? cells : null;
    }

    [GeneratedRegex(@"\(\d{4}\)")]
    private static partial Regex BracketedYear();

    [GeneratedRegex(@"^\d[\d,.]*%?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Gap();
}
