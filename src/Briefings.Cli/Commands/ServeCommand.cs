using Briefings.Cli.Serve;
using Briefings.Diagnostics;
using Briefings.Preview;

namespace Briefings.Cli.Commands;

/// <summary><c>serve</c>: build, serve on 127.0.0.1, rebuild on change and report each build until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static async Task<int> Run(Terminal terminal, BuildOptions options, int port, CancellationToken cancel)
    {
        using var session = new PreviewSession(options);
        session.Built += result => Report(terminal, options, result);
        session.SearchIndexed += result => Report(terminal, options, result);
        session.Rebuild();
        await using var server = await PreviewServer.StartAsync(session, options.OutputDir, port, cancel);
        session.StartWatching();
        terminal.Out.WriteLine($"serving {server.Address} (watching {string.Join(", ", session.WatchedFolders.Select(f => Path.GetRelativePath(".", f)))}; Ctrl+C to stop)");
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
            terminal.Out.WriteLine("stopped");
        }
        return ExitCodes.Ok;
    }

    private static void Report(Terminal terminal, BuildOptions options, SearchIndexResult result)
    {
        lock (terminal)
        {
            foreach (var problem in result.Problems)
                terminal.Report(problem, options.InputDir);
            if (result.Succeeded)
                terminal.Out.WriteLine($"[{DateTime.Now:HH:mm:ss}] search index updated in {result.Elapsed.TotalMilliseconds:0} ms");
        }
    }

    private static void Report(Terminal terminal, BuildOptions options, BuildResult result)
    {
        lock (terminal)
        {
            foreach (var problem in result.Problems)
                terminal.Report(problem, options.InputDir);
            var warnings = result.Problems.Count(p => p.Severity == Severity.Warning);
            terminal.Out.WriteLine(result.Succeeded
                ? $"[{DateTime.Now:HH:mm:ss}] built {result.Articles} articles, {result.Pages} pages ({result.Written} files written), {warnings} warning(s) in {result.Elapsed.TotalMilliseconds:0} ms"
                : $"[{DateTime.Now:HH:mm:ss}] build failed: {result.Problems.Count - warnings} error(s); still serving the last good site");
        }
    }
}
