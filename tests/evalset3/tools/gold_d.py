"""Gold entries e51-e60 for tests/evalset3 (merged into gold.json by make_gold.py). Each entry carries a comment on
how its date window was derived: terms of office of people named with their posts, as recorded in input/data where
the knowledge base holds the office, otherwise as the public record has them (said so in the comment)."""

G = {}

# Russia starts withdrawing from the Open Skies Treaty, Foreign Ministry statement of Friday 15 Jan 2021. The page
# says only "15 JAN, 17:42" (no year; the copyright line's "2001-2021" is not a publication date), so undated.
# Window: Pompeo secretary of state from 2018-04-26; Trump president (and Pompeo) until 2021-01-20, which the text
# confirms by calling Biden "President-elect ... who takes office on January 20" (his presidency must not be used).
G["e51"] = dict(
    title="Russia starts domestic procedures to withdraw from Open Skies Treaty \u2014 Foreign Ministry",
    date="2021-01-15", explicit_date=False, window=["2018-04-26", "2021-01-20"],
    leaders_required=["sergei-ryabkov", "vladimir-putin", "dmitry-peskov", "donald-trump", "mike-pompeo",
                      "joe-biden"],
    leaders_acceptable=["leonid-slutsky"],  # Duma committee chairman, introduced by his post
    leaders_forbidden=["jens-stoltenberg", "sergei-shoigu"],  # only in the "Read also" links
    topics_required=["arms-control"],
    topics_acceptable=["us-russia", "european-security", "nato", "defence"],
    must_contain=["Russia is launching the domestic procedures needed to withdraw from the Treaty on Open Skies",
                  "seriously upset the balance of interests of the states parties",
                  "allows its members to carry out short-notice, unarmed observation flights over each other's entire territory",
                  "that they would not bar Russian observation aircraft from flying over American military facilities on their soil",
                  "We never received a clear answer.",
                  "citing restrictions Moscow imposed on flights over the Kaliningrad region and near the borders of Abkhazia and South Ossetia",
                  "a withdrawal takes effect six months after a state party notifies the depositaries, Canada and Hungary",
                  "the treaty remained one of the last working instruments of transparency between Russia and the West in Europe"],
    must_not_contain=["RTA Russian Telegraph Agency", "Military & Defense | Science & Space", "RUS  ENG  DEU",
                      "15 JAN, 17:42", "Updated at: 15 JAN, 18:26", "VK   Telegram", "/RTA/",
                      "More: Diplomat describes", "More: Open Skies Treaty: what it is", "Read also",
                      "Stoltenberg urges Moscow", "Shoigu inspects", "Russia-US relations   Arms control",
                      "Subscribe to RTA on Telegram", "\u00a9 RTA Russian Telegraph Agency, 2001-2021",
                      "Reproduction, in whole or in part", "About RTA   Advertising"],
    headings=[])

# Germany's Leopard 2 decision, 25 Jan 2023 (stated as "01/25/2023" and "January 25, 2023"). HTML page.
# Window: Pistorius defence minister from 2023-01-19; Blaszczak Poland's defence minister until 2023-11-27
# (Morawiecki prime minister until 2023-12-13 is looser).
G["e52"] = dict(
    title="Germany to send Leopard tanks to Ukraine, allow others to follow",
    date="2023-01-25", explicit_date=True, window=["2023-01-19", "2023-11-27"],
    leaders_required=["olaf-scholz", "boris-pistorius", "joe-biden", "mariusz-blaszczak", "mateusz-morawiecki",
                      "annalena-baerbock", "volodymyr-zelensky", "jens-stoltenberg", "dmitry-peskov"],
    leaders_acceptable=["steffen-hebestreit", "sergei-nechayev"],  # government spokesman; Russia's ambassador
    leaders_forbidden=["angela-merkel",   # only in the "Explore more" list
                       "eberhard-zorn"],  # only in a photo caption
    topics_required=["ukraine", "defence"],
    topics_acceptable=["nato", "european-security", "us-russia"],
    must_contain=["ending weeks of hesitation that had strained relations with Kyiv and several NATO partners",
                  "In a first step, Berlin will provide a company of 14 Leopard 2A6 tanks from Bundeswehr stocks",
                  "This decision follows our well-known line of supporting Ukraine to the best of our ability",
                  "said the first tanks could reach Ukraine in three to four months",
                  "Washington would supply 31 M1 Abrams tanks",
                  "called the decision \"extremely dangerous\"",
                  "the total number in Europe is estimated at around 2,000",
                  "Tanks from Bundeswehr stocks", "Kremlin warns of escalation"],
    must_not_contain=["<p", "<div", "<figcaption", "&quot;", "&rsquo;", "&#322;", "Learn German",
                      "LIVE TV", "01/25/2023", "Send Facebook Twitter", "Copy link",
                      "The Leopard 2 is regarded as one of the most capable battle tanks",
                      "Image: Jonas Wehrle/picture alliance", "Image: Marta Okonkwo/picture alliance",
                      "Advertisement", "Skip next section", "Related topics",
                      "rs/wmr (Reuters, AFP, dpa)", "Explore more", "Angela Merkel defends"],
    headings=["Tanks from Bundeswehr stocks", "Kremlin warns of escalation"])

