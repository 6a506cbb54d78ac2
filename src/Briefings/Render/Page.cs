namespace Briefings.Render;

/// <summary>One output file of the site: a path relative to the site root (forward slashes) and its bytes.</summary>
public sealed record Page(string Path, byte[] Content);
