"""Gold for e171-e180 (merged into gold.json by merge_gold.py). Specialist outlets' news pages whose subject is one of
the harder topic ids told in its own words, plus two ordinary stories (e178, e180) that only brush a topic. Each entry
carries a comment on how its date window was derived: terms of office recorded in input/data for people named with
their posts, nothing else. A person named with a former post only says the article is later than that term's end.
Open-ended terms end at their scheduled end. People the knowledge base does not hold appear, if at all, as slugs in
leaders_acceptable (named in the body) or leaders_forbidden (named only in chrome); so do people it holds who are named
only with a past office or with one it does not record."""

G = {}

# Defence trade weekly, CRLF. Japan's cabinet approves BMD (Aegis/SM-3 + PAC-3), Fri 19 Dec 2003, stated as
# "Posted: 19-Dec-2003". Window: Ishiba Director General of the Defense Agency 2002-09-30..2004-09-27 (Koizumi PM,
# Kawaguchi foreign minister from 2002-02-01, Rumsfeld defense secretary earlier and later); Kawaguchi also ends
# 2004-09-27. Fukuda is named as Chief Cabinet Secretary, an office the knowledge base does not record. "The Bush
# administration" without Bush; Roh Moo-hyun only in the related-coverage block.
G["e171"] = dict(
    title="Japan commits to US-built missile shield, sea-based interceptors first",
    date="2003-12-19", explicit_date=True, window=["2002-09-30", "2004-09-27"],
    leaders_required=["junichiro-koizumi", "shigeru-ishiba", "donald-rumsfeld", "yoriko-kawaguchi"],
    leaders_acceptable=["yasuo-fukuda"],
    leaders_forbidden=["george-w-bush",  # only "the Bush administration"
                       "roh-moo-hyun",  # only in "Related coverage"
                       "kenji-marlowe"],
    topics_required=["defence", "indo-pacific"],
    topics_acceptable=["arms-control", "us-china"],
    must_contain=["Japan's cabinet on Friday approved the purchase of a ballistic missile defence system built on US technology",
                  "Shigeru Ishiba, Director General of the Defense Agency, told reporters afterwards",
                  "4 Kongo-class destroyers",
                  "Finance Ministry officials have made clear the money will not come on top of a flat defence budget",
                  "it will be used only to defend Japan and not to defend any third country",
                  "It is separate from the joint research with the United States on a more capable sea-based interceptor",
                  "North Korea fired a Taepodong missile over northern Japan into the Pacific in August 1998",
                  "The Bush administration, which has made missile defence a priority since withdrawing from the 1972 Anti-Ballistic Missile Treaty last year",
                  "An earlier version of this article gave the number of Kongo-class destroyers as three.",
                  "Officials hope the first PAC-3 units will enter service by March 2007",
                  "THE CONSTITUTIONAL QUESTION"],
    must_not_contain=["\r", "ARMOUR & AEROSPACE WEEKLY", "The trade weekly for defence procurement professionals",
                      "Free articles remaining this month", "News » Asia-Pacific » Japan", "Filed by Kenji Marlowe",
                      "Posted: 19-Dec-2003", "Issue 2003/51", "[Save to My Briefcase]", "PHOTO: JMSDF / A&AW ARCHIVE",
                      "leaving Yokosuka", "--- advertisement ---", "-- Shigeru Ishiba, Defense Agency",
                      "Related coverage:", "Roh Moo-hyun orders a review", "Interview: the admiral who runs Aegis",
                      "Tags: Japan, BMD", "14 reader comments", "Missile Defence Asia 2004",
                      "Click here to book your delegate place", "FREE DOWNLOAD",
                      "(c) 2003 Armour & Aerospace Weekly Ltd.", "Terms of use"],
    headings=["COST AND CUTS", "THE CONSTITUTIONAL QUESTION", "WHY NOW"])

