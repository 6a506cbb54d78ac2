"""Gold for e211-e220 (merged into gold.json by merge_gold.py). Each entry carries a comment on how its date window was
derived: terms of office (input/data) of people named with their posts, nothing else. A person named with a former
post only says the article is later than that term's end. Open-ended terms end at their scheduled end. People the
knowledge base does not hold appear, if at all, as slugs in leaders_acceptable (named in the text) or
leaders_forbidden (named only in chrome); so do people it holds who are named only with an office it does not record.
Topic gold: topics_required only where the article is substantially about the topic; topics_acceptable for what it
touches in passing. Several files name a topic's vocabulary once on purpose (sanctions, energy, human rights) without
being about it; those topics are deliberately NOT acceptable there."""

G = {}

# US regional daily (CRLF), Senate rejects the CTBT, told through an IMS seismic array in Nevada. Dated "Thursday,
# Oct. 14, 1999" (stated). Window: Putin named as "Prime Minister Vladimir Putin, appointed in August" (PM from
# 1999-08-16) and Yeltsin as President (until 1999-12-31); Clinton, Albright (secretary of state), Berger (national
# security adviser) and Igor Ivanov (foreign minister) all fit. A section on START II and the ABM talks makes
# US-Russia substantial. Reagan only as the airport (forbidden); Helms is not
# in the knowledge base; "Clinton library" in the related links does not matter since Clinton is required anyway.
G["e211"] = dict(
    title="Senate kills test ban treaty; Mina listening post keeps listening",
    date="1999-10-14", explicit_date=True, window=["1999-08-16", "1999-12-31"],
    leaders_required=["bill-clinton", "madeleine-albright", "sandy-berger", "igor-ivanov", "vladimir-putin",
                      "boris-yeltsin"],
    leaders_acceptable=["jesse-helms"],
    leaders_forbidden=["ronald-reagan"],
    topics_required=["arms-control", "us-russia"],
    topics_acceptable=["defence"],
    must_contain=["The Senate on Wednesday night rejected the Comprehensive Test Ban Treaty, 51 to 48",
                  "who called the pact \"dead\" before the roll was called.",
                  "National Security Adviser Sandy Berger told reporters the administration would keep observing the testing moratorium regardless.",
                  "hydroacoustic stations, which listen under the oceans;",
                  "\"The machines don't know how the Senate voted,\" said Quintero",
                  "Supporters answered that the stockpile stewardship program",
                  "The United States has not conducted a nuclear test since September 1992",
                  "In Moscow, Foreign Minister Igor Ivanov said Russia was \"deeply disappointed\"",
                  "Prime Minister Vladimir Putin, appointed in August, has said little about it in public",
                  "landed at Reagan National Airport barely an hour before the vote.",
                  "American negotiators have spent the autumn asking Russian officials to agree to changes in the 1972 Anti-Ballistic Missile Treaty",
                  "Correction: An earlier version of this story, posted Wednesday evening, misstated the vote count."],
    must_not_contain=["HIGH DESERT LEDGER", "Serving Mineral, Esmeralda and Nye counties since 1911",
                      ">> Click here to subscribe", "NEWS > NATION & WORLD",
                      "By Dale Prewitt, Ledger Washington correspondent", "[PHOTO]",
                      "Pictured: Technician Rosa Quintero", "(Ledger photo by Amos Tiller)", "Story continues below",
                      "ADVERTISEMENT -- Tonopah Tire & Lube", "4 for 3 all October", "Pull quote:",
                      "Related stories:", "Yucca Mountain hearings resume in Las Vegas",
                      "Gov. Guinn signs water compact", "Clinton library site chosen in Little Rock",
                      "Reader comments (4)", "Post a comment", "E-mail this story", "Printer-friendly version",
                      "Copyright (c) 1999 High Desert Ledger"],
    headings=["WHAT THE TREATY WOULD HAVE DONE", "WHY SENATORS SAID NO", "REACTION ABROAD", "WHAT IT MEANS FOR MINA"])

