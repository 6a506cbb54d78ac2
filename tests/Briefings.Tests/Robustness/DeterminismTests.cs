using Briefings.Tests.TestKit;

namespace Briefings.Tests.Robustness;

/// <summary>The same input gives byte-identical output whatever the machine's culture, time zone or core count.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Builds_under_different_cultures_time_zones_and_core_counts_are_byte_identical()
    {
        using var site = new TempSite();
        // Dates, numbers and letters whose formatting or casing differs between cultures.
        site.WriteInput("articles/culture.md", "---\ntitle: İstanbul talks on 1,5 percent tariffs\ndate: 2019-03-31\n---\nIn İstanbul, TRADE ministers discussed 1.5% and 1,5% tariffs on 31.03.2019 at 23:30.\n");
        var outputs = new[] { "out-a", "out-b" };
        var environments = new[]
        {
            new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["DOTNET_PROCESSOR_COUNT"] = "1" },
            new Dictionary<string, string> { ["TZ"] = "America/Los_Angeles", ["LANG"] = "ar_SA.UTF-8", ["LC_ALL"] = "ar_SA.UTF-8", ["DOTNET_PROCESSOR_COUNT"] = "4" },
        };

        for (var i = 0; i < 2; i++)
        {
            var run = CliRunner.Invoke(["build", "--input", site.Input, "--output", Path.Combine(site.Root, outputs[i]), "--theme", RepoPaths.DefaultTheme], environments[i]);
            Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        }

        var a = TempSite.Snapshot(Path.Combine(site.Root, outputs[0]));
        var b = TempSite.Snapshot(Path.Combine(site.Root, outputs[1]));
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (path, bytes) in a)
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between cultures/time zones/core counts");
    }
}
