namespace Briefings.Incremental;

/// <summary>Writes a file through a temporary sibling and a rename, so a reader never sees it half-written.</summary>
internal static class AtomicFile
{
    /// <summary>Streams the content straight to disk: a large manifest or cache shard never sits whole in memory.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            write(stream);
        File.Move(temp, path, overwrite: true);
    }
}
