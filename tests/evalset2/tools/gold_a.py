"""Gold for e21-e30 (merged into gold.json by make_gold.py). Each entry carries a comment on how its date window was
derived: terms of office (input/data) of people named with their posts, nothing else. Open-ended terms end at their
scheduled end (Trump 2029-01-20, Macron 2027-05-13)."""

G = {}

# US removes Turkey from the F-35 programme, AMP page, 17 Jul 2019; undated ("Updated 3 hrs ago").
# Window: Akar defence minister from 2018-07-10; Trump (and Pompeo) until 2021-01-20.
G["e21"] = dict(
    title="U.S. drops Turkey from F-35 program over Russian missile purchase",
    date="2019-07-17", explicit_date=False, window=["2018-07-10", "2021-01-20"],
    leaders_required=["recep-tayyip-erdogan", "donald-trump", "hulusi-akar", "mevlut-cavusoglu", "mike-pompeo",
                      "jens-stoltenberg"],
    leaders_acceptable=[],
    leaders_forbidden=["vladimir-putin",  # named only in the photo caption
                       "barack-obama",  # only "the Obama administration"
                       "boris-johnson", "jeremy-hunt",  # only in a related card
                       "lale-korkmaz"],
    topics_required=["nato"],
    topics_acceptable=["defence", "sanctions", "technology", "us-russia", "middle-east"],
    must_contain=["had made its continued involvement in the F-35 fighter jet program impossible",
                  "would be phased out of the supply chain by March 2020",
                  "blaming the Obama administration for refusing to sell it the American Patriot system",
                  "Turkish pilots training at an air base in Arizona",
                  "forces that cannot work together cannot defend together",
                  "The sanctions question", "A headache for NATO"],
    must_not_contain=["<amp-img", "<amp-ad", "amp-custom", "cdn.ampproject.org", "NewsArticle", "Open in app",
                      "Faster on the app", "By Selin Arikan and Tom Wexler", "Updated 3 hrs ago", "Share on WhatsApp",
                      "Photo: Pool/Sputnik via Crossroads", "at a news conference in Moscow in April", "Advertisement",
                      "Johnson and Hunt clash", "Lira slips", "View full site", "All rights reserved", "WASHINGTON —",
                      "<p>", "&rsquo;", "&#287;", "&#8220;", "&uuml;"],
    headings=["The sanctions question", "A headache for NATO"])

# Medvedev-Sarkozy six-point plan for Georgia, RSS item with pubDate "Tue, 12 Aug 2008 21:47:05 +0000" (stated;
# the channel's lastBuildDate is the next day). Window: Putin prime minister from 2008-05-08 (Medvedev president
# from 2008-05-07); Rice secretary of state until 2009-01-20.
G["e22"] = dict(
    title="Medvedev halts Georgia offensive as Sarkozy brokers six-point plan",
    date="2008-08-12", explicit_date=True, window=["2008-05-08", "2009-01-20"],
    leaders_required=["dmitry-medvedev", "nicolas-sarkozy", "mikheil-saakashvili", "vladimir-putin", "sergey-lavrov",
                      "condoleezza-rice", "bernard-kouchner", "alexander-stubb"],
    leaders_acceptable=[],
    leaders_forbidden=["george-w-bush",  # only "George W. Bush Street", the Tbilisi airport road
                       "pavel-orlov"],
    topics_required=["european-security"],
    topics_acceptable=["nato", "us-russia", "energy", "defence", "human-rights"],
    must_contain=["accepted a six-point plan brought to the Kremlin by President Nicolas Sarkozy of France",
                  "once a clause on the future status of Abkhazia and South Ossetia had been reworded",
                  "The United Nations refugee agency says about 100,000 people have fled their homes.",
                  "Russian forces to pull back to the lines held before the fighting began",
                  "the document was not a peace settlement but a provisional ceasefire",
                  "The six points", "Western reaction"],
    must_not_contain=["<rss", "<channel>", "lastBuildDate", "<pubDate>", "Tue, 12 Aug 2008 21:47:05 +0000",
                      "dc:creator", "Nino Beridze and Alan Whitcombe", "<![CDATA[", "accepted a French-brokered peace plan",
                      "wp-caption-text", "Demonstrators wave Georgian flags", "Photo: Giorgi Abashidze",
                      "Additional reporting by", "Related posts:", "Pipeline flows halted after fire",
                      "This feed is for personal, non-commercial use only", "wfw:commentRss", "slash:comments",
                      "[&#8230;]", "&#8217;", "&#8212;", "&#8220;"],
    headings=["The six points", "Western reaction"])

