namespace Briefings.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in the input, reported to the maintainer as <c>path:line: message</c>.</summary>
/// <param name="Path">Path of the offending file relative to the input folder (or as given).</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
public sealed record Problem(string Path, int Line, string Message, Severity Severity = Severity.Error, string? Hint = null)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}:{Line}" : $"{Path}:1";
        var kind = Severity == Severity.Warning ? "warning: " : "";
        return Hint is null ? $"{where}: {kind}{Message}" : $"{where}: {kind}{Message} ({Hint})";
    }
}

/// <summary>Thrown by a stage when input problems make it impossible to go on; carries every problem found.</summary>
public sealed class InputProblemsException(IReadOnlyList<Problem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<Problem> Problems { get; } = problems;
}
