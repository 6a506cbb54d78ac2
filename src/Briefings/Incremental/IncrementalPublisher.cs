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
    private readonly ConcurrentDictionary<string, ManifestEntry> _kept = new(StringComparer.Ordinal);

    private IncrementalPublisher(string target, string cacheDir)
    {
        _target = Path.GetFullPath(target);
        var name = Path.GetFileName(_target);
        _manifestPath = Path.Combine(cacheDir, name + ".manifest");
        _journalPath = Path.Combine(cacheDir, name + ".journal");
        _trusted = Directory.Exists(_target) && File.Exists(_manifestPath) && !File.Exists(_journalPath);
        _previous = _trusted ? OutputManifest.Read(_manifestPath) : new OutputManifest();
    }

    /// <summary>Opens <paramref name="target"/> for publishing; its manifest and journal live in <paramref name="cacheDir"/>.</summary>
    public static IncrementalPublisher Open(string target, string cacheDir) => new(target, cacheDir);

    /// <summary>
    /// True when <paramref name="path"/> was published from the same <paramref name="key"/> and is still on disk: the
    /// caller may skip producing it, and it is kept as it is.
    /// </summary>
    public bool IsFresh(string path, string key)
    {
        if (!_previous.Entries.TryGetValue(path, out var entry) || entry.Key != key || !File.Exists(Path.Combine(_target, path)))
            return false;
        _kept[path] = entry;
        return true;
    }

    /// <summary>Publishes <paramref name="produced"/> plus every file <see cref="IsFresh"/> kept; anything else is removed.</summary>
    public PublishStats Publish(IEnumerable<(string Path, byte[] Bytes, string? Key)> produced)
    {
        var files = produced.ToList();
        var next = new OutputManifest(_kept);
        var hashes = new string[files.Count];
        Parallel.For(0, files.Count, i => hashes[i] = ContentHash.Of(files[i].Bytes));
        for (var i = 0; i < files.Count; i++)
            next.Entries[files[i].Path] = new ManifestEntry(files[i].Key, hashes[i]);

        if (!_trusted)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_manifestPath)!);
            OutputPublisher.Replace(_target, files.Select(f => (f.Path, f.Bytes)));
            next.Write(_manifestPath);
            File.Delete(_journalPath);
            return new PublishStats(files.Count, 0, 0, FullRewrite: true);
        }

        var changed = files.Where((f, i) => !_previous.Entries.TryGetValue(f.Path, out var old) || old.Hash != hashes[i]
                || !File.Exists(Path.Combine(_target, f.Path)))
            .ToList();
        var removed = _previous.Entries.Keys.Where(p => !next.Entries.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        if (changed.Count > 0 || removed.Count > 0)
            Apply(Stage(changed), removed);
        next.Write(_manifestPath);
        return new PublishStats(changed.Count, files.Count - changed.Count + _kept.Count, removed.Count, FullRewrite: false);
    }

    private string Stage(List<(string Path, byte[] Bytes, string? Key)> changed)
    {
        var staging = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.staging");
        if (Directory.Exists(staging))
            Directory.Delete(staging, recursive: true);
        try
        {
            foreach (var (relative, bytes, _) in changed)
            {
                var path = Inside(staging, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, bytes);
            }
            return staging;
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
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
