using System.Text;
using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Index;
using Briefings.Load;
using Briefings.Publish;
using Briefings.Render;

namespace Briefings.Incremental;

/// <summary>What a quick rebuild did, for the build's result.</summary>
internal sealed record QuickResult(int Articles, int Pages, int Written, int Reused, IReadOnlyList<Problem> Problems);

/// <summary>What a quick rebuild starts from.</summary>
/// <param name="Theme">The compiled theme (waits for it), or null when it has errors.</param>
/// <param name="Process">Cleans and annotates one file (<see cref="SiteBuilder.Processor"/>).</param>
/// <param name="FileDate">Each file's date (<see cref="FileDates.Of"/>): a file whose article was dated with another is processed again.</param>
internal sealed record QuickRequest(
    LoadedInput Input,
    SiteConfig Site,
    string ThemeDir,
    Func<Theme?> Theme,
    bool SearchAvailable,
    SourceStamps Stamps,
    Func<SourceFile, ProblemLog, Article?> Process,
    Func<string, DateOnly> FileDate);

/// <summary>
/// A build process's rebuild after edits to the text of a few articles, the everyday case: when every changed file
/// still gives an article that other pages show exactly as before (the same slug and card: title, date, summary,
/// leaders, topics), then no listing page, feed, neighbour or related list changes, and only those articles' own
/// pages and cleaned files are drawn again. It reads the last build's record (<see cref="LastBuild"/>) and the few
/// cache shards it needs instead of the whole cache, and indexes nothing: for 10,000 articles, a small part of a
/// full incremental build. Anything else (a file added, removed or renamed; a changed card; an error; the knowledge
/// base, theme or settings changed; an output file missing) returns null, and the build takes the full incremental
/// path, which the equivalence tests hold this one to byte for byte.
/// </summary>
internal sealed class QuickRebuild(string inputDir, string outputDir, string cacheDir)
{
    /// <summary>Beyond this many changed files a full incremental build is about as cheap.</summary>
    public const int MaxChanged = 16;

    private sealed record Change(SourceFile File, int Position, string Hash);

    /// <summary>The cleaned and annotated versions of the files that may have changed, by path, with what each reported.</summary>
    private sealed class Processed(Task<Dictionary<string, (Article? Article, ProblemLog Log)>> work, Func<SourceFile, (Article?, ProblemLog)> process)
    {
        /// <summary>The file's result; processed now if it was not expected to change (only its date did).</summary>
        public (Article? Article, ProblemLog Log) Of(SourceFile file) => work.Result.TryGetValue(file.RelativePath, out var result) ? result : process(file);

        public void Wait() => work.Wait();
    }

    /// <summary>Publishes the edit when it is one the quick path can take; null (nothing written) otherwise.</summary>
    public QuickResult? TryPublish(QuickRequest request)
    {
        (Article?, ProblemLog) Process(SourceFile file)
        {
            var log = new ProblemLog();
            return (request.Process(file, log), log);
        }
        Processed Start(IEnumerable<SourceFile> files) => new(Task.Run(() => files.ToDictionary(f => f.RelativePath, Process)), Process);
        // Only files the stamps do not vouch for can have changed: after a local edit a few, which are cleaned and
        // annotated at once on the other core while the record and the output are checked (a new process spends most
        // of that time compiling code); on a fresh checkout (CI) every file, as all have new times, and then their
        // hashes against the record's tell which changed.
        var unread = request.Input.Articles.Where(f => f.KnownHash is null).ToList();
        var early = unread.Count <= MaxChanged ? Start(unread) : null;
        Processed? late = null;
        try
        {
            if (LastBuild.Read(cacheDir) is not { } last)
                return null;
            var hashOf = new Dictionary<string, string>(unread.Count, StringComparer.Ordinal);
            var hashes = new string[unread.Count];
            Parallel.For(0, unread.Count, i => hashes[i] = ContentHash.Of(unread[i].Bytes));
            for (var i = 0; i < unread.Count; i++)
                hashOf[unread[i].RelativePath] = hashes[i];
            if (early is null)
            {
                var recorded = last.Files.ToDictionary(f => f.Origin, f => f.SourceHash, StringComparer.Ordinal);
                var changed = unread.Where(f => recorded.GetValueOrDefault(f.RelativePath) != hashOf[f.RelativePath]).ToList();
                if (changed.Count > MaxChanged)
                    return null;
                late = Start(changed);
            }
            return Publish(request, last, hashOf, early ?? late!);
        }
        finally
        {
            // Processing writes to the cache too (file dates): it is over before the full path starts.
            early?.Wait();
            late?.Wait();
        }
    }

