using Briefings.Tests.TestKit;

namespace Briefings.Tests.Clean;

/// <summary>
/// Golden pairs: every <c>tests/fixtures/&lt;case&gt;/input.*</c> cleans into its <c>expected.md</c>.
/// Set <c>BRIEFINGS_UPDATE_GOLDEN=1</c> to rewrite the expected files after a deliberate change (then review the git diff).
/// </summary>
public sealed class GoldenFixtureTests
{
    public static TheoryData<string> Cases() => [.. CaseNames()];

    private static List<string> CaseNames() =>
        [.. Directory.GetDirectories(RepoPaths.Fixtures).Order(StringComparer.Ordinal)
            .Where(dir => Directory.GetFiles(dir, "input.*").Length == 1)
            .Select(dir => Path.GetFileName(dir))];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Input_cleans_into_expected_markdown(string name)
    {
        var dir = Path.Combine(RepoPaths.Fixtures, name);
        var input = Directory.GetFiles(dir, "input.*").Single();
        var actual = CleanedView.Render(CleanedView.Clean(name + Path.GetExtension(input), File.ReadAllBytes(input)));
        var expectedPath = Path.Combine(dir, "expected.md");
        if (Environment.GetEnvironmentVariable("BRIEFINGS_UPDATE_GOLDEN") == "1")
            File.WriteAllText(expectedPath, actual);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : "";
        if (expected != actual)
            Assert.Fail($"{name}: cleaned output differs from expected.md (- expected, + actual)\n" + TextDiff.Format(expected, actual));
    }

    [Fact]
    public void There_are_at_least_forty_cases_plus_the_five_seeds()
    {
        var names = CaseNames();
        Assert.True(names.Count >= 45, $"only {names.Count} fixture cases");
        Assert.Equal(5, names.Count(n => n.StartsWith("seed-", StringComparison.Ordinal)));
    }
}
