using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A page as a text-mode browser prints it (<c>lynx -dump</c>, and the dumps of its kin): every link's text follows
/// its number in brackets (<c>[3]Asia</c>), in the menu, in the text's sentences and in the related line; images are
/// placeholders (<c>[INLINE]</c>, <c>[ISMAP]</c>, <c>[IMAGE]</c>); a form's text field is a row of underscores; and the
/// numbered URLs are listed under <c>References</c> at the end. The list and the numbers go; a sentence keeps the
/// link's words; a paragraph that opens with a link and is no sentence (a menu, a banner, an image's caption, the
/// "E-mail this story" row) is the site's, as is one made of links and the marks between them.
/// </summary>
internal static partial class TextBrowserDump
{
    /// <summary>The page's text without the link numbers and the references; the text itself when it is no such dump.</summary>
    public static string Resolve(string text, RemovalLog log)
    {
        if (!text.Contains("References", StringComparison.Ordinal) || !text.Contains("]", StringComparison.Ordinal))
            return text;
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r', ' ', '\t')).ToArray();
        var references = Array.FindLastIndex(lines, l => l == "References");
        if (references < 0 || ReferenceNumbers(lines[(references + 1)..]) is not { Count: > 0 } numbers)
            return text;
        foreach (var line in lines[references..])
            log.Add("layout", line);
        var kept = new List<string>(references);
        var paragraph = new List<string>();
        foreach (var line in lines[..references].Append(""))
        {
            if (line.Trim().Length > 0)
            {
                paragraph.Add(line);
                continue;
            }
            if (paragraph.Count > 0)
            {
                if (IsFurniture(string.Join(' ', paragraph.Select(l => l.Trim())), numbers))
                    log.Add("layout", string.Join(' ', paragraph.Select(l => l.Trim())));
                else
                    kept.AddRange(paragraph.Where(l => !IsButtonRow(l)).Select(l => WithoutMarkers(l, numbers)));
                paragraph.Clear();
            }
            kept.Add("");
        }
        return string.Join('\n', kept);
    }

    /// <summary>The numbers the list under <c>References</c> holds, or null when anything else stands below it.</summary>
    private static HashSet<int>? ReferenceNumbers(string[] lines)
    {
        var numbers = new HashSet<int>();
        foreach (var line in lines)
        {
            var t = line.Trim();
            if (t.Length == 0 || LinkGroup().IsMatch(t))
                continue;
            if (Reference().Match(t) is not { Success: true } m)
                return null;
            numbers.Add(int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        return numbers;
    }

    /// <summary>
    /// A paragraph of the site's: it opens with a link and is short and no sentence, or holds two links or more
    /// (a banner, an image's caption, a row of buttons); it is a menu (three links or more, a few words each, no
    /// sentence); or it holds a form's text field.
    /// </summary>
    private static bool IsFurniture(string paragraph, HashSet<int> numbers)
    {
        var markers = Marker().Matches(paragraph).Count(m => numbers.Contains(int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        if (FormField().IsMatch(paragraph) && paragraph.Length <= 200)
            return true;
        if (markers == 0)
            return false;
        var words = WithoutMarkers(paragraph, numbers);
        var sentence = words.Length > 0 && ".!?\"”’".Contains(words[^1]);
        if (Marker().Match(paragraph) is { Index: 0 } && words.Length <= 160 && (markers >= 2 || !sentence))
            return true;
        return markers >= 3 && !sentence && WordCount.BySpaces(words) <= 5 * markers;
    }

    private static string WithoutMarkers(string line, HashSet<int> numbers)
    {
        var stripped = Marker().Replace(line, m => numbers.Contains(int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)) ? "" : m.Value);
        return ImagePlaceholder().Replace(stripped, "").Trim() is { Length: > 0 } t && line.Trim().Length > 0 ? Indent(line) + t : "";
    }

    /// <summary>
    /// A row of a form's controls as lynx prints them, each button's label after <c>(BUTTON)</c>:
    /// <c>(BUTTON) Share (BUTTON) Print (BUTTON) Font size [+] [-]</c>. The labels are the page's, not the text's.
    /// </summary>
    private static bool IsButtonRow(string line) =>
        line.AsSpan().TrimStart().StartsWith("(BUTTON)", StringComparison.Ordinal) && line.Length <= 160;

    private static string Indent(string line) => line[..(line.Length - line.TrimStart().Length)];

    /// <summary>A link's number before its text: <c>[12]</c>.</summary>
    [GeneratedRegex(@"\[(?<n>\d{1,4})\]")]
    private static partial Regex Marker();

    /// <summary>An image the browser could not show, by its kind or its missing alternative text.</summary>
    [GeneratedRegex(@"\[(?:INLINE|IMAGE|IMG|ISMAP|USEMAP|LINK|EMBED|BUTTON)\]\s*")]
    private static partial Regex ImagePlaceholder();

    /// <summary>One entry of the references: <c>12. http://…/map.gif</c>, <c>19. mailto:…</c>.</summary>
    [GeneratedRegex(@"^(?<n>\d{1,4})\.\s+(?:[a-z][a-z0-9+.-]*:|/)\S*$", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    /// <summary>Newer browsers part the references: <c>Visible links:</c>, <c>Hidden links:</c>.</summary>
    [GeneratedRegex(@"^(?:Visible|Hidden) links:?$")]
    private static partial Regex LinkGroup();

    /// <summary>A form's text field: a row of underscores.</summary>
    [GeneratedRegex(@"_{8,}")]
    private static partial Regex FormField();
}
