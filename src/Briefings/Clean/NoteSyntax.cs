using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// What note-taking apps (Obsidian, Logseq, Notion exports) add to an article clipped into them: callouts holding the
/// reader's own notes (<c>&gt; [!note] My notes</c>), wiki links (<c>[[Target|label]]</c>), embeds
/// (<c>![[photo.jpg]]</c>), highlights (<c>==text==</c>) and navigation lines made of links alone
/// (<c>Up: [[Map]] · [[Topic]]</c>). The clipped text stays; the note's furniture goes.
/// </summary>
internal static partial class NoteSyntax
{
    /// <summary>The line opens a callout: it and the quoted lines after it are the reader's, not the article's.</summary>
    public static bool OpensCallout(string line) => line.StartsWith('>') && Callout().IsMatch(line);

    /// <summary>A line of wiki links and separators only, perhaps after a label (<c>Up:</c>, <c>Related:</c>).</summary>
    public static bool IsLinkLine(string line) => line.Contains("[[", StringComparison.Ordinal) && LinksOnly().IsMatch(line);

    /// <summary>Embeds go, wiki links become their label (or their target), highlights lose their marks.</summary>
    public static string Unwrap(string line)
    {
        if (line.Contains("[[", StringComparison.Ordinal))
            line = WikiLink().Replace(Embed().Replace(line, ""), m => m.Groups["label"].Success ? m.Groups["label"].Value : m.Groups["target"].Value);
        if (line.Contains("==", StringComparison.Ordinal))
            line = Highlight().Replace(line, "${text}");
        return line;
    }

    [GeneratedRegex(@"^>\s*\[![\w-]+\][+-]?")]
    private static partial Regex Callout();

    [GeneratedRegex(@"^(?:[\p{L} ]{1,20}:\s*)?(?:!?\[\[[^\]]+\]\]\s*[·|•,/–—-]?\s*)+$")]
    private static partial Regex LinksOnly();

    [GeneratedRegex(@"!\[\[[^\]]*\]\]")]
    private static partial Regex Embed();

    [GeneratedRegex(@"\[\[(?<target>[^\]|#]+)(?:#[^\]|]*)?(?:\|(?<label>[^\]]+))?\]\]")]
    private static partial Regex WikiLink();

    // The highlighted words neither start nor end with "=": a rule of equals signs ("=======") is no highlight.
    [GeneratedRegex(@"==(?<text>[^=\s](?:[^=\n]*[^=\s])?)==")]
    private static partial Regex Highlight();
}
