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
        var (tagsOf, weightOf, postings) = InvertedIndex(newestFirst);
        var result = new IReadOnlyList<Article>[newestFirst.Count];
        // Scores live in one dense array per thread (indexed by article position), cleared through the list of
        // positions touched: no hashing and no allocation per article. Per thread, not per Parallel.For task:
        // Parallel.For starts new tasks all the time, and an array per task is quadratic garbage on a large archive.
        var days = newestFirst.Select(a => a.Date.DayNumber).ToArray();
        using var scratch = new ThreadLocal<Scratch>(() => new Scratch(newestFirst.Count));
        Parallel.For(0, newestFirst.Count, i =>
        {
            var mine = scratch.Value!;
            foreach (var tag in tagsOf[i])
                foreach (var j in Nearest(postings[tag], i))
                    if (j != i)
                        mine.Add(j, weightOf[tag]);
            result[i] = mine.Best(count, newestFirst, days, i);
        });
        var map = new Dictionary<string, IReadOnlyList<Article>>(newestFirst.Count, StringComparer.Ordinal);
        for (var i = 0; i < newestFirst.Count; i++)
            map[newestFirst[i].Slug] = result[i];
        return map;
    }

    /// <summary>Each article's tags as small integers, each tag's weight, and each tag's articles in position order.</summary>
    private static (int[][] TagsOf, List<double> WeightOf, List<List<int>> Postings) InvertedIndex(IReadOnlyList<Article> articles)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new List<double>();
        var postings = new List<List<int>>();
        var tagsOf = new int[articles.Count][];
        for (var i = 0; i < articles.Count; i++)
        {
            tagsOf[i] = [.. Tags(articles[i]).Select(tag =>
            {
                if (!ids.TryGetValue(tag.Key, out var id))
                {
                    ids[tag.Key] = id = ids.Count;
                    weights.Add(tag.Value);
                    postings.Add([]);
                }
                postings[id].Add(i);
                return id;
            })];
        }
        return (tagsOf, weights, postings);
    }

    private static IEnumerable<KeyValuePair<string, double>> Tags(Article a) =>
        a.Leaders.Distinct().Select(l => new KeyValuePair<string, double>("l:" + l, LeaderWeight))
            .Concat(a.Topics.Distinct().Select(t => new KeyValuePair<string, double>("t:" + t, TopicWeight)));

    /// <summary>The positions in a tag's list closest in time to article <paramref name="i"/> (lists are sorted by position).</summary>
    private static ReadOnlySpan<int> Nearest(List<int> list, int i)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
        if (list.Count <= TagNeighbourLimit)
            return all;
        var at = list.BinarySearch(i);
        if (at < 0)
            at = ~at;
        var from = Math.Clamp(at - TagNeighbourLimit / 2, 0, list.Count - TagNeighbourLimit);
        return all.Slice(from, TagNeighbourLimit);
    }

    /// <summary>One worker's score table and the top-k selection over it.</summary>
    private sealed class Scratch(int size)
    {
        private readonly double[] _score = new double[size];
        private readonly List<int> _touched = [];

        public void Add(int j, double weight)
        {
            if (_score[j] == 0)
                _touched.Add(j);
            _score[j] += weight;
        }

        /// <summary>
        /// The <paramref name="count"/> best candidates: highest score, then closest in date, then earliest position;
        /// kept in a small sorted array, so selecting costs candidates × count, not a sort of all candidates.
        /// </summary>
        /// <param name="days">Each article's date as a day number: read for every candidate, so kept in one array.</param>
        public IReadOnlyList<Article> Best(int count, IReadOnlyList<Article> articles, int[] days, int i)
        {
            var me = days[i];
            var best = new List<(double Score, int Distance, int Position)>(count + 1);
            foreach (var j in _touched)
            {
                var candidate = (_score[j], Math.Abs(days[j] - me), j);
                var at = best.Count;
                while (at > 0 && Better(candidate, best[at - 1]))
                    at--;
                if (at < count)
                {
                    best.Insert(at, candidate);
                    if (best.Count > count)
                        best.RemoveAt(count);
                }
                _score[j] = 0;
            }
            _touched.Clear();
            return [.. best.Select(b => articles[b.Position])];
        }

        private static bool Better((double Score, int Distance, int Position) a, (double Score, int Distance, int Position) b) =>
            a.Score != b.Score ? a.Score > b.Score
            : a.Distance != b.Distance ? a.Distance < b.Distance
            : a.Position < b.Position;
    }
}
