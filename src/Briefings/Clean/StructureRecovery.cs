using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Recovers structure the scrape flattened: short unpunctuated or question lines between paragraphs become headings,
/// and list items of the form <c>Label: text</c> get a bold label.
/// </summary>
internal static partial class StructureRecovery
{
    /// <summary>
    /// A newsletter's list of its own items above them (<c>1. Libya agrees … 2. Iran signs … 3. In brief</c>), run
    /// together with the first item's numbered heading when nothing stands between them: a numbered list whose later
    /// item repeats its first is the contents, and goes; the repeated item stays, to become the heading.
    /// </summary>
    public static void DropContentsLists(List<Block> blocks, RemovalLog log)
    {
        for (var start = 0; start < blocks.Count; start++)
        {
            if (!IsOrderedItem(blocks[start]) || start > 0 && IsOrderedItem(blocks[start - 1]))
                continue;
            var end = start;
            while (end + 1 < blocks.Count && IsOrderedItem(blocks[end + 1]))
                end++;
            var repeat = -1;
            for (var k = start + 2; k <= end && repeat < 0; k++)
                if (string.Equals(blocks[k].Text.Trim(), blocks[start].Text.Trim(), StringComparison.OrdinalIgnoreCase))
                    repeat = k;
            if (repeat < 0)
                continue;
            foreach (var item in blocks.GetRange(start, repeat - start))
                log.Add("layout", item.Text);
            blocks.RemoveRange(start, repeat - start);
        }
    }

    private static bool IsOrderedItem(Block b) => b.Kind == BlockKind.ListItem && b.Ordered && !b.Explicit;

    public static void Apply(List<Block> blocks)
    {
        Crossheads.Mark(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // "■Special framework": the square some Asian sites print before a section heading.
            if (b.Kind == BlockKind.Paragraph && b.Text.Length > 1 && b.Text[0] is '■' or '◆' or '◇' or '□' or '▲' or '●' && IsHeadingLine(b.Text[1..].Trim()))
                b.Text = b.Text[1..].Trim();
            // The first block is a heading only when it is a short label over prose ("Summary"), never the lede itself.
            // A table's note under it ("Source: Defense Ministry, 19 December") is the table's, not a heading.
            if (b.Kind == BlockKind.Paragraph && (i > 0 || OpensSection(blocks)) && i < blocks.Count - 1 && IsHeadingLine(b.Text)
                && !(i > 0 && blocks[i - 1].Kind == BlockKind.Table && MetadataRules.SourceLine(b.Text) is not null))
            {
                b.Kind = BlockKind.Heading;
                b.Level = 2;
            }
            else if (b.Kind == BlockKind.ListItem && IsNumberedSectionHeading(blocks, i))
            {
                b.Kind = BlockKind.Heading;
                b.Level = 2;
            }
            else if (b.Kind == BlockKind.ListItem)
            {
                b.Text = BoldLabel(b.Text);
            }
        }
    }

    private static bool OpensSection(List<Block> blocks) =>
        blocks.Count > 1 && blocks[1].Kind == BlockKind.Paragraph && WordCount.BySpaces(blocks[1].Text) >= 20
        && (WordCount.BySpaces(blocks[0].Text) <= 3 || WordCount.BySpaces(blocks[0].Text) <= 6 && SectionsFollow(blocks));

    /// <summary>
    /// A text in sections under bare headings (a ministry's briefing, topic by topic): its first short line over prose
    /// heads the first section too, when two more such lines over prose follow.
    /// </summary>
    private static bool SectionsFollow(List<Block> blocks)
    {
        var sections = 0;
        for (var i = 2; i + 1 < blocks.Count && sections < 2; i++)
            if (blocks[i].Kind is BlockKind.Paragraph or BlockKind.Heading && WordCount.BySpaces(blocks[i].Text) <= 8 && IsHeadingLine(blocks[i].Text)
                && blocks[i + 1].Kind == BlockKind.Paragraph && WordCount.BySpaces(blocks[i + 1].Text) >= 20)
                sections++;
        return sections >= 2;
    }

    public static bool IsHeadingLine(string text)
    {
        if (text.Length is < 3 or > 100 || WordCount.BySpaces(text) > 14)
            return false;
        // A live blog's entry time ("16.55 GMT", "09:12") marks a post, not a section; a transcript's "QUESTION: …" a turn.
        if (TimeOnly().IsMatch(text) || SpeakerLabel.Opens(text) || SpeakerLabel.OpensWithName(text))
            return false;
        var first = text[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '‘' or '\''))
            return false;
        var core = text.TrimEnd('"', '”', '’', '\'', ' ');
        if (core.Length == 0)
            return false;
        var last = core[^1];
        if (last == '?')
            return text.Length <= 90;
        return !".,;:!…-–—|/)(".Contains(last) && !text.Contains(". ", StringComparison.Ordinal) && !text.Contains("; ", StringComparison.Ordinal);
    }

    /// <summary>
    /// A newsletter's numbered item heading (<c>1. Vilnius: Turkey lifts its block</c>): a lone short numbered line with
    /// paragraphs after it and no list item on either side. Consecutive numbered lines stay a list.
    /// </summary>
    private static bool IsNumberedSectionHeading(List<Block> blocks, int i)
    {
        var b = blocks[i];
        // A numbered item in capitals opens the text's first section (a digest's "1. LIBYA AGREES …" once its header
        // and date line are gone); any other first item may open a list.
        if (!b.Ordered || b.Explicit || i == 0 && WordCount.LettersIfAllCapitals(b.Text) < TopHeadingCapitals || i + 1 >= blocks.Count)
            return false;
        // A heading in capitals may head a list of items ("3. IN BRIEF" over bullets), any other only prose.
        var next = blocks[i + 1];
        if (i > 0 && blocks[i - 1].Kind == BlockKind.ListItem
            || next.Kind != BlockKind.Paragraph && !(next.Kind == BlockKind.ListItem && !next.Ordered && WordCount.LettersIfAllCapitals(b.Text) >= 2))
            return false;
        var text = b.Text;
        if (text.Length > 90 || WordCount.BySpaces(text) > 12 || text.Contains(". ", StringComparison.Ordinal))
            return false;
        var core = text.TrimEnd('"', '”', '’', '\'', ' ');
        return core.Length > 0 && (char.IsUpper(text[0]) || text[0] is '"' or '“') && !".,;:…".Contains(core[^1]) && (next.Text.Length > text.Length || next.Kind == BlockKind.ListItem);
    }

    /// <summary>The fewest capital letters of a numbered heading that opens the text.</summary>
    private const int TopHeadingCapitals = 8;

    private static string BoldLabel(string text)
    {
        if (text.StartsWith("**", StringComparison.Ordinal))
            return text;
        var m = Label().Match(text);
        return m.Success ? $"**{m.Groups[1].Value}:** {m.Groups[2].Value}" : text;
    }

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOnly();

    [GeneratedRegex(@"^(\p{Lu}[^:.!?*]{0,50}?):\s+(\S.*)$")]
    private static partial Regex Label();
}