# Japanese English-language evening paper, coast guard sinks a suspected North Korean spy ship (the Amami incident),
# told through fishing grounds. Dated "2001/12/23 (Sun) 06:12 JST" (stated). Window: Koizumi prime minister
# 2001-04-26 to 2006-09-26; Kim Jong Il leader 1994-2011. Fukuda (chief cabinet secretary) and Nakatani (Defense
# Agency director general) are named with offices the knowledge base does not record; Makiko Tanaka is not in it.
# Kim Dae-jung and "Tanaka" (not Naoki Tanaka) appear only in the "More from KES" links.
G["e212"] = dict(
    title="Coast guard sinks suspected spy ship after firefight in East China Sea",
    date="2001-12-23", explicit_date=True, window=["2001-04-26", "2006-09-26"],
    leaders_required=["junichiro-koizumi", "kim-jong-il"],
    leaders_acceptable=["yasuo-fukuda", "gen-nakatani", "makiko-tanaka"],
    leaders_forbidden=["kim-dae-jung", "naoki-tanaka"],
    topics_required=["indo-pacific"],
    topics_acceptable=["defence"],
    must_contain=["It was the first exchange of fire between a Japanese government vessel and a foreign ship since the end of World War II.",
                  "Government officials said the vessel, which flew a Chinese flag and carried fishing-boat markings, was almost certainly a North Korean spy ship.",
                  "A Maritime Self-Defense Force P-3C patrol plane first spotted the boat on Friday",
                  "Under a law revised in November, coast guard vessels may fire on a suspicious ship",
                  "Prime Minister Junichiro Koizumi, who was briefed overnight, told reporters he had ordered \"a thorough investigation\"",
                  "Foreign Minister Makiko Tanaka said the ministry was contacting Beijing",
                  "North Korean leader Kim Jong Il's government has in the past denied sending spy ships to Japanese waters",
                  "\"We see lights out there every night. We can't tell who is a fisherman and who isn't,\" said Hideo Kuroki",
                  "A fisheries agency official said boats had been warned to stay clear of the search area until further notice.",
                  "Japanese injured: 3 coast guard officers"],
    must_not_contain=["THE KANSAI EVENING STANDARD", "Top > National > Security", "Trending now:",
                      "Yen slides past 130", "2001/12/23 (Sun) 06:12 JST",
                      "Staff writers and Kansai Evening Standard wire services",
                      "Photo: A patrol vessel with bullet holes", "(KES/Shinji Moriguchi)", "Don't miss:",
                      "Our year-end quiz", "â€”", "(Reporting by Emiko Sato in Tokyo and Ken Ohara in Kagoshima)",
                      "Shop the KES Year-End Gift Catalogue", "Â»", "More from KES:",
                      "Kim Dae-jung urges calm", "Tanaka to visit Washington in January",
                      "Amami tourism hit by rainy autumn", "[Share on i-mode]", "[Send to a friend]",
                      "(C) 2001 The Kansai Evening Standard"],
    headings=["How the chase unfolded", "Tokyo reacts", "A question of fishing grounds", "Key facts"])

# Nordic current-affairs weekly, full HTML page with UPPERCASE tags, an <IMG> split over lines, an unclosed <P> and a
# double-escaped pull quote (&amp;quot;): Balticconnector and a Finland-Estonia telecoms cable damaged. Dated
# "Published 10.10.2023 17:42" (stated). Window: Orpo prime minister and Valtonen foreign minister from 2023-06-20;
# Niinisto president until 2024-03-01 (Kallas PM until 2024-07-23, Tsahkna FM from 2023-04-17). "The Marin
# government" names Marin only as a government (forbidden); Stubb is only in the related links. NATO is never named.
G["e213"] = dict(
    title="Gas pipeline and data cable under Gulf of Finland damaged, \"external activity\" suspected",
    date="2023-10-10", explicit_date=True, window=["2023-06-20", "2024-03-01"],
    leaders_required=["sauli-niinisto", "petteri-orpo", "kaja-kallas", "elina-valtonen", "margus-tsahkna"],
    leaders_acceptable=[],
    leaders_forbidden=["sanna-marin", "alexander-stubb"],
    topics_required=["energy", "european-security", "technology"],
    topics_acceptable=["defence"],
    must_contain=["Finland and Estonia said on Tuesday that the undersea gas pipeline linking the two countries, and a telecoms cable lying nearby, had been damaged in the Gulf of Finland",
                  "President Sauli Niinistö said in a statement that the damage to the Balticconnector pipeline was \"likely the result of external activity\"",
                  "Gasgrid Finland, the state-owned operator, shut the 77-kilometre pipeline early on Sunday after a sudden drop in pressure.",
                  "Estonian officials said data traffic had been rerouted and customers had not noticed an outage.",
                  "Inkoo–Paldiski",
                  "European gas prices jumped by more than 10 per cent on Tuesday",
                  "The vessel was leased by the Marin government last year, after Gazprom halted deliveries in May 2022.",
                  "\"This is not only a question of gas. It is a question of what lies on our seabed,\" she said.",
                  "Foreign Minister Elina Valtonen said Finland would share what it learned with its partners in the European Union.",
                  "Ships leave, weather moves things, and the seabed does not give up its evidence easily.",
                  "Editor’s note: An earlier version of this article said the pipeline was 70 kilometres long. It is 77 kilometres."],
    must_not_contain=["Northern Affairs Weekly", "We value your privacy", "143 partners", "Manage choices",
                      "Accept all", "Nordic &amp; Baltic", "Liisa Väher",
                      "Published 10.10.2023 17:42", "27 comments", "Share on X", "Copy link", "Save for later",
                      "Gas compressor station at Inkoo on the Finnish coast, seen from the water",
                      "The compressor station at Inkoo, where the pipeline comes ashore.",
                      "Image copyright: Kalle Rinne / NAW", "Advertisement", "Continue reading below",
                      "The Nordic Brief", "Sign up for our free Friday newsletter", "&amp;quot;",
                      "Stubb opens presidential campaign", "Latvia tightens border checks", "Cookie settings",
                      "window.naw", "</P>"],
    headings=["What was hit", "Energy markets react", "A sea full of cables"])

