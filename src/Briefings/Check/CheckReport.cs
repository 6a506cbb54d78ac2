using Briefings.Diagnostics;

namespace Briefings.Check;

/// <summary>What <c>briefings check</c> looks at: the input it was built from and the output it checks.</summary>
public sealed record CheckOptions(string InputDir = "input", string OutputDir = "output");

/// <summary>Every problem <c>check</c> found, and how much it looked at.</summary>
public sealed record CheckReport(IReadOnlyList<Problem> Problems, int Pages, int Links, int ContentFiles, int Articles)
{
    public int Errors => Problems.Count(p => p.Severity == Severity.Error);

    public int Warnings => Problems.Count(p => p.Severity == Severity.Warning);
}
