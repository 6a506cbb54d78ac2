namespace Briefings.Load;

/// <summary>One raw article as read from <c>input/articles/</c>, before any cleaning.</summary>
/// <param name="RelativePath">Path relative to the input folder, with forward slashes: <c>articles/001_x.txt</c>.</param>
/// <param name="Bytes">The file's bytes exactly as stored; decoding is part of cleaning.</param>
public sealed record SourceFile(string RelativePath, byte[] Bytes)
{
    private byte[]? _bytes = Bytes;
    private string? _unreadPath;

    /// <inheritdoc cref="SourceFile(string, byte[])"/>
    public byte[] Bytes { get => _bytes ??= File.ReadAllBytes(_unreadPath!); init => _bytes = value; }

    /// <summary>When the file was last written (UTC), as the loader saw it; null when not read from disk.</summary>
    public DateTime? LastWriteUtc { get; init; }

    /// <summary>The file's size as the loader listed it; null when not read from disk.</summary>
    public long? ListedLength { get; init; }

    /// <summary>The hash of the file's bytes when the last build vouched for them (<see cref="Incremental.SourceStamps"/>); then they are read only if something needs them.</summary>
    public string? KnownHash { get; init; }

    /// <summary>A file whose bytes are read from <paramref name="fullPath"/> on first use.</summary>
    public static SourceFile Unread(string relativePath, string fullPath, string knownHash) =>
        new(relativePath, null!) { _unreadPath = fullPath, KnownHash = knownHash };

    /// <summary>Lower-case extension without the dot: txt, md or html.</summary>
    public string Kind => Path.GetExtension(RelativePath).TrimStart('.').ToLowerInvariant() switch
    {
        "htm" => "html",
        "markdown" => "md",
        var other => other,
    };
}
