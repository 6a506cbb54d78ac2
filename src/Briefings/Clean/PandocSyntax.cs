using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// What a converter (Pandoc and its kin) keeps of a web page's markup when it writes Markdown: fenced divs
/// (<c>::: {.byline}</c> … <c>:::</c>), raw <c>&lt;div class="…"&gt;</c> blocks, attributes on headings, images and
/// links (<c>{#what-was-signed .section-heading}</c>), bracketed spans (<c>[6 min read]{.reading-time}</c>) and reference
/// link definitions, and "---" for an em dash. The page's class names still say what a block is: a div or span named as furniture (a byline,
/// a share bar, related links, a pull quote) goes with its contents, any other keeps its text without the markup.
/// </summary>
internal static partial class PandocSyntax
{
    /// <summary>The Markdown with the converter's markup taken out, or the text as it is when it has none.</summary>
    public static string Strip(string markdown, RemovalLog log)
    {
        // Cheap test first: attributes in braces are how all of it is written.
        return HasMarkup(markdown) ? StripMarkup(markdown, log) : markdown;
    }

    private static bool HasMarkup(string text) =>
        text.Contains("]{", StringComparison.Ordinal) || text.Contains("{#", StringComparison.Ordinal)
        || text.Contains("{.", StringComparison.Ordinal) || text.Contains(":::", StringComparison.Ordinal);

    private static string StripMarkup(string markdown, RemovalLog log)
    {
        var output = new StringBuilder(markdown.Length);
        // For each open div: whether it is furniture (its lines go).
        var open = new Stack<bool>();
        var lines = markdown.Split('\n');
        // A div opened and never closed (a page cut short, a fence joined into a paragraph) holds nothing: its opening
        // line goes, and the text after it stays.
        var closingsLeft = lines.Count(l => IsDivClosing(l.Trim()));
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (DivOpening(trimmed) is { } marks)
            {
                if (closingsLeft > open.Count)
                    open.Push(open.Count > 0 && open.Peek() || HtmlArticleReader.FurnitureCategory(marks) is not null);
                log.Add("layout", trimmed);
                continue;
            }
            if (IsDivClosing(trimmed))
                closingsLeft--;
            if (open.Count > 0 && IsDivClosing(trimmed))
            {
                open.Pop();
                log.Add("layout", trimmed);
                continue;
            }
            if (open.Count > 0 && open.Peek() || ReferenceDefinition().IsMatch(line))
            {
                if (trimmed.Length > 0)
                    log.Add("layout", trimmed);
                continue;
            }
            output.Append(Inline(EmDashes().Replace(line, "—"), log)).Append('\n');
        }
        return output.ToString(0, Math.Max(0, output.Length - 1));
    }

    /// <summary>
    /// A converter's Markdown that reached a page's own text (a page cut off and followed by its Markdown export, inside
    /// a paragraph left open): the same markup goes from each block, as it would when the cleaned article is read again.
    /// </summary>
    public static void StripBlocks(List<Block> blocks, RemovalLog log)
    {
        if (!blocks.Any(b => HasMarkup(b.Text)))
            return;
        foreach (var b in blocks)
            if (b.Kind != BlockKind.Table)
                b.Text = StripMarkup(b.Text, log);
    }

    /// <summary>The class and id names of a line that opens a div (<c>::: {#id .a .b}</c>, <c>::: name</c>, <c>&lt;div class="a"&gt;</c>).</summary>
    private static string? DivOpening(string line)
    {
        if (line.StartsWith(":::", StringComparison.Ordinal) && FencedOpening().Match(line) is { Success: true } fenced)
            return fenced.Groups[1].Value.Replace('.', ' ').Replace('#', ' ');
        if (line.StartsWith("<div", StringComparison.OrdinalIgnoreCase) && HtmlOpening().Match(line) is { Success: true } html)
            return string.Join(' ', html.Groups["value"].Captures.Select(c => c.Value));
        return null;
    }

    private static bool IsDivClosing(string line) =>
        line.Length >= 3 && line.All(c => c == ':') || line.Equals("</div>", StringComparison.OrdinalIgnoreCase);

    /// <summary>Attributes after a heading, an image or a link go; a span keeps its text unless its class names furniture.</summary>
    private static string Inline(string line, RemovalLog log)
    {
        if (!line.Contains('{', StringComparison.Ordinal) && !line.Contains("][", StringComparison.Ordinal))
            return line;
        line = Span().Replace(line, m =>
        {
            if (HtmlArticleReader.FurnitureCategory(m.Groups["attributes"].Value.Replace('.', ' ').Replace('#', ' ')) is null)
                return m.Groups["text"].Value;
            log.Add("layout", m.Value);
            return "";
        });
        line = ReferenceLink().Replace(line, "${text}");
        return Attributes().Replace(line, "").TrimEnd();
    }

    // Its typography: "---" between words is an em dash ("WASHINGTON --- Israel signed"); a line of them is a rule.
    [GeneratedRegex(@"(?<=\w[.,;]?) ?---(?= ?\w)")]
    private static partial Regex EmDashes();

    [GeneratedRegex(@"^:{3,}\s*(?:\{([^{}]*)\}|([\w-]+))\s*:*$")]
    private static partial Regex FencedOpening();

    [GeneratedRegex(@"^<div\b(?:\s+(?:(?:class|id)\s*=\s*[""'](?<value>[^""']*)[""']|[\w-]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|\S+))?))*\s*>$", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlOpening();

    // A span: [text]{.class}, not a link's [text](url){.class}, whose attributes the rule below takes.
    [GeneratedRegex(@"(?<!!)\[(?<text>[^\[\]]*)\]\{(?<attributes>[^{}]*)\}")]
    private static partial Regex Span();

    // Attributes after a heading's text, an image or a link: " {#id .class key=value}".
    [GeneratedRegex(@"(?<=\S|^)\s*\{(?:[#.][\w-]+|[\w-]+=(?:""[^""]*""|\S+?))(?:\s+(?:[#.][\w-]+|[\w-]+=(?:""[^""]*""|\S+?)))*\s*\}")]
    private static partial Regex Attributes();

    // [text][1] or [text][label] with its definition elsewhere: the text.
    [GeneratedRegex(@"(?<!!)\[(?<text>[^\[\]]+)\]\[[^\[\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"^ {0,3}\[[^\[\]]+\]:\s+\S+(?:\s+(?:""[^""]*""|'[^']*'|\([^()]*\)))?\s*$")]
    private static partial Regex ReferenceDefinition();
}
