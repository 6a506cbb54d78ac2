using Briefings.Clean;

namespace Briefings.Tests.Clean;

/// <summary>Rows of controls, calls to action, boxed promotions, bylines and notices that text dumps of pages and newsletters carry.</summary>
public sealed class PageFurnitureTests
{
    [Theory]
    [InlineData("[Listen]  [Save]  [Share]")]
    [InlineData("[end of document]")]
    [InlineData("[4]")]
    [InlineData("Forward to a friend  ·  Share on LinkedIn  ·  Read past issues")]
    [InlineData("Book now ›")]
    [InlineData("All our explainers »")]
    [InlineData("Home > Press Briefings > 1999 Daily Press Briefings > May")]
    [InlineData("Startseite › Politik › Ausland")]
    public void A_line_of_controls_is_layout(string line) => Assert.True(LayoutRules.IsLayoutJunk(line));

    [Theory]
    // A stamp bar holds the date that other rules read from it.
    [InlineData("Friday 14 July 2023 · Issue 212 · 7 min read")]
    [InlineData("[Editor's note: this article was updated on Monday to correct the name of the ministry.]")]
    [InlineData("Kyiv says the offensive will go on, and Moscow says it will not negotiate »")]
    [InlineData("Grain, gas and guns: the three deals on the table")]
    [InlineData("Home > the minister said. Then he left > again")]
    public void A_line_of_text_is_not(string line) => Assert.False(LayoutRules.IsLayoutJunk(line));

