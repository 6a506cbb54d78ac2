using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A messaging channel's page copied as text (Telegram's web preview): the channel's header (its name, handle,
/// counters, "View in Telegram"), a pinned message, day separators, then each post under the channel's name and closed
/// by its views and time (<c>👁 188.4K  edited  21:14</c>), with reactions, sponsored messages and "Load more" between.
/// The article is the posts' text, in order; a long post's bold first line is its headline.
/// </summary>
internal static partial class ChannelPage
{
    /// <summary>How many posts, each closed by its views line, make a channel page.</summary>
    private const int MinimumPosts = 2;

    /// <summary>The posts the text holds as a thread of paragraphs, or null when it is not a channel page.</summary>
    public static SocialThread.Thread? Read(string text, RemovalLog log)
    {
        // Cheap test first: every post ends with its views.
        if (!text.Contains("👁", StringComparison.Ordinal) && !text.Contains(" views", StringComparison.Ordinal))
            return null;
        var lines = text.Split('\n').Select(l => l.Trim()).ToArray();
        var ends = Enumerable.Range(0, lines.Length).Where(i => IsViewsLine(lines[i])).ToList();
        if (ends.Count < MinimumPosts || ChannelName(lines, ends[0]) is not { } name)
            return null;

        var posts = new List<List<string>>();
        var kept = new HashSet<int>();
        var start = 0;
        foreach (var end in ends)
        {
            // The post begins under the last line naming the channel above its views line.
            var header = Array.LastIndexOf(lines, name, end - 1, end - start);
            start = end + 1;
            if (header < 0)
                continue;
            var paragraphs = new List<string>();
            var paragraph = new List<string>();
            for (var i = header + 1; i <= end; i++)
            {
                if (i < end && lines[i].Length > 0 && !IsPostFurniture(lines[i]))
                {
                    paragraph.Add(lines[i]);
                    kept.Add(i);
                    continue;
                }
                if (paragraph.Count > 0)
                    paragraphs.Add(string.Join(" ", paragraph));
                paragraph.Clear();
            }
            if (paragraphs.Count > 0)
                posts.Add(paragraphs);
        }
        if (posts.Count < MinimumPosts)
            return null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!kept.Contains(i) && lines[i].Length > 0)
                log.Add("layout", lines[i]);
        }
        var title = Headline(posts);
        return new SocialThread.Thread(title, null, null, [.. posts.SelectMany(p => p)]);
    }

    /// <summary>
    /// The channel's name: the line heading the first post, found again above every other post (the page's header
    /// shows it too). A post's own first line is never repeated that way.
    /// </summary>
    private static string? ChannelName(string[] lines, int firstEnd)
    {
        for (var i = 0; i < firstEnd; i++)
        {
            var line = lines[i];
            if (line.Length is > 0 and <= 60 && !IsPostFurniture(line) && Array.IndexOf(lines, line, firstEnd) > 0)
                return line;
        }
        return null;
    }

    /// <summary>
    /// The first line of the first long post that stands alone as a paragraph, short and without a full stop, is the
    /// headline: it is taken out of the text, which goes on without it.
    /// </summary>
    private static string? Headline(List<List<string>> posts)
    {
        foreach (var post in posts)
        {
            if (post.Count >= 3 && post[0] is { Length: >= 12 and <= 120 } first && first[^1] is not ('.' or '!' or '?' or ':'))
            {
                post.RemoveAt(0);
                return first;
            }
        }
        return null;
    }

    /// <summary>What closes a post: its views and time (<c>👁 301.7K  06:58</c>, <c>48.2K views  edited  06:14</c>).</summary>
    private static bool IsViewsLine(string line) => line.Length is > 4 and <= 60 && ViewsLine().IsMatch(line);

    /// <summary>Lines inside a post that are not its text: a split post's numbering, its hashtags, the channel's own plug.</summary>
    private static bool IsPostFurniture(string line) => PostFurniture().IsMatch(line);

    [GeneratedRegex(@"^(?:👁\s*[\d.,]+[KkMm]?|[\d.,]+[KkMm]?\s+views)(?:\s+edited)?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?$")]
    private static partial Regex ViewsLine();

    [GeneratedRegex(@"^(?:\(\d{1,2}/\d{1,2}\)(?:\s*[⬇️👇↓]+)?|(?:#[\p{L}\p{N}_]+\s*)+|(?:Subscribe|Join|Follow us)\b.{0,20}(?:@[\w.]+|t\.me/\S+)|Forwarded from .{1,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex PostFurniture();
}
