using System.Collections.Concurrent;

namespace Briefings.Incremental;

/// <summary>
/// Keeps the bytes of article files in memory between the preview server's builds and reads a file again only when
/// its size or modification time changed, so a rebuild after a one-file edit reads one file. The same byte array
/// comes back for an unchanged file, which also lets <see cref="ArticleCache"/> skip hashing it again.
/// </summary>
public sealed class SourceFileMemo
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, byte[] Bytes)> _files = new(StringComparer.Ordinal);

    public byte[] Read(string path)
    {
        var info = new FileInfo(path);
        if (_files.TryGetValue(path, out var known) && known.Length == info.Length && known.Written == info.LastWriteTimeUtc)
            return known.Bytes;
        var bytes = File.ReadAllBytes(path);
        _files[path] = (bytes.Length, info.LastWriteTimeUtc, bytes);
        return bytes;
    }
}
