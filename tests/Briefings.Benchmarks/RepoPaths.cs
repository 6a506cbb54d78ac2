namespace Briefings.Benchmarks;

/// <summary>The repository's folders, found from the working directory or the program's location.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string DefaultTheme => Path.Combine(Root, "themes", "default");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Briefings.sln")))
                    return dir.FullName;
        throw new InvalidOperationException("Briefings.sln not found above the working directory or " + AppContext.BaseDirectory);
    }
}
