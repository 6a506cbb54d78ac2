using System.Diagnostics;
using Briefings.Annotate;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Site;

/// <summary>A test that runs the W3C Nu HTML checker; skipped with the reason when it or Java is not installed.</summary>
public sealed class VnuFactAttribute : FactAttribute
{
    public VnuFactAttribute()
    {
        if (NodeTools.VnuJar is null)
            Skip = "node_modules/vnu-jar is missing: run `npm ci --ignore-scripts` at the repository root (.ci/run does)";
        else if (NodeTools.Java is null)
            Skip = "java is not on PATH: the W3C Nu HTML checker needs a Java runtime";
    }
}

/// <summary>The W3C Nu HTML checker accepts every page (and the stylesheet) of the seed site and of a paginated archive.</summary>
public sealed class HtmlValidityTests
{
    [VnuFact]
    public void The_nu_html_checker_reports_no_errors_on_any_page()
    {
        using var seeds = new TempSite();
        using var generated = GeneratedArchive.Create();
        Assert.True(seeds.Build("/briefings/").Succeeded);
        Assert.True(generated.Build().Succeeded);
        var handMade = Path.Combine(generated.Root, "hand-made");
        foreach (var (path, text) in RenderKit.Render(HandMadeArchive()))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(handMade, path))!);
            File.WriteAllText(Path.Combine(handMade, path), text);
        }

        var start = new ProcessStartInfo(NodeTools.Java!)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList = { "-jar", NodeTools.VnuJar!, "--errors-only", "--also-check-css", "--format", "gnu", "--skip-non-html", seeds.Site, generated.Site, handMade },
        };
        using var vnu = Process.Start(start)!;
        var stdout = vnu.StandardOutput.ReadToEndAsync();
        var errors = vnu.StandardError.ReadToEnd();
        vnu.WaitForExit();

        Assert.True(vnu.ExitCode == 0 && errors.Trim().Length == 0, "Nu HTML checker errors:\n" + errors + stdout.Result);
    }

    /// <summary>What the generated archive lacks: people quoted, a leader known only from the text, estimated dates.</summary>
    private static List<Article> HandMadeArchive() =>
    [
        RenderKit.Article("Ottawa raises defence spending", new(2023, 7, 11), leaders: ["justin-trudeau", "jens-stoltenberg"], topics: ["nato"], people:
        [
            new PersonMention("justin-trudeau", "Justin Trudeau", "Prime Minister", "Canada", "Canadian Prime Minister Justin Trudeau said…", IsLeader: true),
            new PersonMention("mick-ryan", "Mick Ryan", "military analyst", null, "analyst Mick Ryan wrote…", IsLeader: false),
        ]),
        RenderKit.Article("Known to the year", new(2019, 6, 1), leaders: ["kaja-kallas"], basis: DateBasis.Inferred, earliest: new(2019, 2, 1), latest: new(2019, 11, 30)),
        RenderKit.Article("No evidence at all", new(2020, 1, 1), basis: DateBasis.Fallback),
    ];
}
