"""Gold for e41-e50 (merged into gold.json by make_gold.py). Each entry carries a comment on how its date window was
derived: terms of office (input/data) of people named with their posts, nothing else. Open-ended terms end at their
scheduled end (Trump 2029-01-20). People the knowledge base does not hold appear, if at all, as slugs in
leaders_acceptable (named in the text) or leaders_forbidden (named only in chrome)."""

G = {}

# NATO-Russia Founding Act signed in Paris, Tue 27 May 1997; Reuters-style wire copy, "PARIS, May 27 (Reuters) -"
# (no year anywhere). Window: Blair prime minister from 1997-05-02 (Albright secretary of state from 1997-01-23,
# Chirac from 1995-05-17); Solana NATO secretary-general until 1999-10-06. Yeltsin, Primakov and Zyuganov are not in
# the knowledge base.
G["e41"] = dict(
    title="NATO and Russia sign security pact; Yeltsin pledges to take warheads off target",
    date="1997-05-27", explicit_date=False, window=["1997-05-02", "1999-10-06"],
    leaders_required=["bill-clinton", "jacques-chirac", "javier-solana", "madeleine-albright", "tony-blair"],
    leaders_acceptable=["boris-yeltsin", "yevgeny-primakov", "gennady-zyuganov"],
    leaders_forbidden=["leonid-kuchma", "aleksander-kwasniewski",  # only in the "Related Coverage" links
                       "dominique-ferrand"],
    topics_required=["nato"],
    topics_acceptable=["european-security", "us-russia", "arms-control", "defence"],
    must_contain=["gives Moscow a permanent voice but no veto in the alliance's affairs",
                  "Russian officials said afterwards that he had meant the warheads would be detargeted, not dismantled",
                  "creates a NATO-Russia Permanent Joint Council",
                  "no intention, no plan and no reason to deploy nuclear weapons on the territory of new members",
                  "attending his first NATO meeting since winning a landslide election",
                  "to invite Poland, Hungary and the Czech Republic to begin membership talks at their summit in Madrid",
                  "denounced the document as a capitulation",
                  "The test will come when the alliance invites the Baltic states, and that day will come"],
    must_not_contain=["Reuters Archive | World | Europe", "Breakingviews", "UPDATE 3-", "WORLD-NATO-RUSSIA/",
                      "(Adds Clinton comments", "By Martin Hollis-Grey", "(Reuters) -",
                      "after the signing ceremony at the Elysee Palace in Paris", "REUTERS/Philippe Marcelin",
                      "Reporting by Martin Hollis-Grey", "Additional reporting by", "Editing by Peter Sandholm",
                      "Our Standards:", "Related Coverage", "FACTBOX-", "Kuchma says Ukraine ready",
                      "Kwasniewski says Poland", "More From World", "Market data shown with a delay",
                      "(c) Reuters 1997"],
    headings=[])

# UK response to the Salisbury attack; FCO press release converted from PDF, "Date: 14 March 2018" (stated).
# Window: Williamson defence secretary from 2017-11-02 (Trump from 2017-01-20, Macron from 2017-05-14, May from
# 2016-07-13); Johnson foreign secretary until 2018-07-09. The ambassador Yakovenko is not in the knowledge base.
G["e42"] = dict(
    title="UK expels 23 Russian diplomats over Salisbury nerve agent attack",
    date="2018-03-14", explicit_date=True, window=["2017-11-02", "2018-07-09"],
    leaders_required=["theresa-may", "boris-johnson", "gavin-williamson", "sergey-lavrov", "vladimir-putin",
                      "donald-trump", "angela-merkel", "emmanuel-macron"],
    leaders_acceptable=["alexander-yakovenko"],
    leaders_forbidden=["pavlo-klimkin"],  # only in the "Recent releases" list
    topics_required=["european-security"],
    topics_acceptable=["sanctions", "human-rights", "arms-control", "defence", "nato", "us-russia"],
    must_contain=["the Prime Minister, Theresa May, told the House of Commons today",
                  "with a nerve agent of a type developed by Russia and known as Novichok",
                  "summoned the Russian Ambassador, Alexander Yakovenko",
                  "the withdrawal of the invitation to Foreign Minister Sergey Lavrov to visit the UK",
                  "neither ministers nor members of the Royal Family will travel to the FIFA World Cup in Russia this summer",
                  "not let the actions of President Vladimir Putin's government go unanswered",
                  "around 180 service personnel are supporting the clean-up and the investigation in Salisbury",
                  "condemned the attack and agreed on the need for a co-ordinated response",
                  "Measures announced today", "International response"],
    must_not_contain=["[Royal Coat of Arms]", "King Charles Street, London SW1A 2AH", "OFFICIAL",
                      "Reference: FCO/PR/18/0314", "For immediate release", "Press Release FCO/PR/18/0314",
                      "Page 1 of 3", "Page 2 of 3", "Printed 14/03/2018 17:02", "\f", "\u2013 ENDS \u2013",
                      "Notes to editors", "020 7946 0718", "@FCOPressDesk_UK", "Recent releases",
                      "Pavlo Klimkin", "\ufb01", "\ufb02", "intelli-", "Weap-"],
    headings=["Measures announced today", "International response"])

