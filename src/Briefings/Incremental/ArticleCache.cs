using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Incremental;

/// <summary>
/// Results of Clean and Annotate per article, keyed by a hash of the source file (path and bytes), of everything
/// else those stages read (knowledge base, site settings) and of the engine version. A changed file, knowledge base
/// or program gives a new key, so a stale result is never reused. Stored in <c>output/.cache/articles/</c> in 256
/// shards, so a one-article change rewrites one small file; deleting the folder only costs a full rebuild.
/// </summary>
public sealed class ArticleCache
{
    public const string FolderName = "articles";

    private readonly ConcurrentDictionary<string, CachedArticle> _entries;
    private readonly ConcurrentDictionary<string, CachedArticle> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _dirtyShards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keyByOrigin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hashByOrigin = new(StringComparer.Ordinal);
    // The key of each file's bytes, kept while the bytes are (the preview server's source memo returns the same array
    // for an unchanged file): a rebuild then hashes only the files that changed.
    private readonly ConditionalWeakTable<byte[], SourceKey> _keyOfBytes = [];

    private sealed record SourceKey(string InputsKey, string Path, string Key, string Hash);

    private ArticleCache(ConcurrentDictionary<string, CachedArticle> entries) => _entries = entries;

    /// <summary>How many articles the last <see cref="CleanAndAnnotate"/> took from the cache and how many it processed.</summary>
    public (int Reused, int Processed) LastRun { get; private set; }

    /// <summary>The cache key of each source file of the last run, by path relative to the input folder.</summary>
    public IReadOnlyDictionary<string, string> KeyByOrigin => _keyByOrigin;

    /// <summary>The hash of each source file's bytes in the last run, by path relative to the input folder (for <see cref="SourceStamps"/>).</summary>
    public IReadOnlyDictionary<string, string> HashByOrigin => _hashByOrigin;

    public static ArticleCache Empty() => new(new(StringComparer.Ordinal));

    /// <summary>Reads the cache; a missing, unreadable or outdated shard simply counts as empty.</summary>
    public static ArticleCache Load(string cacheDir)
    {
        var folder = Path.Combine(cacheDir, FolderName);
        return Directory.Exists(folder) ? Load(Directory.GetFiles(folder, "*" + ShardExtension)) : Empty();
    }

    /// <summary>
    /// Reads only the shards that hold <paramref name="keys"/>: enough to look those entries up and to replace them
    /// (<see cref="Replace"/>), as <see cref="Save"/> rewrites only shards that changed, and those were read whole.
    /// </summary>
    internal static ArticleCache LoadShardsOf(string cacheDir, IEnumerable<string> keys) =>
        Load([.. keys.Select(Shard).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(shard => Path.Combine(cacheDir, FolderName, shard + ShardExtension)).Where(File.Exists)]);

    private static ArticleCache Load(string[] shards)
    {
        var read = new List<CachedArticle>?[shards.Length];
        Parallel.For(0, shards.Length, i =>
        {
            try
            {
                read[i] = CacheShard.Read(File.ReadAllBytes(shards[i]));
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentOutOfRangeException)
            {
                // A damaged shard costs a re-run of those articles, never a failed build.
            }
        });
        // Filled on one thread, at its final size: inserting from both cores contended on the dictionary's locks and
        // its resizing (a third of the load of 10,000 articles).
        var entries = new ConcurrentDictionary<string, CachedArticle>(Environment.ProcessorCount, read.Sum(list => list?.Count ?? 0), StringComparer.Ordinal);
        foreach (var entry in read.SelectMany(list => list ?? []))
            entries[entry.Key] = entry;
        return new ArticleCache(entries);
    }

