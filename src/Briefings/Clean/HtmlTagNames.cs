namespace Briefings.Clean;

/// <summary>The HTML element names cleaning recognises in tag debris, grouped by what they mean for structure.</summary>
internal static class HtmlTagNames
{
    /// <summary>Elements whose boundaries start a new line of text.</summary>
    public static readonly HashSet<string> Block = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "br", "hr", "figure", "figcaption", "form", "html", "body", "head", "center", "pre",
    };

    public static readonly HashSet<string> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "colgroup", "col",
    };

    public static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "sup", "sub", "mark", "cite", "abbr",
        "time", "code", "q", "del", "ins", "strike", "label", "button", "img", "input", "source", "picture", "svg",
        "iframe", "script", "style", "noscript", "meta", "link", "title", "wbr",
    };

    public static bool IsHeading(string name) =>
        name.Length == 2 && (name[0] is 'h' or 'H') && name[1] is >= '1' and <= '6';

    public static bool IsKnown(string name) =>
        Block.Contains(name) || Table.Contains(name) || Inline.Contains(name) || IsHeading(name) || name.Equals("li", StringComparison.OrdinalIgnoreCase);

    /// <summary>Alternation for regexes, longest names first so <c>strong</c> wins over <c>s</c>.</summary>
    public static string Pattern { get; } = string.Join("|",
        Block.Concat(Table).Concat(Inline).Concat(["li", "h1", "h2", "h3", "h4", "h5", "h6"])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
}
