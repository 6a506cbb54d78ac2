using System.Text;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Robustness;

/// <summary>
/// Random and mutated text through the whole pipeline: every seed truncated, spliced, salted with tag debris,
/// control characters, hostile markup and invalid bytes. No exception may escape and no page may carry live script.
/// </summary>
public sealed class MutatedInputPropertyTests
{
    private static readonly string[] Salt =
    [
        "<script>alert(1)</script>", "< strong >", "< / li >", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
        "[x](javascript:alert(1))", "{{Page.Site.Title}}", "{{{Body}}}", "\u200b", "\u00a0", "\ufeff", "\u0000", "\u202e",
        "â€™", "&amp;", "&#8212;", "&#xD800;", "|---|", "| a | b |", "# ", "- ", "1) ", "> ", "```", "***", "\\", "\r", "\t",
        "</p>", "<table><tr><td>", "(Image: GETTY)", "Advertisement", "Source : ", "date 2021-02-30", "---\ntitle: [\n---",
    ];

    [Fact]
    public void Mutated_seeds_never_break_the_build_or_leak_script()
    {
        var seeds = Directory.GetFiles(Path.Combine(RepoPaths.Input, "articles")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var random = new Random(20261122);
        using var site = new TempSite();
        for (var i = 0; i < 60; i++)
        {
            var extension = (i % 3) switch { 0 => ".txt", 1 => ".md", _ => ".html" };
            File.WriteAllBytes(Path.Combine(site.Input, "articles", $"mutant-{i:D2}{extension}"), Mutate(seeds, random));
        }

        var result = site.Build(keepGoing: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("internal error", StringComparison.Ordinal));
        HostileContentTests.AssertSiteIsSafe(site);
        Assert.Empty(LinkChecker.BrokenLinks(site.Site));
    }

    private static byte[] Mutate(List<byte[]> seeds, Random random)
    {
        var text = Encoding.UTF8.GetString(seeds[random.Next(seeds.Count)]);
        switch (random.Next(4))
        {
            case 0: // truncate anywhere, even inside a character
                var bytes = Encoding.UTF8.GetBytes(text);
                return bytes[..random.Next(1, bytes.Length)];
            case 1: // splice two seeds at random points
                var other = Encoding.UTF8.GetString(seeds[random.Next(seeds.Count)]);
                text = text[..random.Next(text.Length)] + other[random.Next(other.Length)..];
                break;
            case 2: // random printable and unusual characters
                var sb = new StringBuilder();
                for (var n = random.Next(10, 3000); n > 0; n--)
                    sb.Append(random.Next(10) == 0 ? '\n' : (char)random.Next(0x20, 0x3000));
                text = sb.ToString();
                break;
        }
        var salted = new StringBuilder(text);
        for (var n = random.Next(1, 40); n > 0; n--)
            salted.Insert(random.Next(salted.Length + 1), Salt[random.Next(Salt.Length)]);
        return Encoding.UTF8.GetBytes(salted.ToString());
    }
}