# Energy markets service, 2002-style HTML page (upper-case tags, layout table, price box, a <P tag split over two
# lines, an unclosed attribute quote, unclosed <LI>, "&amp;quot;" double-escaped). BTC ground-breaking at Sangachal,
# Wed 18 Sep 2002, stated as "Baku, 18.09.2002 17:45 GMT". Window: Sezer president of Turkey from 2000-05-16 (Heydar
# Aliyev, Shevardnadze earlier); Ecevit prime minister until 2002-11-18 ("Turkey's government of Prime Minister
# Bülent Ecevit" names him with his post). Spencer Abraham is not in the knowledge base. Nazarbayev only in a sidebar
# caption about another story; "Aliyev" alone means Heydar, not his son Ilham.
G["e172"] = dict(
    title="Caspian leaders break ground on Baku-Tbilisi-Ceyhan oil line",
    date="2002-09-18", explicit_date=True, window=["2000-05-16", "2002-11-18"],
    leaders_required=["heydar-aliyev", "eduard-shevardnadze", "ahmet-necdet-sezer", "bulent-ecevit"],
    leaders_acceptable=["spencer-abraham"],
    leaders_forbidden=["nursultan-nazarbayev",  # only in the sidebar caption
                       "ilham-aliyev",  # "Aliyev" is Heydar Aliyev
                       "farid-lenkorani", "tessa-hurley"],
    topics_required=["energy"],
    topics_acceptable=["european-security", "middle-east"],
    must_contain=["Construction of the Baku-Tbilisi-Ceyhan crude pipeline formally began on Wednesday at the Sangachal terminal",
                  "The 1,760 km pipeline is designed to carry up to 1 million barrels a day",
                  "made real, a reference to the 1994 production-sharing agreement",
                  "no transit tariff, as the producing state",
                  "a per-barrel tariff and a fixed-price turnkey construction contract for the Turkish section",
                  "Environmental groups have already asked the lenders to examine the route through the Borjomi valley",
                  "give the Caspian states an outlet",
                  "Russia, which has long argued that its own network offered the cheaper route, sent only a low-level delegation.",
                  "which faces a general election in November",
                  "This story has been updated to correct the length of the pipeline",
                  "Traders said the start of construction had no effect on prices on Wednesday",
                  "Route and tariffs"],
    must_not_contain=["Meridian Energy Markets ::", "Subscriber login", "SETTLEMENTS 17 SEP", "Brent (Nov) $28.41",
                      "Live ticker", "Kazakh President Nursultan Nazarbayev at the Tengiz field", "Book a stand",
                      "Printer version", "E-mail to a colleague", "Set a BTC alert",
                      "by Farid Lenkorani and Tessa Hurley", "18.09.2002 17:45 GMT", "Image: MEM/Rashad Quliyev",
                      "Leaders at the Sangachal terminal ceremony", "&amp;quot;", "&#8216;", "&uuml;",
                      "Download (XLS, 340 KB)", "Brent edges up on Iraq worries", "Filed under:",
                      "More from Meridian:", "Blue Stream gas line to Turkey nears completion",
                      "start your 14-day free trial", "Redistribution of prices is prohibited", "<LI>"],
    headings=["Route and tariffs", "Money and Moscow"])

# Human-rights NGO newsroom, Windows-1252 + CRLF. Law Lords rule 3-2 that Pinochet has no immunity, Wed 25 Nov 1998
# ("on Wednesday", "83rd birthday"; no date printed). Window: Robin Cook foreign secretary from 1997-05-02; Eduardo
# Frei president of Chile until 2000-03-11. Jack Straw is named as Home Secretary, which the knowledge base does not
# record; Thatcher only as "former prime minister"; Pinochet, Insulza and Garzón are not in it. Hun Sen and Suharto
# only in "Related releases"; the Trust's staff are not leaders.
G["e173"] = dict(
    title="United Kingdom / Chile: Law Lords' ruling on Pinochet is a victory for the victims",
    date="1998-11-25", explicit_date=False, window=["1997-05-02", "2000-03-11"],
    leaders_required=["eduardo-frei-ruiz-tagle", "robin-cook"],
    leaders_acceptable=["jack-straw", "margaret-thatcher", "augusto-pinochet", "jose-miguel-insulza"],
    leaders_forbidden=["hun-sen", "suharto",  # only in "Related releases"
                       "helen-sarrat", "ruth-ellery"],
    topics_required=["human-rights"],
    topics_acceptable=[],
    must_contain=["is not entitled to immunity from arrest and extradition for crimes of torture and hostage-taking",
                  "By three votes to two, the five Law Lords held that the torture of political opponents",
                  "defines torture as an act committed by or with the acquiescence of a public official",
                  "The ruling came on General Pinochet's 83rd birthday.",
                  "must now decide whether to issue an authority to proceed with the Spanish request",
                  "which was drawn up by the investigating judge Baltasar Garzón",
                  "Foreign Minister José Miguel Insulza, who was himself forced into exile after 1973",
                  "Foreign Secretary Robin Cook said on Wednesday that the case was a matter for the courts",
                  "to give the victims' families and their lawyers an opportunity to make representations",
                  "General Pinochet was arrested at the London Clinic, not at a hospital in Wimbledon.",
                  "What the Law Lords decided"],
    must_not_contain=["\r", "THE LANTERN TRUST FOR HUMAN RIGHTS", "Newsroom  |  Campaigns", "Language: English",
                      "You are here: Home > Newsroom", "PRESS RELEASE", "Ref: LT/PR/98/117", "Embargo: none",
                      "[Image: Relatives of the disappeared", "Photo © Lantern Trust/M. Abarca",
                      "TAKE ACTION: Write to the Home Secretary today", "Our model letter is here.", "[Pull quote:",
                      "ENDS", "Press contacts: Ruth Ellery", "+44 (0)171 946 0831", "Related releases:",
                      "Hun Sen must not be allowed", "political prisoners still held after Suharto",
                      "Support our work", "Donate online", "© 1998 The Lantern Trust",
                      "Registered charity no. 1049772"],
    headings=["What the Law Lords decided", "What happens next"])

