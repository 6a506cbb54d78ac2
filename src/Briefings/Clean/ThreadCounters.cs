using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A thread posted on a social network (Mastodon, X, Bluesky, Threads) and saved from its page: each post ends with
/// its place in the thread (<c>2/9</c>, <c>(3/9)</c>, <c>🧵 1/9</c>, <c>/end 9/9</c>), and under the last one come
/// other people's replies, each opening with the handle it answers (<c>@lena Thanks for this …</c>), and the network's
/// repost labels (<c>🔁 Boosted by …</c>, <c>… reposted</c>). The article is the author's posts without the counters.
/// Recognised only where three posts or more count up to the same total, so a ratio in prose ("a 2/3 majority") is safe.
/// </summary>
internal static partial class ThreadCounters
{
    private const int MinimumPosts = 3;

    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        // Cheap test first: a counted post ends with a digit or a bracket.
        var candidates = 0;
        foreach (var b in blocks)
            if (b.Text.Length > 2 && (char.IsAsciiDigit(b.Text[^1]) || b.Text[^1] == ')'))
                candidates++;
        if (candidates < MinimumPosts)
            return;
        var totals = new Dictionary<int, int>();
        foreach (var b in blocks)
            if (Counter(b.Text) is { } m && Number(m, "of") is var of && Number(m, "n") <= of)
                totals[of] = totals.GetValueOrDefault(of) + 1;
        if (!totals.Any(t => t.Key >= MinimumPosts && t.Value >= MinimumPosts))
            return;
        var total = totals.Where(t => t.Value >= MinimumPosts).MaxBy(t => t.Value).Key;
        var threadEnded = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (Counter(b.Text) is { } m && Number(m, "of") == total)
            {
                log.Add("layout", m.Value.Trim());
                threadEnded |= Number(m, "n") == total;
                b.Text = b.Text[..m.Index].TrimEnd();
                if (b.Text.Length == 0)
                    blocks.RemoveAt(i--);
                continue;
            }
            if (threadEnded && b.Kind is BlockKind.Paragraph or BlockKind.Quote && (b.Text.StartsWith('@') || IsRepostLabel(b.Text)))
            {
                log.Add("comments", b.Text);
                blocks.RemoveAt(i--);
            }
        }
    }

    private static Match? Counter(string text) =>
        text.Length > 2 && (char.IsAsciiDigit(text[^1]) || text[^1] == ')') && CounterAtEnd().Match(text) is { Success: true } m ? m : null;

    private static int Number(Match counter, string group) => int.Parse(counter.Groups[group].ValueSpan);

    private static bool IsRepostLabel(string text) => text.Length <= 80 && RepostLabel().IsMatch(text);

    [GeneratedRegex(@"(?:^|\s)(?:/end\s*|🧵\s*)?\(?(?<n>\d{1,2})\s?/\s?(?<of>\d{1,2})\)?$")]
    private static partial Regex CounterAtEnd();

    [GeneratedRegex(@"^\W*(?:boosted by|reposted by|retweeted by|shared by)\b|\b(?:reposted|retweeted|boosted)$", RegexOptions.IgnoreCase)]
    private static partial Regex RepostLabel();
}