# China announces its security pact with Solomon Islands; posted Tue 19 Apr 2022 (stated; the "updated" time is the
# same day). Window: Seselja minister for international development and the Pacific from 2021-07-02 (public record;
# not in input/data); Morrison prime minister and Payne foreign minister until 2022-05-23. Albanese and Wong are in
# opposition here: their later offices must not be used.
G["e53"] = dict(
    title="China says it has signed security pact with Solomon Islands, days after Australian minister's plea",
    date="2022-04-19", explicit_date=True, window=["2021-07-02", "2022-05-23"],
    leaders_required=["scott-morrison", "marise-payne", "jacinda-ardern", "kurt-campbell"],
    leaders_acceptable=["anthony-albanese", "penny-wong",  # opposition leader and spokeswoman
                        "manasseh-sogavare", "zed-seselja", "wang-wenbin"],
    leaders_forbidden=["frank-bainimarama",  # only in a "Related Story" link
                       "peter-dutton",       # only in a photo caption
                       "wang-yi"],           # the spokesman Wang Wenbin is the only Wang
    topics_required=["indo-pacific"],
    topics_acceptable=["us-china", "defence"],
    must_contain=["a deal that has alarmed Australia, New Zealand and the United States",
                  "had \"recently\" signed a framework agreement on security cooperation",
                  "flew to Honiara to ask Prime Minister Manasseh Sogavare not to sign the agreement",
                  "We remain of the view that the Pacific family is best placed to meet the security needs of the region",
                  "Chinese navy ships to make visits and carry out logistical replenishment in the country",
                  "That deployment was made under a bilateral security treaty the two countries signed in 2017.",
                  "Opposition Leader Anthony Albanese said the agreement represented a massive failure of Australian foreign policy",
                  "What was in the leaked draft", "An election-campaign issue"],
    must_not_contain=["Southern Cross Broadcasting", "News Home | Just In", "Search the news", "Loading\u2026",
                      "By Pacific affairs reporter", "Posted Tue 19 Apr 2022 at 7:48pm",
                      "updated Tue 19 Apr 2022 at 11:05pm",
                      "Photo: Solomon Islands Prime Minister Manasseh Sogavare has repeatedly said",
                      "(Reuters: Lorenzo Tui)", "Share this article", "Related Story:", "Frank Bainimarama",
                      "Photo: Defence Minister Peter Dutton", "(AAP: Rhiannon Weeks)", "Topics: world-politics",
                      "Copy link", "Top Stories", "Acknowledgement of Country", "Editorial Policies"],
    headings=["What was in the leaked draft", "An election-campaign issue"])

