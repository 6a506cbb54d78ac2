namespace Briefings.Load;

/// <summary>One raw article as read from <c>input/articles/</c>, before any cleaning.</summary>
/// <param name="RelativePath">Path relative to the input folder, with forward slashes: <c>articles/001_x.txt</c>.</param>
/// <param name="Bytes">The file's bytes exactly as stored; decoding is part of cleaning.</param>
public sealed record SourceFile(string RelativePath, byte[] Bytes)
{
    /// <summary>When the file was last written (UTC), as the loader saw it; null when not read from disk.</summary>
    public DateTime? LastWriteUtc { get; init; }

    /// <summary>Lower-case extension without the dot: txt, md or html.</summary>
    public string Kind => Path.GetExtension(RelativePath).TrimStart('.').ToLowerInvariant() switch
    {
        "htm" => "html",
        "markdown" => "md",
        var other => other,
    };
}
