using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Briefings.Publish;

/// <summary>
/// The Publish stage: writes a complete folder next to the target, then swaps it in. A build that fails before the
/// swap leaves the previous output exactly as it was.
/// </summary>
public static class OutputPublisher
{
    /// <summary>Writes <paramref name="files"/> (relative path, bytes) as the new content of <paramref name="target"/>.</summary>
    /// <param name="beforeSwap">
    /// Runs on the complete staging folder before the swap (the search index is built there); when it returns false
    /// the staging folder is dropped, the target stays as it was, and Replace returns false.
    /// </param>
    public static bool Replace(string target, IEnumerable<(string Path, byte[] Bytes)> files, Func<string, bool>? beforeSwap = null)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException("output folder has no parent", nameof(target));
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        var staging = Path.Combine(parent, $".{name}.new");
        var retired = Path.Combine(parent, $".{name}.old");
        DeleteIfExists(staging);
        DeleteIfExists(retired);
        Directory.CreateDirectory(staging);
        var stagingRoot = Path.GetFullPath(staging) + Path.DirectorySeparatorChar;
        var folders = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        try
        {
            // The files are enumerated lazily, so whatever produces their bytes (a Select over articles) runs on the
            // writers too, and only a few files wait in memory for the disk.
            Parallel.ForEach(files, Writers, file => Write(stagingRoot, file.Path, file.Bytes, folders));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        if (beforeSwap is not null && !beforeSwap(staging))
        {
            DeleteIfExists(staging);
            return false;
        }
        if (Directory.Exists(full))
            Directory.Move(full, retired);
        Directory.Move(staging, full);
        DeleteIfExists(retired);
        return true;
    }

    // Writing a file waits on the disk (metadata, directory entries) far more than on the CPU, so a few more
    // writers than cores keep the disk busy; beyond that they only queue.
    private static readonly ParallelOptions Writers = new() { MaxDegreeOfParallelism = Math.Max(4, 2 * Environment.ProcessorCount) };

    private static void Write(string stagingRoot, string relative, byte[] bytes, ConcurrentDictionary<string, bool> folders)
    {
        var path = Path.GetFullPath(Path.Combine(stagingRoot, relative));
        // A path from article data can never escape the output folder.
        if (!path.StartsWith(stagingRoot, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {relative}");
        var folder = Path.GetDirectoryName(path)!;
        // The value is added only once the folder exists, so no writer can see it early.
        folders.GetOrAdd(folder, f => Directory.CreateDirectory(f).Exists);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Every file under <paramref name="directory"/> as (relative path, bytes), in a stable order.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> FilesUnder(string directory, string prefix) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => (prefix + Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            : [];

    private static void DeleteIfExists(string dir)
    {
        if (!Directory.Exists(dir))
            return;
        // Removing a file costs the disk as much as writing one: the files go in parallel, the empty folders after.
        Parallel.ForEach(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories), Writers, File.Delete);
        Directory.Delete(dir, recursive: true);
    }
}
