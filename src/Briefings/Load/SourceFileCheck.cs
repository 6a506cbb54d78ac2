namespace Briefings.Load;

/// <summary>
/// Rejects files that cannot be articles at all — empty or binary — before any cleaning, so they are reported
/// as fatal input problems instead of turning into garbage pages.
/// </summary>
public static class SourceFileCheck
{
    // Text files never contain NUL; a few control characters can appear in scraped text, a binary file has many.
    private const int SampleSize = 8192;
    private const double MaxControlShare = 0.05;

    /// <summary>The problem that makes <paramref name="file"/> unusable, or null when it is worth cleaning.</summary>
    public static string? Problem(SourceFile file)
    {
        var bytes = file.Bytes;
        // Only blanks and byte order marks: a vectorised scan, as every file of the archive goes through it on every build.
        if (bytes.AsSpan().IndexOfAnyExcept(" \t\r\n\xEF\xBB\xBF"u8) < 0)
            return "file is empty";
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, SampleSize));
        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
            return $"file is binary, not text (NUL byte at offset {nul})";
        var controls = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not 0x0C)
                controls++;
        return controls > sample.Length * MaxControlShare ? "file is binary, not text (too many control bytes)" : null;
    }
}
