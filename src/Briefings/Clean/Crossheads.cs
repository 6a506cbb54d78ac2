namespace Briefings.Clean;

/// <summary>
/// Crossheads a scrape kept only as marks in the text. A line wholly in bold between paragraphs
/// (<c>**How it started**</c>): how a pasted page or a Markdown export sets its crossheads. And a short label ending in
/// a colon on a line of its own (<c>Saskatoon reaction:</c>): how some news sites set theirs — but also how a writer
/// leads into a list or a quote (<c>He said:</c>), so such lines are headings only on a page that sets two or more
/// of them over prose and marks no heading of its own.
/// </summary>
internal static class Crossheads
{
    /// <summary>The most words a crosshead has: a label, not a sentence cut short.</summary>
    private const int MaxWords = 10;

    /// <summary>The fewest words of the paragraph under a label for it to head prose.</summary>
    private const int ProseWords = 15;

    public static void Mark(List<Block> blocks)
    {
        MarkBoldLines(blocks);
        MarkColonLabels(blocks);
    }

    private static void MarkBoldLines(List<Block> blocks)
    {
        var seenProse = false;
        for (var i = 0; i < blocks.Count - 1; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Paragraph && b.Text.Length > 4 && b.Text.StartsWith("**", StringComparison.Ordinal) && b.Text.EndsWith("**", StringComparison.Ordinal)
                && b.Text[2..^2].Trim() is var inner && !inner.Contains('*') && seenProse && IsLabel(inner)
                && blocks[i + 1].Kind is BlockKind.Paragraph or BlockKind.ListItem)
            {
                b.Kind = BlockKind.Heading;
                b.Level = 2;
                b.Text = inner;
            }
            seenProse |= b.Kind == BlockKind.Paragraph && WordCount.BySpaces(b.Text) >= 20;
        }
    }

    private static void MarkColonLabels(List<Block> blocks)
    {
        if (blocks.Any(b => b.Kind == BlockKind.Heading))
            return;
        var labels = new List<int>();
        for (var i = 1; i < blocks.Count - 1; i++)
            if (ColonLabel(blocks[i]) is not null && blocks[i + 1].Kind is BlockKind.Paragraph or BlockKind.ListItem)
                labels.Add(i);
        // A label used twice is a field or a speaker ("Question:"), not a section.
        var distinct = labels.Where(i => labels.Count(j => blocks[j].Text == blocks[i].Text) == 1).ToList();
        var overProse = distinct.Count(i => blocks[i + 1].Kind == BlockKind.Paragraph && WordCount.BySpaces(blocks[i + 1].Text) >= ProseWords);
        // Two sections headed so, or one over prose and another over a list ("What the notice says:" over its terms).
        if (overProse < 2 && (overProse < 1 || distinct.Count < 2))
            return;
        foreach (var i in distinct)
        {
            blocks[i].Text = blocks[i].Text[..^1].TrimEnd();
            blocks[i].Kind = BlockKind.Heading;
            blocks[i].Level = 2;
        }
    }

    /// <summary>The label of a line such as <c>What the court decided:</c>, or null.</summary>
    private static string? ColonLabel(Block b)
    {
        if (b.Kind != BlockKind.Paragraph || b.Text.Length is < 4 or > 80 || b.Text[^1] != ':' || b.Text[^2] == ':')
            return null;
        var label = b.Text[..^1].TrimEnd();
        if (label.Contains(':') || label.Contains(',') || !IsLabel(label))
            return null;
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A label in sentence case: a name ("Sergei Lavrov:") or a field in capitals ("TALKING POINT:") is not a section,
        // and words that lead into what follows ("The measures announced included:", "He said:") end no heading.
        // A clause opening with a question word heads a section even when it ends in a verb ("What the notice says:").
        return words.Skip(1).Any(w => char.IsLower(w[0])) && (!LeadInWords.Contains(words[^1]) || QuestionWords.Contains(words[0])) ? label : null;
    }

    private static bool IsLabel(string text) =>
        WordCount.BySpaces(text) <= MaxWords && StructureRecovery.IsHeadingLine(text) && !PromoRules.IsPromo(text, out _) && !ChromeLexicon.IsChrome(text, out _);

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase) { "what", "how", "why", "where", "who", "when" };

    private static readonly HashSet<string> LeadInWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "stated", "states", "wrote", "writes", "told", "tells", "declared", "noted", "explained",
        "asked", "replied", "answered", "warned", "urged", "concluded", "continued", "reads", "read", "include", "includes",
        "included", "including", "following", "follows", "are", "were", "is", "was", "be", "been", "to", "of", "the", "a",
        "an", "and", "or", "by", "for", "with", "that", "as", "these", "this", "below", "here",
    };
}
