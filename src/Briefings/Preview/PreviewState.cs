using Briefings.Diagnostics;

namespace Briefings.Preview;

/// <summary>What the preview shows: which good build is on disk, and how the latest build went.</summary>
/// <param name="SiteVersion">Counts successful builds; open tabs reload when it moves.</param>
/// <param name="BuildNumber">Counts every build, failed ones included.</param>
/// <param name="Failed">True when the latest build failed: the previous site is still served, with these problems.</param>
public sealed record PreviewState(int SiteVersion, int BuildNumber, bool Failed, IReadOnlyList<Problem> Problems, string Summary)
{
    public static PreviewState Initial { get; } = new(0, 0, false, [], "not built yet");
}
