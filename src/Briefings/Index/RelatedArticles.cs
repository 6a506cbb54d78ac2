using Briefings.Annotate;

namespace Briefings.Index;

/// <summary>
/// Related briefings by shared leaders and topics. Uses inverted indexes so the cost grows with the size of
/// each tag's article list, never with all pairs of articles.
/// </summary>
internal static class RelatedArticles
{
    private const double LeaderWeight = 2.0;
    private const double TopicWeight = 1.0;
    // Very common tags say little about relatedness and make the work quadratic; beyond this many
    // articles a tag only contributes through its most recent neighbours.
    private const int TagNeighbourLimit = 200;

    public static IReadOnlyDictionary<string, IReadOnlyList<Article>> Compute(IReadOnlyList<Article> newestFirst, int count)
    {
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < newestFirst.Count; i++)
        {
            foreach (var tag in Tags(newestFirst[i]))
            {
                if (!byTag.TryGetValue(tag.Key, out var list))
                    byTag[tag.Key] = list = [];
                list.Add(i);
            }
        }

        var result = new IReadOnlyList<Article>[newestFirst.Count];
        Parallel.For(0, newestFirst.Count, i =>
        {
            var scores = new Dictionary<int, double>();
            foreach (var tag in Tags(newestFirst[i]))
            {
                var list = byTag[tag.Key];
                foreach (var j in Nearest(list, i))
                    if (j != i)
                        scores[j] = scores.GetValueOrDefault(j) + tag.Value;
            }
            var me = newestFirst[i].Date.DayNumber;
            result[i] = [.. scores
                .OrderByDescending(s => s.Value)
                .ThenBy(s => Math.Abs(newestFirst[s.Key].Date.DayNumber - me))
                .ThenBy(s => s.Key)
                .Take(count)
                .Select(s => newestFirst[s.Key])];
        });
        var map = new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);
        for (var i = 0; i < newestFirst.Count; i++)
            map[newestFirst[i].Slug] = result[i];
        return map;
    }

    private static IEnumerable<KeyValuePair<string, double>> Tags(Article a) =>
        a.Leaders.Distinct().Select(l => new KeyValuePair<string, double>("l:" + l, LeaderWeight))
            .Concat(a.Topics.Distinct().Select(t => new KeyValuePair<string, double>("t:" + t, TopicWeight)));

    /// <summary>The positions in a tag's list closest in time to article <paramref name="i"/> (lists are sorted by position).</summary>
    private static IEnumerable<int> Nearest(List<int> list, int i)
    {
        if (list.Count <= TagNeighbourLimit)
            return list;
        var at = list.BinarySearch(i);
        if (at < 0)
            at = ~at;
        var from = Math.Clamp(at - TagNeighbourLimit / 2, 0, list.Count - TagNeighbourLimit);
        return list.GetRange(from, TagNeighbourLimit);
    }
}
