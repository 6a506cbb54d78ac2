using Briefings.Authoring;

namespace Briefings.Cli.Commands;

/// <summary><c>new "Title"</c>: writes the skeleton and says where; never overwrites a file.</summary>
internal static class NewCommand
{
    public static int Run(Terminal terminal, string inputDir, string title)
    {
        var result = ArticleSkeleton.Create(inputDir, title, DateOnly.FromDateTime(DateTime.UtcNow));
        if (result.Error is not null)
        {
            var where = result.Path is null ? "briefings new" : Path.GetRelativePath(".", result.Path).Replace('\\', '/') + ":1";
            terminal.Error.WriteLine($"{where}: {result.Error} ({result.Hint})");
            return result.Path is null ? ExitCodes.Usage : ExitCodes.InputProblems;
        }
        terminal.Out.WriteLine($"wrote {Path.GetRelativePath(".", result.Path!).Replace('\\', '/')}: fill in the front matter and the text, then build or serve");
        return ExitCodes.Ok;
    }
}
