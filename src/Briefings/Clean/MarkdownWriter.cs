using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Writes blocks as Markdown, escaping only what would otherwise turn into markup by accident: a block marker at the
/// start of a line, an HTML-looking <c>&lt;</c>, a pipe inside a table cell, and backslashes before punctuation.
/// </summary>
internal static partial class MarkdownWriter
{
    public static string Write(IReadOnlyList<Block> blocks)
    {
        // Sized for the text and its separators up front: grown by doubling, the builder copied a body's chunks about
        // three times over (escapes and list numbers may still make it grow once).
        var length = 0;
        foreach (var b in blocks)
            length += b.Text.Length + 4;
        var sb = new StringBuilder(length);
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var previous = i > 0 ? blocks[i - 1] : null;
            var continuesList = b.Kind == BlockKind.ListItem && previous is { Kind: BlockKind.ListItem } && previous.Ordered == b.Ordered;
            var continuesQuote = b.Kind == BlockKind.Quote && previous is { Kind: BlockKind.Quote };
            if (sb.Length > 0)
                sb.Append(continuesList ? "\n" : continuesQuote ? "\n>\n" : "\n\n");
            switch (b.Kind)
            {
                case BlockKind.Heading:
                    sb.Append('#', Math.Clamp(b.Level, 2, 6)).Append(' ').Append(Inline(b.Text));
                    break;
                case BlockKind.ListItem:
                    var number = 1;
                    for (var j = i - 1; j >= 0 && blocks[j].Kind == BlockKind.ListItem && blocks[j].Ordered == b.Ordered; j--)
                        number++;
                    sb.Append(b.Ordered ? $"{number}. " : "- ").Append(LineStart(Inline(b.Text)));
                    break;
                case BlockKind.Quote:
                    sb.Append("> ").Append(LineStart(Inline(b.Text)));
                    break;
                case BlockKind.Table:
                    WriteTable(sb, b.Rows!);
                    break;
                default:
                    sb.Append(LineStart(Inline(b.Text)));
                    break;
            }
        }
        return sb.Length == 0 ? "" : sb.Append('\n').ToString();
    }

    private static void WriteTable(StringBuilder sb, List<string[]> rows)
    {
        var width = rows.Max(r => r.Length);
        for (var r = 0; r < rows.Count; r++)
        {
            if (r > 0)
                sb.Append('\n');
            sb.Append('|');
            for (var c = 0; c < width; c++)
                sb.Append(' ').Append(c < rows[r].Length ? Inline(rows[r][c]).Replace("|", "\\|", StringComparison.Ordinal) : "").Append(" |");
            if (r == 0)
            {
                sb.Append("\n|");
                for (var c = 0; c < width; c++)
                    sb.Append(" --- |");
            }
        }
    }

    private static string Inline(string text) => Angle().Replace(Backslash().Replace(text, @"\\$1"), @"\<");

    private static string LineStart(string text) => BlockMarker().Replace(text, @"$1\$2", 1);

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Backslash();

    [GeneratedRegex(@"<(?=[A-Za-z/!?])")]
    private static partial Regex Angle();

    [GeneratedRegex(@"^(\(?(?:\d{1,9}|[a-z])(?=[.)]\s))?(#{1,6}(?=\s|$)|>|[-*+•▪●◦‣·–](?=\s|$)|[.)](?=\s))")]
    private static partial Regex BlockMarker();
}
