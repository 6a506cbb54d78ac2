using System.Globalization;
using System.Text;
using Briefings.Annotate;
using Briefings.Index;

namespace Briefings.Incremental;

/// <summary>
/// Related articles as last computed, with the key of everything they depend on: each article's place, slug,
/// date, leaders and topics, and the engine. An edit to an article's text leaves the key as it was, and then the last
/// result is reused instead of scoring every article against its tags' lists again (a third of the Index stage of
/// 10,000 articles). Kept in memory by a long-running process and in <c>output/.cache/related</c> for the next build
/// process: a text file, the key on the first line, then one line per article, newest first, with the positions of its
/// related articles in that order (the key covers the order, so positions are as good as slugs, and cheaper to map).
/// </summary>
internal sealed record RelatedSnapshot(string Key, int[][] Positions)
{
    public const string FileName = "related";

    /// <summary>
    /// Related articles for <paramref name="newestFirst"/>: from <paramref name="known"/> or the snapshot in
    /// <paramref name="cacheDir"/> when its key matches, else computed (and then saved there, and kept in
    /// <paramref name="known"/>).
    /// </summary>
    /// <param name="cacheDir">The build cache folder, or null when the build keeps no cache.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<Article>> Reuse(IReadOnlyList<Article> newestFirst, string? cacheDir, ref RelatedSnapshot? known)
    {
        var key = KeyOf(newestFirst);
        if (known?.Key != key)
            known = cacheDir is null ? null : Read(cacheDir, key);
        if (known?.Resolve(newestFirst) is { } reused)
            return reused;
        var related = RelatedArticles.Compute(newestFirst, ArchiveIndexer.RelatedCount);
        var position = new Dictionary<string, int>(newestFirst.Count, StringComparer.Ordinal);
        for (var i = 0; i < newestFirst.Count; i++)
            position[newestFirst[i].Slug] = i;
        known = new RelatedSnapshot(key, [.. newestFirst.Select(a => related[a.Slug].Select(r => position[r.Slug]).ToArray())]);
        if (cacheDir is not null)
            known.Write(cacheDir);
        return related;
    }

    private static string KeyOf(IReadOnlyList<Article> newestFirst)
    {
        var facts = new StringBuilder(ContentHash.EngineVersion);
        foreach (var a in newestFirst)
        {
            facts.Append('\n').Append(a.Slug).Append('|').Append(a.Date.DayNumber).Append('|');
            facts.AppendJoin(',', a.Leaders).Append('|').AppendJoin(',', a.Topics);
        }
        return ContentHash.Of(facts.ToString());
    }

    /// <summary>The saved positions mapped to these article objects; null when they do not fit (a damaged file).</summary>
    private Dictionary<string, IReadOnlyList<Article>>? Resolve(IReadOnlyList<Article> newestFirst)
    {
        if (Positions.Length != newestFirst.Count)
            return null;
        var result = new Dictionary<string, IReadOnlyList<Article>>(newestFirst.Count, StringComparer.Ordinal);
        for (var i = 0; i < Positions.Length; i++)
        {
            var articles = new Article[Positions[i].Length];
            for (var j = 0; j < articles.Length; j++)
            {
                var at = Positions[i][j];
                if (at < 0 || at >= newestFirst.Count)
                    return null;
                articles[j] = newestFirst[at];
            }
            result[newestFirst[i].Slug] = articles;
        }
        return result;
    }

    /// <summary>The snapshot the last build saved, or null when there is none, it has another key or it cannot be read.</summary>
    private static RelatedSnapshot? Read(string cacheDir, string key)
    {
        var path = Path.Combine(cacheDir, FileName);
        if (!File.Exists(path))
            return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != key)
            return null;
        var positions = new int[lines.Length - 1][];
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            positions[i - 1] = new int[fields.Length];
            for (var j = 0; j < fields.Length; j++)
                if (!int.TryParse(fields[j], NumberStyles.None, CultureInfo.InvariantCulture, out positions[i - 1][j]))
                    return null;
        }
        return new RelatedSnapshot(lines[0], positions);
    }

    private void Write(string cacheDir) =>
        AtomicFile.WriteLines(Path.Combine(cacheDir, FileName), Positions.Select(p => new[] { string.Join(' ', p) }).Prepend([Key]));
}
