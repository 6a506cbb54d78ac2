using Briefings.Annotate.Text;
using Briefings.Annotate.Topics;
using Briefings.Diagnostics;
using Briefings.Load;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Knowledge;

/// <summary>
/// The real taxonomy (data/topics.yml) on short pieces an archive holds from every era: a topic's words must cover
/// how its subject was written about then, not only now.
/// </summary>
public sealed class TaxonomyDataTests
{
    private static readonly TopicScorer Scorer = new(KnowledgeBaseLoader.Load(RepoPaths.Input, new ProblemLog()).Topics);

    private static IReadOnlyList<string> Topics(string body) => Scorer.Topics(new ScannedText("A briefing"), new ScannedText(body));

    [Fact]
    public void A_cold_war_summit_between_washington_and_the_soviet_union_is_us_russia() =>
        Assert.Contains("us-russia", Topics(
            "The Soviet leader Mikhail Gorbachev arrived in Washington for a summit with the American president. " +
            "Both superpowers hoped the summit would ease tension, and Soviet officials said Moscow was ready to cut its forces. " +
            "US-Soviet trade was also on the agenda, and the White House said the talks had been frank."));

    [Fact]
    public void Relief_from_sanctions_is_sanctions_even_in_a_piece_that_names_no_other_measure() =>
        Assert.Contains("sanctions", Topics(
            "Under the deal the country gets sanctions relief worth several billion dollars. " +
            "The sanctions relief covers trade in gold and car parts, while the main sanctions on oil stay. " +
            "Critics said the sanctions relief came too early."));

    [Fact]
    public void Weapons_inspectors_in_iraq_are_arms_control_and_the_middle_east() =>
        Assert.Superset(new HashSet<string> { "arms-control", "middle-east" }, Topics(
            "The inspectors told the council that Iraq had not accounted for its chemical weapons. " +
            "Iraqi officials said the weapons inspectors could go anywhere, and Saddam Hussein's government denied holding weapons of mass destruction. " +
            "Baghdad invited the inspectors back, and the Iraqi foreign minister called the charges lies. " +
            "Washington said Iraq was hiding biological weapons from the inspectors.").ToHashSet());
}