# Broadcaster website scraped to Markdown: Musk says SpaceX cannot keep funding Starlink in Ukraine. Top says only
# "Updated 3 hrs ago"; the foot gives "First published: 14 October 2022, 16:20 BST" (stated). Window: Austin
# defense secretary from 2021-01-22; Kuleba foreign minister until 2024-09-05 (Zelensky from 2019). "The Biden
# administration" only (Biden forbidden); Putin and Erdogan only in "More on this story", Truss only in "Trending
# now". Fedorov, Lubinets and Musk are not in the knowledge base. Lubinets' title ("commissioner for human rights")
# is the only human-rights vocabulary: the topic is deliberately not acceptable.
G["e214"] = dict(
    title="Musk says SpaceX cannot keep paying for Ukraine's Starlink service",
    date="2022-10-14", explicit_date=True, window=["2021-01-22", "2024-09-05"],
    leaders_required=["volodymyr-zelensky", "dmytro-kuleba", "lloyd-austin"],
    leaders_acceptable=["mykhailo-fedorov", "elon-musk", "dmytro-lubinets"],
    leaders_forbidden=["joe-biden", "vladimir-putin", "recep-tayyip-erdogan", "liz-truss"],
    topics_required=["technology", "ukraine"],
    topics_acceptable=["defence"],
    must_contain=["Elon Musk said on Friday that his rocket company SpaceX could not go on paying indefinitely for the Starlink satellite internet service",
                  "\"SpaceX is not asking to recoup past expenses, but also cannot fund the existing system indefinitely,\" Mr Musk wrote.",
                  "Starlink terminals began arriving in Ukraine days after the invasion",
                  "so they keep working when Russian shelling cuts fibre-optic lines and mobile masts.",
                  "\"It is not a luxury. Without it we are blind for hours,\" said a drone operator near Kupiansk",
                  "President Volodymyr Zelensky replied with a poll asking his followers which Elon Musk they liked more",
                  "Dmytro Lubinets, Ukraine's parliamentary commissioner for human rights, said separately",
                  "A Pentagon official said the Biden administration was in contact with SpaceX",
                  "Who controls the service, and can a private company switch it off in a war zone?",
                  "Russian officials have said in the past that commercial satellites used for military purposes could be considered legitimate targets."],
    must_not_contain=["[Skip to main content]", "Sign in", "WORLD CHANNEL RADIO", "World › Europe › Ukraine war",
                      "Updated 3 hrs ago", "By Hannah Okafor", "[Listen to this article · 6 min]",
                      "![Starlink terminal on a roof in Kharkiv region]", "(Credit: WCR / Pavlo Dziuba)",
                      "A Starlink dish on the roof of a field hospital in Kharkiv region, October 2022",
                      "Trending now:", "Liz Truss sacks her chancellor", "Click here to get our daily",
                      "[Sign up]", "First published: 14 October 2022", "More on this story",
                      "Kyiv hit by Iranian-made drones", "Putin and Erdogan meet in Astana", "Topics:",
                      "© World Channel Radio 2022", "https://"],
    headings=["A lifeline on the front", "Outages and a public row", "Who pays?"])

