using Briefings.Tests.TestKit;

namespace Briefings.Tests.Site;

/// <summary>The seed site has a page for every official its articles name, and none for the analysts they quote.</summary>
public sealed class SeedLeaderPagesTests
{
    [Fact]
    public void Every_official_named_in_the_seeds_has_a_leader_page_and_no_analyst_does()
    {
        using var site = new TempSite();
        Assert.True(site.Build().Succeeded);
        var leaders = Directory.GetDirectories(Path.Combine(site.Site, "leaders")).Select(Path.GetFileName).ToHashSet();

        string[] officials =
        [
            "john-bolton", "wolfgang-ischinger", "sergei-ryabkov", "karen-donfried", "jake-sullivan", "yang-jiechi",
            "donald-trump", "vladimir-putin", "volodymyr-zelensky", "marco-rubio", "xi-jinping", "joe-biden", "olaf-scholz",
            "angela-merkel", "boris-johnson", "jens-stoltenberg", "antony-blinken", "sergey-lavrov", "wang-yi",
            "kaja-kallas", "mike-pence",
        ];
        foreach (var id in officials)
            Assert.Contains(id, leaders);
        foreach (var analyst in new[] { "alexander-gabuev", "mick-ryan", "johannes-volkmann" })
            Assert.DoesNotContain(analyst, leaders);
        var index = site.ReadSite("leaders/index.html");
        Assert.DoesNotContain("Gabuev", index);
        Assert.DoesNotContain("Mick Ryan", index);
    }
}
