using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Briefings.Clean;

/// <summary>
/// A discussion board's thread page (vBulletin, phpBB, XenForo, Discourse, SMF) kept because its first post carries a
/// story: pasted into a quote box ("Quote: Originally Posted by …"), or written out as the post itself. The story is
/// that quote, or that post; everything else is the board's: its menus and login form, each poster's panel and
/// signature, the replies under the story, the similar threads and the board's footer.
/// </summary>
internal static partial class ForumThread
{
    // Where each board software puts a post's own text, by its markup's names.
    private const string PostMessages =
        "[id^='post_message_'], .postbody .content, .post-content, .message-body .bbWrapper, .message-content .bbWrapper, .cooked, div.inner[id^='msg_']";

    private const int StoryWords = 150;

    /// <summary>The element holding the story the thread's first post carries, or null when the page is not such a thread.</summary>
    public static IElement? Story(IElement body)
    {
        if (body.QuerySelector(PostMessages) is not { } first)
            return null;
        var words = Words(first);
        if (words < StoryWords)
            return null;
        // The innermost element holding nearly all the post's words: the quote box's cell when the story was quoted
        // (the poster's "Just came over the wire" outside it), the message itself when it was written out.
        var story = first;
        while (story.Children.FirstOrDefault(c => Words(c) >= words * 85 / 100) is { } inner)
            story = inner;
        // The quote's attribution ("Caucasus Desk wrote:") heads the box, not the story.
        if (story.FirstElementChild is { LocalName: "cite" } attribution)
            attribution.Remove();
        return story;
    }

    /// <summary>
    /// The story's headline when it opens with a line in bold, as pasted stories do (<c>&lt;b&gt;Headline&lt;/b&gt;&lt;br&gt;</c>),
    /// removed from the element so it is not read twice; null when it opens otherwise.
    /// </summary>
    public static string? TakeBoldHeadline(IElement story)
    {
        var opening = story.ChildNodes.FirstOrDefault(n => n is IElement || n.TextContent.Trim().Length > 0);
        if (opening is not IElement { LocalName: "b" or "strong" } bold || bold.NextSibling is not IElement { LocalName: "br" } and not IText { Data: ['\n' or '\r', ..] })
            return null;
        var headline = HtmlArticleReader.Normalize(bold.TextContent);
        if (headline.Length == 0 || headline.Split(' ').Length > 25)
            return null;
        bold.Remove();
        return headline;
    }

    /// <summary>
    /// The day the first post was made, from the header over it (<c>04-11-2001, 10:14 AM</c>): a board prints the date
    /// of each post above its poster's panel. Read going up from <paramref name="story"/> (what <see cref="Story"/>
    /// found) through the post's own markup, in what stands before the story; null when the header holds none.
    /// </summary>
    public static DateOnly? FirstPostDate(IElement story)
    {
        var storyText = story.TextContent;
        var post = story.ParentElement;
        for (var level = 0; post is not null && post.LocalName != "body" && level < 8; level++, post = post.ParentElement)
        {
            var text = post.TextContent;
            var at = text.IndexOf(storyText, StringComparison.Ordinal);
            var header = at > 0 ? text[..at] : "";
            if (TwelveHourStamp().Match(header) is { Success: true } stamp)
                return ExplicitDateParser.DateOf(Number(stamp, "year"), Number(stamp, "month"), Number(stamp, "day"));
            if (ExplicitDateParser.Find(header) is { } date)
                return date.Date;
        }
        return null;
    }

    /// <summary>A numeric date with a twelve-hour clock (<c>04-11-2001, 10:14 AM</c>): the American order, month first.</summary>
    [GeneratedRegex(@"\b(?<month>\d{1,2})[-/](?<day>\d{1,2})[-/](?<year>(?:19|20)\d\d),?\s+\d{1,2}:\d{2}\s*[AP]\.?M\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwelveHourStamp();

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int Words(IElement element) => WordCount.Of(element.TextContent);
}
