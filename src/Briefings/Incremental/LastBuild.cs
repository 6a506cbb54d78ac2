using System.Text;
using Briefings.Diagnostics;

namespace Briefings.Incremental;

/// <summary>
/// What the last build published, file by file, in <c>output/.cache/last-build</c>: enough for the next build process
/// to redo only an edit to an article's text (<see cref="QuickRebuild"/>) without reading the whole cache and indexing
/// the archive again. Written by every build that publishes the site through the cache, deleted by every other build
/// that writes the output (so it never describes an output that changed since); safe to delete.
/// </summary>
/// <param name="Key">The engine, everything Clean and Annotate read besides the articles, the theme and the site settings (<see cref="IncrementalOutput.RenderKey"/>).</param>
/// <param name="Pages">How many pages the site has.</param>
/// <param name="Files">Every article file: those that gave an article in archive order (newest first), then those cleaning skipped.</param>
/// <param name="IndexProblems">What indexing reported (slugs taken twice, unsafe slugs).</param>
internal sealed record LastBuild(string Key, int Pages, IReadOnlyList<LastBuild.ArticleFile> Files, IReadOnlyList<Problem> IndexProblems)
{
    public const string FileName = "last-build";

    // "BLB" and a version: a change to what is written here must change the version.
    private const int Mark = 0x02424C42;

    /// <summary>One article file as the last build saw it.</summary>
    /// <param name="SourceKey">Its article cache key.</param>
    /// <param name="SourceHash">The hash of its bytes.</param>
    /// <param name="Problems">What cleaning and annotating it reported.</param>
    /// <param name="Article">What indexing made of its article; null when cleaning skipped the file.</param>
    /// <param name="FileDate">The file date its article's dating used (<see cref="Annotate.Article.FileDate"/>).</param>
    public sealed record ArticleFile(string Origin, string SourceKey, string SourceHash, IReadOnlyList<Problem> Problems, Indexed? Article, DateOnly? FileDate);

    /// <summary>An article as indexed.</summary>
    /// <param name="Slug">The slug the article gave itself; indexing may have made it unique.</param>
    /// <param name="SiteSlug">The slug it has on the site.</param>
    /// <param name="Card">What other pages show of it (<see cref="PageKeys.Card"/>).</param>
    /// <param name="Related">Its related articles, as positions in archive order.</param>
    public sealed record Indexed(string Slug, string SiteSlug, string Card, int[] Related);

    /// <summary>The last build's record, or null when there is none or it is damaged or from another version.</summary>
    public static LastBuild? Read(string cacheDir)
    {
        var path = Path.Combine(cacheDir, FileName);
        try
        {
            var bytes = File.ReadAllBytes(path);
            var r = new ShardReader(bytes);
            if (bytes.Length < 8 || r.ReadInt32() != Mark)
                return null;
            var key = r.ReadString();
            var pages = r.ReadInt32();
            var files = new ArticleFile[r.ReadCount()];
            for (var i = 0; i < files.Length; i++)
            {
                var (origin, sourceKey, sourceHash, problems) = (r.ReadString(), r.ReadString(), r.ReadString(), CacheShard.ReadProblems(ref r));
                Indexed? article = null;
                if (r.ReadBoolean())
                {
                    var (slug, siteSlug, card) = (r.ReadString(), r.ReadString(), r.ReadString());
                    var related = new int[r.ReadCount()];
                    for (var j = 0; j < related.Length; j++)
                        related[j] = r.ReadInt32();
                    article = new Indexed(slug, siteSlug, card, related);
                }
                files[i] = new ArticleFile(origin, sourceKey, sourceHash, problems, article, r.ReadOptionalDate());
            }
            return new LastBuild(key, pages, files, CacheShard.ReadProblems(ref r));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    public void Write(string cacheDir) =>
        AtomicFile.Write(Path.Combine(cacheDir, FileName), stream =>
        {
            using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            w.Write(Mark);
            w.Write(Key);
            w.Write(Pages);
            w.Write(Files.Count);
            foreach (var file in Files)
            {
                w.Write(file.Origin);
                w.Write(file.SourceKey);
                w.Write(file.SourceHash);
                CacheShard.WriteProblems(w, file.Problems);
                w.Write(file.Article is not null);
                if (file.Article is { } a)
                {
                    w.Write(a.Slug);
                    w.Write(a.SiteSlug);
                    w.Write(a.Card);
                    w.Write(a.Related.Length);
                    foreach (var position in a.Related)
                        w.Write(position);
                }
                CacheShard.WriteOptional(w, file.FileDate);
            }
            CacheShard.WriteProblems(w, IndexProblems);
        });

    /// <summary>Removes the record: the output is about to change in a way it would not describe.</summary>
    public static void Forget(string cacheDir)
    {
        var path = Path.Combine(cacheDir, FileName);
        if (File.Exists(path))
            File.Delete(path);
    }
}
