using System.Collections.Concurrent;

namespace Briefings.Publish;

/// <summary>
/// A folder being written next to its target (<c>.site.new</c> beside <c>site</c>), file by file from any number of
/// threads, as pages come out of the renderer: nothing waits in memory for the disk. <see cref="Swap"/> puts it in
/// place of the target; disposing it unswapped deletes it, so a build that fails half-way leaves the target as it was.
/// </summary>
public sealed class StagedFolder : IDisposable
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _done;

    private StagedFolder(string target, string path)
    {
        Target = target;
        Path = path;
        _root = System.IO.Path.GetFullPath(path) + System.IO.Path.DirectorySeparatorChar;
    }

    /// <summary>The folder this one will replace.</summary>
    public string Target { get; }

    /// <summary>Where the files are being written.</summary>
    public string Path { get; }

    /// <summary>Starts an empty staging folder beside <paramref name="target"/> (a leftover one from a failed build is removed).</summary>
    public static StagedFolder Begin(string target, string suffix = "new")
    {
        var full = System.IO.Path.GetFullPath(target);
        var parent = System.IO.Path.GetDirectoryName(full) ?? throw new ArgumentException("output folder has no parent", nameof(target));
        var staging = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(full)}.{suffix}");
        OutputPublisher.DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
        return new StagedFolder(full, staging);
    }

    /// <summary>Writes one file (relative path); safe to call from several threads at once.</summary>
    public void Write(string relative, byte[] bytes)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(_root, relative));
        // A path from article data can never escape the output folder.
        if (!path.StartsWith(_root, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {relative}");
        // The value is added only once the folder exists, so no writer can see it early.
        _folders.GetOrAdd(System.IO.Path.GetDirectoryName(path)!, CreateFolder);
        // The staging folder starts empty, so every file is new: CreateNew, not File.WriteAllBytes. That one opens
        // with FileMode.Create, which truncates the (empty) file, and on ext4 a file truncated to zero is flushed to
        // the disk when it is closed (auto_da_alloc), one synchronous writeback start per page. A second write of
        // the same path is a bug and fails here.
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(file, bytes, 0);
    }

    // Not DirectoryInfo.Exists: that asks the disk once more for every page's folder.
    private static bool CreateFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        return true;
    }

    /// <summary>
    /// Replaces the target with the staged folder. <paramref name="beforeSwap"/> runs on the complete staged folder first
    /// (the search index is built there); when it returns false nothing is swapped and Swap returns false.
    /// </summary>
    public bool Swap(Func<string, bool>? beforeSwap = null)
    {
        if (beforeSwap is not null && !beforeSwap(Path))
            return false;
        var retired = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Target)!, $".{System.IO.Path.GetFileName(Target)}.old");
        OutputPublisher.DeleteIfExists(retired);
        if (Directory.Exists(Target))
            Directory.Move(Target, retired);
        Directory.Move(Path, Target);
        _done = true;
        OutputPublisher.DeleteIfExists(retired);
        return true;
    }

    /// <summary>Marks the staged files as taken elsewhere (moved into place one by one): nothing to delete.</summary>
    public void Keep() => _done = true;

    public void Dispose()
    {
        if (!_done)
            OutputPublisher.DeleteIfExists(Path);
    }
}