# Biden-Xi meeting in Bali, 14 Nov 2022, government readout scraped without its date line.
# Window: Blinken secretary of state and Yellen treasury secretary from 2021-01-26; Wang Yi as "State Councilor and
# Foreign Minister" until his foreign-minister term ends 2022-12-30. (Kurt Campbell is named as Indo-Pacific
# coordinator, an office the data does not hold, so his deputy-secretary term is not used.)
G["e23"] = dict(
    title="Readout of President Joseph R. Biden, Jr.\u2019s Meeting with President Xi Jinping of the People\u2019s Republic of China",
    date="2022-11-14", explicit_date=False, window=["2021-01-26", "2022-12-30"],
    leaders_required=["joe-biden", "xi-jinping", "antony-blinken", "janet-yellen", "jake-sullivan", "wang-yi",
                      "joko-widodo"],
    leaders_acceptable=["kurt-campbell", "nicholas-burns"],
    leaders_forbidden=["anthony-albanese", "yoon-suk-yeol"],  # only in the next/previous links
    topics_required=["us-china"],
    topics_acceptable=["indo-pacific", "human-rights", "ukraine", "arms-control"],
    must_contain=["The meeting was their first face to face since President Biden took office",
                  "longstanding U.S. policy toward the island is unchanged",
                  "pandemic preparedness, and the supply of food",
                  "a nuclear conflict could produce no winner and must never be fought",
                  "Secretary of State Antony Blinken will travel to China to follow up on the meeting",
                  "State Councilor and Foreign Minister Wang Yi was among the members of the Chinese delegation"],
    must_not_contain=["Skip to content", "An official website of the United States government",
                      "Here\u2019s how you know", "Look for .gov", "A padlock means a secure connection",
                      "Home \u203a Briefing Room", "Briefing Room", "Statements and Releases", "Share on Facebook",
                      "Copy Link", "Prime Minister Anthony Albanese", "President Yoon Suk Yeol", "Stay Connected",
                      "Email Address*", "1600 Pennsylvania Ave NW", "Privacy Policy", "USA.gov",
                      "To search this site"],
    headings=[])

# Putin-Bush press conference at Brdo, 16 June 2001 (stated: "16 June 2001, 18:05").
# Window: Bush president, Powell secretary of state and Rice national security adviser from 2001-01-20;
# Drnovsek prime minister until 2002-12-19.
G["e24"] = dict(
    title="Press Conference Following Talks with US President George W. Bush",
    date="2001-06-16", explicit_date=True, window=["2001-01-20", "2002-12-19"],
    leaders_required=["vladimir-putin", "george-w-bush", "milan-kucan", "janez-drnovsek", "igor-ivanov",
                      "colin-powell", "condoleezza-rice"],
    leaders_acceptable=[],
    leaders_forbidden=["sergei-ivanov"],  # only Igor Ivanov is named; "our defence ministers" names nobody
    topics_required=["us-russia", "arms-control"],
    topics_acceptable=["nato", "european-security", "human-rights", "defence"],
    must_contain=["for making this castle available to us at short notice",
                  "the 1972 Anti-Ballistic Missile Treaty is one of the foundations of the whole system of international security",
                  "I came here wanting to find out whether this is a man I can deal with",
                  "we should stop looking at each other through the sights of the Cold War",
                  "the alliance keeps moving towards our borders",
                  "extremists must not be allowed to change borders in the Balkans by force"],
    must_not_contain=["PRESIDENT OF RUSSIA", "Official Web Portal", "\u0420\u0443\u0441\u0441\u043a\u0430\u044f \u0432\u0435\u0440\u0441\u0438\u044f",
                      "Search the site", "Home \u203a Events \u203a Transcripts", "Print version", "Text version",
                      "Send link", "16 June 2001, 18:05", "Topics: Foreign policy", "Geography: Slovenia, USA",
                      "Persons: Bush George W.", "Publication date:", "Permanent link:",
                      "may be reproduced provided a link to the source is given"],
    headings=[])

