using System.Diagnostics;
using Briefings.Load;

namespace Briefings.Tests.Annotate;

/// <summary>The dating fallback: when a file entered the archive.</summary>
public sealed class FileDatesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefings-filedates-" + Guid.NewGuid().ToString("N"));

    public FileDatesTests() => Directory.CreateDirectory(Path.Combine(_root, "input", "articles"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Input => Path.Combine(_root, "input");

    private string Cache => Path.Combine(_root, "output", ".cache");

    [Fact]
    public void A_file_git_does_not_know_gets_its_modification_date()
    {
        var path = Path.Combine(Input, "articles", "a.txt");
        File.WriteAllText(path, "text");
        File.SetLastWriteTimeUtc(path, new DateTime(2019, 4, 5, 12, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateOnly(2019, 4, 5), new FileDates(Input, Cache).Of("articles/a.txt"));
    }

    [Fact]
    public void A_committed_file_gets_the_date_of_the_commit_that_added_it_and_the_next_build_reads_only_newer_commits()
    {
        Git("init", "-q");
        Commit("a.txt", "2015-03-04");

        Assert.Equal(new DateOnly(2015, 3, 4), new FileDates(Input, Cache).Of("articles/a.txt"));
        var recorded = File.ReadAllText(Path.Combine(Cache, FileDates.FileName));
        Assert.Contains("a.txt\t2015-03-04", recorded);

        Commit("b.txt", "2016-05-06");
        var dates = new FileDates(Input, Cache);

        Assert.Equal(new DateOnly(2016, 5, 6), dates.Of("articles/b.txt"));
        Assert.Equal(new DateOnly(2015, 3, 4), dates.Of("articles/a.txt"));
        Assert.StartsWith("head " + Git("rev-parse", "HEAD").Trim(), File.ReadAllText(Path.Combine(Cache, FileDates.FileName)));
    }

    [Fact]
    public void Rewritten_history_is_read_again()
    {
        Git("init", "-q");
        Commit("a.txt", "2015-03-04");
        Assert.Equal(new DateOnly(2015, 3, 4), new FileDates(Input, Cache).Of("articles/a.txt"));

        // The commit is made again with another date: the recorded commit is no longer in HEAD's history.
        Git(["commit", "-q", "--amend", "--no-edit", "--date", "2014-01-02T12:00:00"], "2014-01-02T12:00:00");

        Assert.Equal(new DateOnly(2014, 1, 2), new FileDates(Input, Cache).Of("articles/a.txt"));
    }

    private void Commit(string name, string date)
    {
        File.WriteAllText(Path.Combine(Input, "articles", name), "text of " + name);
        Git("add", ".");
        Git(["commit", "-q", "-m", "add " + name], date + "T12:00:00");
    }

    private string Git(params string[] args) => Git(args, null);

    private string Git(string[] args, string? committerDate)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Input, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", .. args])
            start.ArgumentList.Add(arg);
        if (committerDate is not null)
            start.Environment["GIT_COMMITTER_DATE"] = committerDate;
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output;
    }
}
