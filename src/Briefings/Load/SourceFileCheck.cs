using System.Buffers;

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

    // Control bytes other than tab, line feed, form feed and carriage return (NUL is checked first, on its own).
    private static readonly SearchValues<byte> OddControls = SearchValues.Create(
        [.. Enumerable.Range(1, 0x1F).Select(b => (byte)b).Where(b => b is not ((byte)'\t' or (byte)'\n' or 0x0C or (byte)'\r'))]);

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
        // Text usually has none: one vectorised scan settles it, and only a file with some is counted byte by byte.
        if (sample.IndexOfAny(OddControls) < 0)
            return null;
        var controls = 0;
        foreach (var b in sample)
            if (OddControls.Contains(b))
                controls++;
        return controls > sample.Length * MaxControlShare ? "file is binary, not text (too many control bytes)" : null;
    }
}
