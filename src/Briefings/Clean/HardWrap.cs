namespace Briefings.Clean;

/// <summary>
/// Plain text broken into lines of a fixed width (PDF extracts, old wire and e-mail copy): sentences run on over
/// several lines, sometimes with a word split by a hyphen (<c>govern-</c> / <c>ments</c>). Such text is read like
/// Markdown's soft-wrapped paragraphs: lines are joined until a blank line.
/// </summary>
internal static class HardWrap
{
    /// <summary>
    /// At least two line breaks, and a third of all breaks between two lines of text, fall inside a sentence. In text
    /// all in capitals (teletype and telex copy) a sentence's next word has no small letter to show it, so any word
    /// after a line that stops mid-sentence counts.
    /// </summary>
    public static bool Detect(string text)
    {
        var shouted = WordCount.IsShouted(text);
        int pairs = 0, wraps = 0;
        ReadOnlySpan<char> previous = default;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (previous.Length > 0 && line.Length > 0)
            {
                pairs++;
                if (previous.Length >= 30 && (char.IsLower(line[0]) || shouted && char.IsLetterOrDigit(line[0])) && StopsMidSentence(previous))
                    wraps++;
            }
            previous = line;
        }
        return wraps >= 2 && wraps * 3 >= pairs;
    }

    /// <summary>
    /// Whether a hard-wrapped line begins a paragraph by its indent alone (<c>   NICOSIA, CYPRUS (CPA) -- …</c>), as
    /// typewritten and teletype copy marks paragraphs with no blank line between them: it is indented further than the
    /// line before it.
    /// </summary>
    public static bool OpensIndentedParagraph(string line, string previous) =>
        previous.Trim().Length > 0 && Indent(line) >= 2 && Indent(line) > Indent(previous);

    /// <summary>
    /// The width the text was wrapped at: four lines in five are no longer. A line much shorter than that ended its
    /// paragraph or stood alone (a slug, a byline, a priority word), so the next line does not continue it.
    /// </summary>
    public static int Width(string[] lines)
    {
        var lengths = lines.Select(l => l.Trim().Length).Where(n => n > 0).Order().ToArray();
        return lengths.Length < 5 ? 0 : lengths[lengths.Length * 4 / 5];
    }

    /// <summary>
    /// Whether a line of text wrapped at <paramref name="width"/> stopped well short of it, so that <paramref name="next"/>
    /// does not continue it; but in a text not all in capitals, two lines in capitals are a headline set over both.
    /// </summary>
    public static bool EndsShort(string line, string next, int width, bool shouted) =>
        width > 0 && line.Trim().Length * 5 < width * 3
        && (shouted || WordCount.LettersIfAllCapitals(line) < 2 || WordCount.LettersIfAllCapitals(next) < 2);

    private static int Indent(string line)
    {
        var spaces = 0;
        foreach (var c in line)
        {
            if (c == ' ')
                spaces++;
            else if (c == '\t')
                spaces += 4;
            else
                break;
        }
        return spaces;
    }

    /// <summary>True when a line ends without closing punctuation (a full stop, a colon, a closing quote or bracket).</summary>
    public static bool StopsMidSentence(ReadOnlySpan<char> line) => line.Length > 0 && !".!?:;\"”’)]".Contains(line[^1]);

    /// <summary>
    /// Two lines of one paragraph joined: a space between them, or nothing where a line ends in a hyphen within a word,
    /// which goes (<c>govern-</c> / <c>ments</c>) unless it belongs to a compound (<c>long-</c> / <c>term</c>).
    /// </summary>
    public static string Join(string left, string right)
    {
        if (left.Length < 3 || left[^1] != '-' || !char.IsLower(left[^2]) || right.Length == 0 || !char.IsLower(right[0]))
            return left + " " + right;
        return CompoundHeads.Contains(left[(left.LastIndexOf(' ') + 1)..^1]) ? left + right : left[..^1] + right;
    }

    // Words that end a line with their own hyphen ("long-" / "term"): the hyphen belongs to the compound and stays.
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "self", "well", "so", "ex", "non", "anti", "cross", "half", "long", "short", "full", "high", "low", "far", "all",
        "mid", "year", "decade", "top", "front", "hard", "soft", "hand", "state", "foreign", "ultra", "pan",
    };
}
