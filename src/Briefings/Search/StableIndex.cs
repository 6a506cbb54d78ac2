using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Briefings.Search;

/// <summary>
/// Makes Pagefind's bundle byte-identical between builds of the same site. Pagefind writes the values of each filter,
/// and the list of filters, in hash-map order, which changes from run to run (its word index and fragments are
/// already stable). This puts both in ordinal order and renames the rewritten files by a hash of their content,
/// as Pagefind names them, updating the references in the language's meta file and in pagefind-entry.json.
/// </summary>
/// <remarks>
/// The files are Pagefind 1.x's: gzip around "pagefind_dcd" and a CBOR value. The meta file is an array whose
/// fourth item lists the filters as [name, file hash]; a filter file is [name, [[value, [page numbers]], ...]].
/// Anything else is refused before a file is touched, and the bundle is left as Pagefind wrote it.
/// </remarks>
public static class StableIndex
{
    private static readonly byte[] Signature = "pagefind_dcd"u8.ToArray();
    private const int MetaFiltersItem = 3;

    /// <summary>Rewrites the bundle in place. Throws <see cref="FormatException"/>, changing nothing, on an unknown layout.</summary>
    public static void Apply(string bundleDir)
    {
        var entryPath = Path.Combine(bundleDir, "pagefind-entry.json");
        var entry = File.ReadAllText(entryPath);
        var rewrites = new List<Action>();
        using (var json = JsonDocument.Parse(entry))
        {
            foreach (var language in json.RootElement.GetProperty("languages").EnumerateObject())
            {
                var metaHash = language.Value.GetProperty("hash").GetString() ?? throw new FormatException("a language without a hash");
                rewrites.Add(PlanLanguage(bundleDir, metaHash, ref entry));
            }
        }
        foreach (var rewrite in rewrites)
            rewrite();
        File.WriteAllText(entryPath, entry);
    }

    /// <summary>Reads and checks everything first; the returned action writes the stable files and removes the old ones.</summary>
    private static Action PlanLanguage(string bundleDir, string metaHash, ref string entry)
    {
        var metaPath = Path.Combine(bundleDir, $"pagefind.{metaHash}.pf_meta");
        var meta = ReadFile(metaPath) as List<object> ?? throw new FormatException("the meta file is not an array");
        if (meta.Count <= MetaFiltersItem || meta[MetaFiltersItem] is not List<object> filters)
            throw new FormatException("the meta file has no filter list");

        var writes = new List<(string OldPath, string NewPath, byte[] Content)>();
        var stableFilters = new List<(string Name, string Hash)>();
        foreach (var item in filters)
        {
            if (item is not List<object> { Count: 2 } pair || pair[0] is not string name || pair[1] is not string hash)
                throw new FormatException("a filter entry is not [name, hash]");
            var oldPath = Path.Combine(bundleDir, "filter", hash + ".pf_filter");
            var filter = ReadFile(oldPath) as List<object>;
            if (filter is not { Count: 2 } || filter[1] is not List<object> values || values.Any(v => v is not List<object> { Count: 2 } || ((List<object>)v)[0] is not string))
                throw new FormatException($"filter '{name}' is not [name, [[value, pages], ...]]");
            values.Sort((a, b) => string.CompareOrdinal((string)((List<object>)a)[0], (string)((List<object>)b)[0]));
            var content = Cbor.Write(filter);
            var stableHash = Rename(hash, content);
            writes.Add((oldPath, Path.Combine(bundleDir, "filter", stableHash + ".pf_filter"), content));
            stableFilters.Add((name, stableHash));
        }
        stableFilters.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        meta[MetaFiltersItem] = stableFilters.Select(f => (object)new List<object> { f.Name, f.Hash }).ToList();
        var metaContent = Cbor.Write(meta);
        var stableMetaHash = Rename(metaHash, metaContent);
        writes.Add((metaPath, Path.Combine(bundleDir, $"pagefind.{stableMetaHash}.pf_meta"), metaContent));
        entry = entry.Replace($"\"{metaHash}\"", $"\"{stableMetaHash}\"", StringComparison.Ordinal);

        return () =>
        {
            foreach (var (oldPath, _, _) in writes)
                File.Delete(oldPath);
            foreach (var (_, newPath, content) in writes)
                File.WriteAllBytes(newPath, Pack(content));
        };
    }

    /// <summary>A name in Pagefind's style: the same "en_" prefix and length, the hex digits from the content's hash.</summary>
    private static string Rename(string oldHash, byte[] content)
    {
        var prefix = oldHash[..(oldHash.LastIndexOf('_') + 1)];
        var digits = oldHash.Length - prefix.Length;
        return prefix + Convert.ToHexStringLower(SHA256.HashData(content))[..digits];
    }

    private static object ReadFile(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gzip.CopyTo(raw);
        var bytes = raw.GetBuffer().AsSpan(0, (int)raw.Length);
        if (!bytes.StartsWith(Signature))
            throw new FormatException($"{Path.GetFileName(path)} does not start with Pagefind's signature");
        var body = bytes[Signature.Length..];
        var value = Cbor.Read(body);
        // Writing the value back must give the same bytes, or this reader does not understand the file fully.
        if (!Cbor.Write(value).AsSpan().SequenceEqual(body))
            throw new FormatException($"{Path.GetFileName(path)} does not round-trip");
        return value;
    }

    private static byte[] Pack(byte[] content)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Signature);
            gzip.Write(content);
        }
        return packed.ToArray();
    }
}
