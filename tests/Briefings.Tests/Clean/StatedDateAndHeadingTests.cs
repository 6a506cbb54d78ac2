using Briefings.Clean;

namespace Briefings.Tests.Clean;

/// <summary>Date stamps pages print in many shapes, and lines that look like headings but are not.</summary>
public sealed class StatedDateAndHeadingTests
{
    [Theory]
    [InlineData("Oslo, 2 April 2023", 2023, 4, 2)]
    [InlineData("BRUSSELS, Belgium – 19 June 2020", 2020, 6, 19)]
    [InlineData("Lisbon, 5 de maio de 2021", 2021, 5, 5)]
    [InlineData("Wednesday 11 October 2023 · No. 41 · 4 min read", 2023, 10, 11)]
    [InlineData("2022-11-30T18:00:00Z | By Staff Writers", 2022, 11, 30)]
    [InlineData("Published 9 Sep 2019 11.20 BST Last modified on Tue 10 Sep 2019 08.00 BST", 2019, 9, 9)]
    [InlineData("Veröffentlicht am 3. März 2022", 2022, 3, 3)]
    [InlineData("Publié le 1er décembre 2020", 2020, 12, 1)]
    [InlineData("Last Updated: Wednesday, 2 March 2005, 12:34 GMT", 2005, 3, 2)]
    [InlineData("Published: 2005/03/02 12:34:56 GMT", 2005, 3, 2)]
    [InlineData("2024.03.05", 2024, 3, 5)]
    [InlineData("Commentary | 12 July 2024", 2024, 7, 12)]
    [InlineData("Updated 10:04 AM EST, Tue March 5, 2024", 2024, 3, 5)]
    [InlineData("Sunday, January 1, 2006 Posted: 1847 GMT (0247 HKT)", 2006, 1, 1)]
    [InlineData("12.03.2016 09:41 Обновлено: 12.03.2016 18:02 Просмотров: 3051", 2016, 3, 12)]
    [InlineData("Опубліковано: 24.08.2021", 2021, 8, 24)]
    [InlineData("[Congressional Record Volume 150, Number 12 (Tuesday, February 10, 2004)]", 2004, 2, 10)]
    [InlineData("O 121530Z MAR 03", 2003, 3, 12)]
    [InlineData("The Lakeshore Daily Ledger (1902-1991); Mar 27, 1979; pg. 1", 1979, 3, 27)]
    [InlineData("Posted 07/04/96 11:42 a.m. EDT", 1996, 7, 4)]
    [InlineData("Last updated 03/11/2021 9:15 PM CST", 2021, 3, 11)]
    [InlineData("Posted 03/11/2021 21:15 GMT", 2021, 11, 3)]
    [InlineData("Last update: 2002-11-27 14:05 GMT", 2002, 11, 27)]
    [InlineData("Beirut, 29-03-2002", 2002, 3, 29)]
    public void A_date_stamp_line_states_its_date(string line, int year, int month, int day)
    {
        Assert.True(MetadataRules.IsStamp(line, out var date, out _));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("Officials in Oslo said on 2 April 2023 that the talks had ended without agreement.")]
    [InlineData("Oslo talks collapse, 2 April 2023, as delegates walk out of the hall")]
    public void A_sentence_or_headline_with_a_date_is_not_a_stamp(string line) =>
        Assert.False(MetadataRules.IsStamp(line, out _, out _));

    [Theory]
    [InlineData("miércoles, 18 de octubre de 2023 - 9:05 p. m.", 2023, 10, 18)]
    [InlineData("jeudi 5 octobre 2023", 2023, 10, 5)]
    public void A_date_line_in_another_language_is_a_stamp(string line, int y, int m, int d)
    {
        Assert.True(MetadataRules.IsStamp(line, out var date, out _));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("Por Mariela Quintero Salas | Caracas", "Mariela Quintero Salas")]
    [InlineData("**By Corinne Vasquez and Tom Ardley** · Palm Beach and Washington", "Corinne Vasquez and Tom Ardley")]
    [InlineData("Note by Annelies Voskuijlen", "Annelies Voskuijlen")]
    [InlineData("Note by Dr. Mara Holt, Senior Editor · posted 16/03/2022, 21:40 CET", "Mara Holt")]
    [InlineData("By Prof. Jonas Berg", "Jonas Berg")]
    public void A_byline_in_another_language_in_bold_or_naming_the_kind_of_piece_is_a_byline(string line, string author)
    {
        Assert.True(BylineRules.IsByline(line, nearTop: true, out var found, out _));
        Assert.Equal(author, found);
    }