# Politics news site reprinting a parliamentary committee's press notice in full, then its own analysis; UTF-8 BOM +
# CRLF. ISC Russia report, Tue 21 July 2020, stated. Window: Boris Johnson prime minister and Dominic Raab foreign
# secretary from 2019-07-24; Raab until 2021-09-15 (Peskov throughout). Julian Lewis (committee chairman) and Stewart
# Hosie are not in the knowledge base. Theresa May only as "the May government".
G["e174"] = dict(
    title='Russia report: Intelligence and Security Committee says government "badly underestimated" the threat',
    date="2020-07-21", explicit_date=True, window=["2019-07-24", "2021-09-15"],
    leaders_required=["boris-johnson", "dominic-raab", "dmitry-peskov"],
    leaders_acceptable=["julian-lewis", "stewart-hosie"],
    leaders_forbidden=["theresa-may"],  # only "the May government"
    topics_required=["european-security"],
    topics_acceptable=["technology", "us-russia"],
    must_contain=["has today published its report on the threat Russia poses to the United Kingdom",
                  "The report was completed in March 2019 and sent to the Prime Minister in October 2019.",
                  "represent a threat that the government has badly underestimated",
                  "Russia is a highly capable cyber actor",
                  "with a registration scheme for foreign agents similar to those in the United States and Australia",
                  "when Julian Lewis was elected chairman against the government's preferred candidate",
                  "Much of what the committee examined dates from the years of the May government",
                  "It rejected the call for a retrospective assessment of the referendum",
                  "dismissed the report as Russophobia",
                  "Stewart Hosie, a committee member, said the point was that nobody had tried to find out.",
                  "An earlier version of this article said the report was sent to Downing Street in March 2019.",
                  "The long road to publication"],
    must_not_contain=["\ufeff", "\r", "WESTMINSTER LEDGER", "Lobbying register", "Trending now:",
                      "Committees › Intelligence and Security Committee", "FULL TEXT",
                      "By the Ledger's committees desk", "6 min read", "Save for later", "Comments (38)",
                      "Cookies on Westminster Ledger", "[Accept] [Settings]", "----- PRESS NOTICE BEGINS -----",
                      "PRESS NOTICE — FOR IMMEDIATE RELEASE", "Notes to editors", "020 7946 0552",
                      "----- PRESS NOTICE ENDS -----", "Don't miss: Inside the committee room",
                      "Sign up for Committee Watch", "Enter your email",
                      "Huawei to be stripped from 5G network by 2027", "Topics: Intelligence",
                      "© Westminster Ledger Ltd 2020"],
    headings=["The long road to publication", "The government's answer", "What the report does not say"])

