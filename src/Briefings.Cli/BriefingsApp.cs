using System.CommandLine;
using Briefings.Check;
using Briefings.Cli.Commands;

namespace Briefings.Cli;

/// <summary>The <c>briefings</c> command line: parses, dispatches, and turns anything unexpected into one line.</summary>
public static class BriefingsApp
{
    public static int Run(string[] args, Terminal terminal)
    {
        try
        {
            var parsed = Root(terminal).Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                    terminal.Error.WriteLine($"briefings: {error.Message}");
                terminal.Error.WriteLine("Try 'briefings --help'.");
                return ExitCodes.Usage;
            }
            return parsed.Invoke(new InvocationConfiguration { Output = terminal.Out, Error = terminal.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // Never a stack trace: one line saying what went wrong.
            terminal.Error.WriteLine($"briefings: error: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.InputProblems;
        }
    }

    private static RootCommand Root(Terminal terminal)
    {
        var input = new Option<string>("--input") { Description = "Folder with articles/, data/ and site.yml", DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--output") { Description = "Folder for content/ and site/", DefaultValueFactory = _ => "output" };
        var theme = new Option<string?>("--theme") { Description = "Theme folder (default: themes/<site.yml theme>)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Base URL the site is served from, e.g. /briefings/" };
        var keepGoing = new Option<bool>("--keep-going") { Description = "Build what can be built; list what was skipped" };
        var verbose = new Option<bool>("--verbose") { Description = "Explain cleaning and dating decisions per article" };
        var noCache = new Option<bool>("--no-cache") { Description = "Rebuild everything and drop output/.cache" };
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index (faster; the search page says search is unavailable)" };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var title = new Argument<string>("title") { Description = "Title of the new article" };

        BuildOptions Options(ParseResult r, bool full = true) => full
            ? new(r.GetValue(input)!, r.GetValue(output)!, r.GetValue(theme), r.GetValue(baseUrl), r.GetValue(keepGoing), !r.GetValue(noCache)) { Search = new(Enabled: !r.GetValue(noSearch)) }
            : new(r.GetValue(input)!, r.GetValue(output)!, UseCache: !r.GetValue(noCache));

        var build = Command("build", "Build the site from the input folder into output/site", input, output, theme, baseUrl, keepGoing, verbose, noCache, noSearch);
        build.SetAction(r => BuildCommand.Run(terminal, Options(r), r.GetValue(verbose), renderSite: true));

        var ingest = Command("ingest", "Clean and annotate the articles into output/content", input, output, verbose, noCache);
        ingest.SetAction(r => BuildCommand.Run(terminal, Options(r, full: false), r.GetValue(verbose), renderSite: false));

        var serve = Command("serve", "Build, serve output/site on 127.0.0.1, rebuild on change and reload open pages", input, output, theme, port, noSearch);
        serve.SetAction((r, cancel) => ServeCommand.Run(terminal, new BuildOptions(r.GetValue(input)!, r.GetValue(output)!, r.GetValue(theme)) { Search = new(Enabled: !r.GetValue(noSearch)) }, r.GetValue(port), cancel));

        var check = Command("check", "Check links, anchors, front matter, ids, unknown people and duplicates before publishing", input, output);
        check.SetAction(r => CheckCommand.Run(terminal, new CheckOptions(r.GetValue(input)!, r.GetValue(output)!)));

        var create = Command("new", "Write input/articles/<slug>.md with front matter to fill in", input);
        create.Arguments.Add(title);
        create.SetAction(r => NewCommand.Run(terminal, r.GetValue(input)!, r.GetValue(title)!));

        var root = new RootCommand("Briefings: a static site generator for a geopolitics briefing archive");
        foreach (var command in new[] { build, ingest, serve, check, create })
            root.Subcommands.Add(command);
        return root;
    }

    private static Command Command(string name, string description, params Option[] options)
    {
        var command = new Command(name, description);
        foreach (var option in options)
            command.Options.Add(option);
        return command;
    }
}
