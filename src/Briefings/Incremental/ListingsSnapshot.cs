namespace Briefings.Incremental;

/// <summary>One file other than an article page (listing page, feed, sitemap) as published: its path and the key it was published under.</summary>
public sealed record ListingPage(string Path, string Key);

/// <summary>
/// The files other than article pages that a build published, with the <see cref="PageKeys.ListingsKey"/> they were
/// drawn from. While that key is unchanged (and each file is still as published) none of them needs to be produced
/// again, not even its model. Kept in memory by a long-running process and in <c>output/.cache/listings</c> for the
/// next build process: a plain text file, the key on the first line, then one tab-separated line per file, sorted.
/// </summary>
public sealed record ListingsSnapshot(string Key, IReadOnlyList<ListingPage> Pages)
{
    public const string FileName = "listings";

    /// <summary>The snapshot the last build saved, or null when there is none or it cannot be read.</summary>
    public static ListingsSnapshot? Read(string cacheDir)
    {
        if (AtomicFile.ReadLines(Path.Combine(cacheDir, FileName)) is not { Count: > 0 } lines || lines[0].Length != 1)
            return null;
        var pages = new List<ListingPage>(lines.Count - 1);
        foreach (var parts in lines.Skip(1))
        {
            if (parts.Length != 2)
                return null;
            pages.Add(new ListingPage(parts[0], parts[1]));
        }
        return new ListingsSnapshot(lines[0][0], pages);
    }

    public void Write(string cacheDir) =>
        AtomicFile.WriteLines(Path.Combine(cacheDir, FileName), Pages.Select(p => new[] { p.Path, p.Key }).Prepend([Key]));
}