# Technology-policy site, full HTML page (consent dialog, newsletter aside inside the body, white-paper and event
# promos, author box, related coverage; "&amp;amp;" in alt text). Baltic cables BCS and C-Lion1 cut on 17/18 Nov
# 2024, written Tue 19 Nov 2024; the page says only "Updated 2 days ago". Window: Valtonen Finnish foreign minister
# from 2023-06-20; Baerbock German foreign minister until 2025-05-06 (Pistorius from 2023-01-19). Stubb only in
# "Related coverage"; the Helmut Schmidt University is a building named after a chancellor.
G["e175"] = dict(
    title="Two Baltic Sea data cables cut within a day; Berlin suspects sabotage",
    date="2024-11-19", explicit_date=False, window=["2023-06-20", "2025-05-06"],
    leaders_required=["elina-valtonen", "annalena-baerbock", "boris-pistorius"],
    leaders_acceptable=[],
    leaders_forbidden=["alexander-stubb",  # only in "Related coverage"
                       "helmut-schmidt",  # the Helmut Schmidt University
                       "ines-varga", "jonas-ekdahl"],
    topics_required=["technology", "european-security"],
    topics_acceptable=["defence", "russia-china", "energy", "ukraine", "nato"],
    must_contain=["Two fibre-optic cables on the floor of the Baltic Sea stopped working within less than a day of each other",
                  "is the only direct data link between Finland and central Europe",
                  "Operators rerouted traffic over other cables and overland links within minutes",
                  "telling reporters in Brussels that no one believed the cables had been severed by accident",
                  "Attention quickly turned to the Yi Peng 3, a Chinese-flagged bulk carrier",
                  "Anchors dragged along the seabed have damaged cables and pipelines before",
                  "who studies maritime security at the Helmut Schmidt University in Hamburg",
                  "Cinia said it expected C-Lion1 to be repaired within two weeks once a ship reached the site.",
                  "The European Commission is preparing an action plan on cable security",
                  "This article was updated with the Danish navy",
                  "A pattern in the Baltic"],
    must_not_contain=["| Wirespan Policy", "96 vendors", "Reject non-essential", "Wirespan Pro", "SUBSEA CABLES",
                      "Ines Varga", "Updated 2 days ago", "5 min read", "Gift article", "Copy link",
                      "(Graphic: Wirespan / data from operators)", "Map of the C-Lion1 cable route", "The Backhaul",
                      "Every Thursday, free.", "you@example.org", "Resilience below the waterline",
                      "Download the PDF", "Topics: Subsea cables", "covers telecoms infrastructure",
                      "Related coverage", "Finland will answer hybrid attacks", "Subsea Resilience Summit",
                      "© 2024 Wirespan Media B.V.", "&amp;amp;", "&#8217;"],
    headings=["Nobody believes it was an accident", "A pattern in the Baltic"])

# Sanctions-compliance news service, UTF-8 with cp1252 mojibake in eight lines only (chrome, two body paragraphs with
# "€" and "Schröder", the ad line, a related link, the copyright). Allseas halts Nord Stream 2 pipelay after the NDAA
# (PEESA) is signed; stated "Monday, December 23rd 2019". Window: Zelensky president from 2019-05-20 (Merkel, Maas,
# Peskov earlier); Trump's first term ends 2021-01-20. Schröder only as "the former German chancellor"; Cruz and
# Shaheen are not in the knowledge base; Obama only as "the Obama administration".
G["e176"] = dict(
    title="Allseas halts Nord Stream 2 pipelay hours after Trump signs sanctions into law",
    date="2019-12-23", explicit_date=True, window=["2019-05-20", "2021-01-20"],
    leaders_required=["donald-trump", "angela-merkel", "heiko-maas", "dmitry-peskov", "volodymyr-zelensky"],
    leaders_acceptable=["gerhard-schroder", "ted-cruz", "jeanne-shaheen"],
    leaders_forbidden=["barack-obama",  # only "the Obama administration"
                       "marta-oyelaran"],
    topics_required=["energy", "sanctions"],
    topics_acceptable=["us-russia", "european-security", "ukraine"],
    must_contain=["has suspended work in Danish waters, hours after President Donald Trump signed a defence spending bill",
                  "had been working off the Danish island of Bornholm since the Danish Energy Agency granted a construction permit",
                  'targets "pipe-laying vessels" used at depths of 100 feet or more',
                  "their property and interests in property within US jurisdiction are blocked",
                  "leaving roughly 160 km to lay in Danish waters",
                  "Foreign Minister Heiko Maas said on Twitter that European energy policy was made in Europe",
                  "The Russian company's own pipelayer, the Akademik Cherskiy, is in the Far East",
                  "since the Obama administration first warned that it would deepen Europe's dependence on Russian gas",
                  "at least 65 billion cubic metres of transit next year",
                  "This article was updated on 23 December at 11:40 to correct the name of the Danish authority",
                  "Who is caught"],
    must_not_contain=["SANCTIONSDESK | Compliance news", "Log in", "Home > Sanctions news > Russia > Energy",
                      "By Marta Oyelaran, Senior Compliance Correspondent", "7-minute read", "SUBSCRIBER ALERT",
                      "âš‘", "SanctionsDesk Pro members", "MEMBERS ONLY", "Book your place", "Â»", "Advertisement",
                      "Continue reading below", "Related on SanctionsDesk:", "TurkStream's onshore leg",
                      "OFAC's 2019 enforcement year in five charts", "Tags: Russia · Nord Stream 2",
                      "ABOUT THE AUTHOR", "Download our free white paper", "SanctionsDesk Media Ltd",
                      "Nothing on this site constitutes legal advice", "â€”", "â‚¬", "Ã¶"],
    headings=["Who is caught", "How far it got", "Berlin and Moscow respond", "The Ukraine factor"])

