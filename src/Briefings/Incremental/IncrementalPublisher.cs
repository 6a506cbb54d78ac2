using System.Collections.Concurrent;
using Briefings.Publish;

namespace Briefings.Incremental;

/// <summary>What one publish did to an output folder.</summary>
public sealed record PublishStats(int Written, int Unchanged, int Deleted, bool FullRewrite);

/// <summary>
/// Publishes into an output folder, touching only files whose bytes changed. Safe against failures:
/// <list type="number">
/// <item>every changed file is first written into a staging folder beside the target; a failure there (disk full,
/// permissions) deletes the staging folder and leaves the target exactly as it was;</item>
/// <item>a journal is written, then the staged files are renamed into place one by one (each rename is atomic, so a
/// reader — the preview server — never sees a half-written page) and removed pages are deleted;</item>
/// <item>the manifest is saved and the journal removed. A journal found at the next build means an apply was
/// interrupted: the manifest is not trusted and that build rewrites the whole folder through a folder swap.</item>
/// </list>
/// Without a trusted manifest (first build, cache deleted, output deleted) it falls back to the folder swap of
/// <see cref="OutputPublisher.Replace"/>.
/// </summary>
public sealed class IncrementalPublisher
{
    private readonly string _target;
    private readonly string _manifestPath;
    private readonly string _journalPath;
    private readonly OutputManifest _previous;
    private readonly bool _trusted;
    private readonly ConcurrentDictionary<string, ManifestEntry> _kept;
    private readonly FileMemo<OutputManifest>? _manifests;

    private IncrementalPublisher(string target, string cacheDir, FileMemo<OutputManifest>? manifests)
    {
        _manifests = manifests;
        _target = Path.GetFullPath(target);
        var name = Path.GetFileName(_target);
        _manifestPath = Path.Combine(cacheDir, name + ".manifest");
        _journalPath = Path.Combine(cacheDir, name + ".journal");
        _trusted = Directory.Exists(_target) && File.Exists(_manifestPath) && !File.Exists(_journalPath);
        if (!_trusted)
            _previous = new OutputManifest();
        else
            _previous = manifests is null ? OutputManifest.Read(_manifestPath) : manifests.Get(_manifestPath, OutputManifest.Read);
        _kept = SizedFor(_previous);
    }

    /// <summary>
    /// A dictionary both cores fill at once, one entry per published file: sized from the last manifest and with many
    /// locks, as the default (one lock per core, grown as it fills) made every insert wait on the other core.
    /// </summary>
    private static ConcurrentDictionary<string, ManifestEntry> SizedFor(OutputManifest previous) =>
        new(concurrencyLevel: 64, capacity: previous.Entries.Count, StringComparer.Ordinal);

    /// <summary>Opens <paramref name="target"/> for publishing; its manifest and journal live in <paramref name="cacheDir"/>.</summary>
    /// <param name="manifests">A long-running process's parsed manifests, reused while their files are the ones it last wrote.</param>
    public static IncrementalPublisher Open(string target, string cacheDir, FileMemo<OutputManifest>? manifests = null) => new(target, cacheDir, manifests);

    /// <summary>
    /// True when <paramref name="path"/> was published from the same <paramref name="key"/> and is still on disk: the
    /// caller may skip producing it, and it is kept as it is.
    /// </summary>
    public bool IsFresh(string path, string key)
    {
        if (!WouldKeep(path, key))
            return false;
        _kept[path] = _previous.Entries[path];
        return true;
    }

    /// <summary>Whether <see cref="IsFresh"/> would keep the file, without keeping it.</summary>
    public bool WouldKeep(string path, string key) =>
        _previous.Entries.TryGetValue(path, out var entry) && entry.Key == key && File.Exists(Path.Combine(_target, path));

    /// <summary>
    /// Whether the folder is as the last publish left it: its manifest trusted and every file it lists still there
    /// (a file deleted by hand since must be produced again, which only a full look at the archive can do).
    /// </summary>
    public bool AllInPlace() => _trusted && ParallelFilter.All([.. _previous.Entries.Keys], path => File.Exists(Path.Combine(_target, path)));

    /// <summary>Keeps every file of the last publish as it is (once <see cref="AllInPlace"/> said they are all there): a publish then changes only the files it is given.</summary>
    public void KeepAll()
    {
        foreach (var (path, entry) in _previous.Entries)
            _kept[path] = entry;
    }

