namespace Briefings.Tests.TestKit;

/// <summary>Finds the repository's folders from the test's working directory, so tests run the real input and theme.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string DefaultTheme => Path.Combine(Root, "themes", "default");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    /// <summary>The shared dev set beside the repository, when present (it is in CI and on developer machines).</summary>
    public static string? DevSet
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared", "devset"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefings.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Briefings.sln not found above " + AppContext.BaseDirectory);
    }
}
