using System.Text.Json;
using Briefings.Diagnostics;

namespace Briefings.Search;

/// <summary>
/// Builds the site's search index with Pagefind, the version pinned in package.json, run through Node.js.
/// <see cref="Prepare"/> runs before rendering (so the search page can say whether search works); <see cref="Index"/>
/// runs over the staged site folder before it is swapped in, so a failed index never replaces the live site.
/// Missing tools are a warning, never a failed build: the site is then published with search marked unavailable.
/// </summary>
public sealed class SiteSearchIndexer
{
    /// <summary>The folder, inside the site, where Pagefind writes its bundle; the theme's search script loads it from there.</summary>
    public const string BundleFolder = "pagefind";

    private static readonly TimeSpan InstallLimit = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan IndexLimit = TimeSpan.FromMinutes(20);

    private readonly string _node;
    private readonly string _runner;
    private readonly string _toolsDirectory;

    private SiteSearchIndexer(string node, string runner, string toolsDirectory)
    {
        _node = node;
        _runner = runner;
        _toolsDirectory = toolsDirectory;
    }

    /// <summary>
    /// Finds Node.js and the pinned Pagefind, installing it with <c>npm ci</c> when node_modules lacks it.
    /// Returns null, after one warning saying why, when search cannot be built; null without a warning when disabled.
    /// </summary>
    public static SiteSearchIndexer? Prepare(SearchOptions options, string inputDir, ProblemLog problems)
    {
        if (!options.Enabled)
            return null;
        var tools = options.ToolsDirectory is { } dir
            ? PagefindTools.At(dir)
            : PagefindTools.Find([Path.GetDirectoryName(Path.GetFullPath(inputDir)) ?? ".", Environment.CurrentDirectory, AppContext.BaseDirectory]);
        if (tools is null)
        {
            Unavailable(problems, "package.json", "no package.json pinning the 'pagefind' package was found above the input folder", "run the build from a checkout of the repository");
            return null;
        }
        var where = DisplayPath(tools.PackageJson);
        var node = ExecutableFinder.Find("node", options.ExecutableSearchPath);
        if (node is null)
        {
            Unavailable(problems, where, "Node.js ('node') was not found on PATH", "install Node.js 18 or later and build again to enable search");
            return null;
        }
        if (!tools.IsInstalled && Install(tools, node, options, problems, where) is false)
            return null;
        if (tools.Runner is not { } runner)
        {
            Unavailable(problems, where, $"node_modules/{PagefindTools.PackageName} has no runnable 'pagefind' command", "delete node_modules and build again");
            return null;
        }
        return new SiteSearchIndexer(node, runner, tools.Directory);
    }

    /// <summary>Indexes the (staged) site folder into its own bundle folder; false, after an error, when Pagefind fails.</summary>
    public bool Index(string siteDir, string displayName, ProblemLog problems) =>
        Build(siteDir, Path.Combine(siteDir, BundleFolder), displayName, problems);

    /// <summary>
    /// Indexes a live site into a folder beside it, then swaps only the bundle in. On failure the site keeps the
    /// bundle it had, so search keeps working on the previous index.
    /// </summary>
    public bool IndexIntoPlace(string siteDir, string displayName, ProblemLog problems)
    {
        var site = Path.GetFullPath(siteDir);
        var parent = Path.GetDirectoryName(site)!;
        var fresh = Path.Combine(parent, $".{BundleFolder}.new");
        var retired = Path.Combine(parent, $".{BundleFolder}.old");
        DeleteIfExists(fresh);
        DeleteIfExists(retired);
        if (!Build(site, fresh, displayName, problems))
        {
            DeleteIfExists(fresh);
            return false;
        }
        var live = Path.Combine(site, BundleFolder);
        if (Directory.Exists(live))
            Directory.Move(live, retired);
        Directory.Move(fresh, live);
        DeleteIfExists(retired);
        return true;
    }

    private bool Build(string siteDir, string bundle, string displayName, ProblemLog problems)
    {
        var run = ToolProcess.Run(_node, [_runner, "--site", Path.GetFullPath(siteDir), "--output-path", Path.GetFullPath(bundle), "--quiet"], _toolsDirectory, IndexLimit);
        if (!run.Succeeded)
        {
            var why = run.TimedOut ? $"it ran for more than {IndexLimit.TotalMinutes:0} minutes" : run.LastLine;
            problems.Error(displayName, 0, $"building the search index failed: {why}", "the previous site was left as it was");
            return false;
        }
        if (!File.Exists(Path.Combine(bundle, "pagefind-entry.json")))
        {
            problems.Error(displayName, 0, "building the search index failed: Pagefind wrote no index", "the previous site was left as it was");
            return false;
        }
        try
        {
            StableIndex.Apply(bundle);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
        {
            // Search works as Pagefind wrote it; only byte-identical rebuilds are lost (a new Pagefind version may do this).
            problems.Warn(displayName, 0, $"the search index could not be made identical between builds: {ex.Message}", "check the pinned Pagefind version");
        }
        catch (IOException ex)
        {
            problems.Error(displayName, 0, $"building the search index failed: {ex.Message}", "the previous site was left as it was");
            return false;
        }
        return true;
    }

    private static bool Install(PagefindTools tools, string node, SearchOptions options, ProblemLog problems, string where)
    {
        var npm = ExecutableFinder.Find("npm", options.ExecutableSearchPath);
        if (npm is null)
        {
            Unavailable(problems, where, "npm was not found on PATH to install the pinned Pagefind", "install npm (it comes with Node.js) and build again");
            return false;
        }
        using var gate = InstallGate.Acquire(tools.Directory, InstallLimit);
        if (gate is null)
        {
            Unavailable(problems, where, "another build kept node_modules locked for too long", "build again when it has finished");
            return false;
        }
        // A build that waited at the gate may find that the other one has installed it meanwhile.
        if (tools.IsInstalled)
            return true;
        // npm ci installs exactly what package-lock.json pins, checking every package's integrity hash; it replaces
        // node_modules as a whole, so a half-finished earlier install cannot linger. Without a lock file, npm install.
        // No install scripts: none of the pinned tools needs one, and vnu-jar's would try to download a Java runtime.
        string[] arguments = File.Exists(Path.Combine(tools.Directory, "package-lock.json"))
            ? ["ci", "--ignore-scripts", "--no-audit", "--no-fund"]
            : ["install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund"];
        var run = ToolProcess.Run(npm, arguments, tools.Directory, InstallLimit, Path.GetDirectoryName(node));
        if (run.Succeeded && tools.IsInstalled)
            return true;
        var why = run.TimedOut ? $"it ran for more than {InstallLimit.TotalMinutes:0} minutes" : run.LastLine;
        Unavailable(problems, where, $"'npm {arguments[0]}' could not install Pagefind {tools.PinnedVersion}: {why}", "check the network and build again");
        return false;
    }

    private static void Unavailable(ProblemLog problems, string path, string why, string hint) =>
        problems.Warn(path, 0, $"search is unavailable: {why}; the site was built without a search index", hint);

    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }
}