    /// <summary>Publishes <paramref name="produced"/> plus every file <see cref="IsFresh"/> kept; anything else is removed.</summary>
    public PublishStats Publish(IEnumerable<(string Path, byte[] Bytes, string? Key)> produced)
    {
        using var session = Begin();
        OutputPublisher.InParallel(produced, f => session.Add(f.Path, f.Bytes, f.Key));
        return session.Complete();
    }

    /// <summary>
    /// Starts a publish that takes files one at a time, from any thread, as they are produced (<see cref="Session.Add"/>),
    /// and applies them with <see cref="Session.Complete"/>; disposing an incomplete session leaves the folder as it was.
    /// </summary>
    public Session Begin() => new(this);

    /// <summary>One publish in progress: changed files are staged as they come, so none waits in memory.</summary>
    public sealed class Session : IDisposable
    {
        private readonly IncrementalPublisher _owner;
        private readonly StagedFolder _staged;
        private readonly ConcurrentDictionary<string, ManifestEntry> _entries;
        private int _produced;
        private int _changed;

        internal Session(IncrementalPublisher owner)
        {
            _owner = owner;
            _entries = SizedFor(owner._previous);
            // Without a trusted manifest every file is written and the whole folder swapped in; with one, only the
            // changed files are staged, then moved into place one by one.
            _staged = StagedFolder.Begin(owner._target, owner._trusted ? "staging" : "new");
        }

        /// <summary>Takes one produced file (relative path, bytes, the key it was made from).</summary>
        public void Add(string path, byte[] bytes, string? key)
        {
            var hash = ContentHash.Of(bytes);
            if (!_entries.TryAdd(path, new ManifestEntry(key, hash)))
                throw new InvalidOperationException($"two outputs were produced for {path}");
            Interlocked.Increment(ref _produced);
            if (_owner._trusted && _owner._previous.Entries.TryGetValue(path, out var old) && old.Hash == hash && File.Exists(Path.Combine(_owner._target, path)))
                return;
            Interlocked.Increment(ref _changed);
            _staged.Write(path, bytes);
        }

        /// <summary>Puts the staged files in place, removes files no longer produced, and saves the manifest.</summary>
        public PublishStats Complete()
        {
            // Files kept as they were (IsFresh) may be declared while the session runs: they count from here.
            var next = new OutputManifest(_owner._kept);
            foreach (var (path, entry) in _entries)
                next.Entries[path] = entry;
            if (!_owner._trusted)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_owner._manifestPath)!);
                _staged.Swap();
                _owner.SaveManifest(next);
                File.Delete(_owner._journalPath);
                return new PublishStats(_produced, 0, 0, FullRewrite: true);
            }
            var removed = _owner._previous.Entries.Keys.Where(p => !next.Entries.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
            if (_changed > 0 || removed.Count > 0)
                _owner.Apply(_staged.Path, removed);
            _staged.Keep();
            OutputPublisher.DeleteIfExists(_staged.Path);
            // A rebuild that changed nothing here leaves the manifest as it is (23,000 lines for 10,000 articles).
            if (_changed > 0 || removed.Count > 0 || !SameEntries(next, _owner._previous))
                _owner.SaveManifest(next);
            return new PublishStats(_changed, _produced - _changed + _owner._kept.Count, removed.Count, FullRewrite: false);
        }

        public void Dispose() => _staged.Dispose();

        private static bool SameEntries(OutputManifest a, OutputManifest b) =>
            a.Entries.Count == b.Entries.Count && a.Entries.All(e => b.Entries.TryGetValue(e.Key, out var other) && other == e.Value);
    }

    private void SaveManifest(OutputManifest manifest)
    {
        manifest.Write(_manifestPath);
        _manifests?.Remember(_manifestPath, manifest);
    }

    private void Apply(string staging, List<string> removed)
    {
        File.WriteAllText(_journalPath, "publishing into " + _target + "\n");
        if (Directory.Exists(staging))
        {
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
            {
                var destination = Inside(_target, Path.GetRelativePath(staging, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(file, destination, overwrite: true);
            }
            Directory.Delete(staging, recursive: true);
        }
        foreach (var relative in removed)
        {
            var path = Inside(_target, relative);
            if (File.Exists(path))
                File.Delete(path);
            RemoveEmptyParents(Path.GetDirectoryName(path)!);
        }
        File.Delete(_journalPath);
    }

    private void RemoveEmptyParents(string dir)
    {
        while (dir.Length > _target.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any())
        {
            Directory.Delete(dir);
            dir = Path.GetDirectoryName(dir)!;
        }
    }

    // A path from article data can never escape the output folder.
    private static string Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {relative}");
        return full;
    }
}