# Financial daily's commodities page, Windows-1252 with CRLF: tanker queue at the Turkish straits after the G7 price
# cap on Russian crude. Dated "Thursday 8 December 2022" (stated). Window: Yellen Treasury secretary 2021-01-26 to
# 2025-01-20 (Peskov from 2012). Novak (deputy prime minister) is not in the knowledge base.
G["e215"] = dict(
    title="Tanker queue off Istanbul grows as insurers and Ankara argue over price-cap paperwork",
    date="2022-12-08", explicit_date=True, window=["2021-01-26", "2025-01-20"],
    leaders_required=["janet-yellen", "dmitry-peskov"],
    leaders_acceptable=["alexander-novak"],
    leaders_forbidden=[],
    topics_required=["sanctions", "energy"],
    topics_acceptable=["ukraine", "european-security"],
    must_contain=["More than 20 oil tankers were waiting to pass through Turkey’s straits on Thursday, shipping agents said",
                  "Most are loaded with Kazakh crude shipped from the Russian port of Novorossiysk, which the cap does not cover.",
                  "“Nobody is going to sign a blank cheque,” said one London marine underwriter.",
                  "Cap level: $60 a barrel, to be reviewed every two months",
                  "The US Treasury said the jam was not caused by the price cap",
                  "Treasury Secretary Janet Yellen has argued that the cap would keep Russian oil flowing to world markets",
                  "“We will not take the risk of an uninsured tanker passing through the middle of Istanbul,” an official said.",
                  "Each day a tanker waits costs its charterer tens of thousands of dollars in demurrage.",
                  "Deputy Prime Minister Alexander Novak said on Sunday that Moscow would rather cut production than accept it",
                  "Correction: An earlier version of this article gave the wrong day for the start of the EU import ban."],
    must_not_contain=["The Harbourside Financial Times-Courier", "MARKETS DATA:", "Brent $76.15", "TTF €135.20",
                      "Karin Lindqvist, Commodities Editor", "4 min read", "Comments (31)", "Gift this article",
                      "ADVERTISEMENT", "——————————————", "Sign up for Energy Source", "sent straight to your inbox",
                      "Pictured: Tankers anchored in the Sea of Marmara on Wednesday.",
                      "Image copyright ANADOLU AGENCY / REFAT DEMIR", "Related: Oil prices fall to lowest level of the year",
                      "Opec+ holds output steady", "Lex: The cap that fits", "More from Commodities",
                      "Copper rallies on China reopening hopes", "Please don’t copy articles",
                      "© The Harbourside Financial Times-Courier Ltd 2022"],
    headings=["HOW THE CAP WORKS", "FREIGHT AND PREMIUMS"])

# Broadcaster's 1990s web page (text-only layout): Wei Jingsheng freed on medical parole and flown to the US,
# undated ("on Sunday"; true date Monday 1997-11-17). Window: Berger national security adviser from 1997-03-14;
# Qian Qichen foreign minister until 1998-03-18 (Jiang president, Clinton, Albright secretary of state all fit).
# Deng is named as dead with his role (acceptable); Li Peng appears only in the SEE ALSO block (forbidden).
G["e216"] = dict(
    title="China frees its best-known dissident after Jiang's US visit",
    date="1997-11-17", explicit_date=False, window=["1997-03-14", "1998-03-18"],
    leaders_required=["jiang-zemin", "bill-clinton", "sandy-berger", "madeleine-albright", "qian-qichen"],
    leaders_acceptable=["deng-xiaoping"],
    leaders_forbidden=["li-peng"],
    topics_required=["human-rights", "us-china"],
    topics_acceptable=[],
    must_contain=["Wei Jingsheng, the veteran democracy campaigner who has spent most of the last 18 years in Chinese prisons, has arrived in the United States after being released on medical parole.",
                  "Mr Wei, 47, was flown from Beijing to Detroit on Sunday",
                  "President Clinton said in public, with Mr Jiang standing beside him, that China's leaders were \"on the wrong side of history\"",
                  "The National Security Adviser, Sandy Berger, said the United States had raised Mr Wei's case \"at every level\"",
                  "In Beijing, Foreign Minister Qian Qichen's spokesman said the case was an internal matter",
                  "Mr Wei first came to prominence in 1978, when he was an electrician at Beijing Zoo.",
                  "to go with the four economic modernisations promoted by Deng Xiaoping, who died in February.",
                  "Human rights groups say he was held for long periods with criminal prisoners who were encouraged to beat him.",
                  "Chen Ziming, an economist held since 1989",
                  "\"One man on a plane is not a human rights policy,\" said one senator."],
    must_not_contain=["GLOBAL SERVICE ONLINE", "Low graphics version", "Text only", "Feedback | Help",
                      "[Image: Wei Jingsheng in 1993, during his brief period of freedom]",
                      "Image copyright GSO Picture Library", "SEE ALSO:", "China's Jiang ends US tour",
                      "Li Peng defends Three Gorges dam", "Hong Kong: 100 days on",
                      "------------------------------------", "Internet links:", "Human Rights in China (external)",
                      "US State Department (external)",
                      "GSO is not responsible for the content of external internet sites", "^^ Back to top",
                      "Talking Point", "(C) GSO MCMXCVII"],
    headings=["A deal in all but name", "The Democracy Wall", "What happens next"])

