using System.CommandLine;
using Briefings;
using Briefings.Cli;

var input = new Option<string>("--input") { Description = "Folder with articles/, data/ and site.yml", DefaultValueFactory = _ => "input" };
var output = new Option<string>("--output") { Description = "Folder for content/ and site/", DefaultValueFactory = _ => "output" };
var theme = new Option<string?>("--theme") { Description = "Theme folder (default: themes/<site.yml theme>)" };
var baseUrl = new Option<string?>("--base-url") { Description = "Base URL the site is served from, e.g. /briefings/" };
var keepGoing = new Option<bool>("--keep-going") { Description = "Build what can be built; list what was skipped" };
var verbose = new Option<bool>("--verbose") { Description = "Explain cleaning and dating decisions per article" };

var build = new Command("build", "Build the site from the input folder into output/site");
foreach (var option in new Option[] { input, output, theme, baseUrl, keepGoing, verbose })
    build.Options.Add(option);
build.SetAction(r => Commands.Build(
    new BuildOptions(r.GetValue(input)!, r.GetValue(output)!, r.GetValue(theme), r.GetValue(baseUrl), r.GetValue(keepGoing)),
    r.GetValue(verbose),
    renderSite: true));

var ingest = new Command("ingest", "Clean and annotate the articles into output/content");
foreach (var option in new Option[] { input, output, verbose })
    ingest.Options.Add(option);
ingest.SetAction(r => Commands.Build(new BuildOptions(r.GetValue(input)!, r.GetValue(output)!), r.GetValue(verbose), renderSite: false));

var root = new RootCommand("Briefings: a static site generator for a geopolitics briefing archive");
root.Subcommands.Add(build);
root.Subcommands.Add(ingest);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine($"briefings: {error.Message}");
    Console.Error.WriteLine("Try 'briefings --help'.");
    return ExitCodes.Usage;
}
return parsed.Invoke();