    private QuickResult? Publish(QuickRequest request, LastBuild last, Dictionary<string, string> hashOfUnread, Processed processed)
    {
        var (input, site, themeDir, theme, searchAvailable, stamps, _, fileDate) = request;
        var inputsKey = SiteBuilder.InputsKey(inputDir);
        if (last.Key != IncrementalOutput.RenderKey(inputsKey, themeDir, site, searchAvailable))
            return null;
        var changes = Changes(input.Articles, last, hashOfUnread, fileDate, out var hashByOrigin);
        if (changes is null)
            return null;
        var siteOut = IncrementalPublisher.Open(Path.Combine(outputDir, SiteBuilder.SiteFolder), cacheDir);
        var contentOut = IncrementalPublisher.Open(Path.Combine(outputDir, SiteBuilder.ContentFolder), cacheDir);
        if (!siteOut.AllInPlace() || !contentOut.AllInPlace())
            return null;

        var files = last.Files.ToArray();
        // Only the shards holding what the changed pages show, and those the changed entries leave and enter.
        var cache = ArticleCache.LoadShardsOf(cacheDir, changes.SelectMany(c => Shown(last, c.Position).Append(c.Position).Select(p => last.Files[p].SourceKey).Append(Key(c, inputsKey))));
        var pages = new List<(string, byte[], string?)>();
        var cleaned = new List<(string, byte[], string?)>();
        var entries = new List<(string OldKey, CachedArticle Entry)>();
        foreach (var change in changes)
        {
            var was = last.Files[change.Position];
            var (result, log) = processed.Of(change.File);
            if (result is not { } article || log.HasErrors || article.Slug != was.Article!.Slug)
                return null;
            var placed = article with { Slug = was.Article.SiteSlug };
            if (PageKeys.Card(placed) != was.Article.Card)
                return null;
            var key = Key(change, inputsKey);
            if (Draw(last, change.Position, placed, key, site, input.Knowledge, theme, searchAvailable, cache) is not { } page)
                return null;
            pages.Add((page.Path, page.Bytes, page.Key));
            cleaned.Add((placed.Slug + ".md", CleanedMarkdownWriter.Write(placed), page.Identity));
            entries.Add((was.SourceKey, new CachedArticle(key, article, log.All)));
            files[change.Position] = was with { SourceKey = key, SourceHash = change.Hash, Problems = log.All, FileDate = article.FileDate };
        }

        // A build that changed nothing writes nothing, not even the record.
        if (changes.Count == 0)
            return Result(input, last, last.Files, 0, changes.Count);
        // The record describes the output only once everything below is in place.
        LastBuild.Forget(cacheDir);
        contentOut.KeepAll();
        siteOut.KeepAll();
        foreach (var (oldKey, entry) in entries)
            cache.Replace(oldKey, entry);
        // Separate files: written side by side.
        var written = 0;
        Parallel.Invoke(
            () => Interlocked.Add(ref written, contentOut.Publish(cleaned).Written),
            () => Interlocked.Add(ref written, siteOut.Publish(pages).Written),
            () => cache.Save(cacheDir),
            () => stamps.Next(input.Articles, hashByOrigin)?.Write(cacheDir));
        (last with { Files = files }).Write(cacheDir);
        return Result(input, last, files, written, changes.Count);
    }

    private static QuickResult Result(LoadedInput input, LastBuild last, IReadOnlyList<LastBuild.ArticleFile> files, int written, int changed) => new(
        files.Count(f => f.Article is not null),
        last.Pages,
        written,
        input.Articles.Count - changed,
        [.. files.SelectMany(f => f.Problems), .. last.IndexProblems]);

