using Briefings.Annotate;

namespace Briefings.Tests.Annotate;

/// <summary>Issue 10: officeholders the knowledge base does not know are found from how the text introduces them.</summary>
public sealed class OfficeholderIntroductionTests
{
    private static Article Annotate(string body) => TestKnowledge.Annotate(body);

    [Theory]
    [InlineData("Canadian Prime Minister Justin Trudeau arrived late.", "justin-trudeau", "Justin Trudeau", "Prime Minister", "Canadian")]
    [InlineData("Syrian President Bashar al-Assad addressed the assembly.", "bashar-al-assad", "Bashar al-Assad", "President", "Syrian")]
    [InlineData("Spain's prime minister, Pedro Sánchez, held out on spending.", "pedro-sanchez", "Pedro Sánchez", "prime minister", "Spain")]
    [InlineData("Commerce Secretary Gina Raimondo announced chip controls.", "gina-raimondo", "Gina Raimondo", "Commerce Secretary", null)]
    [InlineData("The package was blocked by Robert Fico, Slovakia's prime minister, on Monday.", "robert-fico", "Robert Fico", "prime minister", "Slovakia")]
    [InlineData("Talks were led by Vice Premier He Lifeng.", "he-lifeng", "He Lifeng", "Vice Premier", null)]
    [InlineData("Icelandic President Guðni Th. Jóhannesson defended the inquiry.", "gudni-th-johannesson", "Guðni Th. Jóhannesson", "President", "Icelandic")]
    [InlineData("In Iran, the final word rests with the supreme leader, Ayatollah Ali Khamenei, who backed the talks.", "ali-khamenei", "Ali Khamenei", "supreme leader", null)]
    [InlineData("Chief Executive Carrie Lam said the law targeted a small minority.", "carrie-lam", "Carrie Lam", "Chief Executive", null)]
    [InlineData("It was signed by Russia's ambassador to Ukraine Mikhail Zurabov on Friday.", "mikhail-zurabov", "Mikhail Zurabov", "ambassador to Ukraine", "Russia")]
    public void Each_introduction_pattern_links_an_unknown_officeholder(string body, string id, string name, string office, string? country)
    {
        var article = Annotate(body);

        Assert.Contains(id, article.Leaders);
        var person = Assert.Single(article.OtherPeople, p => p.Id == id);
        Assert.True(person.IsLeader);
        Assert.Equal(name, person.Name);
        Assert.Equal(office, person.Office);
        Assert.Equal(country, person.Country);
        Assert.Contains(name, person.Sentence);
    }

    [Fact]
    public void A_place_before_a_title_is_not_the_titles_holder()
    {
        var article = Annotate("In Buenos Aires, President Alberto Fernández said Argentina was ready to join.");

        Assert.DoesNotContain("buenos-aires", article.Leaders);
        Assert.Contains("alberto-fernandez", article.Leaders);
    }

    [Fact]
    public void A_place_that_opens_a_sentence_is_not_the_subjects_name()
    {
        var article = Annotate("In San Francisco, China's leader said the pandas might return. At Camp David, America's president met two allies.");

        Assert.DoesNotContain("san-francisco", article.Leaders);
        Assert.DoesNotContain("camp-david", article.Leaders);
    }

    [Fact]
    public void A_title_with_its_country_after_a_place_is_the_next_names()
    {
        var article = Annotate("Visiting the Golan Heights, Israel's Prime Minister Benjamin Netanyahu said the buffer zone had collapsed.");

        Assert.DoesNotContain("golan-heights", article.Leaders);
    }

    [Theory]
    [InlineData("\"The cap keeps oil moving,\" said Orla Brennan, head of oil research at a consultancy in Dublin.", "orla-brennan")]
    [InlineData("Mayor Heinz Obermann said the new jobs were welcome.", "heinz-obermann")]
    public void A_job_in_a_firm_or_a_towns_office_does_not_make_a_leader(string body, string id)
    {
        var article = Annotate(body);

        Assert.DoesNotContain(id, article.Leaders);
    }