# Business daily's English edition (UTF-8 with BOM), think-tank fellow's "Perspective" piece: the Dutch export controls on advanced
# DUV chipmaking tools. Dated "March 9th, 2023" (stated). Window: Hoekstra foreign minister 2022-01-10 to
# 2023-08-25 (Raimondo commerce secretary from 2021-03-03; Biden, Rutte fit). Schreinemacher, Mao Ning and Wennink
# are not in the knowledge base. Xi only in the caption of another story in "More from Perspective" (forbidden).
# "export controls, not sanctions": sanctions acceptable, not required.
G["e217"] = dict(
    title="The Hague joins Washington's chip curbs, on its own terms",
    date="2023-03-09", explicit_date=True, window=["2022-01-10", "2023-08-25"],
    leaders_required=["joe-biden", "mark-rutte", "gina-raimondo", "wopke-hoekstra"],
    leaders_acceptable=["liesje-schreinemacher", "mao-ning", "peter-wennink"],
    leaders_forbidden=["xi-jinping"],
    topics_required=["technology", "us-china"],
    topics_acceptable=["sanctions"],
    must_contain=["The Netherlands said on Wednesday that it would introduce new export controls on advanced semiconductor manufacturing equipment before the summer",
                  "ASML has been unable to ship those machines to Chinese customers since 2019",
                  "Licences will be assessed case by case, by Dutch officials, under Dutch law.",
                  "ASML said it expected to need licences for its most advanced immersion systems",
                  "The Biden administration announced sweeping controls of its own in October",
                  "President Joe Biden raised the matter with Prime Minister Mark Rutte when the two met in the Oval Office in January.",
                  "Dutch officials argue that these are export controls, not sanctions, aimed at technology rather than at a country.",
                  "\"We firmly oppose the Netherlands' moves,\" Mao Ning, a foreign ministry spokeswoman, said in Beijing on Thursday",
                  "Dutch letter to parliament on DUV licences",
                  "For now the Dutch have bought time"],
    must_not_contain=["LOWLANDS BUSINESS REVIEW", "[Subscribe: first month €1]", "PERSPECTIVE · TRADE & TECHNOLOGY",
                      "By Maarten de Groot, senior fellow", "7 min read", "12 comments",
                      "[Share: Facebook | X | LinkedIn | WhatsApp | Email]",
                      "(Credit: Lowlands Business Review/Joost Ververs)",
                      "Clean-room suits hang at a chip equipment supplier in Eindhoven.", "Sign up for Chip Wars",
                      "Don't miss:", "Why Eindhoven can't find enough engineers",
                      "The views expressed here are the author's own", "MORE FROM PERSPECTIVE",
                      "Xi Jinping casts his ballot", "A third term, and a new cabinet for the economy", "Trending:",
                      "KLM slots row", "© 2023 Lowlands Business Review B.V.", "Cookie settings",
                      "\ufeff"],
    headings=["What was announced", "A year of pressure", "How China sees it", "What to watch"])