# NATO's flag-raising for its seven new members in Brussels, Friday 2 Apr 2004; photo gallery, undated.
# Window: Lavrov foreign minister of Russia from 2004-03-09 ("Russia's new foreign minister"); Paksas president of
# Lithuania until 2004-04-06 (the text has the impeachment vote still ahead).
G["e54"] = dict(
    title="Seven flags in Brussels: NATO welcomes its new members",
    date="2004-04-02", explicit_date=False, window=["2004-03-09", "2004-04-06"],
    leaders_required=["jaap-de-hoop-scheffer", "george-w-bush", "sergey-lavrov", "colin-powell", "rolandas-paksas",
                      "algirdas-brazauskas"],
    leaders_acceptable=[],
    leaders_forbidden=["adrian-nastase", "simeon-saxe-coburg-gotha", "vaira-vike-freiberga",  # only in captions
                       "jacques-chirac", "gerhard-schroeder"],                               # only in "More galleries"
    topics_required=["nato"],
    topics_acceptable=["european-security", "defence", "arms-control"],
    must_contain=["completing the largest expansion in the alliance\u2019s 55-year history",
                  "With the seven, NATO now has 26 members",
                  "told foreign ministers gathered for the ceremony that the day closed a chapter that had begun with the fall of the Berlin Wall",
                  "deposited their instruments of accession with the United States, the depositary of the North Atlantic Treaty",
                  "four Belgian F-16 fighters began policing their airspace on Monday from a base at \u0160iauliai in Lithuania",
                  "urged the Baltic states to sign up to the adapted treaty limiting conventional forces in Europe",
                  "Parliament is due to vote next week on impeaching President Rolandas Paksas",
                  "membership of NATO was the first of two doors opening to the West"],
    must_not_contain=["<figure", "<figcaption", "<div", "&rsquo;", "&Scaron;",
                      "IN PICTURES", "12 photos", "Start slideshow", "Share gallery", "1 of 12",
                      "12 of 12", "Enlarge", "Honour guards stand beneath the flags",
                      "Photo: Pieter Vandaele/Eurofoto", "Photo: Dana Holloway/Capitol Wire Images",
                      "Romanian Prime Minister Adrian", "Crowds in Riga",
                      "View all thumbnails", "More galleries", "Madrid mourns its dead"],
    headings=[])

# Turkey shoots down a Russian Su-24 on Tuesday 24 Nov 2015; explainer of the next day ("Updated 2 hours ago"),
# undated. Window: Cavusoglu foreign minister again from 2015-11-24 ("returned to the post in a new cabinet announced
# on Tuesday"); Davutoglu prime minister until 2016-05-24.
G["e55"] = dict(
    title="Why did Turkey shoot down a Russian warplane, and what happens now?",
    date="2015-11-25", explicit_date=False, window=["2015-11-24", "2016-05-24"],
    leaders_required=["recep-tayyip-erdogan", "vladimir-putin", "ahmet-davutoglu", "mevlut-cavusoglu",
                      "jens-stoltenberg", "barack-obama", "francois-hollande", "sergey-lavrov",
                      "abdullah-ii-of-jordan"],
    leaders_acceptable=[],
    leaders_forbidden=["justin-trudeau"],  # only in the "More explainers" list
    topics_required=["nato", "middle-east"],
    topics_acceptable=["defence", "european-security", "energy", "us-russia"],
    must_contain=["two Turkish F-16 fighters shot down a Russian Su-24 bomber near the border between Turkey and Syria",
                  "The pilot was killed by gunfire from the ground as he came down by parachute",
                  "Ankara says the jet entered Turkish airspace over Hatay province for 17 seconds and ignored ten warnings in five minutes",
                  "called the attack a \"stab in the back\" delivered by the accomplices of terrorists",
                  "Turkey is a member of NATO, so any clash with Russia is, at least on paper, a clash with the alliance.",
                  "it would send S-400 air-defence systems to its air base at Hmeimim in Syria",
                  "Russia supplies more than half of the natural gas Turkey burns",
                  "Putin has ruled out treating it as an accident; Erdo\u011fan has ruled out an apology.",
                  "What happened?", "What comes next?"],
    must_not_contain=["THE LANTERN", "World  \u203a  Europe", "THE EXPLAINER", "By the Explainer desk",
                      "Updated 2 hours ago", "6 min read", "[Listen]", "[Save]", "THE BRIEFING LETTER",
                      "One story explained, every weekday at 7am.", "Sign up free", "\u250c", "\u2514",
                      "More explainers", "Who is Justin Trudeau", "Was this explainer useful?",
                      "\u00a9 2015 The Lantern Media Ltd"],
    headings=["What happened?", "Who says what?", "Why does it matter?", "What has Russia done so far?",
              "What comes next?"])

