using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// What a static site generator's source adds to an article kept in it: shortcodes and Liquid tags on lines of their
/// own (<c>{{&lt; figure … &gt;}}</c>, <c>{{% notice %}}</c>, <c>{% include ad.html %}</c>), kramdown's attribute lines
/// (<c>{: .contributor-note}</c>) and link definitions used as comments (<c>[comments]: # (…)</c>). A shortcode pair
/// that frames related links (<c>{{&lt; related &gt;}} … {{&lt; /related &gt;}}</c>) goes with what it frames; any other
/// pair keeps its text.
/// </summary>
internal static partial class GeneratorSyntax
{
    /// <summary>
    /// How many lines from <paramref name="i"/> on are the generator's: one for a markup line, the whole pair for a
    /// related-links block; 0 when the line is the article's.
    /// </summary>
    public static int MarkupLines(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (line.Length < 4)
            return 0;
        if (line[0] == '{' && Shortcode().Match(line) is { Success: true } code)
        {
            if (code.Groups["close"].Success || !RelatedName().IsMatch(code.Groups["name"].Value))
                return 1;
            // The related links run to the closing shortcode of the same name.
            for (var end = i + 1; end < lines.Length; end++)
            {
                if (Shortcode().Match(lines[end].Trim()) is { Success: true } close && close.Groups["close"].Success && close.Groups["name"].Value == code.Groups["name"].Value)
                    return end - i + 1;
            }
            return 1;
        }
        // Never prose in any kind of file (a Markdown source pasted into a text file keeps them too).
        return line[0] == '{' && AttributeList().IsMatch(line) || line[0] == '[' && CommentDefinition().IsMatch(line) ? 1 : 0;
    }

    /// <summary>
    /// A whole paragraph that is one shortcode, tag or comment definition (lines of one, joined by a hard-wrapped text's
    /// reading, as a second cleaning reads them).
    /// </summary>
    public static bool IsMarkupParagraph(string text) =>
        text.Length >= 4 && (text[0] == '{' && Shortcode().IsMatch(text) || text[0] == '[' && CommentDefinition().IsMatch(text));

    [GeneratedRegex(@"^(?:\{\{[<%]\s*(?<close>/)?\s*(?<name>[\w.-]+)[^{}]*[>%]\}\}|\{%-?\s*(?<close>end)?(?<name>[\w.-]+)[^{}]*-?%\})$")]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"^(?:related|related-?\w*|see-?also|more|read-?more|further-?reading)$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedName();

    [GeneratedRegex(@"^\{:\s*[^{}]*\}$")]
    private static partial Regex AttributeList();

    [GeneratedRegex(@"^\[[^\]]+\]:\s*#\s*(?:\(.*\)|"".*""|'.*')?\s*$")]
    private static partial Regex CommentDefinition();
}
