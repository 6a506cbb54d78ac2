using System.Runtime.InteropServices;

namespace Briefings.Clean;

/// <summary>
/// A thread's memory of a line classifier's answers, by the text asked about. Cleaning asks the same question of the
/// same line in several passes (the headline finder, the scan of leading furniture, the line filter), and the promo
/// and chrome rules run some sixty patterns each time. A classifier's answer depends on the text alone, so it is kept
/// by text, not by string object: a quarter of the strings asked about are new copies of a text asked about before (a
/// line trimmed or rejoined between passes), and hashing a line costs a small part of classifying it again. Each
/// worker thread has its own table, emptied when it grows past a few articles' worth, so nothing is shared and
/// nothing grows without bound. Each classifier answers with a type of its own, which keeps their tables apart.
/// </summary>
internal static class LineVerdicts<TVerdict>
    where TVerdict : struct
{
    private const int Capacity = 1024;

    [ThreadStatic]
    private static Dictionary<string, TVerdict>? t_answers;

    /// <summary>The classifier's answer for <paramref name="line"/>, worked out once per text per thread.</summary>
    public static TVerdict Of(string line, Func<string, TVerdict> classify)
    {
        var answers = t_answers ??= new Dictionary<string, TVerdict>(LineComparer.Instance);
        if (answers.TryGetValue(line, out var known))
            return known;
        if (answers.Count >= Capacity)
            answers.Clear();
        var verdict = classify(line);
        answers[line] = verdict;
        return verdict;
    }
}

/// <summary>
/// Lines compared as text, hashed by their length and their first and last characters only. The verdict tables are
/// asked about every line several times each; hashing a whole line of several hundred characters for each question
/// was most of the cost of asking. Lines that share their length and ends but differ between them compare unequal and
/// share a bucket, which the tables' small size bounds.
/// </summary>
internal sealed class LineComparer : IEqualityComparer<string>
{
    private const int End = 16;

    public static readonly LineComparer Instance = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string line)
    {
        var text = line.AsSpan();
        if (text.Length <= 2 * End)
            return string.GetHashCode(text);
        // Eight characters at a time: four reads from each end, each mixed in by a multiplication.
        var hash = (ulong)text.Length;
        foreach (var part in MemoryMarshal.Cast<char, ulong>(text[..End]))
            hash = (hash ^ part) * 0x9E3779B97F4A7C15;
        foreach (var part in MemoryMarshal.Cast<char, ulong>(text[^End..]))
            hash = (hash ^ part) * 0x9E3779B97F4A7C15;
        return (int)(hash ^ (hash >> 32));
    }
}
