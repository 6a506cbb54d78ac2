using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A story as a newsroom's editor exports it: the copy's fields (<c>SLUG:</c>, <c>DESK:</c>, <c>WORDS:</c>,
/// <c>STATUS:</c>, <c>PHOTO:</c>), its headline and standfirst under the labels <c>HED:</c> and <c>DEK:</c>, an editor's
/// suggestions in place (<c>[[+ inserted +]]</c>, <c>[[- deleted -]]</c>), comment anchors (<c>[a]</c>) with their
/// thread at the end, notes to the desk in brackets, and the document's own header above it all. What would be
/// published is the story with every suggestion accepted: insertions kept, deletions dropped, and none of the rest.
/// </summary>
internal static partial class NewsroomDraft
{
    /// <summary>The story in <paramref name="text"/> with the draft's apparatus resolved; the text itself when it is no draft.</summary>
    public static string Resolve(string text, ArticleFacts facts, RemovalLog log)
    {
        var suggestions = text.Contains("[[+", StringComparison.Ordinal) || text.Contains("[[-", StringComparison.Ordinal);
        if (!suggestions && !text.Contains("HED:", StringComparison.Ordinal) && !text.Contains("SLUG:", StringComparison.Ordinal))
            return text;
        var lines = text.Split('\n');
        // A draft shows its suggestions, labels its headline, or opens with two copy fields or more (SLUG:, DESK:).
        if (!suggestions && !lines.Any(l => Headline().IsMatch(l)) && lines.Take(20).Count(l => IsCopyField(l)) < 2)
            return text;
        var kept = new List<string>(lines.Length);
        var firstField = Array.FindIndex(lines, l => IsCopyField(l) || Headline().IsMatch(l));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            // The document's header (its name, "Suggesting mode · 6 open suggestions") stands above the copy's fields.
            var isHeader = firstField is > 0 and <= 12 && i < firstField;
            if (isHeader || IsCopyField(line) || DeskNote().IsMatch(line) || CommentThreadLine().IsMatch(line))
            {
                if (line.Trim().Length > 0)
                    log.Add("layout", line.Trim());
                continue;
            }
            if (Headline().Match(line) is { Success: true } hed)
            {
                facts.Title ??= hed.Groups["text"].Value.Trim();
                log.Add("duplicate-title", line.Trim());
                continue;
            }
            kept.Add(Standfirst().Replace(line, ""));
        }
        return ResolveMarks(string.Join('\n', kept), log);
    }

    /// <summary>
    /// An editor's suggestions and comment anchors pasted into a page's paragraphs: resolved in each block as a second
    /// cleaning resolves them in the cleaned text, so that cleaning the result changes nothing.
    /// </summary>
    public static void ResolveBlocks(List<Block> blocks, RemovalLog log)
    {
        if (!blocks.Any(b => b.Text.Contains("[[+", StringComparison.Ordinal) || b.Text.Contains("[[-", StringComparison.Ordinal)))
            return;
        foreach (var b in blocks)
            if (b.Kind != BlockKind.Table)
                b.Text = ResolveMarks(b.Text, log);
    }

    /// <summary>Every suggestion accepted (insertions kept, deletions dropped) and the comment anchors gone.</summary>
    private static string ResolveMarks(string story, RemovalLog log)
    {
        story = Deletion().Replace(story, m =>
        {
            log.Add("layout", m.Value);
            return Joins(story, m.Index, m.Index + m.Length) ? " " : "";
        });
        story = Insertion().Replace(story, m =>
        {
            var inserted = m.Groups["text"].Value.Trim();
            var before = m.Index > 0 && char.IsLetterOrDigit(story[m.Index - 1]) && inserted.Length > 0 && char.IsLetterOrDigit(inserted[0]) ? " " : "";
            var end = m.Index + m.Length;
            var after = end < story.Length && char.IsLetterOrDigit(story[end]) && inserted.Length > 0 && char.IsLetterOrDigit(inserted[^1]) ? " " : "";
            return before + inserted + after;
        });
        return CommentAnchor().Replace(story, "");
    }

    /// <summary>Words stand on both sides of a removed stretch, so a space must part them.</summary>
    private static bool Joins(string text, int start, int end) =>
        start > 0 && end < text.Length && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[end]);

    [GeneratedRegex(@"^\s*HED\s*:\s*(?<text>\S.*)$")]
    private static partial Regex Headline();

    [GeneratedRegex(@"^\s*DEK\s*:\s*")]
    private static partial Regex Standfirst();

    /// <summary>
    /// A field of a desk's or a wire client's record, as an editing system prints it above a story (<c>SLUG:</c>,
    /// <c>DESK:</c>, <c>WORDS:</c>, <c>Advisory: Adds comment …</c>, <c>Restrictions: …</c>): never the story's text,
    /// and never its headline.
    /// </summary>
    public static bool IsCopyField(string line) => line.Contains(':') && CopyField().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:slug|desk|words|length|status|photos?|pic|picture|art|graphics?|embargo|priority|editor|category|keywords|urgency|budget|advisory|restrictions|version|filed|eds|editors?'?s? note|caption|credit|byline|dateline|tags|usage)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CopyField();

    /// <summary>A bracketed note to the desk or placeholder on a line of its own (<c>[NOTE TO DESK: …]</c>, <c>[TK: …]</c>).</summary>
    [GeneratedRegex(@"^\s*\[(?:NOTE TO (?:DESK|EDITORS?|COPY)|NOTE|TK|EDS?|EDITOR'?S NOTE|CHECK|QUERY)\b[^\]]*\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeskNote();

    /// <summary>A comment of the thread at the draft's end: its anchor, then the commenter (<c>[a]Mara Quist: …</c>).</summary>
    [GeneratedRegex(@"^\s*\[[a-z]{1,2}\]\s*\S[^:\n]{0,60}:")]
    private static partial Regex CommentThreadLine();

    [GeneratedRegex(@"\[\[-[\s\S]*?-\]\]")]
    private static partial Regex Deletion();

    [GeneratedRegex(@"\[\[\+(?<text>[\s\S]*?)\+\]\]")]
    private static partial Regex Insertion();

    /// <summary>A comment's anchor in the text, right after the word or mark it is attached to.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:!?""”’)\]])\[[a-z]{1,2}\]")]
    private static partial Regex CommentAnchor();
}
