using System.Diagnostics;
using Spectre.Console;

namespace Briefings.Cli.Commands;

/// <summary>
/// Shows a build's stages: a progress bar per stage on a terminal, one plain line per finished stage otherwise
/// (CI logs, redirected output).
/// </summary>
internal static class BuildProgress
{
    /// <param name="everyArticle">Whether the caller reads every article from the result (<see cref="SiteBuilder.EveryArticle"/>).</param>
    public static BuildResult Run(Terminal terminal, BuildOptions options, bool renderSite, bool everyArticle = false)
    {
        string[] stages = renderSite ? ["load", "clean", "index", "render", "publish"] : ["load", "clean", "index", "publish"];
        return terminal.Interactive ? WithBars(terminal, options, renderSite, stages, everyArticle) : WithLines(terminal, options, renderSite, everyArticle);
    }

    private static BuildResult WithLines(Terminal terminal, BuildOptions options, bool renderSite, bool everyArticle)
    {
        var clock = Stopwatch.StartNew();
        string? current = null;
        var articles = 0;
        void Finish()
        {
            if (current is null)
                return;
            var detail = current == "clean" && articles > 0 ? $" ({articles} articles)" : "";
            terminal.Error.WriteLine($"{current}: done in {clock.Elapsed.TotalSeconds:0.00}s{detail}");
            clock.Restart();
        }
        var builder = new SiteBuilder(options)
        {
            EveryArticle = everyArticle,
            OnStage = stage =>
            {
                Finish();
                current = stage;
            },
            OnArticleProgress = (_, total) => articles = total,
        };
        var result = renderSite ? builder.Build() : builder.Ingest();
        if (result.Succeeded)
            Finish();
        return result;
    }

    private static BuildResult WithBars(Terminal terminal, BuildOptions options, bool renderSite, string[] stages, bool everyArticle)
    {
        BuildResult? result = null;
        terminal.Ansi().Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = stages.ToDictionary(s => s, s => context.AddTask(s, autoStart: false, maxValue: 1));
                ProgressTask? current = null;
                var builder = new SiteBuilder(options)
                {
                    EveryArticle = everyArticle,
                    OnStage = stage =>
                    {
                        if (current is not null)
                            current.Value = current.MaxValue;
                        current?.StopTask();
                        if (tasks.TryGetValue(stage, out current))
                            current.StartTask();
                    },
                    OnArticleProgress = (done, total) =>
                    {
                        if (current is null)
                            return;
                        current.MaxValue = total;
                        current.Value = done;
                    },
                };
                result = renderSite ? builder.Build() : builder.Ingest();
                if (result.Succeeded && current is not null)
                {
                    current.Value = current.MaxValue;
                    current.StopTask();
                }
            });
        return result!;
    }
}
