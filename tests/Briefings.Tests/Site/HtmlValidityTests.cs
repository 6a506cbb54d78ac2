using System.Diagnostics;
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

        var start = new ProcessStartInfo(NodeTools.Java!)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList = { "-jar", NodeTools.VnuJar!, "--errors-only", "--also-check-css", "--format", "gnu", "--skip-non-html", seeds.Site, generated.Site },
        };
        using var vnu = Process.Start(start)!;
        var stdout = vnu.StandardOutput.ReadToEndAsync();
        var errors = vnu.StandardError.ReadToEnd();
        vnu.WaitForExit();

        Assert.True(vnu.ExitCode == 0 && errors.Trim().Length == 0, "Nu HTML checker errors:\n" + errors + stdout.Result);
    }
}