# ARA San Juan: the Argentine Navy reports an explosion-like sound, Friday 24 Nov 2017 (stated in the agency's
# "Friday, November 24th 2017 - 07:28 UTC" line). Window: Aguad defence minister from 2017-07-17 (public record; not
# in input/data); Macri president until 2019-12-10.
G["e56"] = dict(
    title="Argentine Navy says noise detected near missing submarine was \"consistent with an explosion\"",
    date="2017-11-24", explicit_date=True, window=["2017-07-17", "2019-12-10"],
    leaders_required=["mauricio-macri"],
    leaders_acceptable=["oscar-aguad", "enrique-balbi"],  # defence minister; navy spokesman
    leaders_forbidden=["cristina-fernandez-de-kirchner", "nestor-kirchner", "margaret-thatcher"],  # only in comments
    topics_required=["defence"],
    topics_acceptable=[],
    must_contain=["a revelation that plunged the families of the 44 crew into despair eight days into the search",
                  "had been registered on November 15 about three hours after the vessel's last contact",
                  "Comprehensive Nuclear-Test-Ban Treaty Organization in Vienna",
                  "They lied to us for a week,",
                  "was sailing from Ushuaia to Mar del Plata when it made its last contact on the morning of November 15",
                  "it was time to wait for conclusive information before drawing conclusions",
                  "sending the ice patrol ship HMS Protector and a transport aircraft from the Mount Pleasant base in the Falkland Islands",
                  "The boat carried oxygen reserves for about seven days if it remained submerged.",
                  "A week of false hopes", "An international search"],
    must_not_contain=["AustralWire \u00b7 South Atlantic News Agency", "Home | Argentina | Brazil",
                      "Espa\u00f1ol \u00b7 RSS \u00b7 Newsletter", "Friday, November 24th 2017 - 07:28 UTC",
                      "Full article 14 comments", "Categories: Argentina", "Top stories", "Uruguay expects record soybean",
                      "#1 PeatBogPete", "Nov 24th, 2017 - 08:15 am", "Report abuse", "Cristina Kirchner",
                      "Thatcher would never have", "Commenting for this story is now closed.",
                      "log in to see your preferences", "AustralWire \u00a9 2017"],
    headings=["A week of false hopes", "An international search"])

# BRICS summit in Kazan, newsletter issue of Friday 25 Oct 2024 (stated). Window: Pezeshkian president of Iran from
# 2024-07-28; Lula, named with his post, until the scheduled end of his term, 2026-12-31.
G["e57"] = dict(
    title="Kazan: Putin's big room, and who walked into it",
    date="2024-10-25", explicit_date=True, window=["2024-07-28", "2026-12-31"],
    leaders_required=["vladimir-putin", "xi-jinping", "narendra-modi", "antonio-guterres", "cyril-ramaphosa",
                      "abdel-fattah-el-sisi", "abiy-ahmed", "mohamed-bin-zayed", "masoud-pezeshkian",
                      "recep-tayyip-erdogan", "alexander-lukashenko", "luiz-inacio-lula-da-silva",
                      "faisal-bin-farhan"],
    leaders_acceptable=["mauro-vieira", "vikram-misri"],  # Brazil's foreign minister; India's foreign secretary
    leaders_forbidden=["malcolm-turnbull",  # only in the sponsor block
                       "kim-jong-un"],      # only "North Korean troops"
    topics_required=["russia-china"],
    topics_acceptable=["ukraine", "sanctions", "indo-pacific", "us-china", "middle-east"],
    must_contain=["The 16th BRICS summit, held in the Tatar capital of Kazan from Tuesday to Thursday, was the first since the group doubled in size",
                  "The Kremlin's message was simple: the attempt to isolate Russia has failed.",
                  "The Kazan Declaration, adopted on Wednesday, runs to more than 130 paragraphs.",
                  "who cancelled his trip after a fall at home and took part by video link",
                  "Thirteen states were invited, among them Turkey, Indonesia, Malaysia, Kazakhstan, Vietnam and Cuba.",
                  "Modi and Xi held their first formal bilateral talks in five years",
                  "Ukraine's foreign ministry called the trip a wrong choice that damaged the UN's reputation",
                  "Whether India and China turn the border deal into troop withdrawals.",
                  "Who came, who didn't", "Guterres's awkward day"],
    must_not_contain=["From: The Long Table", "hello@longtable.example", "Subject: Kazan", "Date: Friday, 25 October 2024",
                      "View this email in your browser", "THE LONG TABLE",
                      "A weekly briefing on summits, treaties and the people in the room", "Issue #112",
                      "welcome to the 412 new readers", "you can sign up here", "\u2500\u2500\u2500\u2500",
                      "SPONSORED \u00b7 The Harbour Forum 2025", "Malcolm Turnbull", "Book now \u203a",
                      "Hit reply and tell us what we missed", "Forward to a friend",
                      "You are receiving this because", "Unsubscribe | Update preferences",
                      "14 Wharf Lane, Bristol BS1 4RN", "Copyright \u00a9 2024 The Long Table Ltd"],
    headings=["The big picture", "Who came, who didn't", "Modi and Xi break the ice", "Guterres's awkward day",
              "What to watch"])

