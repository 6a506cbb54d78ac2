using System.Diagnostics;
using System.Text;

namespace Briefings.Search;

/// <summary>What a finished tool run printed, and how it ended.</summary>
public sealed record ToolRun(int ExitCode, string Output, bool TimedOut)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>The last non-empty line the tool printed, for a one-line report of why it failed.</summary>
    public string LastLine =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}

/// <summary>Runs an external tool to completion, capturing its output; a run past its time limit is ended.</summary>
public static class ToolProcess
{
    /// <param name="pathPrefix">A folder put first on the tool's PATH: npm's scripts start `node` by name.</param>
    public static ToolRun Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan limit, string? pathPrefix = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Keep npm's output free of update notices and colour codes: it is read, not shown.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["npm_config_update_notifier"] = "false";
        if (pathPrefix is not null)
            start.Environment["PATH"] = pathPrefix + Path.PathSeparator + (start.Environment.TryGetValue("PATH", out var path) ? path : "");

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ToolRun(-1, Text(output), TimedOut: true);
        }
        process.WaitForExit();
        return new ToolRun(process.ExitCode, Text(output), TimedOut: false);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.Append(line).Append('\n');
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
            return output.ToString();
    }
}
