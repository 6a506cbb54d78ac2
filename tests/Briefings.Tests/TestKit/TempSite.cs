namespace Briefings.Tests.TestKit;

/// <summary>
/// A throwaway project folder: <c>input/</c> (copied from the repository's or written by the test), the default theme,
/// and <c>output/</c>. Deleted when disposed.
/// </summary>
public sealed class TempSite : IDisposable
{
    public TempSite(bool withRepoInput = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "briefings-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        if (withRepoInput)
            CopyDirectory(RepoPaths.Input, Input);
        else
        {
            Directory.CreateDirectory(Path.Combine(Input, "articles"));
            Directory.CreateDirectory(Path.Combine(Input, "data"));
            File.Copy(Path.Combine(RepoPaths.Input, "data", "leaders.yml"), Path.Combine(Input, "data", "leaders.yml"));
            File.Copy(Path.Combine(RepoPaths.Input, "data", "topics.yml"), Path.Combine(Input, "data", "topics.yml"));
        }
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public string Site => Path.Combine(Output, "site");

    public string Content => Path.Combine(Output, "content");

    public BuildOptions Options(string? baseUrl = null, bool keepGoing = false) =>
        new(Input, Output, RepoPaths.DefaultTheme, baseUrl, keepGoing);

    public BuildResult Build(string? baseUrl = null, bool keepGoing = false) => new SiteBuilder(Options(baseUrl, keepGoing)).Build();

    public BuildResult Ingest() => new SiteBuilder(Options()).Ingest();

    /// <summary>Writes an input file (relative to <c>input/</c>) and returns its full path.</summary>
    public string WriteInput(string relative, string text)
    {
        var path = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string ReadSite(string relative) => File.ReadAllText(Path.Combine(Site, relative));

    /// <summary>Every file under <paramref name="dir"/> as relative path → bytes, for byte-for-byte comparisons.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; never fail a test over clean-up.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