# Regional German daily's English service, ISO-8859-1 (Latin-1) bytes: Scholz and Frederiksen break ground on the
# Rheinmetall shell plant at Unterluess. Dated "12.02.2024 - 15:37" (stated). Window: Pistorius defence minister
# from 2023-01-19; Stoltenberg NATO secretary general until 2024-10-01 (Scholz, Frederiksen fit). Weil and Papperger
# are not in the knowledge base. Helmut Schmidt only as a university's name (forbidden). "energy prices", "electricity
# and gas needs" are passing: energy deliberately not acceptable.
G["e218"] = dict(
    title="Scholz breaks ground on Rheinmetall shell factory in Unterlüß",
    date="2024-02-12", explicit_date=True, window=["2023-01-19", "2024-10-01"],
    leaders_required=["olaf-scholz", "mette-frederiksen", "boris-pistorius", "jens-stoltenberg"],
    leaders_acceptable=["stephan-weil", "armin-papperger"],
    leaders_forbidden=["helmut-schmidt"],
    topics_required=["defence", "nato"],
    topics_acceptable=["ukraine", "european-security"],
    must_contain=["Chancellor Olaf Scholz and Danish Prime Minister Mette Frederiksen on Monday broke ground for a new ammunition factory on the Rheinmetall site at Unterlüß",
                  "Production of 155-millimetre shells is due to start in 2025.",
                  "\"We have to move away from manufacturing by hand and towards large-scale production,\" Scholz said",
                  "Unterlüß has been a Rheinmetall town for more than a century",
                  "Defence Minister Boris Pistorius, who also attended, said the Bundeswehr had signed framework contracts",
                  "Germany says it will spend two per cent of its economic output on defence this year, meeting NATO's target",
                  "NATO Secretary General Jens Stoltenberg has urged allies to put their defence industries on a \"wartime footing\"",
                  "said Dr. Katrin Aschenbach, a defence economist at the Helmut Schmidt University in Hamburg.",
                  "The plant's large electricity and gas needs are to be met partly from a new connection to the regional grid",
                  "Rheinmetall's shares have more than doubled in value since February 2022."],
    must_not_contain=["CELLESCHE RUNDSCHAU", "English Service", "Region | Lower Saxony | Germany",
                      "Home > Region > Heidekreis & Celle", "12.02.2024 - 15:37",
                      "From our correspondents Anke Rösler and Jens-Uwe Thal", "Reading time: 5 minutes", "A A A",
                      "Photo by Marten Kruse for Cellesche Rundschau", "Guests with spades at the ceremony",
                      "- ANZEIGE -", "Heidewerk Solar", "Free consultation until 29 February", "* * *",
                      "Did you find this article useful? Yes / No", "MORE FROM THE REGION",
                      "New bridge over the Aller", "Dutch tanks return to training area",
                      "How well do you know the Lüneburg Heath?", "Copyright © Cellesche Rundschau",
                      "Imprint · Data protection"],
    headings=["Why Unterlüß", "The money question", "Local objections"])

# Gulf satellite broadcaster's English website: UN inspectors resume work in Iraq under Resolution 1441. Dated
# "Last update: 2002-11-27 14:05 GMT" (stated). Window: Bush president from 2001-01-20 (Powell secretary of state
# from the same day); Saddam president until 2003-04-09 (Annan, ElBaradei, Blair fit). Blix and Ramadan are not in
# the knowledge base. "The Clinton administration's" bombing only (Clinton forbidden); Arafat only in RELATED STORIES.
G["e219"] = dict(
    title="UN weapons inspectors resume work in Iraq after four years",
    date="2002-11-27", explicit_date=True, window=["2001-01-20", "2003-04-09"],
    leaders_required=["saddam-hussein", "george-w-bush", "colin-powell", "tony-blair", "kofi-annan",
                      "mohamed-elbaradei"],
    leaders_acceptable=["hans-blix", "taha-yassin-ramadan"],
    leaders_forbidden=["bill-clinton", "yasser-arafat"],
    topics_required=["arms-control", "middle-east"],
    topics_acceptable=["defence"],
    must_contain=["United Nations weapons inspectors returned to work in Iraq on Wednesday for the first time since December 1998",
                  "They spent several hours at each site and returned without speaking to reporters.",
                  "let inspectors interview scientists, inside or outside the country;",
                  "Any false statement or failure to cooperate will be reported to the Council as a \"further material breach\".",
                  "Hans Blix, the Swedish diplomat who heads UNMOVIC, has said he will deliver his first assessment in late January.",
                  "shortly before the Clinton administration's four-day bombing campaign, Operation Desert Fox.",
                  "Iraqi President Saddam Hussein accepted the resolution on 13 November",
                  "President George W. Bush has said the United States will show \"zero tolerance\" for Iraqi obstruction.",
                  "\"We have been through this before,\" said Abu Haidar, a shopkeeper in Karrada.",
                  "The inspection teams are expected to grow to more than 100 people by the end of December."],
    must_not_contain=["GULF SATELLITE NEWS", "english.gsn.example", "[ Live Stream ]",
                      "Poll: Will the inspections prevent a war?", ">> Vote now", "Arab World > Iraq",
                      "Last update: 2002-11-27 14:05 GMT", "GSN and agencies", "Print this article",
                      "Send to a friend", "Your views (112)", "[Picture]",
                      "UNMOVIC vehicles leave the Canal Hotel in Baghdad on Wednesday morning.",
                      "Source: GSN/AFP Photo - K. Nasser", "-- Advertisement --", "Dubai Duty Free",
                      "RELATED STORIES", "Arafat's compound under siege again", "Kuwait emir receives US envoy",
                      "Saudi crown prince calls for calm", "Copyright (c) 2002 Gulf Satellite News",
                      "Advertise with GSN"],
    headings=["The rules this time", "A long absence", "Washington and London watch", "Voices from Baghdad"])

