namespace Briefings.Search;

/// <summary>Finds a program on a PATH-style list of folders, as a shell would, without running anything.</summary>
public static class ExecutableFinder
{
    public static string? Find(string name, string? searchPath = null)
    {
        var folders = (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var folder in folders)
            foreach (var candidate in Candidates(name))
            {
                var path = Path.Combine(folder, candidate);
                if (File.Exists(path))
                    return Path.GetFullPath(path);
            }
        return null;
    }

    // Windows finds node.exe and npm.cmd by extension; elsewhere the name is the file.
    private static IEnumerable<string> Candidates(string name) =>
        OperatingSystem.IsWindows() ? [name + ".exe", name + ".cmd", name] : [name];
}
