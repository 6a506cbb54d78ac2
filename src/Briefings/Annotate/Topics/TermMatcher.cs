using Briefings.Annotate.Text;
using Briefings.Load;

namespace Briefings.Annotate.Topics;

/// <summary>
/// Counts weighted terms in a text. Terms match whole words, case-insensitively with diacritics folded; a term
/// written with capitals ("US", "AI") matches only that spelling, so the pronoun "us" is not the country; a
/// trailing <c>*</c> matches any ending ("sanction*").
/// </summary>
internal sealed class TermMatcher
{
    private sealed record Entry(int Id, int Group, string[] Keys, string[]? Exact, bool Prefix, double Weight, bool Capped);

    private readonly List<Entry> _entries = [];

    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.Ordinal);
    // One-word prefix terms ("sanction*") by their first two letters, so a word is tested only against its own bucket.
    private readonly Dictionary<string, List<Entry>> _prefixByStart = new(StringComparer.Ordinal);
    private readonly List<Entry> _shortPrefix = [];

    // Most words start no term, and the look-ups in the two tables above were two thirds of scoring.
    private readonly WordShapes _firstWords;
    private readonly WordShapes _prefixStarts;

    /// <param name="groups">Term lists; scores come back per list, in the same order.</param>
    /// <param name="capped">Terms counted at most <see cref="Score"/>'s <c>cappedAt</c> times, by group (none when null).</param>
    public TermMatcher(IReadOnlyList<IReadOnlyList<TopicTerm>> groups, Func<int, TopicTerm, bool>? capped = null)
    {
        GroupCount = groups.Count;
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var term in groups[g])
            {
                var prefix = term.Text.EndsWith('*');
                var words = new ScannedText(term.Text.TrimEnd('*')).Tokens.ToArray();
                if (words.Length == 0)
                    continue;
                var exact = term.Text.Any(char.IsUpper) ? words.Select(w => w.Text).ToArray() : null;
                var entry = new Entry(_entries.Count, g, [.. words.Select(w => w.Key)], exact, prefix, term.Weight, capped?.Invoke(g, term) ?? false);
                _entries.Add(entry);
                if (prefix && words.Length == 1 && entry.Keys[0].Length < PrefixBucket)
                    _shortPrefix.Add(entry);
                else if (prefix && words.Length == 1)
                    (_prefixByStart.TryGetValue(entry.Keys[0][..PrefixBucket], out var list) ? list : _prefixByStart[entry.Keys[0][..PrefixBucket]] = []).Add(entry);
                else
                    (_byFirst.TryGetValue(entry.Keys[0], out var list) ? list : _byFirst[entry.Keys[0]] = []).Add(entry);
            }
        }
        _firstWords = new WordShapes(_byFirst.Keys);
        _prefixStarts = new WordShapes(_prefixByStart.Keys);
    }

    public int GroupCount { get; }

    /// <summary>
    /// Each group's score: every term's weight times its count, each count capped at <paramref name="cap"/> (at
    /// <paramref name="cappedAt"/> for the terms the constructor was told to cap, when lower).
    /// </summary>
    public double[] Score(ScannedText text, int cap, int cappedAt = int.MaxValue)
    {
        // Counts by entry id: an array is far cheaper than a dictionary for a few hundred terms.
        var counts = new int[_entries.Count];
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens[i].Key;
            if (_firstWords.MayHold(key) && _byFirst.TryGetValue(key, out var entries))
                foreach (var e in entries)
                    if (Matches(text, i, e))
                        counts[e.Id]++;
            if (key.Length >= PrefixBucket && _prefixStarts.MayHold(key.AsSpan(0, PrefixBucket)) && _prefixByStart.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key.AsSpan(0, PrefixBucket), out var prefixed))
                CountPrefixes(prefixed, tokens[i], counts);
            CountPrefixes(_shortPrefix, tokens[i], counts);
        }
        var scores = new double[GroupCount];
        foreach (var e in _entries)
            if (counts[e.Id] > 0)
                scores[e.Group] += e.Weight * Math.Min(counts[e.Id], e.Capped ? Math.Min(cap, cappedAt) : cap);
        return scores;
    }

    private const int PrefixBucket = 2;

    private static void CountPrefixes(List<Entry> entries, Token token, int[] counts)
    {
        foreach (var e in entries)
            if (token.Key.StartsWith(e.Keys[0], StringComparison.Ordinal) && (e.Exact is null || token.Text.StartsWith(e.Exact[0], StringComparison.Ordinal)))
                counts[e.Id]++;
    }

    private static bool Matches(ScannedText text, int i, Entry e)
    {
        var tokens = text.Tokens;
        for (var k = 0; k < e.Keys.Length; k++)
        {
            var t = i + k;
            if (t >= tokens.Count)
                return false;
            if (k > 0 && !Connected(text, t - 1))
                return false;
            var last = k == e.Keys.Length - 1;
            var key = tokens[t].Key;
            if (!(key == e.Keys[k] || last && e.Prefix && key.StartsWith(e.Keys[k], StringComparison.Ordinal)))
                return false;
            if (e.Exact is not null && !(tokens[t].Text == e.Exact[k] || last && e.Prefix && tokens[t].Text.StartsWith(e.Exact[k], StringComparison.Ordinal)))
                return false;
        }
        return true;
    }

    /// <summary>Words of one term: same sentence, separated by spaces, a hyphen, a slash, or the dot of "U.S." (and the hyphen after it: "U.S.-China").</summary>
    private static bool Connected(ScannedText text, int left)
    {
        var tokens = text.Tokens;
        if (tokens[left].Sentence != tokens[left + 1].Sentence || tokens[left].Possessive)
            return false;
        var gap = text.Gap(left).Trim();
        return gap is "" or "-" or "–" or "/" || gap is "." or ".-" or ".–" && tokens[left].Text.Length == 1;
    }
}