# Southeast Asian regional daily, raw HTML fragment with a broken attribute (class="wa href="#"), an entity-quoted
# attribute value, an uppercase <H2> split over two lines and an orphan </span>: first joint Russian-Chinese bomber
# patrol, South Korean warning shots near Dokdo. Undated ("on Tuesday" and "on Wednesday"; true date 2019-07-24).
# Window: Iwaya defense minister from 2018-10-02; Bolton national security adviser until 2019-09-10 (Kono foreign
# minister until 2019-09-11; Moon, Abe fit). Chung (national security adviser) and Suga (chief cabinet secretary)
# are named with offices the knowledge base does not record. Kim Jong Un only in "Read more" (forbidden). The
# export-control row with Japan is one sentence: sanctions and technology deliberately not acceptable.
G["e220"] = dict(
    title="Seoul fires warning shots as Russian and Chinese bombers fly first joint patrol over the East Sea",
    date="2019-07-24", explicit_date=False, window=["2018-10-02", "2019-09-10"],
    leaders_required=["moon-jae-in", "taro-kono", "takeshi-iwaya", "john-bolton", "shinzo-abe"],
    leaders_acceptable=["chung-eui-yong", "yoshihide-suga"],
    leaders_forbidden=["kim-jong-un"],
    topics_required=["russia-china", "indo-pacific"],
    topics_acceptable=["defence"],
    must_contain=["South Korean fighter jets fired hundreds of warning shots at a Russian military aircraft on Tuesday",
                  "gave Washington a glimpse of a closer military partnership between Russia and China in North-east Asia.",
                  "F-15K and KF-16 jets fired about 360 rounds of machine-gun ammunition as warnings, officials said.",
                  "President Moon Jae-in's national security adviser, Chung Eui-yong, told the Russian side",
                  "China's defence ministry said the patrol was part of an annual cooperation plan and was \"not aimed at any third party\".",
                  "Chief Cabinet Secretary Yoshihide Suga called the South Korean response \"extremely regrettable\".",
                  "Foreign Minister Taro Kono and Defense Minister Takeshi Iwaya said Japanese fighters had also been scrambled.",
                  "The flight came as John Bolton, the US national security adviser, was in Tokyo and on his way to Seoul",
                  "\"Moscow and Beijing found the seam between Seoul and Tokyo, and flew down it,\" said Professor Lim Seong-woo",
                  "whether Russia will accept Seoul's account of the warning shots;",
                  "with Japan, with China, and now with Russia."],
    must_not_contain=["The Archipelago Post", "Asia &gt; East Asia", "AIR DEFENCE", "Seo Ji-hoon, Korea Correspondent",
                      "E-mail this article", "WhatsApp", "A Russian A-50 early warning aircraft, file photo",
                      "A Russian A-50 airborne early warning plane, of the type",
                      "PHOTO: KOREA DEFENCE MINISTRY VIA TAP FILES", "ADVERTISEMENT",
                      "Sign up for the Asia Dispatch:", "every weekday at 7am", "data-words", "Topics:",
                      "Read more", "Kim Jong Un inspects new submarine",
                      "Japan, South Korea trade row: what you need to know", "Join the conversation (58)",
                      "Copyright &copy; 2019 Archipelago Post Media Group", "Privacy statement",
                      "Terms &amp; Conditions", "class="],
    headings=["Three governments, one patch of sky", "A message for Washington", "What happens next"])