# Dayton agreement initialled, Tuesday 21 Nov 1995; Usenet posting of the same day (stated in the Date: header and
# the wire's "11-21-95" stamp). Window: Chirac president of France from 1995-05-17; Silajdzic prime minister of
# Bosnia and Herzegovina until 1996-01-30 (public record; input/data holds only his 2006-2010 presidency seat).
# Milosevic as "Serbian President", Holbrooke as assistant secretary of state, Bildt as EU mediator and Igor Ivanov
# as deputy foreign minister hold offices input/data lacks: their recorded terms must not be used.
G["e58"] = dict(
    title="Balkan leaders initial peace agreement at Dayton air base",
    date="1995-11-21", explicit_date=True, window=["1995-05-17", "1996-01-30"],
    leaders_required=["alija-izetbegovic", "slobodan-milosevic", "bill-clinton", "jacques-chirac",
                      "radovan-karadzic", "ratko-mladic", "richard-holbrooke", "carl-bildt", "igor-ivanov",
                      "haris-silajdzic"],
    leaders_acceptable=["franjo-tudjman", "warren-christopher"],
    leaders_forbidden=["cyrus-vance", "david-owen",  # only in the quoted earlier posts
                       "otto-von-bismarck",          # only in the signature
                       "bakir-izetbegovic",          # Alija is the only Izetbegovic
                       "sergei-ivanov"],             # Igor is the only Ivanov
    topics_required=["european-security"],
    topics_acceptable=["nato", "defence", "sanctions", "human-rights"],
    must_contain=["initialled an agreement on Tuesday to end the war in Bosnia",
                  "presided over by Secretary of State Warren Christopher",
                  "made up of two entities: the Muslim-Croat federation, with 51 percent of the territory",
                  "is to be settled by international arbitration within a year",
                  "will be barred from holding public office",
                  "sending about 20,000 American troops to Bosnia as part of a NATO force of some 60,000",
                  "The European Union mediator, Carl Bildt, and Russian Deputy Foreign Minister Igor Ivanov took part as co-chairmen.",
                  "it was more just than a continuation of the war",
                  "More than 200,000 people have been killed or are missing"],
    must_not_contain=["Path: news.uni-graz", "Newsgroups: soc.culture.bosna-herzgvna", "From: mkovac@",
                      "Subject: Re: Dayton", "Message-ID:", "NNTP-Posting-Host",
                      "In article <", ">> Radio here only said", "Vance-Owen", "Here is the wire story",
                      "begin forwarded text", "WW0417  2315 GMT", "BC-Bosnia-Peace",
                      "WorldWire Diplomatic Writer", "DAYTON, Ohio (WW) --", "WW-GA-mjt", "11-21-95 1815EST",
                      "My two cents", "Otto von Bismarck", "Finger for PGP key"],
    headings=[])

