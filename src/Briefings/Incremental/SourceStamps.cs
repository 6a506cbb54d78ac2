using System.Globalization;
using Briefings.Load;

namespace Briefings.Incremental;

/// <summary>
/// What the last build knew of each article file: its size, modification time and the hash of its bytes, in
/// <c>output/.cache/sources</c> (a text file, one tab-separated line per file, sorted). A build process lists the
/// articles folder anyway; a file whose size and time are as recorded is taken to hold the recorded bytes, as git's
/// index and make do, and is then neither read nor hashed unless its article must be processed again: reading and
/// hashing 10,000 files was a third of a fresh one-article rebuild. A fresh checkout (CI) gives every file a new time,
/// so every file is read there, as before. Safe to delete.
/// </summary>
public sealed class SourceStamps
{
    public const string FileName = "sources";

    // A file written this close to the moment the stamps were saved may have changed again within the clock's
    // granularity (some file systems keep whole or even two seconds) without its time moving: it is read again.
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, Stamp> _byPath;
    private readonly DateTime _savedUtc;

    private readonly record struct Stamp(long Length, long Ticks, string Hash);

    private SourceStamps(Dictionary<string, Stamp> byPath, DateTime savedUtc)
    {
        _byPath = byPath;
        _savedUtc = savedUtc;
    }

    /// <summary>The stamps the last build saved; none when the file is missing or damaged.</summary>
    public static SourceStamps Read(string cacheDir)
    {
        var path = Path.Combine(cacheDir, FileName);
        var byPath = new Dictionary<string, Stamp>(StringComparer.Ordinal);
        var info = new FileInfo(path);
        if (!info.Exists)
            return new SourceStamps(byPath, DateTime.MinValue);
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split('\t');
            if (fields.Length != 4
                || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
                return new SourceStamps([], DateTime.MinValue);
            byPath[fields[0]] = new Stamp(length, ticks, fields[3]);
        }
        return new SourceStamps(byPath, info.LastWriteTimeUtc);
    }

    /// <summary>The recorded hash of the file's bytes when its size and time are as recorded (and not racily recent); else null.</summary>
    public string? HashOf(string relativePath, FileInfo file) =>
        _byPath.TryGetValue(relativePath, out var stamp)
        && stamp.Length == file.Length
        && stamp.Ticks == file.LastWriteTimeUtc.Ticks
        && file.LastWriteTimeUtc < _savedUtc - RacyWindow
            ? stamp.Hash
            : null;

    /// <summary>
    /// The stamps of this build's files, with the hash of each one's bytes (<paramref name="hashByPath"/>); null when
    /// every stamp is as it was, so a build that changed nothing leaves the cache alone (a racily recent file is then
    /// simply read again by each build until the stamps are next written).
    /// </summary>
    public SourceStamps? Next(IEnumerable<SourceFile> files, IReadOnlyDictionary<string, string> hashByPath)
    {
        var next = new Dictionary<string, Stamp>(StringComparer.Ordinal);
        foreach (var file in files)
            if (file.ListedLength is { } length && file.LastWriteUtc is { } written && hashByPath.TryGetValue(file.RelativePath, out var hash))
                next[file.RelativePath] = new Stamp(length, written.Ticks, hash);
        var same = next.Count == _byPath.Count && next.All(p => _byPath.TryGetValue(p.Key, out var old) && old == p.Value);
        return same ? null : new SourceStamps(next, DateTime.MinValue);
    }

    public void Write(string cacheDir) =>
        AtomicFile.WriteLines(Path.Combine(cacheDir, FileName), _byPath.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new[]
        {
            p.Key,
            p.Value.Length.ToString(CultureInfo.InvariantCulture),
            p.Value.Ticks.ToString(CultureInfo.InvariantCulture),
            p.Value.Hash,
        }));
}