    /// <summary>
    /// Cleans and annotates every file, reusing cached results whose key matches. <paramref name="process"/> runs the
    /// real stages for one file and reports its problems to the log it is given (cached problems are replayed).
    /// </summary>
    /// <param name="fileDateOf">Each file's date (<see cref="FileDates.Of"/>): a cached article whose dating used another date is processed again; null checks none.</param>
    public List<Article> CleanAndAnnotate(
        IReadOnlyList<SourceFile> files,
        string inputsKey,
        ProblemLog problems,
        Func<SourceFile, ProblemLog, Article?> process,
        Action? onArticle = null,
        Func<string, DateOnly>? fileDateOf = null)
    {
        var keys = new (string Key, string Hash)[files.Count];
        var found = new CachedArticle[files.Count];
        var reused = 0;
        Parallel.For(0, files.Count, i =>
        {
            keys[i] = Key(files[i], inputsKey);
            var key = keys[i].Key;
            if (_entries.TryGetValue(key, out var entry) && (fileDateOf is null || entry.HoldsOn(fileDateOf)))
                Interlocked.Increment(ref reused);
            else
            {
                var own = new ProblemLog();
                var article = process(files[i], own);
                entry = new CachedArticle(key, article, own.All);
                _entries[key] = entry;
                _dirtyShards[Shard(key)] = 0;
            }
            found[i] = entry;
            onArticle?.Invoke();
        });
        // Recorded from one thread, in file order: 10,000 inserts from both cores contended on the dictionaries' locks.
        _used.Clear();
        _keyByOrigin.Clear();
        _hashByOrigin.Clear();
        var results = new List<Article>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            _used[keys[i].Key] = found[i];
            _keyByOrigin[files[i].RelativePath] = keys[i].Key;
            _hashByOrigin[files[i].RelativePath] = keys[i].Hash;
            problems.AddRange(found[i].Problems);
            if (found[i].Article is { } article)
                results.Add(article);
        }
        foreach (var stale in _entries.Keys.Where(k => !_used.ContainsKey(k)).ToList())
        {
            _entries.TryRemove(stale, out _);
            _dirtyShards[Shard(stale)] = 0;
        }
        LastRun = (reused, files.Count - reused);
        return [.. results.OrderBy(a => a.Origin, StringComparer.Ordinal)];
    }

    /// <summary>The cached result under <paramref name="key"/>, if any.</summary>
    internal CachedArticle? Find(string key) => _entries.GetValueOrDefault(key);

    /// <summary>Puts <paramref name="entry"/> in place of the entry under <paramref name="oldKey"/> (both shards must have been read).</summary>
    internal void Replace(string oldKey, CachedArticle entry)
    {
        if (_entries.TryRemove(oldKey, out _))
            _dirtyShards[Shard(oldKey)] = 0;
        _entries[entry.Key] = entry;
        _dirtyShards[Shard(entry.Key)] = 0;
    }

    /// <summary>The last run's result for the file at <paramref name="origin"/>.</summary>
    internal CachedArticle EntryOf(string origin) => _used[_keyByOrigin[origin]];

    /// <summary>The file's cache key and the hash of its bytes (known without reading them when the last build vouched for them).</summary>
    private (string Key, string Hash) Key(SourceFile file, string inputsKey)
    {
        if (file.KnownHash is { } vouched)
            return (KeyOf(file, inputsKey, vouched), vouched);
        if (_keyOfBytes.TryGetValue(file.Bytes, out var known) && known.InputsKey == inputsKey && known.Path == file.RelativePath)
            return (known.Key, known.Hash);
        var hash = ContentHash.Of(file.Bytes);
        var key = KeyOf(file, inputsKey, hash);
        _keyOfBytes.AddOrUpdate(file.Bytes, new SourceKey(inputsKey, file.RelativePath, key, hash));
        return (key, hash);
    }

    internal static string KeyOf(SourceFile file, string inputsKey, string hash) =>
        ContentHash.Combine(ContentHash.EngineVersion, inputsKey, file.RelativePath, hash);

    /// <summary>Writes the shards that changed since the cache was loaded or last saved.</summary>
    public void Save(string cacheDir)
    {
        var folder = Path.Combine(cacheDir, FolderName);
        Directory.CreateDirectory(folder);
        var byShard = _entries.Values.GroupBy(e => Shard(e.Key)).ToDictionary(g => g.Key, g => g.ToList());
        // Shards are separate files: a full build writes all 256 (600 MB at 100,000 articles) on both cores, each
        // sorted by the worker that writes it.
        Parallel.ForEach(_dirtyShards.Keys, shard =>
        {
            var path = Path.Combine(folder, shard + ShardExtension);
            if (byShard.TryGetValue(shard, out var list))
            {
                list.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                AtomicFile.Write(path, stream => CacheShard.Write(stream, list));
            }
            else if (File.Exists(path))
                File.Delete(path);
        });
        _dirtyShards.Clear();
        // Shards of the earlier JSON format are never read again.
        foreach (var stale in Directory.EnumerateFiles(folder, "*.json"))
            File.Delete(stale);
    }

    private static string Shard(string key) => key[..2];

    private const string ShardExtension = ".bin";
}

/// <summary>One cached Clean + Annotate result: the article (null when cleaning skipped it) and the problems it raised.</summary>
public sealed record CachedArticle(string Key, Article? Article, IReadOnlyList<Problem> Problems)
{
    /// <summary>False when the article's dating used a file date that is no longer its file's (<see cref="Article.FileDate"/>).</summary>
    public bool HoldsOn(Func<string, DateOnly> fileDateOf) => Article is null || FileDates.StillHolds(Article.FileDate, Article.Origin, fileDateOf);
}
