namespace Briefings.Incremental;

/// <summary>
/// Keeps the bytes of article files in memory between the preview server's builds and reads a file again only when
/// its size or modification time changed, so a rebuild after a one-file edit reads one file. The same byte array
/// comes back for an unchanged file, which also lets <see cref="ArticleCache"/> skip hashing it again.
/// </summary>
public sealed class SourceFileMemo
{
    private readonly FileMemo<byte[]> _files = new();

    public byte[] Read(FileInfo file) => _files.Get(file, File.ReadAllBytes);
}