# Putin's Munich speech, Saturday 10 Feb 2007; translated German article, undated.
# Window: Gates defense secretary from 2006-12-18 ("The new US Defense Secretary"); Sergei Ivanov defence minister of
# Russia until 2007-02-15.
G["e59"] = dict(
    title="Putin in Munich: a cold shower for the West",
    date="2007-02-10", explicit_date=False, window=["2006-12-18", "2007-02-15"],
    leaders_required=["vladimir-putin", "angela-merkel", "sergei-ivanov", "jaap-de-hoop-scheffer", "robert-gates"],
    leaders_acceptable=["manfred-woerner", "joe-lieberman"],  # quoted 1990 NATO chief; US senator
    leaders_forbidden=["avigdor-lieberman",  # the senator is Joe Lieberman
                       "igor-ivanov",        # Sergei is the only Ivanov
                       "willy-brandt"],      # only in a translator's note
    topics_required=["us-russia", "european-security"],
    topics_acceptable=["nato", "arms-control", "defence", "energy"],
    must_contain=["For half an hour, Russian President Vladimir Putin listed everything that Moscow holds against Washington",
                  "an attack on what he called the unipolar world, a world with one centre of power and one master",
                  "it was a serious provocation that lowered the level of mutual trust",
                  "quoting a speech by the then NATO Secretary General Manfred W\u00f6rner in 1990",
                  "NATO Secretary General Jaap de Hoop Scheffer called the speech disappointing and not helpful.",
                  "It was the speech of a man who wants to be taken seriously,",
                  "which he accused of becoming a vulgar instrument for promoting the foreign policy interests of one country or group of countries",
                  "in which Putin is not allowed to run again"],
    must_not_contain=["Abendpost International \u2014 Germany and the world, in English",
                      "Startseite \u203a Politik \u203a Ausland", "Suche   Anmelden   Abo", "Artikel vorlesen",
                      "Teilen", "Editor's note:", "Translated from the German by Clara Weitz",
                      "By J\u00f6rg Hallbauer", "[Translator's note:", "Anzeige", "Mehr zum Thema",
                      "Merkel wirbt in M\u00fcnchen", "Kommentare (87)", "Zur Diskussion",
                      "Read the original (in German)", "abendpost.example", "Raketenabwehr: Warschau und Prag",
                      "Zur Startseite", "Impressum", "Willy Brandt"],
    headings=[])

# Israel's strikes on Iran, Friday 13 Jun 2025 ("Updated 14 hours ago"; no date on the page). HTML page.
# Window: Merz chancellor from 2025-05-06 (Rubio acting national security adviser from 2025-05-01 is looser);
# Macron's term is scheduled to end 2027-05-13.
G["e60"] = dict(
    title="Israel strikes Iran\u2019s nuclear sites and kills top commanders; Iran retaliates with drones and missiles",
    date="2025-06-13", explicit_date=False, window=["2025-05-06", "2027-05-13"],
    leaders_required=["benjamin-netanyahu", "israel-katz", "ali-khamenei", "masoud-pezeshkian", "marco-rubio",
                      "donald-trump", "steve-witkoff", "abbas-araghchi", "rafael-grossi", "keir-starmer",
                      "emmanuel-macron", "friedrich-merz"],
    leaders_acceptable=["hossein-salami", "mohammad-bagheri"],  # the commanders killed
    leaders_forbidden=["hassan-rouhani",    # only in an inline "Read more:" card
                       "javier-milei",      # only in "Most read"
                       "hans-rudolf-merz"],  # namesake
    topics_required=["middle-east"],
    topics_acceptable=["arms-control", "defence", "energy"],
    must_contain=["hitting the uranium enrichment plant at Natanz and military sites around Tehran",
                  "Among the dead were Hossein Salami, the commander of the Islamic Revolutionary Guard Corps",
                  "declared a special state of emergency across the country in anticipation of a counter-attack",
                  "that Israel had taken unilateral action, that the United States was not involved",
                  "urged Tehran to make a deal on its nuclear programme before there was nothing left",
                  "but that radiation levels outside the site had not changed",
                  "on fears that the conflict could disrupt shipping through the Strait of Hormuz.",
                  "European leaders called for restraint.",
                  "Washington keeps its distance", "Inspectors and markets"],
    must_not_contain=["<p", "<aside", "&rsquo;", "&ldquo;", "We and our 214 partners",
                      "Manage preferences", "\u00a31 for 3 months", "Updated 14 hours ago",
                      "Listen to this article", "Read more:", "What Hassan Rouhani",
                      "Why the Strait of Hormuz matters to your petrol bill", "Natanz was always going to be first",
                      "@lfarahani_sec",
                      "Do you think the United States should join military action against Iran?", "1,245 votes",
                      "Gift this article", "1,982 comments", "Most read",
                      "Privacy settings"],
    headings=["Washington keeps its distance", "Inspectors and markets"])
