using System.Globalization;
using Briefings.Annotate;
using Briefings.Load;

namespace Briefings.Index;

/// <summary>Builds leader and topic profiles from the grouped articles: one pass over each group, done once.</summary>
internal static class Profiles
{
    public const int MentionedWithCount = 8;
    public const int TopicLeaderCount = 10;
    private const string UnknownCountry = "Country not stated";

    public static Dictionary<string, LeaderProfile> Leaders(IReadOnlyDictionary<string, IReadOnlyList<Article>> byLeader, KnowledgeBase knowledge)
    {
        var known = new Dictionary<string, Leader>(StringComparer.Ordinal);
        foreach (var leader in knowledge.Leaders)
            known.TryAdd(leader.Id, leader);
        var profiles = new Dictionary<string, LeaderProfile>(StringComparer.Ordinal);
        foreach (var (id, articles) in byLeader)
        {
            var mentionedWith = TopTallies(articles, other => other != id && byLeader.ContainsKey(other), MentionedWithCount);
            if (known.TryGetValue(id, out var leader))
            {
                profiles[id] = new LeaderProfile(id, leader.Name, leader.Country, [.. leader.Offices.OrderBy(o => o.Start)], null, true, articles, mentionedWith);
                continue;
            }
            // Someone the text introduced with an office: take the most complete mention, newest article first.
            var mention = articles.SelectMany(a => a.OtherPeople).Where(p => p.Id == id && p.IsLeader)
                .OrderByDescending(p => (p.Office is null ? 0 : 1) + (p.Country is null ? 0 : 1))
                .FirstOrDefault();
            profiles[id] = new LeaderProfile(
                id,
                mention?.Name ?? NameFromId(id),
                string.IsNullOrWhiteSpace(mention?.Country) ? UnknownCountry : mention.Country,
                [],
                mention?.Office,
                false,
                articles,
                mentionedWith);
        }
        return profiles;
    }

    public static List<CountryGroup> ByCountry(IEnumerable<LeaderProfile> leaders) =>
        [.. leaders
            .GroupBy(l => l.Country, StringComparer.Ordinal)
            .OrderBy(g => g.Key == UnknownCountry ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountryGroup(g.Key, [.. g.OrderByDescending(l => l.Articles.Count).ThenBy(l => l.Name, StringComparer.Ordinal)]))];

    public static Dictionary<string, TopicProfile> Topics(IReadOnlyDictionary<string, IReadOnlyList<Article>> byTopic, KnowledgeBase knowledge, ICollection<string> leaderIds)
    {
        var known = new Dictionary<string, Topic>(StringComparer.Ordinal);
        foreach (var topic in knowledge.Topics)
            known.TryAdd(topic.Id, topic);
        var profiles = new Dictionary<string, TopicProfile>(StringComparer.Ordinal);
        foreach (var (id, articles) in byTopic)
        {
            known.TryGetValue(id, out var topic);
            var leaders = TopTallies(articles, leaderIds.Contains, TopicLeaderCount);
            profiles[id] = new TopicProfile(id, topic?.Name ?? NameFromId(id), topic?.Description ?? "", articles, leaders);
        }
        return profiles;
    }

    /// <summary>The leaders most often named in <paramref name="articles"/> (once per article), most first, then by id.</summary>
    private static List<Tally> TopTallies(IReadOnlyList<Article> articles, Func<string, bool> counted, int count)
    {
        // Counted in one dictionary: a topic of thousands of articles made a grouping of every mention.
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
            for (var i = 0; i < article.Leaders.Count; i++)
            {
                var id = article.Leaders[i];
                if (!IsFirst(article.Leaders, i) || !counted(id))
                    continue;
                tally[id] = tally.GetValueOrDefault(id) + 1;
            }
        return [.. tally.Select(t => new Tally(t.Key, t.Value))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(count)];
    }

    private static bool IsFirst(IReadOnlyList<string> ids, int i)
    {
        for (var j = 0; j < i; j++)
            if (ids[j] == ids[i])
                return false;
        return true;
    }

    /// <summary>A readable name for an id nobody described: "jens-stoltenberg" → "Jens Stoltenberg".</summary>
    internal static string NameFromId(string id) =>
        string.Join(' ', id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
}