    [Fact]
    public void A_wire_story_types_mark_is_not_part_of_the_headline()
    {
        var article = CleanedView.Clean("timeline.txt", """
            TIMELINE-Turkey's failed coup: from tanks on the bridges to the purge

            ISTANBUL, July 18 (Wire) - Turkey has detained or suspended thousands of soldiers, judges and officials since a faction of the army tried to seize power on Friday night.

            The government blames a movement led by a cleric living in the United States, who denies any involvement.
            """);

        Assert.Equal("Turkey's failed coup: from tanks on the bridges to the purge", article!.Title);
    }

    [Fact]
    public void With_no_headline_the_title_comes_from_the_first_paragraph_of_prose_not_a_menu()
    {
        var article = CleanedView.Clean("post.txt", """
            Home
            My Network
            Jobs

            I spent three years preparing summits, and I have never seen one as short as the one my own city hosted in June.

            Allies committed to spend five per cent of their output on defence and security by 2035, with a review in 2029.
            """);

        Assert.StartsWith("I spent three years preparing summits", article!.Title, StringComparison.Ordinal);
    }

    private const string PageProse =
        "<p>Ministers of the coastal states agreed on shared rules for fishing in the northern waters, after four rounds of talks.</p>" +
        "<p>The rules take effect next spring and will be reviewed after three seasons.</p>";

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2021-03-04T08:00:00+01:00\">", "")]
    [InlineData("<meta name=\"dc.date.issued\" content=\"2021-03-04\">", "")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": \"2021-03-04T07:00:00Z\"}</script>", "")]
    [InlineData("", "<p class=\"meta\"><time datetime=\"2021-03-04T10:15\">10:15</time></p>")]
    [InlineData("", "<aside class=\"related\"><time datetime=\"2019-01-01\">1 January 2019</time></aside><time datetime=\"2021-03-04\">Thursday</time>")]
    public void A_page_is_dated_by_its_markup_when_its_text_states_no_date(string head, string body)
    {
        var article = CleanedView.Clean("page.html", $"<html><head><title>Fishing rules agreed</title>{head}</head><body><h1>Fishing rules agreed</h1>{body}{PageProse}</body></html>");

        Assert.Equal(new DateOnly(2021, 3, 4), article!.ExplicitDate);
    }

    [Fact]
    public void A_stamp_the_text_states_comes_before_the_first_time_in_the_markup()
    {
        var article = CleanedView.Clean("page.html", $"<html><body><h1>Fishing rules agreed</h1><p>Published: 2 May 2020</p><p class=\"meta\">Updated <time datetime=\"2020-05-03\">3 May</time></p>{PageProse}</body></html>");

        Assert.Equal(new DateOnly(2020, 5, 2), article!.ExplicitDate);
    }

    [Fact]
    public void An_e_mail_is_dated_by_its_sent_header()
    {
        var article = CleanedView.Clean("note.txt", """
            From: Research Office <office@harbourpolicy.example>
            Sent: Tuesday, March 3, 2009 10:14 AM
            To: Members list
            Subject: Note for members: Baltic energy link agreed

            Energy ministers of the three Baltic states agreed on the route of a new power cable to Sweden, ending two years of argument over where it should come ashore.

            Lithuania had pressed for the cable to land on its coast, while Latvia argued for a northern route.
            """);

        Assert.Equal(new DateOnly(2009, 3, 3), article!.ExplicitDate);
        Assert.DoesNotContain("Members list", article.Body);
    }

    [Fact]
    public void A_forwarded_text_that_states_no_date_is_dated_by_the_message_that_forwarded_it()
    {
        // Hard-wrapped: the header fields must stay one line each for their Date: to be read.
        var article = CleanedView.Clean("posting.txt", """
            Path: news.example-uni.edu!not-for-mail
            From: ana@example-uni.edu (Ana Ruiz)
            Newsgroups: soc.culture.europe
            Subject: Summit text
            Date: 12 Dec 1997 09:30:00 GMT

            Here is the wire story as it came in this morning, apart from the
            line breaks.

            ------------------------- begin forwarded text -------------------------

            EU leaders meet in Luxembourg

            European Union leaders opened a summit on Friday that is expected to invite
            six countries to begin talks on joining the union next year.

            Officials said the talks would begin in the spring, with a second group of
            candidates to follow once they had made more progress on reforms.
            """);

        Assert.Equal(new DateOnly(1997, 12, 12), article!.ExplicitDate);
        Assert.DoesNotContain("Newsgroups", article.Body);
    }

    [Fact]
    public void A_date_the_forwarded_text_states_wins_over_the_day_it_was_forwarded()
    {
        var article = CleanedView.Clean("posting.txt", """
            From: ana@example-uni.edu (Ana Ruiz)
            Subject: Summit text
            Date: 20 Dec 1997 09:30:00 GMT

            ---------- Forwarded message ---------

            EU leaders meet in Luxembourg
            Published 12 December 1997

            European Union leaders opened a summit on Friday that is expected to invite six countries to begin talks on joining the union next year.

            Officials said the talks would begin in the spring, with a second group of candidates to follow once they had made more progress on reforms.
            """);

        Assert.Equal(new DateOnly(1997, 12, 12), article!.ExplicitDate);
    }

    [Fact]
    public void A_wrapped_first_line_of_prose_does_not_take_the_headline_from_above_it()
    {
        var article = CleanedView.Clean("wrapped.txt", """
            Parliament Backs Troop Deployment to Bosnia
            By HELEN GRANT
            The House of Commons voted last night to send a further battalion to Bosnia, after a debate in which several
            members questioned how long British troops would be asked to stay in the country this time.
            Ministers said the extra troops would help protect aid convoys through the winter.
            """);

        Assert.NotNull(article);
        Assert.Equal("Parliament Backs Troop Deployment to Bosnia", article.Title);
        Assert.Contains("The House of Commons voted last night", article.Body);
    }

    [Theory]
    [InlineData("16.55 GMT")]
    [InlineData("09:12")]
    [InlineData("7:30 pm EST")]
    public void A_live_blog_entry_time_is_not_a_heading(string line) => Assert.False(StructureRecovery.IsHeadingLine(line));

    [Theory]
    [InlineData("QUESTION: Can you say whether the talks will resume this month?")]
    [InlineData("MR. MILLER: Thank you")]
    [InlineData("Q: What happens next?")]
    public void A_transcript_turn_is_not_a_heading(string line) => Assert.False(StructureRecovery.IsHeadingLine(line));

    [Fact]
    public void A_speaker_label_is_not_a_dateline() =>
        Assert.Equal(0, DatelineRules.Match("MR. MILLER: Good afternoon, everyone.", out _, out _));

    [Theory]
    [InlineData("WARSAW, Dec 13.— Poland was under military rule last night.", "WARSAW, Dec 13.—")]
    [InlineData("LAHORE, Feb. 21. The two prime ministers signed the declaration today.", "LAHORE, Feb. 21.")]
    public void A_newspaper_dateline_closed_by_a_full_stop_after_its_date_goes(string lede, string dateline)
    {
        var length = DatelineRules.Match(lede, out _, out var found);
        Assert.Equal(dateline, found);
        Assert.Equal(lede[(dateline.Length + 1)..], lede[length..]);
    }

    [Fact]
    public void A_full_stop_without_a_date_closes_no_dateline() =>
        Assert.Equal(0, DatelineRules.Match("NATO. The alliance met today.", out _, out _));

    [Fact]
    public void A_short_section_line_is_still_a_heading() => Assert.True(StructureRecovery.IsHeadingLine("What happens next"));

    [Theory]
    [InlineData("Ukraine joins the treaty as a non-nuclear state - Capital Wire Archive", "By Ana Ruiz, Capital Wire", "Ukraine joins the treaty as a non-nuclear state")]
    [InlineData("Ukraine joins the treaty as a non-nuclear state - Capital Wire Archive", "By Ana Ruiz", "Ukraine joins the treaty as a non-nuclear state - Capital Wire Archive")]
    [InlineData("Iran and the deal - what we know", "Here is what we know so far about the deal.", "Iran and the deal - what we know")]
    public void A_window_titles_outlet_after_a_dash_goes_when_the_page_names_it(string title, string page, string expected) =>
        Assert.Equal(expected, TitleRules.WithoutNamedSite(title, () => page));

    [Fact]
    public void A_newsletters_list_of_its_items_goes_and_each_numbered_item_is_a_heading()
    {
        var text = "Good morning. This week's briefing covers the talks in Geneva and the ceasefire in the south.\n\n" +
            "1. Talks resume in Geneva\n2. Ceasefire holds in the south\n3. In brief\n\n" +
            "1. TALKS RESUME IN GENEVA\n\nNegotiators from both sides met in Geneva on Monday for the first time since March, officials said, and agreed to meet again next week.\n\n" +
            "2. CEASEFIRE HOLDS IN THE SOUTH\n\nThe ceasefire agreed last month held for a third week, monitors said on Tuesday, though both sides reported shelling near the river.\n\n" +
            "3. IN BRIEF\n\n- The foreign minister will visit Ankara on Thursday to discuss grain exports.\n- Parliament will debate the defence budget next month.\n";
        var body = CleanedView.Clean("brief.txt", text)!.Body;
        Assert.DoesNotContain("Talks resume in Geneva", body);
        Assert.Contains("## TALKS RESUME IN GENEVA", body);
        Assert.Contains("## CEASEFIRE HOLDS IN THE SOUTH", body);
        Assert.Contains("## IN BRIEF", body);
        Assert.Contains("- The foreign minister will visit Ankara", body);
    }

    [Fact]
    public void A_byline_that_carries_its_posting_stamp_dates_the_article_however_far_down_it_is()
    {
        var fields = string.Join("\n\n", Enumerable.Range(1, 9).Select(n => $"Field {n}: value {n}"));
        var text = "Court orders a halt to the operations\n\n" + fields + "\n\n" +
            "Note by Dr. Mara Holt, Senior Editor · posted 16/03/2022, 21:40 CET\n\n" +
            "The Court ordered the operations suspended by thirteen votes to two, and both parties to refrain from any action that might aggravate the dispute.\n";
        var article = CleanedView.Clean("note.txt", text)!;
        Assert.Equal(new DateOnly(2022, 3, 16), article.ExplicitDate);
        Assert.DoesNotContain("Mara Holt", article.Body);
    }

    [Fact]
    public void A_pages_publication_stamp_under_its_headline_wins_over_the_editions_date_in_the_masthead()
    {
        var text = "THE LAKE COURIER\n\nThe Valley's Daily Since 1952\n\nFriday, October 25, 2019\n\nE-Paper | Subscribe | Contact Us\n\n" +
            "Home  News  Politics  Business  Sports\n\nLIVE: Budget vote delayed again\n\nNews › World\n\n" +
            "Leaders meet in Sochi as Russia courts Africa\n\nBy Amina Bello\n\nPublished 24th October, 2019 | 11:48 pm\n\n" +
            "The president held talks with his Russian counterpart on the sidelines of the summit in Sochi on Wednesday, officials said, and both sides agreed to meet again.\n";
        Assert.Equal(new DateOnly(2019, 10, 24), CleanedView.Clean("sochi.txt", text)!.ExplicitDate);
    }

    [Fact]
    public void The_headline_is_the_line_over_the_byline_not_a_ticker_above_it()
    {
        var text = "THE LAKE COURIER\n\nE-Paper | Subscribe | Contact Us\n\nBREAKING: Unions and government resume wage talks in the capital\n\n" +
            "News › World\n\nLeaders meet in Sochi as Russia courts Africa\n\nBy Amina Bello\n\n" +
            "The president held talks with his Russian counterpart on the sidelines of the summit in Sochi on Wednesday, officials said, and both sides agreed to meet again.\n";
        Assert.Equal("Leaders meet in Sochi as Russia courts Africa", CleanedView.Clean("sochi.txt", text)!.Title);
    }

    [Fact]
    public void A_parliamentary_records_debated_on_line_dates_it_and_a_sentence_about_a_debate_does_not()
    {
        Assert.Equal(new DateOnly(2013, 8, 29), MetadataRules.PublishedStampIn("Volume 566: debated on Thursday 29 August 2013"));
        Assert.Null(MetadataRules.PublishedStampIn("The motion was debated on Thursday 29 August 2013, when members voted against military action in Syria by 285 votes to 272."));
    }
}
