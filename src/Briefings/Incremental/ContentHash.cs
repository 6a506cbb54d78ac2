using System.IO.Hashing;
using System.Text;

namespace Briefings.Incremental;

/// <summary>
/// Content hashes for the build cache: 128-bit XXH3 (XxHash128) as lowercase hex, stable across machines and runs.
/// They tell whether an input or an output changed; they guard nothing against an adversary, who could as well edit
/// the article. A rebuild of 10,000 articles hashes some 45,000 short keys, and SHA-256 through the system's
/// cryptography library cost a few microseconds a call: most of the page-key stage.
/// </summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

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
        var hash = new XxHash128();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.Append(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/')));
            hash.Append([0]);
            hash.Append(XxHash128.Hash(File.ReadAllBytes(file)));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>Identifies the build engine: cached results from another version of the code are never reused.</summary>
    public static string EngineVersion { get; } = typeof(ContentHash).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
