using System.Security.Cryptography;
using System.Text;

namespace Briefings.Incremental;

/// <summary>Content hashes for the build cache: SHA-256 as lowercase hex, stable across machines and runs.</summary>
public static class ContentHash
{
    // One hasher per thread: creating a native hash context per call costs more than hashing a short key.
    [ThreadStatic]
    private static SHA256? _hasher;

    public static string Of(ReadOnlySpan<byte> bytes)
    {
        _hasher ??= SHA256.Create();
        Span<byte> hash = stackalloc byte[32];
        _hasher.TryComputeHash(bytes, hash, out _);
        return Convert.ToHexStringLower(hash);
    }

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>One hash for several parts; a separator keeps ("ab", "c") and ("a", "bc") apart.</summary>
    public static string Combine(params IEnumerable<string?> parts)
    {
        // One-shot hashing of the joined parts: far cheaper than an incremental hash object per key.
        var joined = new StringBuilder();
        foreach (var part in parts)
            joined.Append(part ?? "\u0001null").Append('\0');
        return Of(joined.ToString());
    }

    /// <summary>A hash of every file under <paramref name="directory"/> (names and bytes), or of nothing when it is missing.</summary>
    public static string OfDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            return Of("missing:" + directory);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/')));
            hash.AppendData([0]);
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Identifies the build engine: cached results from another version of the code are never reused.</summary>
    public static string EngineVersion { get; } = typeof(ContentHash).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
