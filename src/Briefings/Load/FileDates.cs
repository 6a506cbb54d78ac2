using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Briefings.Incremental;

namespace Briefings.Load;

/// <summary>
/// The date each article file entered the archive, dating's last resort: the commit that added it, or the file's
/// modification time when git or the commit is missing. Asked when an article being processed states no date, and
/// of such an article taken from the cache (a file committed or touched on another day dates differently): a build
/// whose articles all state their dates never runs git, and one that reuses the others runs it once, to read HEAD.
/// </summary>
/// <remarks>
/// Finding the commit that added each file means walking the whole history (<c>git log --diff-filter=A</c>): about
/// 2 s for 1,700 commits of 8,400 articles, on every build. The answer for commits already seen never changes, so
/// it is kept in <c>output/.cache/file-dates</c> with the commit it was read at; the next build walks only the
/// commits made since (none while HEAD is the same), and the whole history again only when HEAD no longer descends
/// from that commit (a rebase, another branch).
/// </remarks>
public sealed class FileDates
{
    public const string FileName = "file-dates";

    private readonly string _inputDir;
    private readonly string? _cacheDir;
    private readonly Lazy<IReadOnlyDictionary<string, DateOnly>> _committed;

    /// <param name="cacheDir">Where the dates read from git are kept between builds; null keeps nothing.</param>
    public FileDates(string inputDir, string? cacheDir)
    {
        _inputDir = inputDir;
        _cacheDir = cacheDir;
        _committed = new(Committed);
    }

    /// <summary>When the file at <paramref name="relativePath"/> (under the input folder) entered the archive.</summary>
    public DateOnly Of(string relativePath)
    {
        var underArticles = relativePath[(InputLoader.ArticlesFolder.Length + 1)..];
        return _committed.Value.TryGetValue(underArticles, out var date)
            ? date
            : DateOnly.FromDateTime(File.GetLastWriteTimeUtc(Path.Combine(_inputDir, relativePath)));
    }

    /// <summary>
    /// Whether a result worked out with file date <paramref name="used"/> (null: none asked for) still holds for the
    /// file at <paramref name="origin"/>: its date, by <paramref name="dateOf"/>, is still that one.
    /// </summary>
    public static bool StillHolds(DateOnly? used, string origin, Func<string, DateOnly> dateOf) => used is not { } date || dateOf(origin) == date;

    /// <summary>Paths relative to the articles folder → date of the newest commit that added them.</summary>
    private IReadOnlyDictionary<string, DateOnly> Committed()
    {
        var folder = Path.Combine(_inputDir, InputLoader.ArticlesFolder);
        if (!Directory.Exists(folder) || Git(folder, "rev-parse", "HEAD")?.Trim() is not { Length: > 0 } head)
            return new Dictionary<string, DateOnly>();
        var known = _cacheDir is null ? null : Read(Path.Combine(_cacheDir, FileName));
        if (known is not null && known.Value.Head == head)
            return known.Value.Dates;
        // Only the commits since the recorded one, when HEAD still descends from it.
        var since = known is not null && Git(folder, "merge-base", "--is-ancestor", known.Value.Head, head) is not null ? known.Value.Head : null;
        if (Added(folder, since is null ? "HEAD" : since + "..HEAD") is not { } added)
            return new Dictionary<string, DateOnly>();
        if (since is not null)
            foreach (var (path, date) in known!.Value.Dates)
                added.TryAdd(path, date);
        if (_cacheDir is not null)
            Write(Path.Combine(_cacheDir, FileName), head, added);
        return added;
    }

    /// <summary>The files added in <paramref name="range"/> with the date of the newest commit that added each; null when git fails.</summary>
    private static Dictionary<string, DateOnly>? Added(string folder, string range)
    {
        var output = Git(folder, "-c", "core.quotepath=off", "log", "--relative", "--diff-filter=A", "--format=%x01%cs", "--name-only", range, "--", ".");
        if (output is null)
            return null;
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        DateOnly? current = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('\u0001'))
                current = DateOnly.TryParseExact(line[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            else if (current is { } date)
                dates.TryAdd(line.Replace('\\', '/'), date);
        }
        return dates;
    }

    /// <summary>What git printed, or null when it failed or is not installed.</summary>
    private static string? Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        try
        {
            using var git = Process.Start(start);
            if (git is null)
                return null;
            _ = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (Win32Exception)
        {
            // No git on this machine: modification times will do.
            return null;
        }
    }

    // The record: "head <commit>", then "<path>\t<yyyy-mm-dd>" per file. Unreadable means absent.
    private static (string Head, Dictionary<string, DateOnly> Dates)? Read(string path)
    {
        if (AtomicFile.ReadLines(path) is not { Count: > 0 } lines || lines[0] is not [{ } first] || !first.StartsWith("head ", StringComparison.Ordinal))
            return null;
        var dates = new Dictionary<string, DateOnly>(lines.Count, StringComparer.Ordinal);
        foreach (var fields in lines.Skip(1))
        {
            if (fields is not [var file, var text] || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return null;
            dates[file] = date;
        }
        return (first[5..], dates);
    }

    private static void Write(string path, string head, Dictionary<string, DateOnly> dates) =>
        AtomicFile.WriteLines(path, dates
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new[] { d.Key, d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
            .Prepend(["head " + head]));
}
