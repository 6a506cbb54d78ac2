using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A page of the frames era (the late 1990s and early 2000s): a <c>FRAMESET</c> whose frames load the menu, the banner
/// and the story, with a copy of the story in <c>NOFRAMES</c> for browsers and search engines that cannot show frames.
/// That copy is the article, but an HTML parser reads it as raw text (tags and entities left in), and the frameset's
/// window title names the site, not the story: it stays the same whichever story the frames load. The copy is read as
/// a page of its own, without that title.
/// </summary>
internal static partial class FramesetPage
{
    public static string Unwrap(string html, RemovalLog log)
    {
        if (html.IndexOf("<frameset", StringComparison.OrdinalIgnoreCase) < 0 || NoFrames().Match(html) is not { Success: true } copy)
            return html;
        log.Add("layout", "the frameset page's head and frames; its NOFRAMES copy is read");
        return "<html><body>" + copy.Groups[1].Value + "</body></html>";
    }

    [GeneratedRegex(@"<noframes\b[^>]*>([\s\S]*?)</noframes\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex NoFrames();
}
