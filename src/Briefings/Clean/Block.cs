namespace Briefings.Clean;

internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Table,
    Quote,
}

/// <summary>One unit of the article body while it is being cleaned: a paragraph, heading, list item, table or quote.</summary>
internal sealed class Block(BlockKind kind, string text)
{
    public BlockKind Kind { get; set; } = kind;

    /// <summary>Plain text (Markdown inline emphasis allowed) without block markers or escapes.</summary>
    public string Text { get; set; } = text;

    public int Level { get; set; }

    public bool Ordered { get; set; }

    /// <summary>True when the source marked the structure explicitly (a heading tag or <c>#</c>), so no heuristic overrides it.</summary>
    public bool Explicit { get; set; }

    public bool TableDebris { get; set; }

    public bool Caption { get; set; }

    /// <summary>The raw line set its words apart with runs of spaces (<c>News   Events   Photos</c>): a row of items, not a sentence.</summary>
    public bool Spaced { get; set; }

    /// <summary>Index of the raw line the block came from, to keep pieces of one line together.</summary>
    public int SourceLine { get; set; }

    public List<string[]>? Rows { get; set; }

    public static Block Table(List<string[]> rows) => new(BlockKind.Table, "") { Rows = rows };

    /// <summary>A table when the rows have at least two columns; a one-column "table" is just a run of paragraphs.</summary>
    public static IEnumerable<Block> TableOrParagraphs(List<string[]> rows) =>
        rows.Max(r => r.Length) >= 2
            ? [Table(rows)]
            : rows.SelectMany(r => r).Where(c => c.Length > 0).Select(c => new Block(BlockKind.Paragraph, c));
}