# India's second round of tests and US sanctions; OCR'd newspaper page of Thursday 14 May 1998 (stated in the
# running header). Window: Vajpayee prime minister from 1998-03-19; Clinton and Albright until 2001-01-20.
G["e25"] = dict(
    title="India Sets Off Two More Nuclear Blasts; U.S. Imposes Sanctions",
    date="1998-05-14", explicit_date=True, window=["1998-03-19", "2001-01-20"],
    leaders_required=["atal-bihari-vajpayee", "bill-clinton", "madeleine-albright", "kofi-annan", "george-tenet"],
    leaders_acceptable=[],
    leaders_forbidden=["kim-dae-jung",  # only in the neighbouring story's fragment
                       "anil-varghese"],
    topics_required=["arms-control", "sanctions"],
    topics_acceptable=["defence", "indo-pacific"],
    must_contain=["The two low-yield devices were exploded at the Pokhran test range",
                  "A 1994 statute requires the president to cut off most assistance",
                  "Japan, India's biggest aid donor",
                  "a clear reference to China and Pakistan",
                  "urged India to sign the Comprehensive Test Ban Treaty",
                  "Attention now turns to Pakistan",
                  "Pakistan Weighs Response"],
    must_not_contain=["THE LAKESHORE LEDGER-TRIBUNE", "THURSDAY, MAY 14, 1998", "INSIDE: Business C1", "Weather B8",
                      "By MARGARET O'HALLORAN", "Ledger-Tribune Staff Writer", "Continued on Page A9",
                      "Continued from Page A1", "INDIA: U.S. imposes sanctions", "Vol. 112, No. 134", "\f",
                      "Seoul Eases Curbs", "By DAVID KWON", "Special to the Ledger-Tribune", "Kim Dae-jung"],
    headings=["Pakistan Weighs Response"])

# UN Resolution 1718 on North Korea, news alert of Sun 15 Oct 2006 forwarded on 16 Oct (both dates are e-mail
# headers, not the article's). Window: Abe prime minister from 2006-09-26; Ban Ki-moon foreign minister until
# 2006-11-09.
G["e26"] = dict(
    title="UN votes sanctions on North Korea after nuclear test",
    date="2006-10-15", explicit_date=False, window=["2006-09-26", "2006-11-09"],
    leaders_required=["kim-jong-il", "george-w-bush", "condoleezza-rice", "john-bolton", "shinzo-abe", "roh-moo-hyun",
                      "ban-ki-moon", "kofi-annan", "hu-jintao", "tang-jiaxuan"],
    leaders_acceptable=[],
    leaders_forbidden=["susan-rice",  # the forwarder's signature is "Tom Rice"
                       "han-seo-yeon"],
    topics_required=["indo-pacific", "sanctions", "arms-control"],
    topics_acceptable=["defence"],
    must_contain=["The Security Council voted unanimously on Saturday to impose sanctions on North Korea",
                  "a limit that China insisted on, with Russian support, during a week of bargaining",
                  "It prohibits the export of luxury goods to the North.",
                  "who was formally appointed by the General Assembly on Friday to succeed Kofi Annan",
                  "Seismic readings suggested an explosion of less than one kiloton",
                  "What the resolution does", "Pressure on Seoul and Beijing"],
    must_not_contain=["\r", "From: Tom Rice", "Tom Rice", "Subject: Fwd:", "asia-desk@harrowgate-advisory.example",
                      "Worth reading before the 10:00 call", "---------- Forwarded message ---------",
                      "alerts@northstarherald.example", "Having trouble reading this email?",
                      "NORTHSTAR HERALD | WORLD BRIEFING ALERT", "By Grace Lindqvist", "UNITED NATIONS --",
                      "Manage your alerts", "Unsubscribe", "Director, Asia Risk", "CONFIDENTIALITY NOTICE",
                      "+1 212 555 0143"],
    headings=["What the resolution does", "Pressure on Seoul and Beijing"])