# Wagner mutiny, live blog of Sat 24 Jun 2023 (stated: "Sat 24 Jun 2023 21.58 BST"). Window: Sunak prime minister
# from 2022-10-25 (Blinken from 2021-01-26); Shoigu defence minister until 2024-05-12 (Borrell until 2024-11-30;
# Peskov, Gerasimov, Kadyrov, Lukashenko open). Prigozhin and Sobyanin are not in the knowledge base.
G["e43"] = dict(
    title="Russia crisis: Wagner chief turns back from Moscow after Lukashenko-brokered deal",
    date="2023-06-24", explicit_date=True, window=["2022-10-25", "2024-05-12"],
    leaders_required=["vladimir-putin", "alexander-lukashenko", "dmitry-peskov", "sergei-shoigu", "valery-gerasimov",
                      "volodymyr-zelensky", "ramzan-kadyrov", "antony-blinken", "josep-borrell", "rishi-sunak"],
    leaders_acceptable=["yevgeny-prigozhin", "sergei-sobyanin"],
    leaders_forbidden=["joe-biden", "narendra-modi"],  # only in the "Most viewed" sidebar
    topics_required=["ukraine"],
    topics_acceptable=["european-security", "defence", "us-russia", "nato"],
    must_contain=["being driven out of the headquarters of the Southern Military District in Rostov-on-Don late on Saturday",
                  "the criminal case against Prigozhin for organising an armed mutiny would be closed",
                  "because he had known Prigozhin personally for about 20 years",
                  "came within 200km of Moscow",
                  "stop the movement of his armed men on Russian territory",
                  "has declared Monday a non-working day",
                  "Whoever chooses the path of evil destroys himself",
                  "called the uprising an armed rebellion and a stab in the back for Russia and its people",
                  "demands that the defence minister, Sergei Shoigu, and the chief of the general staff, Valery Gerasimov, come to meet him",
                  "Wagner columns turn back"],
    must_not_contain=["Manage my cookies", "Support the Meridian", "Live coverage by", "Hannah Orwell",
                      "First published on", "Key events", "Show key events only", "Please turn on JavaScript",
                      "Updated at 20.31 BST", "Copy link", "Photograph: Stringer/Reuters", "Advertisement",
                      "Load earlier updates", "Sign up to First Edition", "Most viewed", "Biden hosts Modi",
                      "LiveBlogPosting", "&rsquo;", "&nbsp;", "<h3"],
    headings=["Prigozhin leaves Rostov", "Kremlin says criminal case will be dropped", "Wagner columns turn back",
              "Putin calls mutiny treason"])

