namespace Briefings.Incremental;

/// <summary>Writes a file through a temporary sibling and a rename, so a reader never sees it half-written.</summary>
internal static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes.ToArray());
        File.Move(temp, path, overwrite: true);
    }
}
