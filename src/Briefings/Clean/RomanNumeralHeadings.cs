using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Section headings numbered in Roman numerals (<c>I. Background</c>, <c>II. What the treaty allows</c>): how a
/// think tank's analysis, a report or a legal brief numbers its parts. The full stop after the numeral keeps the
/// general heading rule from reading the line as a heading, so a run that starts at I and counts up, each line short,
/// unpunctuated and over a paragraph, is marked here.
/// </summary>
internal static partial class RomanNumeralHeadings
{
    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public static void Mark(List<Block> blocks)
    {
        var found = new List<int>();
        for (var i = 0; i < blocks.Count - 1 && found.Count < Numerals.Length; i++)
        {
            var b = blocks[i];
            if (b.Kind != BlockKind.Paragraph || b.Text.Length > 100 || b.Text.Length < 4 || b.Text[0] is not ('I' or 'V' or 'X'))
                continue;
            if (Heading().Match(b.Text) is { Success: true } m && m.Groups[1].Value == Numerals[found.Count]
                && StructureRecovery.IsHeadingLine(m.Groups[2].Value) && blocks[i + 1].Kind is BlockKind.Paragraph or BlockKind.ListItem)
                found.Add(i);
        }
        if (found.Count < 2)
            return;
        foreach (var i in found)
        {
            blocks[i].Kind = BlockKind.Heading;
            blocks[i].Level = 2;
        }
    }

    [GeneratedRegex(@"^([IVX]{1,4})\.\s+(\p{Lu}.*)$")]
    private static partial Regex Heading();
}
