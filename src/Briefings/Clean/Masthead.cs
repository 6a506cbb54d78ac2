namespace Briefings.Clean;

/// <summary>
/// What stands above a headline the source marks as one (an HTML page's first-level heading, a word processor's title
/// style): the masthead, menus, kicker and service lines ("Issue No. 212", "SYNDICATION COPY"), unless some of it is
/// prose (a page that sets a later heading as its first-level one). A byline there stays for the rules that read it;
/// a line that states one date dates the page.
/// </summary>
internal static class Masthead
{
    /// <summary>The lines above the headline hold no prose: they are the page's, not the story's.</summary>
    public static bool IsChrome(IEnumerable<string> lines) => !lines.Any(line => WordCount.IsSentence(line, minimumWords: 15) && !IsMenu(line));

    /// <summary>A menu's items set apart with bars, however many (an old portal's ends "Chat Rooms | Free E-mail!"): no sentence.</summary>
    private static bool IsMenu(string line) =>
        line.Count(c => c == '|') >= 3 && line.Split('|').All(item => WordCount.BySpaces(item.Trim()) <= 3);

    /// <summary>A byline above the headline: kept.</summary>
    public static bool Keeps(string line) => BylineRules.IsByline(line, nearTop: true, out _, out _);

    /// <summary>The date the line nearest the headline states, when it states one (two are a span: "captures 28 Mar 2005 - 02 Jun 2011").</summary>
    public static DateOnly? Date(IEnumerable<string> linesNearestFirst)
    {
        foreach (var text in linesNearestFirst)
            if (text.Length <= 100 && ExplicitDateParser.Find(text) is { } date && ExplicitDateParser.Find(text[(date.Index + date.Length)..]) is null)
                return date.Date;
        return null;
    }
}
