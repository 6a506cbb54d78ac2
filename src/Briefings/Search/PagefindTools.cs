using System.Text.Json;

namespace Briefings.Search;

/// <summary>
/// The folder that pins Pagefind: a <c>package.json</c> naming the <c>pagefind</c> package (normally the repository
/// root), its <c>package-lock.json</c>, and the <c>node_modules/</c> that <c>npm ci</c> fills from them.
/// </summary>
public sealed record PagefindTools(string Directory, string PinnedVersion)
{
    public const string PackageName = "pagefind";

    public string PackageJson => Path.Combine(Directory, "package.json");

    private string InstalledPackageJson => Path.Combine(Directory, "node_modules", PackageName, "package.json");

    /// <summary>True when node_modules holds exactly the pinned version (a changed pin makes it false again).</summary>
    public bool IsInstalled => ReadJson(InstalledPackageJson) is { } installed
        && installed.RootElement.TryGetProperty("version", out var version)
        && version.ValueKind == JsonValueKind.String
        && version.GetString() == PinnedVersion;

    /// <summary>The script the package names as its <c>pagefind</c> command; it starts the platform's own binary.</summary>
    public string? Runner
    {
        get
        {
            using var package = ReadJson(InstalledPackageJson);
            if (package is null || !package.RootElement.TryGetProperty("bin", out var bin))
                return null;
            var relative = bin.ValueKind switch
            {
                JsonValueKind.String => bin.GetString(),
                JsonValueKind.Object when bin.TryGetProperty(PackageName, out var named) && named.ValueKind == JsonValueKind.String => named.GetString(),
                _ => null,
            };
            var path = relative is null ? null : Path.GetFullPath(Path.Combine(Directory, "node_modules", PackageName, relative));
            return path is not null && File.Exists(path) ? path : null;
        }
    }

    /// <summary>The first folder, walking up from each start folder in turn, whose package.json pins Pagefind.</summary>
    public static PagefindTools? Find(IEnumerable<string> startFolders)
    {
        foreach (var start in startFolders)
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
                if (At(dir.FullName) is { } tools)
                    return tools;
        return null;
    }

    /// <summary>The tools in <paramref name="directory"/>, or null when its package.json does not pin Pagefind.</summary>
    public static PagefindTools? At(string directory)
    {
        using var package = ReadJson(Path.Combine(directory, "package.json"));
        if (package is null)
            return null;
        var declared = DeclaredVersion(package.RootElement);
        if (declared is null)
            return null;
        // The lock file holds the exact version npm ci installs; package.json's range is the fallback.
        using var lockFile = ReadJson(Path.Combine(directory, "package-lock.json"));
        var locked = lockFile is not null
            && lockFile.RootElement.TryGetProperty("packages", out var packages)
            && packages.ValueKind == JsonValueKind.Object
            && packages.TryGetProperty("node_modules/" + PackageName, out var entry)
            && entry.TryGetProperty("version", out var version)
            && version.ValueKind == JsonValueKind.String
                ? version.GetString()
                : null;
        return new PagefindTools(directory, locked ?? declared);
    }

    private static string? DeclaredVersion(JsonElement package)
    {
        if (package.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var section in new[] { "devDependencies", "dependencies" })
            if (package.TryGetProperty(section, out var deps) && deps.ValueKind == JsonValueKind.Object
                && deps.TryGetProperty(PackageName, out var version) && version.ValueKind == JsonValueKind.String)
                return version.GetString();
        return null;
    }

    private static JsonDocument? ReadJson(string path)
    {
        try
        {
            return File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
