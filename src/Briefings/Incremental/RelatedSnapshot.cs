using Briefings.Annotate;
using Briefings.Index;

namespace Briefings.Incremental;

/// <summary>
/// Related articles as last computed, by slug, with the key of everything they depend on: each article's place, slug,
/// date, leaders and topics, and the engine. An edit to an article's text leaves the key as it was, and then the last
/// result is reused instead of scoring every article against its tags' lists again (a third of the Index stage of
/// 10,000 articles). Kept in memory by a long-running process and in <c>output/.cache/related</c> for the next build
/// process: a text file, the key on the first line, then per article its slug and its related slugs, tab-separated.
/// </summary>
internal sealed record RelatedSnapshot(string Key, IReadOnlyDictionary<string, string[]> Slugs)
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
            known = cacheDir is not null && Read(cacheDir) is { } saved && saved.Key == key ? saved : null;
        if (known?.Resolve(newestFirst) is { } reused)
            return reused;
        var related = RelatedArticles.Compute(newestFirst, ArchiveIndexer.RelatedCount);
        known = new RelatedSnapshot(key, related.ToDictionary(p => p.Key, p => p.Value.Select(a => a.Slug).ToArray(), StringComparer.Ordinal));
        if (cacheDir is not null)
            known.Write(cacheDir);
        return related;
    }

    private static string KeyOf(IReadOnlyList<Article> newestFirst) =>
        ContentHash.Combine(newestFirst.Select(a => $"{a.Slug}|{a.Date.DayNumber}|{string.Join(',', a.Leaders)}|{string.Join(',', a.Topics)}").Prepend(ContentHash.EngineVersion));

    /// <summary>The saved slugs mapped to these article objects; null if any slug is unknown (the snapshot does not fit).</summary>
    private Dictionary<string, IReadOnlyList<Article>>? Resolve(IReadOnlyList<Article> newestFirst)
    {
        var bySlug = new Dictionary<string, Article>(newestFirst.Count, StringComparer.Ordinal);
        foreach (var article in newestFirst)
            bySlug[article.Slug] = article;
        var result = new Dictionary<string, IReadOnlyList<Article>>(Slugs.Count, StringComparer.Ordinal);
        foreach (var (slug, related) in Slugs)
        {
            var articles = new Article[related.Length];
            for (var i = 0; i < related.Length; i++)
                if (!bySlug.TryGetValue(related[i], out articles[i]!))
                    return null;
            result[slug] = articles;
        }
        return result.Count == newestFirst.Count ? result : null;
    }

    /// <summary>The snapshot the last build saved, or null when there is none or it cannot be read.</summary>
    private static RelatedSnapshot? Read(string cacheDir)
    {
        var path = Path.Combine(cacheDir, FileName);
        if (!File.Exists(path))
            return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
            return null;
        var slugs = new Dictionary<string, string[]>(lines.Length - 1, StringComparer.Ordinal);
        foreach (var line in lines.AsSpan(1))
        {
            var fields = line.Split('\t');
            slugs[fields[0]] = fields[1..];
        }
        return new RelatedSnapshot(lines[0], slugs);
    }

    private void Write(string cacheDir) =>
        AtomicFile.WriteLines(Path.Combine(cacheDir, FileName), Slugs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Prepend(p.Key)).Prepend([Key]));
}
