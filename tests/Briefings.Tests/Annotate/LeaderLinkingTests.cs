namespace Briefings.Tests.Annotate;

/// <summary>Who an article is about: each linking rule and each trap, as a reader of a leader's page would check it.</summary>
public sealed class LeaderLinkingTests
{
    private static IReadOnlyList<string> Leaders(string body, string title = "A briefing") => TestKnowledge.Annotate(body, title).Leaders;

    [Theory]
    [InlineData("Vladimir Putin spoke on Tuesday.")]
    [InlineData("Wladimir Putin spoke on Tuesday.")]
    [InlineData("VLADIMIR PUTIN spoke on Tuesday.")]
    [InlineData("The plan of Vladimir Putin's government failed.")]
    public void Full_names_aliases_and_possessives_link(string body) =>
        Assert.Equal(["vladimir-putin"], Leaders(body));

    [Fact]
    public void A_middle_initial_the_knowledge_base_does_not_spell_still_links() =>
        Assert.Contains("joe-biden", Leaders("Joseph R. Biden was absent, but Joe R. Biden spoke."));

    [Theory]
    [InlineData("President Xi said little.")]
    [InlineData("Chinese President Xi said little.")]
    [InlineData("In Tokyo, Prime Minister Kishida's government was concerned.")]
    [InlineData("Mr Putin said little.")]
    [InlineData("Mr. Putin said little.")]
    public void A_short_name_links_when_a_role_word_or_honorific_fixes_it(string body) =>
        Assert.Single(Leaders(body));

    [Fact]
    public void A_short_name_links_after_a_full_mention_and_counts_once()
    {
        var leaders = Leaders("Xi Jinping met reporters. Later Xi left.");
        Assert.Equal(["xi-jinping"], leaders);
    }

    [Fact]
    public void A_surname_only_one_known_person_carries_links_when_the_text_keeps_using_it() =>
        Assert.Equal(["vladimir-putin"], Leaders("Putin was briefed by his generals. Putin said the defences had worked."));

    [Theory]
    [InlineData("Putin said nothing about it.")]
    [InlineData("Lyndon Johnson signed the act. Johnson was tired and Johnson slept.")]
    [InlineData("Leaders met in The Hague. THE HAGUE summit ended; the Hague talks go on.")]
    [InlineData("Sanctions imposed in May hurt. By May 2020 they may have worked.")]
    [InlineData("Analysts said Lavrov had been sidelined.")]
    [InlineData("Montenegro joined the alliance on Monday. Montenegro's army is small.")]
    [InlineData("Talks on Power of Siberia 2 stalled again. Power of Siberia 1 already runs at full capacity.")]
    public void A_bare_short_name_alone_does_not_link(string body)
    {
        var leaders = Leaders(body);
        foreach (var id in new[] { "vladimir-putin", "sergey-lavrov", "boris-johnson", "william-hague", "theresa-may", "luis-montenegro", "samantha-power" })
            Assert.DoesNotContain(id, leaders);
    }

    [Theory]
    [InlineData("The Trump administration welcomed the decision.")]
    [InlineData("Trump's administration welcomed the decision.")]
    [InlineData("He bought a flat in Trump Tower.")]
    [InlineData("Shares of Johnson & Johnson rose.")]
    [InlineData("Carmakers from Ford to Renault warned of shortages.")]
    [InlineData("President Lyndon Johnson signed the act. Mr Johnson was tired.")]
    [InlineData("Foreign ministry spokesman Wang Wenbin said Wang would not comment.")]
    [InlineData("The Kremlin and Washington traded accusations.")]
    [InlineData("The USS Gerald Ford sailed for the eastern Mediterranean on Sunday.")]
    [InlineData("The aircraft carrier Gerald Ford and its escorts moved closer to the coast.")]
    public void Places_firms_institutions_and_namesakes_are_traps(string body)
    {
        var leaders = Leaders(body);
        foreach (var trap in new[] { "donald-trump", "boris-johnson", "gerald-ford", "wang-yi" })
            Assert.DoesNotContain(trap, leaders);
    }

    [Theory]
    [InlineData("Traffic on the King Fahd Causeway to Bahrain was not affected.", "fahd-bin-abdulaziz")]
    [InlineData("Hague tribunal rules against Beijing in a case brought by Manila.", "william-hague")]
    [InlineData("The crowd gathered outside the Mandela Court on Friday, Hague Convention in hand.", "william-hague")]
    public void A_causeway_a_tribunal_or_a_convention_named_after_a_person_or_place_is_not_the_person(string body, string id) =>
        Assert.DoesNotContain(id, Leaders(body));

    [Fact]
    public void The_administration_trap_does_not_hide_a_person_named_elsewhere()
    {
        var leaders = Leaders("The Biden administration was split. President Joe Biden decided.");
        Assert.Contains("joe-biden", leaders);
    }

    [Fact]
    public void A_full_name_before_its_administration_names_the_person() =>
        Assert.Contains("donald-trump", Leaders("US President Donald Trump's administration announced its intention to leave the treaty."));

    [Fact]
    public void Names_in_the_title_count()
    {
        Assert.Contains("vladimir-putin", Leaders("The summit ended.", title: "Vladimir Putin hosts summit"));
    }

    [Fact]
    public void A_role_word_picks_the_right_person_among_namesakes() =>
        Assert.Equal(["boris-johnson"], Leaders("British Prime Minister Johnson resigned."));

    [Theory]
    [InlineData("1990-08-02", "george-h-w-bush")]
    [InlineData("2003-03-20", "george-w-bush")]
    public void Namesakes_with_the_same_office_are_told_apart_by_the_stated_date(string date, string expected)
    {
        var article = TestKnowledge.Annotate("President Bush ordered troops to the Gulf.", explicitDate: DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([expected], article.Leaders);
    }

    [Fact]
    public void Namesakes_are_told_apart_by_the_terms_of_the_other_officeholders_named() =>
        Assert.Equal(["george-h-w-bush", "mikhail-gorbachev"],
            Leaders("Soviet President Mikhail Gorbachev and President Bush signed the treaty in Moscow."));

    [Fact]
    public void A_former_office_points_to_the_namesake_whose_term_had_ended() =>
        Assert.Contains("george-h-w-bush", TestKnowledge.Annotate(
            "The crew came home. His father, the former President George Bush, had served in Beijing.",
            explicitDate: new DateOnly(2001, 4, 11)).Leaders);

    [Theory]
    [InlineData("1990-08-02", "george-h-w-bush")]
    [InlineData("2003-03-20", "george-w-bush")]
    public void A_name_two_namesakes_share_is_no_variant_spelling_of_either(string date, string expected)
    {
        var article = TestKnowledge.Annotate("President George Bush ordered troops to the Gulf.", explicitDate: DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([expected], article.Leaders);
    }

    [Fact]
    public void A_bare_surname_used_throughout_goes_to_the_namesake_in_office_then() =>
        Assert.Equal(["george-w-bush"], TestKnowledge.Annotate("Bush said the war would be short. Bush was wrong.",
            explicitDate: new DateOnly(2003, 3, 20)).Leaders);

    [Theory]
    [InlineData("President Bush spoke on Tuesday.")]
    [InlineData("Bush said little, and Bush left early.")]
    public void Namesakes_stay_unlinked_when_nothing_dates_the_text(string body) =>
        Assert.Empty(Leaders(body));
}