# State Department daily briefing after the bombing of the Chinese embassy in Belgrade, "MONDAY, MAY 10, 1999"
# (stated). Window: Igor Ivanov Russian foreign minister from 1998-09-11 (Tang Jiaxuan from 1998-03-18, Hu Jintao
# vice president from 1998-03-15); Solana NATO secretary-general until 1999-10-06 (Milosevic, Ahtisaari, Albright,
# Cohen, Tenet, Jiang, Zhu later). "The President" is never named, so Clinton is only acceptable; Li Zhaoxing is
# named as ambassador, an office the data does not hold.
G["e44"] = dict(
    title="Daily Press Briefing",
    date="1999-05-10", explicit_date=True, window=["1998-09-11", "1999-10-06"],
    leaders_required=["jiang-zemin", "madeleine-albright", "tang-jiaxuan", "hu-jintao", "william-cohen", "george-tenet",
                      "javier-solana", "zhu-rongji", "igor-ivanov", "slobodan-milosevic", "martti-ahtisaari"],
    leaders_acceptable=["bill-clinton", "li-zhaoxing", "james-sasser", "strobe-talbott", "viktor-chernomyrdin",
                        "james-rubin"],
    leaders_forbidden=["kim-dae-jung",  # only in the "Other briefings this week" list
                       "sergei-ivanov"],  # "Mr. Ivanov" is Igor Ivanov
    topics_required=["us-china"],
    topics_acceptable=["nato", "human-rights", "arms-control", "european-security", "defence", "us-russia"],
    must_contain=["he is deeply sorry for the loss of life at the Chinese Embassy in Belgrade on Friday night",
                  "Three Chinese journalists were killed and some twenty people were injured.",
                  "the building was wrongly identified as a Yugoslav military supply agency",
                  "In Chengdu the residence of our consul general was set on fire on Sunday.",
                  "an obligation under the Vienna Convention to protect diplomatic premises",
                  "These dialogues were not favors to the United States",
                  "QUESTION: China has a veto on the Security Council.",
                  "The G-8 foreign ministers agreed on a set of principles at Petersberg last Thursday",
                  "until President Milosevic accepts the conditions NATO has set out"],
    must_not_contain=["ARCHIVE NOTICE", "Home > Press Briefings", "DPB #58", "Briefer: James P. Rubin, Spokesman",
                      "Apology for Strike on Chinese Embassy in Belgrade", "......", "Envoys Chernomyrdin and Ahtisaari",
                      "U.S. DEPARTMENT OF STATE", "MONDAY, MAY 10, 1999, 1:05 P.M.",
                      "(ON THE RECORD UNLESS OTHERWISE NOTED)", "[end of document]", "Back to 1999 Daily Press Briefings",
                      "Other briefings this week:", "Kim Dae-jung", "Bureau of Public Affairs",
                      "Links to sites outside the Department"],
    headings=[])

# North Korea shells Yeonpyeong Island; Yonhap-style wire, "2010/11/23 18:07 KST" (stated). Window: Kan prime
# minister 2010-06-08 .. 2011-09-02 (Lee president 2008-02-25 .. 2013-02-25, Kim Jong-il until 2011-12-17, Obama).
# Kim Jong-un is named as heir, not with an office; Defense Minister Kim Tae-young is not in the knowledge base.
G["e45"] = dict(
    title="N. Korea fires scores of artillery shells at S. Korean border island; 2 marines killed",
    date="2010-11-23", explicit_date=True, window=["2010-06-08", "2011-09-02"],
    leaders_required=["lee-myung-bak", "kim-jong-il", "naoto-kan", "barack-obama"],
    leaders_acceptable=["kim-jong-un", "kim-tae-young"],
    leaders_forbidden=["ban-ki-moon"],  # only in the related-articles list
    topics_required=["indo-pacific"],
    topics_acceptable=["defence", "arms-control"],
    must_contain=["killing two South Korean marines and setting dozens of houses ablaze",
                  "the North began firing from its coastal artillery positions at 2:34 p.m.",
                  "returned fire with about 80 rounds from K-9 self-propelled howitzers",
                  "convened an emergency meeting of security-related ministers in the underground bunker",
                  "that the South had fired first into its territorial waters",
                  "which was drawn by the U.N. Command at the end of the war",
                  "which killed 46 sailors",
                  "who was made a four-star general in September",
                  "ordered his government to gather information and prepare for any contingency"],
    must_not_contain=["YONHAP NEWS AGENCY | ENGLISH NEWS", "HOME > NATIONAL > North Korea", "Font size + -", "me2DAY",
                      "(2nd LD)", "2010/11/23 18:07 KST", "(ATTN: UPDATES", "(Yonhap) --", "(END)",
                      "jwpark@yna.co.kr", "Copyright(c) 2010 Yonhap News Agency", "<Related Articles>",
                      "(LEAD) N. Korea fires artillery shells", "Ban Ki-moon urges restraint", "(News Focus)",
                      "KOSPI futures slide", "Keywords: #Yeonpyeong", "Most Viewed", "K-pop group wraps up"],
    headings=[])

