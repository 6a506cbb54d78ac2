namespace Briefings.Tests.TestKit;

/// <summary>
/// Checkers installed by <c>npm ci</c> from the repository's package.json (the W3C Nu HTML checker, axe-core), and the
/// machine's Chromium. Each is null when absent, so tests can skip with a reason instead of failing.
/// </summary>
public static class NodeTools
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string? VnuJar => Existing(Path.Combine(RepoPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"));

    public static string? AxeScript => Existing(Path.Combine(RepoPaths.Root, "node_modules", "axe-core", "axe.min.js"));

    public static string? Chromium => Existing(ChromiumPath);

    public static string? Java =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "java"))
            .FirstOrDefault(File.Exists);

    private static string? Existing(string path) => File.Exists(path) ? path : null;
}
