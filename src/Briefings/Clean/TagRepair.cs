using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>One line of text after tag repair, with the structure its tags implied.</summary>
internal sealed record RepairedLine(string Text, bool ListItem, int HeadingLevel, bool TableDebris, bool Caption, bool HadTags);

/// <summary>
/// Removes HTML tag debris from scraped text — well-formed, spaced (<c>&lt; / li &gt;</c>), fused to the next word
/// (<c>&lt; strongJoint</c>) or orphaned without its bracket (<c>li /&gt;</c>, <c>p&gt;</c>) — keeping the text and
/// turning block tags into line breaks and structure hints (list item, heading, table cell).
/// </summary>
internal static partial class TagRepair
{
    private const char ListMark = '\u0001', HeadingMark = '\u0002', TableMark = '\u0003', CaptionMark = '\u0004';

    public static List<RepairedLine> Repair(string line, RemovalLog? log = null)
    {
        var hadTags = false;
        var text = line;
        // Removing one tag can complete another ("<<b>li>"), so repeat until nothing changes.
        for (var round = 0; round < 4 && MayHaveTag(text); round++)
        {
            var input = text;
            text = ReplaceTags(input, log);
            // The very same string comes back when nothing matched.
            if (ReferenceEquals(text, input))
                break;
            hadTags = true;
        }
        // Most lines have no tag debris at all: no marks to read, one line out.
        if (!hadTags && text.AsSpan().IndexOfAnyInRange(ListMark, CaptionMark) < 0 && !text.Contains('\n'))
            return [new RepairedLine(CollapseSpaces(text).Trim(), false, 0, false, false, false)];
        var result = new List<RepairedLine>();
        foreach (var piece in text.Split('\n'))
        {
            var heading = piece.IndexOf(HeadingMark);
            var level = 0;
            if (heading >= 0 && heading + 1 < piece.Length && piece[heading + 1] is >= '1' and <= '6')
                level = piece[heading + 1] - '0';
            var clean = new StringBuilder();
            for (var i = 0; i < piece.Length; i++)
            {
                if (piece[i] == HeadingMark)
                    i++;
                else if (piece[i] is not (ListMark or TableMark or CaptionMark))
                    clean.Append(piece[i]);
            }
            result.Add(new RepairedLine(
                CollapseSpaces(clean.ToString()).Trim(),
                piece.Contains(ListMark), level, piece.Contains(TableMark), piece.Contains(CaptionMark), hadTags));
        }
        return result;
    }

    /// <summary>Every form of tag debris has a bracket; most lines have none, and this test is far cheaper than the regex.</summary>
    private static bool MayHaveTag(string text) => text.AsSpan().IndexOfAny('<', '>') >= 0;

    /// <summary>
    /// Every tag in <paramref name="input"/> replaced, left to right. A tag with its bracket is the match itself; an
    /// orphaned closing part is matched as its <c>&gt;</c>, and starts where the lookbehind found its slash or name.
    /// </summary>
    private static string ReplaceTags(string input, RemovalLog? log)
    {
        var m = AnyTag().Match(input);
        if (!m.Success)
            return input;
        var result = new StringBuilder(input.Length);
        var copied = 0;
        for (; m.Success; m = m.NextMatch())
        {
            var close = m.Groups["close"];
            var name = m.Groups["name"];
            var start = input[m.Index] == '>' ? (close.Success ? close.Index : name.Index) : m.Index;
            // An orphan reaching back into the tag before it: that tag already took its text.
            if (start < copied)
                continue;
            var end = m.Index + m.Length;
            log?.Add("tag", input[start..end]);
            result.Append(input, copied, start - copied)
                .Append(Replacement(input, name.Value.ToLowerInvariant(), close.Success && close.Value.Contains('/'), start, end));
            copied = end;
        }
        return result.Append(input, copied, input.Length - copied).ToString();
    }

    private static string Replacement(string input, string name, bool closing, int start, int end)
    {
        if (name == "li")
            return closing ? "\n" : "\n" + ListMark;
        if (HtmlTagNames.IsHeading(name))
            return closing ? $"{HeadingMark}{name[1]}\n" : $"\n{HeadingMark}{name[1]}";
        if (name == "figcaption")
            return closing ? CaptionMark + "\n" : "\n" + CaptionMark;
        if (HtmlTagNames.Table.Contains(name))
            return name is "table" or "tbody" or "thead" ? $" {TableMark}\n" : $" {TableMark} ";
        if (HtmlTagNames.Block.Contains(name))
            return "\n";
        // An inline tag between sentence punctuation and a word stood in for a space: "China.</strong>This".
        if (start > 0 && end < input.Length && ".!?;:,".Contains(input[start - 1]) && char.IsLetter(input[end]))
            return " ";
        return "";
    }

    /// <summary>Text with all tag debris removed and block breaks turned into spaces (for text read by the HTML parser).</summary>
    public static string Strip(string text) =>
        MayHaveTag(text) && AnyTag().IsMatch(text) ? string.Join(' ', Repair(text).Select(p => p.Text).Where(t => t.Length > 0)) : text;

    // Alternatives, in order: a complete tag (possibly spaced or with attributes); a tag fused to the following
    // capitalised word; a bare opening bracket plus tag name; an orphaned closing part without its bracket. Every
    // match starts at a bracket: the orphan is matched at its closing one, its slash and name read by a lookbehind.
    // Matched from its first letter instead, the regex tried every letter of every line with a tag in it (a tenth of
    // cleaning's time); the matches are the same, as an orphan holds no bracket but its last character.
    private const string AnyTagTemplate =
        @"(?<!\\)<\s*(?<close>/\s*)?(?<name>(?:TAGS))\b[^<>]{0,300}?>" +
        @"|(?<!\\)<\s*(?<close>/\s*)?(?<name>(?:TAGS))(?=(?-i:[A-Z0-9]))" +
        @"|(?<!\\)<\s*(?<close>/\s*)?(?<name>(?:TAGS))\b(?!\s*=)" +
        @"|(?<=(?<![\w<&'’-])(?<close>/\s*)?(?<name>(?:li|ul|ol|p|div|span|strong|em|table|tr|td|th|tbody|thead|section|article|h[1-6]|blockquote|figure|figcaption))\s*/?\s*)>" +
        @"|(?<=(?<![\w<&'’-])(?<close>/)(?<name>a|b|i|u|s))>";

    private static readonly Regex AnyTagRegex = new(
        AnyTagTemplate.Replace("TAGS", HtmlTagNames.Pattern, StringComparison.Ordinal),
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static Regex AnyTag() => AnyTagRegex;

    // Most lines have neither a double space nor a tab: two vectorised searches rule them out far more cheaply than
    // the regex, which tries a match at every space.
    private static string CollapseSpaces(string text) =>
        text.Contains("  ", StringComparison.Ordinal) || text.Contains('\t') ? Spaces().Replace(text, " ") : text;

    // Only what needs changing: a run of spaces, or a tab. Matching every single space would copy every line.
    [GeneratedRegex(@"[ \t]{2,}|\t")]
    private static partial Regex Spaces();
}