    [Theory]
    [InlineData("You are viewing material from a past administration, kept for historical reference. Names, links and facts may be out of date.")]
    [InlineData("This is historical material \"frozen in time\". The website is no longer updated and links to external websites may not work.")]
    [InlineData("Archived content")]
    [InlineData("(ON THE RECORD UNLESS OTHERWISE NOTED)")]
    public void An_archive_banner_or_a_briefings_terms_are_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("Pieter-Jan Verhoef • 2nd")]
    [InlineData("2mo • Edited • 🌐")]
    [InlineData("+ Follow")]
    [InlineData("…see more")]
    [InlineData("Ingrid Mulder and 1,481 others")]
    [InlineData("Try Premium for €0")]
    public void A_network_posts_frame_is_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("4/8/10 3:52 PM                    Obama and Medvedev sign arms treaty in Prague - The Ledger")]
    [InlineData("http://www.ledger.example/content/article/2010/04/08/AR2010040800412_pf.html     Page 1 of 2")]
    [InlineData("Printed from The Ledger: http://www.ledger.example")]
    [InlineData("((istanbul.newsroom@wire.example; +90 212 555 0142))")]
    [InlineData("(For a FACTBOX on the movement, click [nL8N1A40Q2]; for full coverage double click [nTURKEY])")]
    [InlineData("All quotes delayed a minimum of 15 minutes.")]
    public void Print_furniture_and_a_wire_desks_terminal_lines_are_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("By Meridian Wire staff")]
    [InlineData("By Northern Desk correspondents")]
    public void A_byline_naming_only_the_staff_is_a_byline(string line) => Assert.True(BylineRules.IsByline(line, nearTop: true, out _, out _));

    [Theory]
    [InlineData("Ministers from The Hague and 31 others joined by video link on Tuesday.")]
    [InlineData("Rutte said he would see more of the allies' plans in the autumn.")]
    public void Sentences_like_a_posts_frame_are_text(string line) => Assert.False(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("The ministry said the archive would stay open to researchers.")]
    [InlineData("He spoke on the record for the first time since his resignation, and said the talks had failed.")]
    public void Sentences_about_archives_or_the_record_are_text(string line) => Assert.False(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("📲 Join our WhatsApp Channel for the latest headlines. Tap here to join")]
    [InlineData("Follow the Harbour Post on Google News")]
    [InlineData("Síguenos en Google Noticias | Únete a nuestro canal de Telegram")]
    [InlineData("Load more updates")]
    [InlineData("Show less")]
    [InlineData("Scroll to bottom")]
    [InlineData("Skip to content Accessibility Help")]
    [InlineData("Order: ◉ Oldest first ○ Newest first")]
    [InlineData("This page is in chronological order. Scroll down for the latest updates.")]
    public void Follow_calls_and_a_live_pages_controls_are_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("<< Back to the March 1997 index | Next story: Talks resume in Geneva >>")]
    [InlineData("You are visitor number 000981 since May 2, 1996.")]
    [InlineData("This site is best viewed with Netscape Navigator 2.0 or later.")]
    [InlineData("Archive copy kept by the Balkan Papers Project. Not edited.")]
    [InlineData("Distributed by Capital Wire. Copyright 1996. Not for resale.")]
    public void An_old_sites_navigation_and_notices_are_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("To change your delivery options visit briefs.example/account")]
    [InlineData("This newsletter is supported by Harbour Analytics.")]
    public void A_mailed_newsletters_frame_is_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("128 Likes ∙ 7 Restacks")]
    [InlineData("Yesterday · 4 min read")]
    [InlineData("Tap to view full screen")]
    [InlineData("Notifications 12")]
    [InlineData("Twitter: @HarbourDesk | Instagram: harbour.desk")]
    [InlineData("Cite as: J. Mensah, \"The Hague and the Chagos opinion\", 25 February 2019.")]
    [InlineData("Get breaking news alerts by e-mail: choose your topics.")]
    [InlineData("Facebook")]
    [InlineData("Copy link")]
    public void Counters_citation_lines_and_an_outlets_accounts_are_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("Join the talks in Geneva, the envoy urged Moscow, before the deadline passes.")]
    [InlineData("Followers of the ministry's Telegram channel saw the statement an hour before the briefing.")]
    [InlineData("He said he would show more flexibility if Kyiv did the same.")]
    [InlineData("Back to the negotiating table went both delegations on Monday, without a date for a vote.")]
    [InlineData("The paper is supported by a trust, its editor said, and takes no money from the government.")]
    [InlineData("Sent from Moscow on Friday, the letter reached the ministry only on Tuesday.")]
    [InlineData("You are the first foreign minister to visit since the war, the president told him.")]
    [InlineData("Yesterday the minister resigned, two days after the vote.")]
    [InlineData("Twitter: the platform the president used to announce the sanctions was blocked for two hours.")]
    [InlineData("Get ready for alerts of a new offensive, the general told the troops.")]
    [InlineData("More news is expected from the summit on Friday.")]
    public void Sentences_near_those_calls_and_notices_are_text(string line) => Assert.False(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("By Pacific affairs reporter Tasi Mahe and political reporter Claire Dunmore", "Tasi Mahe and Claire Dunmore")]
    [InlineData("Leila Farrokh in Dubai and Owen Kessler in Washington", "Leila Farrokh")]
    [InlineData("Helen Marsh in Rio de Janeiro", "Helen Marsh")]
    public void A_byline_that_gives_beats_or_places_is_a_byline(string line, string author)
    {
        Assert.True(BylineRules.IsByline(line, nearTop: true, out var found, out _));
        Assert.Equal(author, found);
    }

    [Theory]
    [InlineData("By Pacific standards, the deal is large.")]
    [InlineData("Protests in Tehran")]
    [InlineData("Talks between Ankara and Moscow resumed in Sochi and Tehran")]
    public void A_line_of_text_is_no_byline(string line) => Assert.False(BylineRules.IsByline(line, nearTop: true, out _, out _));

    [Theory]
    [InlineData("Southern Cross Broadcasting © 2022  |  Editorial Policies  |  Terms of Use  |  Privacy")]
    [InlineData("© 2015 The Lantern Media Ltd")]
    public void A_copyright_notice_is_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("The Long Table Ltd · 14 Wharf Lane, Bristol BS1 4RN, United Kingdom")]
    [InlineData("Harbour Policy Media GmbH, Rue des Tanneurs 14, Brussels")]
    public void A_company_imprint_with_its_address_is_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("Use of materials from this site requires a link to summit2006.example")]
    [InlineData("When quoting materials, a hyperlink to the agency's site is required.")]
    [InlineData("Annex: Humanitarian assistance and reconstruction (PDF, 38 KB)")]
    [InlineData("Full text of the communiqué [DOC 1.2 MB]")]
    [InlineData("» 15.07.2006 Leaders hold talks at the palace in Strelna")]
    public void Reuse_terms_file_links_and_dated_headline_links_are_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("The use of these materials in the reactor would require a link to the grid that does not yet exist.")]
    [InlineData("The report (PDF, 2 MB) was published on the ministry's site on Tuesday and runs to forty pages.")]
    [InlineData("• 15.07.2006: the leaders meet at the palace in Strelna.")]
    public void Sentences_that_mention_materials_files_or_dates_are_text(string line) => Assert.False(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("E-mail this story to a friend        Printable version")]
    [InlineData("▶ Listen to this article    🎁 Gift this article")]
    [InlineData("▶ Listen to this article")]
    [InlineData("[ Back to top ]   [ Asia index ]   [ Next story > ]")]
    [InlineData("^^ Back to top")]
    [InlineData("Link copied")]
    [InlineData("Readers' letters (23)  |  Write to the editor")]
    [InlineData("12 reader comments | Add your comment")]
    [InlineData("Dejá tu comentario")]
    [InlineData("TALKING POINT: Was he good for Russia? Click here to have your say")]
    [InlineData("Links to more Europe stories are at the foot of the page.")]
    public void Tool_bars_comment_calls_and_link_notes_are_page_furniture(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("More from Steppe & Silk")]
    [InlineData("Related: Trending now")]
    [InlineData("Más de Andean Post:")]
    [InlineData("Internet links:")]
    public void Headers_of_link_lists_start_a_list(string line)
    {
        Assert.True(PromoRules.IsPromo(line, out var startsList));
        Assert.True(startsList);
    }

    [Theory]
    [InlineData("Human Development Index")]
    [InlineData("Más de 100 muertos en los enfrentamientos")]
    [InlineData("Today the index of consumer prices rose again.")]
    public void Headings_and_sentences_like_tools_or_headers_are_text(string line) => Assert.False(PromoRules.IsPromo(line, out _));

    [Fact]
    public void A_link_back_to_the_section_under_the_story_goes_and_a_heading_like_it_stays()
    {
        var article = CleanedView.Clean("release.txt", """
            Foreign ministers agree to resume shuttle visits

            The two foreign ministers agreed on Monday to resume regular visits to each other's capitals, and said their deputies would meet within a month to prepare a summit.

            Return to Power

            The agreement follows the return to power of a government that had promised to mend ties with its neighbour, and officials on both sides called the talks frank and useful.

            Back to Japan-Republic of Korea Relations
            """);

        Assert.Contains("Return to Power", article!.Body);
        Assert.DoesNotContain("Back to Japan", article.Body);
    }

    [Theory]
    [InlineData("GETTY IMAGES/AFP – Smoke billows above buildings in central Khartoum on Sunday afternoon")]
    [InlineData("Army trucks move towards Ladakh along the highway on Wednesday. PTI PHOTO")]
    [InlineData("Leaders outside the palace on Thursday. Photo by Radu Ene for Eastern Flank Notes")]
    public void A_caption_with_its_credit_before_or_after_it_carries_a_credit(string line) => Assert.True(CaptionRules.HasCredit(line));

    [Theory]
    [InlineData("NATO AND THE EU – a partnership that took decades to build, officials said on Monday.")]
    [InlineData("The deal was signed by the ministers. Photo opportunities followed.")]
    public void Sentences_in_capitals_or_about_photos_carry_no_credit(string line) => Assert.False(CaptionRules.HasCredit(line));

    [Fact]
    public void A_video_promo_line_is_page_furniture() => Assert.True(PromoRules.IsPromo("Watch Video | What happened in Galwan Valley: explained in 3 minutes", out _));

    [Fact]
    public void A_pull_quote_marked_as_a_mail_quote_in_a_text_file_goes_when_the_text_says_it_again()
    {
        var article = CleanedView.Clean("analysis.txt", """
            Five more years for New START

            The extension settles nothing about what comes after the treaty, but it keeps inspections going while the two sides talk.

            > "Extension buys time. It does not buy a successor."

            Extension buys time. It does not buy a successor. Negotiators now have five years to agree on something that covers more kinds of weapons.
            """);

        Assert.DoesNotContain("> ", article!.Body);
        Assert.Contains("Extension buys time. It does not buy a successor. Negotiators", article.Body);
    }

    [Theory]
    [InlineData("By Oksana Hrytsenko, Kyiv", null)]
    [InlineData("By Oksana Hrytsenko, Northwind Press", "Northwind Press")]
    public void A_bylines_place_is_not_the_articles_source(string byline, string? source)
    {
        var article = CleanedView.Clean("report.txt", $"""
            Kyiv and Warsaw agree to open a second rail crossing

            {byline}

            Officials in Kyiv said on Tuesday that the new crossing would carry grain west and fuel east, and that work on the track would begin within a month.

            The Polish side said the customs posts would be staffed around the clock once the line opened to freight.
            """);

        Assert.Equal("Oksana Hrytsenko", article!.Byline);
        Assert.Equal(source, article.Source);
    }

    [Fact]
    public void A_blog_posts_topic_tags_under_it_go_and_a_section_in_it_stays()
    {
        var article = CleanedView.Clean("post.txt", """
            What Congress wants from the new China policy

            Members of both parties want the administration to spell out what it expects from Beijing on export controls, and they say they will hold hearings until it does so in writing.

            Next steps

            The committee meets again on Tuesday, and staff expect a first draft of the bill within a month of that meeting.

            Thanks for reading. If this was useful, follow for weekly notes on US-China relations.

            China
            Foreign Policy
            US Politics
            National Security
            """);

        Assert.DoesNotContain("US Politics", article!.Body);
        Assert.DoesNotContain("Foreign Policy", article.Body);
        Assert.Contains("Next steps", article.Body);
    }

    [Fact]
    public void A_date_stamp_is_no_link_in_a_list_of_links()
    {
        Assert.True(PromoRules.IsLinkLine("Russia and Ukraine sign a gas deal"));
        Assert.False(PromoRules.IsLinkLine("Sunday, January 1, 2006 Posted: 1847 GMT (0247 HKT)"));
    }

    [Fact]
    public void A_caption_with_a_representative_image_credit_carries_a_credit() =>
        Assert.True(CaptionRules.HasCredit("Soldiers patrol near the Line of Control in Poonch district. (Representative image: NNT Photo/Sajad Mir)"));

    [Fact]
    public void A_sites_acknowledgement_of_country_is_page_furniture()
    {
        Assert.True(PromoRules.IsPromo("Southern Cross Broadcasting acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.", out _));
        Assert.False(PromoRules.IsPromo("The prime minister acknowledged the Traditional Custodians of the land at the start of her speech, and said the referendum would go ahead.", out _));
    }

    [Theory]
    [InlineData("Ministers met at 10 Downing Street on Monday")]
    [InlineData("The Harbour Forum Ltd was founded in 2019 and hosts its meetings in Bristol.")]
    public void A_sentence_naming_an_address_or_a_company_is_text(string line) => Assert.False(PromoRules.IsPromo(line, out _));

    [Fact]
    public void A_sponsored_insert_between_rules_goes_whole()
    {
        var article = CleanedView.Clean("insert.txt", """
            Kazan: Putin's big room, and who walked into it

            For three days this week, Vladimir Putin was the host of the largest gathering of foreign leaders on Russian soil in years, and the Kremlin's message was simple.

            ────────────────────────
            SPONSORED · The Harbour Forum 2025
            Join Malcolm Turnbull and 60 speakers on the future of the Indo-Pacific. Early-bird tickets close 1 November.
            ────────────────────────

            The Kazan Declaration, adopted on Wednesday, runs to more than 130 paragraphs and criticises unilateral sanctions.
            """);

        Assert.DoesNotContain("Turnbull", article!.Body);
        Assert.Contains("The Kazan Declaration", article.Body);
    }

    [Fact]
    public void An_html_comment_in_markdown_is_never_text()
    {
        var article = CleanedView.Clean("draft.md", """
            ---
            title: West African leaders give Niger's junta a week
            ---

            West African leaders gave the soldiers who seized power in Niger a week to free the president and restore him to office.

            <!-- TODO: check the date,
                 add leaders and topics -->

            The ultimatum came at an emergency summit in Abuja on Sunday.
            """);

        Assert.DoesNotContain("TODO", article!.Body);
        Assert.DoesNotContain("<!--", article.Body);
        Assert.Contains("emergency summit in Abuja", article.Body);
    }

    [Fact]
    public void A_reader_poll_and_an_embedded_post_are_not_the_article()
    {
        var article = CleanedView.Clean("strikes.html", """
            <html><head><title>Israel strikes Iran's nuclear sites</title></head><body><article>
            <h1>Israel strikes Iran's nuclear sites</h1>
            <p>Israel struck the enrichment plant at Natanz overnight, and Iran's foreign minister called the attack a declaration of war.</p>
            <blockquote class="embedded-post"><p>Natanz was always going to be first. The question is Fordow.</p>
            <footer>&mdash; Dr Leila Farahani (@lfarahani_sec) &middot; Follow &middot; 6:12 AM</footer></blockquote>
            <div class="poll"><p class="poll-q">Do you think the United States should join military action against Iran?</p>
            <button>Yes</button> / <button>No</button> <span class="poll-count">&mdash; 1,245 votes</span></div>
            <p>The agency's director general said radiation levels outside the site had not changed.</p>
            </article></body></html>
            """);

        Assert.DoesNotContain("always going to be first", article!.Body);
        Assert.DoesNotContain("Do you think", article.Body);
        Assert.DoesNotContain("votes", article.Body);
        Assert.Contains("radiation levels outside the site", article.Body);
    }

    [Fact]
    public void An_end_of_document_mark_closes_a_transcript_and_the_site_links_after_it_go()
    {
        var article = CleanedView.Clean("briefing.txt", """
            Daily briefing on the Balkans

            MR. HALE: Good afternoon. The Secretary spoke this morning with the foreign ministers of the contact group about the talks that resume on Monday.

            QUESTION: Will the talks be held in the same place as last time, and who will chair the first session of the new round?

            MR. HALE: They will, and the co-chairmen will take turns as before. We expect the first session to be short and the real work to start on Tuesday.

            [end of document]

            Back to Daily Press Briefings | Office of the Spokesman | Home Page

            Other briefings this week:
            May 7 -- Refugees in the region
            """);

        Assert.Contains("co-chairmen will take turns", article!.Body);
        Assert.DoesNotContain("Other briefings", article.Body);
        Assert.DoesNotContain("Refugees in the region", article.Body);
    }

    [Fact]
    public void A_related_links_header_over_two_boxes_opens_both_lists()
    {
        var article = CleanedView.Clean("bericht.txt", """
            Putin's speech in Munich

            The Russian president used his first appearance at the conference to settle accounts with the United States, and the audience in the hotel ballroom listened in silence.

            Mehr zum Thema
            · Merkel wirbt für neue Partnerschaft mit Moskau
            · Kommentar: Die Rückkehr des Kalten Krieges?

            He also attacked the American plans to station parts of a missile defence system in Poland and the Czech Republic, and accused the alliance of bad faith.

            Mehr zum Thema
            · Raketenabwehr: Warschau und Prag prüfen US-Angebot

            The defence secretary replied the next day that one cold war had been quite enough, and the conference moved on to Afghanistan.
            """);

        Assert.DoesNotContain("Merkel wirbt", article!.Body);
        Assert.DoesNotContain("Raketenabwehr", article.Body);
        Assert.Contains("one cold war had been quite enough", article.Body);
    }

    [Fact]
    public void An_estimated_reading_time_is_a_reading_time() => Assert.True(LayoutRules.IsReadingTime("Estimated reading time: 6 minutes"));

    [Fact]
    public void The_kind_of_piece_above_the_headline_is_not_the_headline()
    {
        var article = CleanedView.Clean("commentary.txt", """
            Home / Publications / Commentary / Central Asia

            COMMENTARY · Central Asia and China Programme

            Six at Shanghai: what the new Shanghai Cooperation Organisation is for

            Last Friday in Shanghai, the presidents of China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan turned a loose annual gathering into a standing body with a charter to come and a new name.

            The question for everyone else is what this club is actually for, and the answer is not yet clear to anyone.
            """);

        Assert.Equal("Six at Shanghai: what the new Shanghai Cooperation Organisation is for", article!.Title);
        Assert.DoesNotContain("COMMENTARY", article.Body);
    }

    [Fact]
    public void A_label_that_opens_a_list_is_not_the_summary() =>
        Assert.Equal("China says it has signed a security pact.", Briefings.Annotate.Summary.Of("Key points:\n\n- One\n- Two\n\nChina says it has signed a security pact.\n"));

    [Fact]
    public void A_box_around_a_promotion_goes_whole_and_the_text_around_it_stays()
    {
        var article = CleanedView.Clean("boxed.txt", """
            Ministers agree on a new route for the Baltic power cable

            Energy ministers of the three Baltic states agreed on the route of a new power cable to Sweden, ending two years of argument over where it should come ashore.

            ┌──────────────────────────────────────────┐
              THE MORNING LETTER
              One story explained, every weekday at 7am.
              Sign up free ›   No spam. Unsubscribe any time.
            └──────────────────────────────────────────┘

            Lithuania had pressed for the cable to land on its coast, while Latvia argued for a northern route.

            That's it for this week. Hit reply and tell us what we missed; we read everything.
            """);

        Assert.DoesNotContain("MORNING LETTER", article!.Body);
        Assert.DoesNotContain("every weekday", article.Body);
        Assert.DoesNotContain("Hit reply", article.Body);
        Assert.Contains("ending two years of argument", article.Body);
        Assert.Contains("argued for a northern route", article.Body);
    }

    [Fact]
    public void A_box_around_text_stays()
    {
        var article = CleanedView.Clean("fact-box.txt", """
            Ministers agree on a new route for the Baltic power cable

            Energy ministers of the three Baltic states agreed on the route of a new power cable to Sweden, ending two years of argument over where it should come ashore.

            ┌──────────────────────────────────────────┐
              The cable will run 450 kilometres under the sea and carry 700 megawatts.
            └──────────────────────────────────────────┘

            Lithuania had pressed for the cable to land on its coast, while Latvia argued for a northern route.
            """);

        Assert.Contains("450 kilometres under the sea", article!.Body);
    }

    [Fact]
    public void Orphaned_closing_tags_in_a_paragraph_go_and_their_breaks_stay()
    {
        var article = CleanedView.Clean("orphans.txt", """
            Ministers agree on a new route for the Baltic power cable

            Energy ministers of the three Baltic states agreed on the route of a new power cable to Sweden.</strong>It ends two years of argument over where it should come ashore /p> Lithuania had pressed for the cable to land on its coast, while Latvia argued for a northern route and Estonia / li > stayed neutral.
            """);

        Assert.DoesNotContain("/p>", article!.Body);
        Assert.DoesNotContain("li >", article.Body);
        Assert.DoesNotContain("strong", article.Body);
        // A closing inline tag between a sentence and the next stood for a space; a closing block tag for a break.
        Assert.Contains("to Sweden. It ends two years", article.Body);
        Assert.Contains("come ashore\n\nLithuania had pressed", article.Body);
        Assert.Contains("Estonia", article.Body);
    }

    [Fact]
    public void A_copyright_line_opening_with_c_in_brackets_is_a_notice_not_item_c()
    {
        var text = "Talks on the grain corridor resumed in Istanbul on Monday after a pause of three weeks, officials said.\n\n" +
            "Both delegations said a deal on inspections was close, though neither gave a date for signing it.\n\n" +
            "(c) 2022 The Harbour Post Company, 12 Quay Street, Leith\n";
        var body = CleanedView.Clean("grain.txt", text)!.Body;
        Assert.Contains("neither gave a date", body);
        Assert.DoesNotContain("Harbour Post Company", body);
    }

    [Fact]
    public void A_more_news_box_heads_the_list_of_links_under_it()
    {
        Assert.True(PromoRules.IsPromo("MORE WORLD NEWS ON HARBOURPOST.EXAMPLE", out var startsList));
        Assert.True(startsList);
    }

    [Fact]
    public void A_first_note_the_text_points_at_ends_the_article_without_a_notes_header()
    {
        var text = "Kabul fell within days\n\nThe army had been built over two decades at great cost,[1] and it dissolved within a week as provincial capitals surrendered one after another.\n\n" +
            "What comes next depends on whether the airport can be held long enough for the evacuation to finish, officials said.\n\n" +
            "Neighbouring states have closed their borders to new arrivals, and aid agencies say food prices in the capital have doubled since Sunday.\n\n" +
            "[1] Figure from a quarterly report to Congress, July 2021.\n\nSubscribe to The Border Letter\n";
        var body = CleanedView.Clean("kabul.txt", text)!.Body;
        Assert.Contains("at great cost, and it dissolved", body);
        Assert.DoesNotContain("[1]", body);
        Assert.DoesNotContain("quarterly report", body);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_pull_quote_goes_when_the_text_repeats_it_and_stays_when_it_is_the_only_copy(bool repeated)
    {
        var quote = "The question is no longer whether the grid holds, but for how long.";
        var html = "<html><body><h1>Winter strikes on the power grid</h1>" +
            "<p>Engineers restored power to most of the capital by the evening, working through the night at three substations.</p>" +
            $"<blockquote class=\"pullquote\"><p>{quote}</p></blockquote>" +
            "<p>" + (repeated ? $"One engineer put it plainly: \"{quote.ToLowerInvariant()}\"" : "Repairs to the eastern lines will take weeks, the operator said.") + "</p>" +
            "<p>The operator asked households to limit their use of heaters and washing machines at peak hours.</p></body></html>";
        var body = CleanedView.Clean("grid.html", html)!.Body;
        // Once either way: the sentence where the text has it, or the quotation itself.
        Assert.Single(body.Split('\n'), line => line.Contains("grid holds", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(!repeated, body.Contains("> " + quote, StringComparison.Ordinal));
    }

    [Fact]
    public void An_authors_bio_closing_the_article_goes_and_an_expert_introduced_in_the_text_stays()
    {
        var text = "Ports reopen on the Black Sea\n\n" +
            "Grain ships left the port of Odesa on Monday for the first time in five months, under a deal brokered by Turkey and the United Nations.\n\n" +
            "Mara Olsen is a senior fellow at the Harbour Institute. She said the first voyages would show whether insurers trusted the corridor.\n\n" +
            "Insurers had kept premiums high through the summer, and several owners said they would wait for the first convoys to arrive safely before sending their own ships.\n\n" +
            "The agreement runs for 120 days and can be renewed if both sides agree, officials in Istanbul said on Monday evening.\n\n" +
            "*Tomas Berg is a contributing writer at The Harbour Review. He covered the Black Sea ports for a decade.*\n\n" +
            "*This article appeared in the print edition.*\n";
        var body = CleanedView.Clean("ports.md", text)!.Body;
        Assert.Contains("Mara Olsen is a senior fellow", body);
        Assert.DoesNotContain("Tomas Berg", body);
    }

    [Theory]
    [InlineData("⬇️ Download the app for the full story and alerts: https://get.news.example/ios")]
    [InlineData("Get Harbour News on the App Store and Google Play")]
    [InlineData("👍 React   💬 Comment   ↗️ Share   🔖 Save")]
    [InlineData("Like 1.2K · Comment 88 · Share")]
    [InlineData("(Provisional translation)")]
    [InlineData("(Note) This is a provisional translation prepared for reference purposes. Only the original French text is authentic.")]
    public void A_news_apps_calls_and_action_bar_and_a_translations_notices_are_chrome(string line) =>
        Assert.True(ChromeLexicon.IsChrome(line, out _));

    [Fact]
    public void A_sentence_about_an_app_store_is_not_chrome() =>
        Assert.False(ChromeLexicon.IsChrome("Regulators said the company had removed the messaging service from its app store in China last week.", out _));
}