# Gazprom cuts gas to Ukraine; mid-2000s news page in a Wayback Machine capture of 2 Jan 2006, the page itself says
# "Sunday, January 1, 2006 Posted: 1847 GMT" (stated; the capture timestamp is not the date). Window: Yushchenko
# president from 2005-01-23 (Putin 2000-05-07 .. 2008-05-07); Schuessel chancellor until 2007-01-11. Prime Minister
# Yekhanurov is not in the knowledge base.
G["e46"] = dict(
    title="Russia cuts gas to Ukraine as price dispute boils over",
    date="2006-01-01", explicit_date=True, window=["2005-01-23", "2007-01-11"],
    leaders_required=["vladimir-putin", "viktor-yushchenko", "wolfgang-schussel"],
    leaders_acceptable=["yuriy-yekhanurov"],
    leaders_forbidden=["george-w-bush", "saddam-hussein",  # only in the "Top stories" sidebar
                       "hanna-lisovska"],
    topics_required=["energy"],
    topics_acceptable=["ukraine", "european-security"],
    must_contain=["cut off supplies meant for Ukraine on Sunday after the two countries failed to settle a bitter dispute over prices",
                  "at 10 a.m. Moscow time (0700 GMT)",
                  "pay $230 per 1,000 cubic meters from January 1, more than four times the $50",
                  "punishment for the pro-Western course Ukraine has followed since the Orange Revolution",
                  "if it signed a contract at the higher price from April",
                  "it would regard that as theft",
                  "roughly 80 percent of that passes through Ukraine's pipeline network",
                  "which took over the rotating presidency of the EU on Sunday",
                  "Today it looks like a supplier that uses the valve as a political weapon."],
    must_not_contain=["The Wayback Machine", "web.archive.org", "14 captures", "02 Jan 2006 - 19 Aug 2014",
                      "About this capture", "Alexa Crawls", "20060102031522", "FILE ARCHIVED ON", "__wm.init",
                      "SAVE THIS | EMAIL THIS | PRINT THIS", "Posted: 1847 GMT (0247 HKT)",
                      "A worker turns a valve at a gas compressor station outside Kiev.", "EMPICS/Alpha Press",
                      "(WWN) --", "Find this article at:", "Advertiser Links", "Bush defends domestic spying program",
                      "Saddam trial", "&uuml;", "&quot;"],
    headings=[])

# Founding of the Shanghai Cooperation Organisation; think-tank commentary written the Monday after the summit of
# Fri 15 June 2001 ("Last Friday"; the endnotes date the documents, the page dates nothing but the year in "Cite
# this"). Window: Bush president from 2001-01-20 (Putin, Igor Ivanov, Tang Jiaxuan, Akayev, Karimov, Nazarbayev,
# Rakhmonov earlier); Jiang president until 2003-03-15.
G["e47"] = dict(
    title="Six at Shanghai: what the new Shanghai Cooperation Organisation is for",
    date="2001-06-18", explicit_date=False, window=["2001-01-20", "2003-03-15"],
    leaders_required=["jiang-zemin", "vladimir-putin", "george-w-bush", "islam-karimov", "askar-akayev",
                      "emomali-rahmon", "nursultan-nazarbayev", "igor-ivanov", "tang-jiaxuan"],
    leaders_acceptable=[],
    leaders_forbidden=["kim-dae-jung",  # only in "Related publications"
                       "sergei-ivanov",  # only Igor Ivanov is named
                       "farida-lenkova"],
    topics_required=["russia-china"],
    topics_acceptable=["arms-control", "human-rights", "us-russia", "us-china", "defence"],
    must_contain=["turned a loose annual gathering known as the \"Shanghai Five\" into a standing body",
                  "A year later they agreed to reduce the forces each kept within a hundred kilometres of the border.",
                  "the \"three evils\" in Beijing's phrase",
                  "A regional anti-terrorist structure is to be set up in Bishkek.",
                  "a pointed reply to the missile defence plans President George W. Bush set out in May",
                  "What Shanghai created is better described as a club of incumbent governments that agree on what they fear.",
                  "From border talks to an organisation", "The three evils", "Washington's absent shadow"],
    must_not_contain=["HALDEN INSTITUTE FOR EURASIAN STUDIES", "Home / Publications / Commentary",
                      "Senior Fellow, Central Asia and China Programme", "Download PDF", "Cite this",
                      "Estimated reading time", "Endnotes", "[4]", "[6]",
                      "Agreement on Confidence-Building in the Military Field", "Central Asia Monitor (Almaty)",
                      "Halden Institute Briefing Paper 01/04", "About the author",
                      "f.lenkova@halden-institute.example.org", "The views expressed in this commentary",
                      "Topics: Central Asia", "Related publications", "Kim Dae-jung", "make a donation",
                      "Registered charity no."],
    headings=["From border talks to an organisation", "The three evils", "Washington's absent shadow"])

