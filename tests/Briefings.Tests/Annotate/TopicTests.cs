using Briefings.Annotate.Text;
using Briefings.Annotate.Topics;
using Briefings.Clean;
using Briefings.Load;

namespace Briefings.Tests.Annotate;

/// <summary>An article gets the topics it substantially covers, not every topic it brushes.</summary>
public sealed class TopicTests
{
    [Fact]
    public void Repeated_weighted_terms_reach_the_threshold() =>
        Assert.Contains("energy", TestKnowledge.Annotate("Gas flows fell. The pipeline leaked and the Nord Stream pipeline closed. Gas prices rose.").Topics);

    [Fact]
    public void A_passing_mention_does_not_file_the_article() =>
        Assert.Empty(TestKnowledge.Annotate("The minister mentioned gas once.").Topics);

    [Fact]
    public void One_word_repeated_cannot_carry_a_topic() =>
        Assert.Empty(TestKnowledge.Annotate(string.Concat(Enumerable.Repeat("Gas prices came up again when the ministers met. ", 50))).Topics);

    [Fact]
    public void A_short_piece_needs_less_than_a_long_one()
    {
        const string Coverage = "Gas flows fell, the pipeline leaked and gas prices rose. ";
        Assert.Contains("energy", TestKnowledge.Annotate(Coverage).Topics);
        Assert.DoesNotContain("energy", TestKnowledge.Annotate(Coverage + string.Concat(Enumerable.Repeat("The ministers met again and talked at length. ", 60))).Topics);
    }

    [Fact]
    public void Title_terms_count_more() =>
        Assert.Contains("energy", TestKnowledge.Annotate("The ministers met.", title: "Nord Stream gas pipeline").Topics);

    [Fact]
    public void Required_groups_must_all_be_present()
    {
        Assert.Empty(TestKnowledge.Annotate("Putin held a summit. Putin spoke at the summit in Moscow.").Topics);
        Assert.Equal(["us-russia"], TestKnowledge.Annotate("Putin met the US envoy at the summit in Moscow. Putin said the summit went well. Washington was pleased.").Topics);
    }

    [Fact]
    public void A_subject_term_counts_four_times_and_a_party_name_three()
    {
        var party = new TopicRequirement([new TopicTerm("putin", 1)], 1);
        var scorer = new TopicScorer([new Topic("t", "T", "", [new TopicTerm("treaty", 1), new TopicTerm("putin", 1)], 5) { Requires = [party] }]);
        const string Filler = " The ministers met again and talked at length about the weather and the harvest in the north.";
        var padding = string.Concat(Enumerable.Repeat(Filler, 25));
        Assert.Equal(["t"], scorer.Topics(new ScannedText(""), new ScannedText("The treaty, the treaty, the treaty and Putin's treaty." + padding)));
        Assert.Empty(scorer.Topics(new ScannedText(""), new ScannedText("Putin, Putin, Putin, Putin and Putin's treaty." + padding)));
    }

    [Fact]
    public void Capitalised_terms_match_only_that_spelling()
    {
        var scorer = new TopicScorer([new Topic("t", "T", "", [new TopicTerm("US", 5)], 5)]);
        Assert.Empty(scorer.Topics(new ScannedText(""), new ScannedText("Let us talk.")));
        Assert.Equal(["t"], scorer.Topics(new ScannedText(""), new ScannedText("The US talked.")));
    }

    [Fact]
    public void An_abbreviation_joined_by_a_hyphen_matches_its_term()
    {
        var scorer = new TopicScorer([new Topic("t", "T", "", [new TopicTerm("U.S.-China", 5)], 5)]);
        Assert.Equal(["t"], scorer.Topics(new ScannedText(""), new ScannedText("It is the worst moment in U.S.-China relations.")));
    }

    [Fact]
    public void Maintainer_front_matter_wins() =>
        Assert.Equal(["nato"], TestKnowledge.Annotate("Gas pipeline gas pipeline Nord Stream.", frontMatter: new MaintainerFrontMatter(Topics: ["nato"])).Topics);

    [Fact]
    public void The_taxonomy_file_defines_the_fourteen_topics()
    {
        var topics = KnowledgeBaseLoader.ParseTopics("data/topics.yml", File.ReadAllText(Path.Combine(TestKit.RepoPaths.Root, "input", "data", "topics.yml")), new Briefings.Diagnostics.ProblemLog());
        Assert.Equal(
            ["arms-control", "defence", "energy", "european-security", "human-rights", "indo-pacific", "middle-east", "nato", "russia-china", "sanctions", "technology", "ukraine", "us-china", "us-russia"],
            topics.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.All(topics, t => Assert.True(t.Threshold > 0 && t.Terms.Count > 0 && t.Description.Length > 0, t.Id));
    }
}
