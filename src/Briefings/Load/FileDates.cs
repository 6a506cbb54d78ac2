using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Briefings.Load;

/// <summary>
/// The date each article file entered the archive: the commit that added it, from one <c>git log</c> over the
/// articles folder (one process, not one per file), or the file's modification time when git or the commit is missing.
/// </summary>
public static class FileDates
{
    public static IReadOnlyDictionary<string, DateOnly> Of(string inputDir, IReadOnlyList<SourceFile> articles)
    {
        var committed = CommitDates(Path.Combine(inputDir, InputLoader.ArticlesFolder));
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var underArticles = article.RelativePath[(InputLoader.ArticlesFolder.Length + 1)..];
            dates[article.RelativePath] = committed.TryGetValue(underArticles, out var date)
                ? date
                : DateOnly.FromDateTime(article.LastWriteUtc ?? File.GetLastWriteTimeUtc(Path.Combine(inputDir, article.RelativePath)));
        }
        return dates;
    }

    /// <summary>Paths relative to the articles folder → date of the newest commit that added them.</summary>
    private static Dictionary<string, DateOnly> CommitDates(string folder)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
            return dates;
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-c", "core.quotepath=off", "log", "--relative", "--diff-filter=A", "--format=%x01%cs", "--name-only", "--", "." })
            start.ArgumentList.Add(arg);
        try
        {
            using var git = Process.Start(start);
            if (git is null)
                return dates;
            _ = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode != 0)
                return dates;
            DateOnly? current = null;
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (line.StartsWith('\u0001'))
                    current = DateOnly.TryParseExact(line[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                else if (current is { } date)
                    dates.TryAdd(line.Replace('\\', '/'), date);
            }
        }
        catch (Win32Exception)
        {
            // No git on this machine: modification times will do.
        }
        return dates;
    }
}