# ECOWAS ultimatum to Niger's junta; maintainer's .md with a half-filled front matter whose date (2013-07-31) is a
# typo a decade off. The text: summit in Abuja "on Sunday" (30 July 2023), Mali and Burkina reply "on Monday", so
# written 31 July 2023. Window: Tinubu president from 2023-05-29; Colonna foreign minister until 2024-01-11
# (Borrell until 2024-11-30, Blinken until 2025-01-20, Faki until 2025-03-13, Guterres, Macron). Bazoum, Tchiani
# and Prigozhin are not in the knowledge base.
G["e48"] = dict(
    title="West African leaders give Niger's junta a week to restore Bazoum",
    date="2023-07-31", explicit_date=False, window=["2023-05-29", "2024-01-11"],
    leaders_required=["bola-tinubu", "emmanuel-macron", "catherine-colonna", "josep-borrell", "antony-blinken",
                      "antonio-guterres", "moussa-faki"],
    leaders_acceptable=["mohamed-bazoum", "abdourahamane-tchiani", "yevgeny-prigozhin"],
    leaders_forbidden=["macky-sall"],  # only in a "Read more" link
    topics_required=["sanctions"],
    topics_acceptable=["defence", "human-rights"],
    must_contain=["gave the soldiers who seized power in Niger a week to free President Mohamed Bazoum",
                  "chaired by Nigeria's President Bola Tinubu",
                  "froze its assets held in the regional central bank",
                  "A week is enough time to go back to barracks.",
                  "some waving Russian flags",
                  "depended on the continuation of democratic rule",
                  "any military intervention in Niger would be treated as a declaration of war against them",
                  "The ultimatum", "Paris and Washington", "A region split"],
    must_not_contain=["Share this article", "sharer.php", "wa.me", "Copy link", "6 min read",
                      "By A\u00efssatou Ndiaye-Brun", "![", "Photo: Issoufou Garba / Sahel Wire",
                      "Supporters of the military takeover rally in Niamey on Sunday.", "Advertisement",
                      "Sign up for our newsletter", "The Sahel Brief lands in your inbox", "Read more:",
                      "Mali's junta asks UN peacekeepers to leave", "Macky Sall", "TODO: check the date", "<!--"],
    headings=["The ultimatum", "Paris and Washington", "A region split"])

