using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Finds tables whose cells ran together when the page was scraped (<c>StatusNord Stream 1Vyborg to Lubmin55 bcm</c>)
/// or that survive only as table-tag debris spread over several lines. They cannot be rebuilt reliably, so they are
/// removed whole rather than left as a jumble.
/// </summary>
internal static partial class FlattenedTableDetector
{
    public static void Remove(List<Block> blocks, RemovalLog log)
    {
        var drop = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i].Kind == BlockKind.Paragraph && IsJumble(blocks[i].Text))
                drop[i] = true;

        var marked = Enumerable.Range(0, blocks.Count).Where(i => blocks[i].TableDebris && !IsProse(blocks[i])).ToList();
        foreach (var i in Enumerable.Range(0, blocks.Count).Where(i => blocks[i].Text.Length == 0 && blocks[i].Kind != BlockKind.Table))
            drop[i] = true;
        for (var m = 0; m < marked.Count; m++)
        {
            var start = marked[m];
            var end = start;
            // Join marked lines separated only by fragments (no sentence punctuation) into one region.
            while (m + 1 < marked.Count && Enumerable.Range(end + 1, marked[m + 1] - end - 1).All(j => IsFragment(blocks[j])))
                end = marked[++m];
            while (start > 0 && IsFragment(blocks[start - 1]) && LooksLikeCellRun(blocks[start - 1].Text))
                start--;
            while (end + 1 < blocks.Count && IsFragment(blocks[end + 1]) && LooksLikeCellRun(blocks[end + 1].Text))
                end++;
            for (var j = start; j <= end; j++)
                drop[j] = true;
        }
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (!drop[i])
                continue;
            log.Add("table", blocks[i].Text);
            blocks.RemoveAt(i);
        }
    }

    /// <summary>Cells fused without separators: several lower-to-upper or letter-digit seams and little punctuation.</summary>
    public static bool IsJumble(string text)
    {
        // Most paragraphs are prose with no seam at all. Stripping dot leaders never creates or removes one (it
        // replaces runs of punctuation between spaces by a space), so the count is bounded before stripping.
        if (SeamsAtMost(text) < 3)
            return false;
        // Dot leaders inside the jumble are not sentence ends.
        text = LayoutRules.StripInline(text);
        var seams = Seam().Count(text);
        if (seams < 3)
            return false;
        var sentences = SentenceEnd().Count(text);
        var words = WordCount.BySpaces(text);
        return sentences <= seams / 2 && seams * 12 >= words;
    }

    private static bool IsProse(Block b) => b.Text.Length > 0 && SentenceEnd().IsMatch(b.Text) && WordCount.BySpaces(b.Text) > 12;

    private static bool IsFragment(Block b) =>
        b.Kind == BlockKind.Paragraph && !b.Explicit && (b.Text.Length == 0 || !EndsSentence(b.Text));

    private static bool LooksLikeCellRun(string text) => SeamsAtMost(text) > 0 && Seam().IsMatch(text) || WordCount.BySpaces(text) >= 12;

    /// <summary>
    /// At least as many seams as <see cref="Seam"/> finds, in one pass over the characters: the same lower-to-upper and
    /// letter-digit pairs without the regex's exceptions (a one-letter word, "Mc"/"Mac"), which only lower the count.
    /// </summary>
    private static int SeamsAtMost(string text)
    {
        var seams = 0;
        for (var p = 1; p < text.Length; p++)
        {
            // A seam ends before an upper-case letter or a digit: runs of lower-case letters and spaces are skipped
            // in one vectorised search.
            var skip = text.AsSpan(p).IndexOfAnyExcept(LowerOrSpace);
            if (skip < 0)
                break;
            p += skip;
            var c = text[p];
            var startsWord = char.IsAsciiLetterUpper(c) && p + 1 < text.Length && char.IsAsciiLetterLower(text[p + 1]);
            var before = text[p - 1];
            if (char.IsAsciiLetterLower(before) ? startsWord || char.IsDigit(c) : startsWord && char.IsDigit(before))
                seams++;
        }
        return seams;
    }

    private static bool EndsSentence(string text) => ".!?:;\"”’)".Contains(text.TrimEnd()[^1]);

    private static readonly SearchValues<char> LowerOrSpace = SearchValues.Create("abcdefghijklmnopqrstuvwxyz ");

    [GeneratedRegex(@"(?<!\b[a-z]|\bMa?c)(?<=[a-z])(?=[A-Z][a-z])|(?<=[a-z])(?=\d)|(?<=\d)(?=[A-Z][a-z])")]
    private static partial Regex Seam();

    [GeneratedRegex(@"[.!?][""”’)]?(?:\s|$)")]
    private static partial Regex SentenceEnd();
}
