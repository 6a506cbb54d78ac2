using Briefings.Annotate;
using Briefings.Clean;
using Briefings.Diagnostics;

namespace Briefings.Tests.Annotate;

/// <summary>When an article was written: stated dates win; otherwise a window from the evidence, explained.</summary>
public sealed class DatingTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Front_matter_wins_over_a_stated_date()
    {
        var a = TestKnowledge.Annotate("Secretary of State Antony Blinken spoke.", explicitDate: D(2022, 1, 1), frontMatter: new MaintainerFrontMatter(Date: D(2023, 5, 6)));
        Assert.Equal((D(2023, 5, 6), DateBasis.FrontMatter), (a.Date, a.DateBasis));
        Assert.Null(a.DateEarliest);
    }

    [Fact]
    public void A_front_matter_date_no_officeholder_named_could_have_is_kept_and_reported()
    {
        var problems = new ProblemLog();
        var a = TestKnowledge.Annotator().Annotate(
            TestKnowledge.Clean("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi.", "A briefing", null, new MaintainerFrontMatter(Date: D(2013, 5, 6))),
            problems);

        Assert.Equal((D(2013, 5, 6), DateBasis.FrontMatter), (a.Date, a.DateBasis));
        var warning = Assert.Single(problems.All);
        Assert.Contains("2013-05-06 is outside 2021-01-26 to 2022-12-30", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_year_one_digit_from_the_officeholders_term_is_read_as_that_year_and_reported()
    {
        var problems = new ProblemLog();
        var a = TestKnowledge.Annotator().Annotate(
            TestKnowledge.Clean("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi.", "A briefing", null, new MaintainerFrontMatter(Date: D(2012, 5, 6))),
            problems);

        Assert.Equal((D(2022, 5, 6), DateBasis.FrontMatter), (a.Date, a.DateBasis));
        var warning = Assert.Single(problems.All);
        Assert.Contains("2012-05-06 is outside 2021-01-26 to 2022-12-30", warning.Message, StringComparison.Ordinal);
        Assert.Contains("read as 2022-05-06", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_leader_id_a_slip_away_from_a_known_one_is_read_as_it_and_reported()
    {
        var problems = new ProblemLog();
        var a = TestKnowledge.Annotator().Annotate(
            TestKnowledge.Clean("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi.", "A briefing", null, new MaintainerFrontMatter(Leaders: ["antony-blinkn", "no-such-person"])),
            problems);

        Assert.Equal(["antony-blinken", "no-such-person"], a.Leaders);
        Assert.Contains(problems.All, p => p.Message.Contains("'antony-blinkn' in front matter: read as 'antony-blinken'", StringComparison.Ordinal));
        Assert.Contains(problems.All, p => p.Message.EndsWith("unknown leader id 'no-such-person' in front matter", StringComparison.Ordinal));
    }

    [Fact]
    public void A_front_matter_date_the_officeholders_allow_raises_nothing()
    {
        var problems = new ProblemLog();
        TestKnowledge.Annotator().Annotate(
            TestKnowledge.Clean("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi.", "A briefing", null, new MaintainerFrontMatter(Date: D(2022, 5, 6))),
            problems);

        Assert.Empty(problems.All);
    }

    [Fact]
    public void A_date_the_text_states_wins_over_inference()
    {
        var a = TestKnowledge.Annotate("Secretary of State Antony Blinken spoke.", explicitDate: D(2022, 1, 1));
        Assert.Equal((D(2022, 1, 1), DateBasis.Explicit), (a.Date, a.DateBasis));
    }

    [Fact]
    public void An_officeholder_named_with_the_office_bounds_the_date_to_the_term()
    {
        var a = TestKnowledge.Annotate("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi.");

        Assert.Equal(DateBasis.Inferred, a.DateBasis);
        Assert.Equal(D(2021, 1, 26), a.DateEarliest);
        Assert.Equal(D(2022, 12, 30), a.DateLatest);
        Assert.InRange(a.Date, a.DateEarliest!.Value, a.DateLatest!.Value);
        Assert.Contains(a.DateEvidence, e => e.Contains("Antony Blinken", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("However, the vice-president of the US Mike Pence, told a conference last week that allies had failed.")]
    [InlineData("Mike Pence, the US vice president, told a conference that allies had failed.")]
    [InlineData("Vice President Mike Pence told a conference that allies had failed.")]
    public void An_office_before_or_after_the_name_bounds_the_date(string body)
    {
        var a = TestKnowledge.Annotate(body);
        Assert.Equal((D(2017, 1, 20), D(2021, 1, 20)), (a.DateEarliest, a.DateLatest));
    }

    [Fact]
    public void A_former_officeholder_bounds_the_date_after_the_term()
    {
        var a = TestKnowledge.Annotate("That was complicated by former President Donald Trump. Secretary of State Antony Blinken disagreed.");

        Assert.Equal(D(2021, 1, 26), a.DateEarliest);
        Assert.Equal(D(2025, 1, 19), a.DateLatest);
    }

    [Theory]
    [InlineData("The King accepted the resignation of Prime Minister Boris Johnson's government. Secretary of State Antony Blinken spoke.")]
    [InlineData("The King accepted the resignation of the government of Prime Minister Boris Johnson. Secretary of State Antony Blinken spoke.")]
    [InlineData("The army dissolved the elected government of Prime Minister Boris Johnson. Secretary of State Antony Blinken spoke.")]
    [InlineData("Parliament dismissed Prime Minister Boris Johnson. Secretary of State Antony Blinken spoke.")]
    [InlineData("The talks began after the fall of Prime Minister Boris Johnson. Secretary of State Antony Blinken spoke.")]
    public void An_office_named_as_the_object_of_the_event_that_ended_it_bounds_the_date_after_the_term(string body)
    {
        var a = TestKnowledge.Annotate(body);

        Assert.Equal((D(2022, 9, 6), D(2025, 1, 20)), (a.DateEarliest, a.DateLatest));
        Assert.Contains(a.DateEvidence, e => e.Contains("Boris Johnson called former Prime Minister", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Protesters demanded the resignation of Prime Minister Boris Johnson. Secretary of State Antony Blinken spoke.")]
    [InlineData("Moscow dismissed the warning of Prime Minister Boris Johnson. Secretary of State Antony Blinken spoke.")]
    [InlineData("Moscow dismissed Prime Minister Boris Johnson's warning. Secretary of State Antony Blinken spoke.")]
    public void An_office_beside_a_resignation_demanded_or_a_warning_dismissed_is_held(string body)
    {
        var a = TestKnowledge.Annotate(body);

        Assert.Equal((D(2021, 1, 26), D(2022, 9, 6)), (a.DateEarliest, a.DateLatest));
    }

    [Fact]
    public void A_secretary_general_at_the_start_of_a_sentence_is_an_office_not_a_courtesy_title()
    {
        var a = TestKnowledge.Annotate("Former NATO Secretary General Anders Fogh Rasmussen urged the West to act.");
        Assert.Contains(a.DateEvidence, e => e.Contains("former Secretary General of NATO", StringComparison.Ordinal));
        Assert.Equal(D(2014, 10, 1), a.DateEarliest);
    }

    [Fact]
    public void New_puts_the_date_near_the_start_of_a_term()
    {
        var a = TestKnowledge.Annotate("Germany's new chancellor, Olaf Scholz, said Russia would not divide Europe.");

        Assert.Equal(D(2021, 12, 8), a.DateEarliest);
        Assert.Equal(D(2022, 12, 8), a.DateLatest);
    }

    [Fact]
    public void A_leader_named_without_an_office_proves_nothing()
    {
        var a = TestKnowledge.Annotate("Antony Blinken gave a lecture.", fileDates: new Dictionary<string, DateOnly> { ["articles/test.txt"] = D(2026, 3, 1) });

        Assert.Equal(DateBasis.Fallback, a.DateBasis);
        Assert.Equal(D(2026, 3, 1), a.Date);
        Assert.Contains(a.DateEvidence, e => e.Contains("no dating evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void Years_mentioned_as_past_events_bound_from_below_but_future_years_do_not()
    {
        var a = TestKnowledge.Annotate(
            "Prime Minister Boris Johnson chaired the meeting. The pipeline deal was signed in 2021. All kit must be removed by the end of 2027. Beijing is expected to overtake it in 2049.");

        Assert.Equal(D(2021, 1, 1), a.DateEarliest);
        Assert.Equal(D(2022, 9, 6), a.DateLatest);
    }

    [Theory]
    [InlineData("Under a plan that the parties will revisit every year, the treaty was signed in 2022.")]
    [InlineData("The treaty was signed in 2022 and will be revisited every year by both parties.")]
    public void A_year_in_a_sentence_about_the_future_proves_nothing(string sentence)
    {
        var a = TestKnowledge.Annotate("Secretary of State Antony Blinken arrived. " + sentence);
        Assert.Equal(D(2021, 1, 26), a.DateEarliest);
    }

    [Fact]
    public void A_future_word_in_the_next_sentence_leaves_a_past_year_standing()
    {
        var a = TestKnowledge.Annotate("Secretary of State Antony Blinken arrived. The treaty was signed in 2022. Officials will meet again.");
        Assert.Equal(D(2022, 1, 1), a.DateEarliest);
    }

    [Theory]
    [InlineData("The war began with the attack on October 7, 2023.")]
    [InlineData("The war began with the attack of 7 October 2023.")]
    [InlineData("The war began in October 2023.")]
    public void Past_dates_in_common_formats_bound_from_below(string sentence)
    {
        var a = TestKnowledge.Annotate("Secretary of State Antony Blinken arrived. " + sentence);
        Assert.True(a.DateEarliest >= new DateOnly(2023, 10, 1), a.DateEarliest.ToString());
        Assert.Equal(D(2025, 1, 20), a.DateLatest);
    }

    [Fact]
    public void Conflicting_evidence_drops_the_weakest_and_says_so()
    {
        var a = TestKnowledge.Annotate("Prime Minister Boris Johnson spoke. Trade collapsed in 2024.");

        Assert.Equal(D(2019, 7, 24), a.DateEarliest);
        Assert.Equal(D(2022, 9, 6), a.DateLatest);
        Assert.Contains(a.DateEvidence, e => e.StartsWith("ignored", StringComparison.Ordinal) && e.Contains("2024", StringComparison.Ordinal));
    }

    [Fact]
    public void A_president_named_for_a_past_act_gives_way_to_the_officeholders_who_agree()
    {
        // Trump's second term overlaps most of the others one by one, but not Kishida's: together they place the text
        // in Kishida's years, and Trump is the one set aside (not a one-day window at a handover).
        var a = TestKnowledge.Annotate(
            "He rescued the pact after President Donald Trump pulled out of it. President Joe Biden was stunned. Prime Minister Fumio Kishida wept. "
            + "Chancellor Olaf Scholz and Secretary of State Antony Blinken sent condolences.");

        Assert.Equal(D(2021, 12, 8), a.DateEarliest);
        Assert.Equal(D(2024, 10, 1), a.DateLatest);
        Assert.Contains(a.DateEvidence, e => e.StartsWith("ignored Donald Trump", StringComparison.Ordinal));
    }

    [Fact]
    public void A_predecessor_named_for_a_past_act_does_not_pin_the_text_to_the_handover_day()
    {
        var a = TestKnowledge.Annotate("President Donald Trump withdrew from the accord. President Joe Biden rejoined it on his first day.");

        Assert.Equal(D(2021, 1, 20), a.DateEarliest);
        Assert.Equal(D(2025, 1, 20), a.DateLatest);
        Assert.Contains(a.DateEvidence, e => e.StartsWith("ignored Donald Trump", StringComparison.Ordinal));
    }

    [Fact]
    public void The_file_date_caps_an_open_window_and_the_estimate_stays_near_the_evidence()
    {
        var a = TestKnowledge.Annotate("Russian Foreign Minister Sergey Lavrov spoke.", fileDates: new Dictionary<string, DateOnly> { ["articles/test.txt"] = D(2020, 6, 1) });

        Assert.Equal(D(2004, 3, 9), a.DateEarliest);
        Assert.Equal(D(2020, 6, 1), a.DateLatest);
        Assert.InRange(a.Date, a.DateEarliest!.Value, a.DateLatest!.Value);
    }

    [Fact]
    public void The_estimate_is_never_between_two_terms()
    {
        var a = TestKnowledge.Annotate("President Donald Trump spoke.", fileDates: new Dictionary<string, DateOnly> { ["articles/test.txt"] = D(2026, 1, 1) });

        Assert.True(a.Date <= D(2021, 1, 20) || a.Date >= D(2025, 1, 20), a.Date.ToString());
    }
}