# Think-tank "Expert Comment" exported as Markdown (link row, kicker, author line, share links, image with credit,
# key-takeaways box with "–" bullets, "## " headings, pull quote repeating a body sentence, newsletter promo inside
# the body, author box, related publications with a photo caption, white paper, event promo). Water cannon at Second
# Thomas Shoal on 5 Aug 2023, written after Marcos's remarks of 9 Aug; no date printed. Window: Wang Yi foreign
# minister again from 2023-07-25 ("back in the post since July"); Lloyd Austin defense secretary until 2025-01-20
# (Marcos Jr from 2022-06-30). Duterte only as "Marcos's predecessor"; Teodoro is not in the knowledge base. The
# Ronald Reagan Building (event venue) and Albanese (caption in related publications) are traps.
G["e177"] = dict(
    title="Water cannon at Ayungin: why a rusting ship has become Manila's red line",
    date="2023-08-10", explicit_date=False, window=["2023-07-25", "2025-01-20"],
    leaders_required=["ferdinand-marcos-jr", "lloyd-austin", "wang-yi"],
    leaders_acceptable=["rodrigo-duterte", "gilberto-teodoro"],
    leaders_forbidden=["ronald-reagan",  # the Ronald Reagan Building
                       "anthony-albanese",  # caption in "Related publications"
                       "celeste-navarro-quek"],
    topics_required=["indo-pacific"],
    topics_acceptable=["defence", "us-china"],
    must_contain=["When China Coast Guard ships turned water cannon on two chartered boats carrying food, water and fuel",
                  "President Ferdinand Marcos Jr. has said the Philippines will not abandon the shoal",
                  "was deliberately run aground on the reef in 1999",
                  "found that the shoal is a low-tide elevation within the Philippines' exclusive economic zone",
                  "Under Rodrigo Duterte, Marcos's predecessor, incidents like this were often handled quietly.",
                  "Defence Secretary Gilberto Teodoro has said the outpost is a matter of sovereignty",
                  "applies to armed attacks on Philippine armed forces, public vessels and aircraft",
                  "Escorting resupply missions with Philippine navy ships",
                  "back in the post since July, is unlikely to soften the line",
                  "A previous version said both boats had turned back.",
                  "What Beijing wants"],
    must_not_contain=["[Pacific Tideline Institute](https://tideline.example/)", "[Support us]", "EXPERT COMMENT",
                      "Maritime Security Programme", "8 min read", "[Share on LinkedIn]", "Print / PDF",
                      "![BRP Sierra Madre aground", "Photograph courtesy of the Armed Forces of the Philippines",
                      '> "They were not trying', "Sign up for Tideline Weekly", "[Subscribe]", "About the author:",
                      "Related publications", "Pacific islands and the policing race",
                      "Photo: Prime Minister Anthony Albanese in Port Moresby", "Holding the Line",
                      "Maritime Futures Forum 2023", "Ronald Reagan Building",
                      "South China Sea · Philippines · China · Grey-zone", "The views expressed are the author's own",
                      "© 2023 Pacific Tideline Institute"],
    headings=["What Beijing wants", "Manila's new playbook", "Where the treaty begins"])