# Kosovo after the Kumanovo agreement and Resolution 1244; undated internal memo, written about 14 June 1999
# (Windows-1252). Window: Schroeder chancellor and Fischer foreign minister from 1998-10-27; Solana NATO secretary
# general until 1999-10-06. (Thaci is named as KLA leader, an office the data does not hold.)
G["e27"] = dict(
    title="Kosovo after the bombing: what the settlement means for the region",
    date="1999-06-14", explicit_date=False, window=["1998-10-27", "1999-10-06"],
    leaders_required=["slobodan-milosevic", "martti-ahtisaari", "javier-solana", "igor-ivanov", "bill-clinton",
                      "tony-blair", "gerhard-schroder", "jacques-chirac", "kofi-annan", "madeleine-albright",
                      "robin-cook", "hubert-vedrine", "joschka-fischer"],
    leaders_acceptable=["hashim-thaci", "viktor-chernomyrdin"],
    leaders_forbidden=["sergei-ivanov",  # "Ivanov" here is always Igor Ivanov
                       "elspeth-marwick"],
    topics_required=["nato"],
    topics_acceptable=["european-security", "defence", "human-rights", "us-russia"],
    must_contain=["has been suspended after 78 days",
                  "the Kosovo Liberation Army is to be demilitarised",
                  "The ambiguity on status is deliberate.",
                  "The Kosovo Force (KFOR) will number about 50,000 troops when fully deployed",
                  "Foreign Minister Igor Ivanov first called the move a mistake",
                  "Reprisals against Kosovo Serbs and Roma as refugees return",
                  "KFOR and the dash to Pristina"],
    must_not_contain=["\ufffd", "CONFIDENTIAL \u2013 for internal distribution only", "Halvard & Keane Strategic Advisory",
                      "BRIEFING MEMORANDUM", "Investment Committee; South-East Europe desk", "Classification: CONFIDENTIAL",
                      "Distribution:", "Draft 3", "Contents", "......", "Page 1 of 4", "Page 2 of 4", "Page 4 of 4",
                      "It does not constitute investment advice"],
    headings=["Summary", "The settlement", "KFOR and the dash to Pristina", "Outlook and risks"])

# Abe-Putin summit in Nagato and Tokyo; Japanese outlet's English edition with BOM, "2016/12/16 21:05 JST" (stated;
# the print-edition line gives 17 Dec). Window: Kishida foreign minister 2012-12-26 .. 2017-08-03 (Abe's second
# term also from 2012-12-26). Suga is named as chief cabinet secretary, an office the data does not hold.
G["e28"] = dict(
    title="Abe, Putin agree to talks on joint economic activities on disputed islands",
    date="2016-12-16", explicit_date=True, window=["2012-12-26", "2017-08-03"],
    leaders_required=["shinzo-abe", "vladimir-putin", "fumio-kishida", "sergey-lavrov", "yoshihide-suga"],
    leaders_acceptable=["shintaro-abe"],
    leaders_forbidden=["donald-trump"],  # only in a related link ("Trump Tower")
    topics_required=["indo-pacific"],
    topics_acceptable=["sanctions", "energy"],
    must_contain=["agreed on Friday to begin consultations on joint economic activities on four Russian-held islands off Hokkaido",
                  "Japan calls them the Northern Territories; Russia calls them the Southern Kurils.",
                  "does not prejudice either country's legal position on sovereignty",
                  "worth a total of around 300 billion yen",
                  "under which Moscow promised to hand over Shikotan and the Habomai islets after a peace treaty is concluded",
                  "Japan has bought itself a process, not a result.",
                  "Special framework", "No breakthrough on sovereignty"],
    must_not_contain=["\ufeff", "THE TOKYO EVENING HERALD", "English Edition", "\uff34\uff2f\uff30", "2016/12/16 21:05 JST",
                      "Updated 2016/12/16 23:40 JST", "This article appeared in the print edition",
                      "Jiji Press / Tokyo Evening Herald", "Pool photo", "[Photo]", "Related Articles", "Trump Tower",
                      "coastal missile systems", "Sponsored", "special rail pass", "All rights reserved"],
    headings=["Special framework", "No breakthrough on sovereignty"])