# Prespa agreement between Greece and (North) Macedonia; an analyst's thread scraped from X, every post stamped
# "Jun 17, 2018" (stated). No headline. Window: Dimitrov foreign minister from 2017-06-01 (Zaev from 2017-05-31);
# Kotzias foreign minister until 2018-10-17 (Tsipras until 2019-07-08, Ivanov until 2019-05-12, Mogherini until
# 2019-11-30). Mitsotakis is named as opposition leader, an office the data does not hold; Nimetz is not in it.
G["e49"] = dict(
    title=None,
    date="2018-06-17", explicit_date=True, window=["2017-06-01", "2018-10-17"],
    leaders_required=["nikos-kotzias", "nikola-dimitrov", "alexis-tsipras", "zoran-zaev", "federica-mogherini",
                      "jens-stoltenberg", "gjorge-ivanov"],
    leaders_acceptable=["kyriakos-mitsotakis", "matthew-nimetz"],
    leaders_forbidden=["aleksandar-vucic", "hashim-thaci",  # only in a reply
                       "angela-merkel",  # only in the trends box
                       "igor-ivanov", "sergei-ivanov"],  # "Ivanov" is Gjorge Ivanov
    topics_required=["nato"],
    topics_acceptable=["european-security"],
    must_contain=["signed the agreement meant to end a 27-year quarrel over one word",
                  "the first time a Greek prime minister has visited the country since independence",
                  "the new name is to be used erga omnes",
                  "the language belongs to the South Slavic group",
                  "Tsipras survived a no-confidence vote over it in Athens only yesterday.",
                  "Greece lifts its veto on NATO and EU membership",
                  "constitutional amendments that need a two-thirds majority in Skopje",
                  "President Gjorge Ivanov says he will not sign it",
                  "Police fired tear gas at protesters near the village of Pisoderi",
                  "The political part starts tomorrow."],
    must_not_contain=["on X:", "See new posts", "@mstojkovska_bp", "Former diplomat. Writes on Balkan politics",
                      "11:47 AM \u00b7 Jun 17, 2018", "Retweets 142", "Bookmarks", "@balkandesk_news",
                      "BREAKING: Greek and Macedonian foreign ministers sign", "Replying to",
                      "Forgive me if I don't celebrate", "Vu\u010di\u0107 and Tha\u00e7i", "Translate post",
                      "Show more replies", "Relevant people", "Trends for you", "Merkel migration row",
                      "Create account", "X Corp."],
    headings=[])

# US strikes on Fordow, Natanz and Isfahan; paywalled page scraped mid-wall, "3 hours ago" (relative), written
# Sun 22 June 2025. Window: Hegseth defense secretary from 2025-01-25 (Rubio from 2025-01-21, Vance and Trump from
# 2025-01-20, Araghchi from 2024-08-21); Trump's term ends 2029-01-20 (Netanyahu, Putin, Grossi, Khamenei open).
# General Caine is not in the knowledge base.
G["e50"] = dict(
    title="US bombs Iran's nuclear sites, joining Israel's war",
    date="2025-06-22", explicit_date=False, window=["2025-01-25", "2029-01-20"],
    leaders_required=["donald-trump", "jd-vance", "marco-rubio", "pete-hegseth", "abbas-araghchi", "vladimir-putin",
                      "benjamin-netanyahu", "rafael-grossi", "ali-khamenei"],
    leaders_acceptable=["dan-caine"],
    leaders_forbidden=["masoud-pezeshkian",  # only in the photo caption
                       "keir-starmer"],  # only in "Most read"
    topics_required=["middle-east"],
    topics_acceptable=["arms-control", "defence"],
    must_contain=["Tehran vows to defend itself as the region braces for retaliation",
                  "dropping its heaviest bunker-busting bombs on the underground enrichment plant at Fordow",
                  "joining directly a war that Israel began nine days ago",
                  "had assessed as recently as March that it was not building a weapon",
                  "including decoy bombers sent west over the Pacific",
                  "said it was too early to say how much of the programme remained",
                  "the US had crossed a very big red line",
                  "no increase in radiation levels had been detected outside the sites",
                  "who has not been seen in public since the Israeli strikes began",
                  "The strikes leave Tehran facing a choice it has spent two decades trying to avoid"],
    must_not_contain=["THE CONTINENTAL LEDGER", "Middle East conflict", "Add to myLedger", "Leila Farrokh in Dubai",
                      "3 hours ago", "Gift this article", "Iranian Presidency/Handout", "Masoud Pezeshkian",
                      "Subscribe to continue reading", "Get unlimited access", "$1 for 4 weeks", "Cancel anytime",
                      "Premium Digital", "Already a subscriber? Sign in", "Check whether your university",
                      "Most read", "Starmer faces backbench revolt", "Follow the topics in this article",
                      "Manage cookies", "\u00a9 The Continental Ledger Ltd 2025"],
    headings=[])