# Hokkaido regional daily's English edition, CRLF; an ordinary story that only brushes energy (Sakhalin LNG) and
# defence (the garrison) in one sentence each. Medvedev on Kunashiri, Mon 1 Nov 2010; stated "2010.11.02 (Tue)".
# Window: Maehara foreign minister 2010-09-17..2011-03-07 (Kan prime minister, Medvedev president, Lavrov foreign
# minister throughout). Governor Takahashi, ambassadors Bely and Masaharu Kono are not in the knowledge base; Taro Kono
# is a namesake, not named; Hatoyama only in "OTHER NEWS".
G["e178"] = dict(
    title="Medvedev sets foot on Kunashiri; former islanders in Nemuro say 'a door has closed'",
    date="2010-11-02", explicit_date=True, window=["2010-09-17", "2011-03-07"],
    leaders_required=["dmitry-medvedev", "naoto-kan", "seiji-maehara", "sergey-lavrov"],
    leaders_acceptable=["harumi-takahashi", "mikhail-bely", "masaharu-kono"],
    leaders_forbidden=["taro-kono",  # namesake of ambassador Masaharu Kono
                       "yukio-hatoyama",  # only in "OTHER NEWS"
                       "aiko-whitcombe", "tadashi-ono"],
    topics_required=["indo-pacific"],
    topics_acceptable=[],
    must_contain=["became the first Russian or Soviet leader to visit any of the four islands off eastern Hokkaido that Japan claims",
                  'Prime Minister Naoto Kan called the visit "very regrettable"',
                  "Foreign Minister Seiji Maehara summoned the Russian ambassador, Mikhail Bely",
                  "home to many of the roughly 17,000 Japanese who were expelled",
                  "Boats from Nemuro operate near the islands under a bilateral agreement that sets quotas and fees",
                  "Visa-free exchange visits, under which former residents and their families travel to the islands each summer, were not affected",
                  "Japanese companies are partners in the Sakhalin oil and gas projects",
                  "would be called back to Tokyo temporarily to report on the visit",
                  "A 1956 joint declaration said the Soviet Union would hand over Shikotan and the Habomai group",
                  "An earlier online version of this article gave Mr Sato's age as 18 when he left Shikotan.",
                  "AHEAD OF YOKOHAMA"],
    must_not_contain=["\r", "EAST SHORE SHIMBUN", "English Edition", "日本語版", "Nemuro & Kushiro > Northern Territories",
                      "2010.11.02 (Tue) 17:40 JST", "By Aiko Whitcombe and Tadashi Ono, Nemuro Bureau", "[ A A A ]",
                      "Mixi", "(Photo caption)", "Photo: East Shore Shimbun", "READ ALSO:", "Nemuro crab landings fall",
                      "Advertisement", "OTHER NEWS", "Former PM Hatoyama to step down", "Yukio Hatoyama in Tomakomai",
                      "record autumn salmon catch", "Related keywords:", "Copyright © East Shore Shimbun"],
    headings=["WE WAITED 65 YEARS", "AHEAD OF YOKOHAMA"])

