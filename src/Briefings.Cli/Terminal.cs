using Briefings.Diagnostics;
using Spectre.Console;

namespace Briefings.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, progress and problems to <see cref="Error"/>. Progress bars
/// only on an interactive terminal; plain lines when output is redirected or in CI (CI=true).
/// </summary>
public sealed class Terminal(TextWriter output, TextWriter error, bool interactive)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Interactive { get; } = interactive;

    public static Terminal FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected && !RunningInCi());

    /// <summary>A Spectre console on the error stream, for progress bars.</summary>
    public IAnsiConsole Ansi() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Interactive = InteractionSupport.Yes,
        Ansi = AnsiSupport.Detect,
    });

    /// <summary>Prints a problem as <c>path:line: message (hint)</c>, with the path as the maintainer would open it.</summary>
    public void Report(Problem problem, string inputDir)
    {
        var shown = File.Exists(Path.Combine(inputDir, problem.Path)) ? problem with { Path = Path.Combine(inputDir, problem.Path).Replace('\\', '/') } : problem;
        Error.WriteLine(shown.ToString());
    }

    private static bool RunningInCi() =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";
}
