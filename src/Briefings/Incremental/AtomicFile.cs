using System.Text;

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

    /// <summary>The lines <see cref="WriteLines"/> wrote, each split into its fields; null when the file is missing or cannot be read.</summary>
    public static List<string[]>? ReadLines(string path)
    {
        try
        {
            return [.. File.ReadLines(path, Encoding.UTF8).Select(line => line.Split('\t'))];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes UTF-8 text lines of tab-separated fields (the manifests and the listings record), streamed.</summary>
    public static void WriteLines(string path, IEnumerable<IEnumerable<string?>> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            foreach (var fields in lines)
            {
                writer.Write(string.Join('\t', fields));
                writer.Write('\n');
            }
        });
    }
}