# Arms-control news service page scraped as text with its HTML double-escaped throughout ("&amp;#8217;",
# "&amp;nbsp;", "&amp;quot;", "&lt;br /&gt;"), a flattened ceilings table, ALL-CAPS crossheads. Russia's CFE
# suspension takes effect, Wed 12 Dec 2007 ("last Friday" = the NRC meeting of 7 Dec); no date printed. Window:
# Robert Gates defense secretary from 2006-12-18 (Rice, Lavrov, de Hoop Scheffer earlier); Putin president until
# 2008-05-07. Gorbachev only with his past role; Saakashvili only in "RELATED NEWS".
G["e179"] = dict(
    title="CFE moratorium takes effect: Russia ends inspections and data exchange",
    date="2007-12-12", explicit_date=False, window=["2006-12-18", "2008-05-07"],
    leaders_required=["vladimir-putin", "sergey-lavrov", "jaap-de-hoop-scheffer", "condoleezza-rice",
                      "robert-gates"],
    leaders_acceptable=["mikhail-gorbachev"],
    leaders_forbidden=["mikheil-saakashvili",  # only in "RELATED NEWS"
                       "piotr-halvorsen", "annika-ruuth"],
    topics_required=["arms-control", "european-security"],
    topics_acceptable=["nato", "us-russia", "defence"],
    must_contain=["took effect at midnight Moscow time, ending the exchange of military information and the on-site inspections",
                  "would not accept or conduct inspections",
                  "The suspension was announced in a decree signed by President Vladimir Putin on 14 July",
                  "at a meeting of the NATO-Russia Council in Brussels last Friday",
                  "Armoured combat vehicles",
                  "Only Russia, Belarus, Kazakhstan and Ukraine have ratified it.",
                  "where they guard a large Soviet-era ammunition depot",
                  "Secretary General Jaap de Hoop Scheffer said the allies would continue to implement the treaty for now",
                  "US Secretary of State Condoleezza Rice and Defense Secretary Robert Gates brought proposals to Moscow in October",
                  "Arms control specialists say the immediate military effect is small",
                  "Four states have ratified it.",
                  "WHAT THE TREATY LIMITS"],
    must_not_contain=["TREATY MONITOR", "News and data from the Verification", "[Members' area]",
                      "News &gt; Conventional forces &gt; CFE", "by Piotr Halvorsen, Vienna", "0 comments",
                      "Text: [ A+ ] [ A- ]", "&amp;#8217;", "&lt;br /&gt;", "&amp;nbsp;", "&amp;quot;",
                      "story continues below", "DOCUMENT LIBRARY:", "CFE holdings database", "RELATED NEWS",
                      "Saakashvili resigns to seek early election", "Open Skies flights continue despite CFE row",
                      "Tags: CFE, Russia", "Membership from", "Join the Network",
                      "Reproduction with attribution only", "&amp;raquo;"],
    headings=["WHAT THE TREATY LIMITS", "THE ISTANBUL DEADLOCK", "WHAT NOW"])

# Balkan regional news site, UTF-8 with UTF-8-read-as-cp1252 mojibake in the Montenegrin chrome, the by-line, the
# caption, the ad and two junk lines; an ordinary NATO story that only brushes technology (cyber attacks) and
# sanctions (EU sanctions of 2014) in one sentence each. Montenegro deposits its instrument of accession, Mon 5 June
# 2017; stated "05.06.2017. 21:14". Window: Tillerson secretary of state 2017-02-01..2018-03-31 (Marković prime
# minister from 2016-11-28, Vujanović president until 2018-05-20, Stoltenberg). Đukanović only as "then prime
# minister"; Thomas Shannon is not in the knowledge base.
G["e180"] = dict(
    title="Montenegro becomes NATO's 29th member, Podgorica hails 'historic day'",
    date="2017-06-05", explicit_date=True, window=["2017-02-01", "2018-03-31"],
    leaders_required=["dusko-markovic", "jens-stoltenberg", "filip-vujanovic", "rex-tillerson"],
    leaders_acceptable=["milo-dukanovic", "thomas-shannon"],
    leaders_forbidden=["vesna-radonjic-keel"],
    topics_required=["nato"],
    topics_acceptable=["european-security", "defence"],
    must_contain=["Montenegro became the 29th member of NATO on Monday when Prime Minister Duško Marković handed the country's instrument of accession",
                  "where Thomas Shannon, the under secretary for political affairs, received the document",
                  "accession takes effect on the day a new member deposits its papers there",
                  "the government has promised to raise defence spending towards the alliance's target of 2 percent of GDP",
                  "apart from Bosnia and Herzegovina's short stretch near Neum",
                  "The parliament approved membership on 28 April with 46 votes in the 81-seat chamber.",
                  "kill Milo Đukanović, who was then prime minister",
                  "Government websites were hit by a wave of cyber attacks in February",
                  "after Montenegro joined the European Union's sanctions against Russia over Ukraine in 2014",
                  "This article has been updated to correct the date of the parliamentary vote.",
                  "What membership means"],
    must_not_contain=["ADRIATIC POST | Balkans news in English", "Crna Gora  |  Region  |  Svijet", "Budva hotels full for June", "Montenegro > Politics > NATO",
                      "05.06.2017. 21:14", "Written by Vesna", "1,208 views", "f Share", "🖨 Print", "PHOTO: Marko",
                      "(Photo: Government of Montenegro / Press Service)", "ALSO READ:",
                      "Tourist season: record numbers", "Montenegro Airlines", "â‚¬79", "TAGS: NATO", "Comments (14)",
                      "Most read", "Budva: new promenade opens", "meets party leaders on coalition talks",
                      "Sva prava zadrÅ¾ana", "Adriatic Post d.o.o."],
    headings=["What membership means", "A divided country", "Russia's reaction"])
