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
        using var staged = StagedFolder.Begin(target);
        // The files are enumerated lazily, so whatever produces their bytes (a Select over articles) runs on the
        // writers too, and only a few files wait in memory for the disk.
        InParallel(files, file => staged.Write(file.Path, file.Bytes));
        return staged.Swap(beforeSwap);
    }

    /// <summary>Runs <paramref name="write"/> for each item on several writers; the first failure is rethrown as itself.</summary>
    public static void InParallel<T>(IEnumerable<T> items, Action<T> write)
    {
        try
        {
            Parallel.ForEach(items, Writers, write);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }

    // Writing a file waits on the disk (metadata, directory entries) far more than on the CPU, so a few more
    // writers than cores keep the disk busy; beyond that they only queue.
    private static readonly ParallelOptions Writers = new() { MaxDegreeOfParallelism = Math.Max(4, 2 * Environment.ProcessorCount) };

    /// <summary>Every file under <paramref name="directory"/> as (relative path, bytes), in a stable order.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> FilesUnder(string directory, string prefix) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => (prefix + Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            : [];

    internal static void DeleteIfExists(string dir)
    {
        if (!Directory.Exists(dir))
            return;
        // Removing a file costs the disk as much as writing one: the files go in parallel, the empty folders after.
        Parallel.ForEach(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories), Writers, File.Delete);
        Directory.Delete(dir, recursive: true);
    }
}
