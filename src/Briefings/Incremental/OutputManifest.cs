namespace Briefings.Incremental;

/// <summary>One published file as the manifest remembers it: what it was made from (optional) and its bytes' hash.</summary>
public sealed record ManifestEntry(string? Key, string Hash);

/// <summary>
/// What the last successful build published into one output folder: path → (input key, content hash). Plain text,
/// one tab-separated line per file, sorted, so the file is deterministic and easy to inspect.
/// </summary>
public sealed class OutputManifest
{
    public OutputManifest(IDictionary<string, ManifestEntry>? entries = null) =>
        Entries = new Dictionary<string, ManifestEntry>(entries ?? new Dictionary<string, ManifestEntry>(), StringComparer.Ordinal);

    public Dictionary<string, ManifestEntry> Entries { get; }

    public static OutputManifest Read(string path)
    {
        var manifest = new OutputManifest();
        if (!File.Exists(path))
            return manifest;
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length == 3)
                manifest.Entries[parts[0]] = new ManifestEntry(parts[1].Length == 0 ? null : parts[1], parts[2]);
        }
        return manifest;
    }

    public void Write(string path) =>
        AtomicFile.WriteLines(path, Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new[] { e.Key, e.Value.Key, e.Value.Hash }));
}
