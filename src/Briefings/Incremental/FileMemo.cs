using System.Collections.Concurrent;

namespace Briefings.Incremental;

/// <summary>
/// What a long-running process made of a file (its bytes, a parsed manifest), kept and reused while the file's size
/// and modification time are what they were when it was read or written; anything else reads it again.
/// </summary>
public sealed class FileMemo<T>
    where T : class
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, T Value)> _files = new(StringComparer.Ordinal);

    /// <summary>The remembered value of <paramref name="path"/> when the file is unchanged; otherwise <paramref name="read"/>'s, remembered.</summary>
    public T Get(string path, Func<string, T> read) => Get(new FileInfo(path), read);

    /// <inheritdoc cref="Get(string, Func{string, T})"/>
    /// <param name="info">The file, with the size and time it had when it was listed.</param>
    public T Get(FileInfo info, Func<string, T> read)
    {
        if (_files.TryGetValue(info.FullName, out var known) && known.Length == info.Length && known.Written == info.LastWriteTimeUtc)
            return known.Value;
        var value = read(info.FullName);
        Remember(info, value);
        return value;
    }

    /// <summary>Records that <paramref name="path"/>, as it is on disk now, holds <paramref name="value"/> (after writing it).</summary>
    public void Remember(string path, T value) => Remember(new FileInfo(path), value);

    private void Remember(FileInfo info, T value)
    {
        if (info.Exists)
            _files[info.FullName] = (info.Length, info.LastWriteTimeUtc, value);
    }
}