    /// <summary>
    /// The files whose bytes differ from the last build's, or whose date its article's dating used changed (each with
    /// its place in the record), or null when the set of files changed, too many changed, or one that changed was
    /// skipped by cleaning last time.
    /// </summary>
    private static List<Change>? Changes(IReadOnlyList<SourceFile> articles, LastBuild last, Dictionary<string, string> hashOfUnread, Func<string, DateOnly> fileDate, out Dictionary<string, string> hashByOrigin)
    {
        hashByOrigin = new Dictionary<string, string>(articles.Count, StringComparer.Ordinal);
        if (articles.Count != last.Files.Count)
            return null;
        var position = new Dictionary<string, int>(last.Files.Count, StringComparer.Ordinal);
        for (var i = 0; i < last.Files.Count; i++)
            position[last.Files[i].Origin] = i;
        var changes = new List<Change>();
        foreach (var file in articles)
        {
            if (!position.TryGetValue(file.RelativePath, out var at))
                return null;
            var hash = file.KnownHash ?? hashOfUnread[file.RelativePath];
            hashByOrigin[file.RelativePath] = hash;
            var was = last.Files[at];
            var sameBytes = hash == was.SourceHash;
            if (sameBytes && FileDates.StillHolds(was.FileDate, file.RelativePath, fileDate))
                continue;
            // Stamps that vouch for other bytes than the record describes come from another build: not to be trusted.
            if ((!sameBytes && file.KnownHash is not null) || was.Article is null)
                return null;
            changes.Add(new Change(file, at, hash));
        }
        return changes.Count <= MaxChanged ? changes : null;
    }

    private static string Key(Change change, string inputsKey) => ArticleCache.KeyOf(change.File, inputsKey, change.Hash);

    /// <summary>Positions of the articles the page at <paramref name="position"/> shows besides its own: its neighbours and related articles.</summary>
    private static IEnumerable<int> Shown(LastBuild last, int position)
    {
        if (position > 0)
            yield return position - 1;
        if (position + 1 < last.Files.Count && last.Files[position + 1].Article is not null)
            yield return position + 1;
        foreach (var related in last.Files[position].Article!.Related)
            yield return related;
    }

    /// <summary>
    /// Draws the article page of <paramref name="placed"/> from an archive of just it and its neighbours, with its related
    /// articles as recorded: all the page shows. Null when a cached article it needs is missing.
    /// </summary>
    private static (string Path, byte[] Bytes, string Key, string Identity)? Draw(
        LastBuild last, int position, Article placed, string sourceKey, SiteConfig site, KnowledgeBase knowledge, Func<Theme?> theme, bool searchAvailable, ArticleCache cache)
    {
        Article? Cached(int at)
        {
            var file = last.Files[at];
            return cache.Find(file.SourceKey)?.Article is { } article ? article with { Slug = file.Article!.SiteSlug } : null;
        }
        var record = last.Files[position].Article!;
        var older = position + 1 < last.Files.Count && last.Files[position + 1].Article is not null ? position + 1 : -1;
        var newer = position - 1;
        var neighbours = new[] { newer, older }.Where(p => p >= 0).Select(Cached).ToList();
        var related = record.Related.Select(Cached).ToList();
        if (neighbours.Contains(null) || related.Contains(null) || theme() is not { } compiled)
            return null;
        var archive = ArchiveIndexer.Build([placed, .. neighbours!], knowledge, new ProblemLog(), _ => new Dictionary<string, IReadOnlyList<Article>> { [placed.Slug] = related! });
        Page? page = null;
        var path = SiteRenderer.ArticlePath(placed);
        new SiteRenderer(site, compiled) { SearchAvailable = searchAvailable }.RenderTo(archive, p => page = p, p => p == path, articlesOnly: true);
        if (page is null)
            return null;
        var identity = PageKeys.Identity(sourceKey, placed);
        var parts = PageKeys.ArticlePageParts(
            last.Key,
            identity,
            older < 0 ? "" : last.Files[older].Article!.Card,
            newer < 0 ? "" : last.Files[newer].Article!.Card,
            [.. record.Related.Select(p => last.Files[p].Article!.Card)]);
        return (path, page.Content, ContentHash.Combine(parts), identity);
    }
}
