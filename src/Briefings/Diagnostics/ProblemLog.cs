using System.Collections.Concurrent;

namespace Briefings.Diagnostics;

/// <summary>Collects problems from parallel stages; reports them in a stable order.</summary>
public sealed class ProblemLog
{
    private readonly ConcurrentQueue<Problem> _problems = new();

    public void Add(Problem problem) => _problems.Enqueue(problem);

    public void Warn(string path, int line, string message, string? hint = null) =>
        Add(new Problem(path, line, message, Severity.Warning, hint));

    public void Error(string path, int line, string message, string? hint = null) =>
        Add(new Problem(path, line, message, Severity.Error, hint));

    public IReadOnlyList<Problem> All =>
        [.. _problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Message, StringComparer.Ordinal)];

    public bool HasErrors => _problems.Any(p => p.Severity == Severity.Error);

    /// <summary>Input files with at least one error: with --keep-going these are skipped, without it the build stops.</summary>
    public IReadOnlyList<string> FilesWithErrors =>
        [.. _problems.Where(p => p.Severity == Severity.Error).Select(p => p.Path).Distinct().Order(StringComparer.Ordinal)];

    public void AddRange(ProblemLog other) => AddRange(other._problems);

    public void AddRange(IEnumerable<Problem> problems)
    {
        foreach (var problem in problems)
            _problems.Enqueue(problem);
    }
}
