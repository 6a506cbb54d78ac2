using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A thread copied from a social network's page (X, Bluesky, Mastodon): each post under its author's name and
/// <c>@handle</c>, closed by its time (<c>11:47 AM · Jun 17, 2018</c>) and counters, with other people's replies and
/// quoted posts between, and the site's panels around. The article is the thread's author's posts, in order.
/// </summary>
internal static partial class SocialThread
{
    /// <summary>How many posts of one author make a thread.</summary>
    private const int MinimumPosts = 3;

    public sealed record Thread(string? Title, string? Author, DateOnly? Date, List<string> Posts);

    /// <summary>The thread the text holds, or null when it is not one.</summary>
    public static Thread? Read(string text, RemovalLog log)
    {
        // Cheap test first: a thread page has a line holding only a handle for every post.
        if (Count(text, "\n@") < MinimumPosts)
            return null;
        var lines = text.Split('\n').Select(l => l.Trim()).ToArray();
        var author = lines.FirstOrDefault(IsHandle);
        if (author is null || lines.Count(l => l == author) < MinimumPosts || lines.Count(IsPostEnd) < 2)
            return null;

        var posts = new List<string>();
        var kept = new HashSet<int>();
        string? name = null;
        DateOnly? date = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != author)
                continue;
            name ??= i > 0 && lines[i - 1].Length is > 0 and <= 60 ? lines[i - 1] : null;
            var body = new List<int>();
            var end = i + 1;
            for (; end < lines.Length && !IsPostEnd(lines[end]) && !IsHandle(lines[end]); end++)
            {
                if (lines[end].Length > 0 && !IsPostFurniture(lines[end]))
                    body.Add(end);
            }
            // A post is closed by its time, counters or controls; a profile card in a side panel ("Relevant people") is not.
            if (end == lines.Length || IsHandle(lines[end]))
                continue;
            // Under the first post's "Follow", a line before the post itself is the author's profile.
            if (posts.Count == 0 && i + 1 < lines.Length && lines[i + 1] == "Follow" && body.Count >= 2)
                body.RemoveAt(0);
            if (body.Count == 0)
                continue;
            date ??= end < lines.Length ? ExplicitDateParser.Find(lines[end])?.Date : null;
            posts.Add(WithoutNumbering(string.Join(" ", body.Select(b => lines[b]))));
            kept.UnionWith(body);
        }
        if (posts.Count < MinimumPosts)
            return null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!kept.Contains(i))
                log.Add("layout", lines[i]);
        }
        return new Thread(TitleOf(lines[0]), name, date, posts);
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0 && count < MinimumPosts; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static bool IsHandle(string line) => line.Length is > 1 and <= 80 && line[0] == '@' && Handle().IsMatch(line);

    /// <summary>What closes a post: its time, its counters, the controls under it, a quoted post's label.</summary>
    private static bool IsPostEnd(string line) =>
        line.Length > 0 && (PostTime().IsMatch(line) || Counters().IsMatch(line) || Controls().IsMatch(line));

    /// <summary>Lines inside a post's frame that are not its text: the follow button, a reply's target, a lone date.</summary>
    private static bool IsPostFurniture(string line) => line is "Follow" or "·" || Furniture().IsMatch(line);

    /// <summary>A thread's numbering ("1/12 ", " (3/12)") and closing marks ("🧵", "/end") are not its text.</summary>
    private static string WithoutNumbering(string post) => Numbering().Replace(post, "").Trim();

    /// <summary>The page's title line (<c>Name on X: "1/12 Today on the shore of …" / X</c>): the quoted opening, unnumbered.</summary>
    private static string? TitleOf(string line)
    {
        if (PageTitle().Match(line) is not { Success: true } m)
            return null;
        var title = WithoutNumbering(m.Groups["text"].Value).TrimEnd('.', '…', ' ');
        return title.Length >= 12 ? title : null;
    }

    [GeneratedRegex(@"^@[\w.-]{1,60}(?:@[\w.-]{1,60})?$")]
    private static partial Regex Handle();

    [GeneratedRegex(@"^\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s*·\s*\S")]
    private static partial Regex PostTime();

    [GeneratedRegex(@"^(?:(?:Retweets|Reposts|Quotes|Likes|Bookmarks|Views|Replies|Boosts|Favourites|Favorites)\s+[\d.,]+[KkMm]?\s*)+$|^(?:[\d.,]+[KkMm]?\s+){1,4}[\d.,]+[KkMm]?$")]
    private static partial Regex Counters();

    [GeneratedRegex(@"^(?:Quote|Show replies|Show more replies|Show this thread|Translate post|Show translation|Show more|Read \d+ replies)$", RegexOptions.IgnoreCase)]
    private static partial Regex Controls();

    [GeneratedRegex(@"^(?:Replying to @.*|[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?|\d{1,2}[hms]|Pinned)$")]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^\s*\d{1,3}/\d{1,3}\s+|\s*\(\d{1,3}/\d{1,3}\)\s*$|\s*(?:🧵|/end|/fin)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^(?<name>.{1,80}?) on (?:X|Twitter|Bluesky|Threads|Mastodon)\s*:\s*[""“](?<text>.+)[""”]\s*(?:/\s*(?:X|Twitter))?$")]
    private static partial Regex PageTitle();
}