# Macron receives Putin at Versailles; French outlet's English edition, "Published on 29/05/2017 at 21:12" (stated;
# updated the next day). Window: Le Drian foreign minister from 2017-05-17 (Macron from 2017-05-14); Poroshenko
# president until 2019-05-20.
G["e29"] = dict(
    title="At Versailles, Macron gives Putin a history lesson and a warning",
    date="2017-05-29", explicit_date=True, window=["2017-05-17", "2019-05-20"],
    leaders_required=["emmanuel-macron", "vladimir-putin", "bashar-al-assad", "angela-merkel", "petro-poroshenko",
                      "jean-yves-le-drian"],
    leaders_acceptable=["marine-le-pen"],
    leaders_forbidden=["charles-de-gaulle",  # the aircraft carrier, in a "Lire aussi" link
                       "helene-verdier"],
    topics_required=["ukraine"],
    topics_acceptable=["middle-east", "human-rights", "european-security", "sanctions", "us-russia"],
    must_contain=["an exhibition marks 300 years since Peter the Great's visit to France in 1717",
                  "the new French president made clear that history would not buy silence",
                  "any use of chemical weapons, by anyone, would bring an immediate response from France",
                  "European sanctions on Russia would remain in place as long as the Minsk commitments were not respected",
                  "a civil-society forum, called the Trianon Dialogue",
                  "A red line on chemical weapons", "Organs of influence"],
    must_not_contain=["\u00a0", "\u202f", "S'abonner", "Se connecter", "Article r\u00e9serv\u00e9 aux abonn\u00e9s",
                      "Reading time 5 min", "Published on 29/05/2017", "Updated on 30/05/2017", "Partager",
                      "Copier le lien", "JULIEN MARCHAND / AFP", "Poutine", "Vous souhaitez lire la suite",
                      "Already a subscriber?", "Subscribers only", "Lire aussi", "Charles-de-Gaulle",
                      "Sur le m\u00eame sujet", "Tous droits r\u00e9serv\u00e9s"],
    headings=["A red line on chemical weapons", "Organs of influence"])

# Trump-Putin summit in Anchorage, syndicated on an aggregator with a relative timestamp ("2h"); written
# 16 Aug 2025. Window: Merz chancellor from 2025-05-06; Macron's term ends 2027-05-13.
G["e30"] = dict(
    title="Trump and Putin leave Alaska summit without a Ukraine deal",
    date="2025-08-16", explicit_date=False, window=["2025-05-06", "2027-05-13"],
    leaders_required=["donald-trump", "vladimir-putin", "marco-rubio", "steve-witkoff", "sergey-lavrov",
                      "volodymyr-zelensky", "friedrich-merz", "emmanuel-macron", "keir-starmer"],
    leaders_acceptable=["yuri-ushakov"],
    leaders_forbidden=["narendra-modi", "xi-jinping",  # only in a "For you" card
                       "marta-lindgren"],
    topics_required=["us-russia", "ukraine"],
    topics_acceptable=["sanctions", "european-security", "energy"],
    must_contain=["ended nearly three hours of talks at a military base in Alaska without an agreement",
                  "It was Putin's first visit to the United States in a decade.",
                  "The talks were held in a three-on-three format.",
                  "the best way to end the war was to go straight to a full peace agreement",
                  "it was for Ukraine alone to decide on its territory",
                  "Kyiv and Europe", "What Moscow wants"],
    must_not_contain=["Top stories \u00b7 For you", "Search Flipline", "Download the Flipline app",
                      "[The Northern Ledger logo]", "The Northern Ledger \u00b7 2h", "This story originally appeared in",
                      "Originally published by", "republished on Flipline", "By Rachel Odum and Viktor Sandberg",
                      "ANCHORAGE, Alaska \u2014", "Read the original", "1.2K", "348 comments", "More from The Northern Ledger",
                      "Modi and Xi", "Sponsored", "Flipline \u00b7 About"],
    headings=["Kyiv and Europe", "What Moscow wants"])

# Added after the first scoring: officeholders the text introduces by their post are acceptable (the gold semantics
# of tests/evalset; the annotator finds such people whether or not the knowledge base holds them).
G["e25"]["leaders_acceptable"] += ["george-fernandes", "ryutaro-hashimoto"]