    [Fact]
    public void A_family_name_written_first_keeps_a_namesakes_honorific_mention_unlinked()
    {
        var article = Annotate("Wang Dan, who led the 1989 protests, arrived in New York. Mr Wang said he would keep campaigning.");

        Assert.DoesNotContain("wang-yi", article.Leaders);
    }

    [Fact]
    public void A_plural_title_before_surnames_is_not_a_given_name()
    {
        var article = Annotate("Declarations were appended by the Vice-President, Judges Bennouna and Xue and the judge ad hoc.");

        Assert.DoesNotContain(article.Leaders, id => id.StartsWith("judges", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The general, who led the elite Quds Force of the Revolutionary Guards, was buried on Tuesday.", "revolutionary-guards")]
    [InlineData("A spokesman for the Presidential Guard Brigade said the commander of the National Guard, Republican Guard, was safe.", "republican-guard")]
    [InlineData("The deputy commander of the Popular Mobilisation Units survived the attack.", "popular-mobilisation-units")]
    [InlineData("Officials said the leader of the Wagner Group militia had flown to Minsk.", "wagner-group")]
    [InlineData("Lee Sang-deok, Director-General for Northeast Asian Affairs, joined the talks.", "northeast-asian-affairs")]
    [InlineData("Ryabkov met the US President's Special Envoy for Arms Control, Marshall Billingslea, in Vienna.", "arms-control")]
    [InlineData("Each country will appoint a secretary general for Franco-German co-operation.", "franco-german")]
    public void An_organisation_introduced_with_an_office_is_never_a_leader(string body, string organisation)
    {
        var article = Annotate(body);

        Assert.DoesNotContain(article.Leaders, id => id.Contains(organisation.Split('-')[^1], StringComparison.Ordinal) || id == organisation);
        Assert.DoesNotContain(article.OtherPeople, p => p.Id == organisation);
    }

    [Fact]
    public void A_military_rank_is_not_part_of_the_name()
    {
        var article = Annotate("Navy spokesman Captain Ingrid Halvorsen told reporters the search would continue through the night.");

        Assert.Contains(article.OtherPeople, p => p.Id == "ingrid-halvorsen");
        Assert.DoesNotContain(article.OtherPeople, p => p.Id.StartsWith("captain", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_before_an_office_is_not_a_person()
    {
        var article = Annotate("Speaking in the Palace Garden, President Sauli Niinisto welcomed the vote. Crowds filled Senate Square, Prime Minister Sanna Marin said.");

        Assert.DoesNotContain(article.OtherPeople, p => p.Id is "palace-garden" or "senate-square");
        Assert.DoesNotContain(article.Leaders, id => id is "palace-garden" or "senate-square");
    }

    [Fact]
    public void A_country_whose_delegate_speaks_is_not_a_person()
    {
        var article = Annotate("The representative of Costa Rica said the arms race would divert money from development. The delegate of Sri Lanka agreed.");

        Assert.DoesNotContain(article.OtherPeople, p => p.Id is "costa-rica" or "sri-lanka");
        Assert.Empty(article.Leaders);
    }

    [Theory]
    [InlineData("Oman sent its Deputy Prime Minister, Fahd bin Mahmoud Al Said, to the summit.")]
    [InlineData("Deputy Prime Minister Sayyid Fahd bin Mahmoud Al Said spoke later.")]
    [InlineData("Oman sent its Deputy Prime Minister, Sayyid Fahd bin Mahmoud Al Said, to the summit.")]
    public void A_family_name_said_after_a_particle_stays_part_of_the_name(string body) =>
        Assert.Contains("fahd-bin-mahmoud-al-said", Annotate(body).Leaders);

    [Theory]
    [InlineData("Ukrainian President Volodimir Zelenskiy thanked the allies on Friday.", "volodymyr-zelensky")]
    [InlineData("Former NATO Secretary General Anders Fogh Rasmusen spoke in Copenhagen.", "anders-fogh-rasmussen")]
    public void A_transliterated_spelling_of_a_known_officeholder_links_the_known_person(string body, string id)
    {
        var article = Annotate(body);

        Assert.Contains(id, article.Leaders);
        Assert.DoesNotContain(article.OtherPeople, p => p.IsLeader);
    }

    [Fact]
    public void A_different_person_with_a_similar_surname_is_not_merged()
    {
        var article = Annotate("Polish Foreign Minister Radoslaw Lavrik met reporters in Warsaw.");

        Assert.DoesNotContain("sergey-lavrov", article.Leaders);
    }

    [Fact]
    public void A_two_letter_given_name_must_be_spelled_the_same()
    {
        var article = Annotate("Suspicion fell on the Yi Peng 3, a Chinese-flagged bulk carrier that had left a Russian port on Friday. Danish patrol boats shadowed the Yi Peng 3 and its crew.");

        Assert.DoesNotContain("li-peng", article.Leaders);
        Assert.Contains("sergey-lavrov", Annotate("Foreign Minister Sergei Lavrov said the talks were over.").Leaders);
    }

    [Fact]
    public void A_former_official_is_still_an_official()
    {
        var article = Annotate("John Bolton, Trump's former security adviser, put it bluntly.");
        Assert.Contains("john-bolton", article.Leaders);
        Assert.Equal("security adviser", article.OtherPeople.Single(p => p.Id == "john-bolton").Office);
    }

    [Theory]
    [InlineData("As Russia expert Alexander Gabuev points out, nothing changed.", "alexander-gabuev")]
    [InlineData("Australian military analyst Mick Ryan writes that Europe must act.", "mick-ryan")]
    [InlineData("Mick Ryan, a military analyst, writes that Europe must act.", "mick-ryan")]
    [InlineData("Columnist Jane Harlow said the summit failed.", "jane-harlow")]
    public void Experts_analysts_and_journalists_are_people_quoted_not_leaders(string body, string id)
    {
        var article = Annotate(body);

        Assert.DoesNotContain(id, article.Leaders);
        var person = Assert.Single(article.OtherPeople, p => p.Id == id);
        Assert.False(person.IsLeader);
    }

    [Fact]
    public void Later_surname_mentions_of_an_introduced_person_do_not_link_a_known_namesake()
    {
        var article = Annotate("Foreign ministry spokesman Wang Wenbin spoke on Wednesday. Wang said Beijing would respond.");

        Assert.Contains("wang-wenbin", article.Leaders);
        Assert.DoesNotContain("wang-yi", article.Leaders);
    }

    [Fact]
    public void A_spelling_the_knowledge_base_lacks_links_to_the_known_person()
    {
        var article = Annotate("Russian Foreign Minister Sergei Lavrov met Ukrainian President Volodimir Zelensky.");

        Assert.Contains("sergey-lavrov", article.Leaders);
        Assert.Contains("volodymyr-zelensky", article.Leaders);
        Assert.DoesNotContain("sergei-lavrov", article.Leaders);
    }

    [Fact]
    public void Someone_who_speaks_and_is_named_again_is_listed_for_check_without_an_office()
    {
        var article = Annotate("Maria Kovalenko said the shelling had stopped. Kovalenko has lived in the city for years.");

        var person = Assert.Single(article.OtherPeople);
        Assert.Equal("maria-kovalenko", person.Id);
        Assert.False(person.IsLeader);
        Assert.Null(person.Office);
        Assert.Empty(article.Leaders);
    }

    [Theory]
    [InlineData("The Wall Street Journal reported that talks had stalled.")]
    [InlineData("Officials in Hong Kong said the Security Council would meet.")]
    [InlineData("The Prime Minister leaves Downing Street for the Commons.")]
    [InlineData("Hong Kong said the rules would change. Crowds in Hong Kong protested.")]
    [InlineData("Foreign Minister Visits Beijing Amid Trade Tensions\nThe visit was short.")]
    public void Places_publications_and_bare_titles_are_nobody(string body)
    {
        var article = Annotate(body);
        Assert.Empty(article.Leaders);
        Assert.Empty(article.OtherPeople);
    }
}
