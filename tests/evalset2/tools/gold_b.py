"""Gold entries e31-e40 for tests/evalset2 (merged into gold.json by make_gold.py). Each entry carries a comment on
how its date window was derived: terms of office, as recorded in input/data, of people named with their posts."""

G = {}

# GCC summit at Al-Ula, 5 Jan 2021 (stated, Hijri and Gregorian). Window: Salman bin Hamad Al Khalifa Bahrain's
# prime minister from 2020-11-11; Trump president until 2021-01-20 (Nawaf emir of Kuwait from 2020-09-30 is looser).
G["e31"] = dict(
    title="Gulf leaders sign Al-Ula declaration, ending three-and-a-half-year rift with Qatar",
    date="2021-01-05", explicit_date=True, window=["2020-11-11", "2021-01-20"],
    leaders_required=["mohammed-bin-salman", "tamim-bin-hamad-al-thani", "salman-bin-abdulaziz",
                      "salman-bin-hamad-al-khalifa", "mohammed-bin-rashid-al-maktoum",
                      "nawaf-al-ahmad-al-jaber-al-sabah", "sameh-shoukry", "faisal-bin-farhan", "donald-trump"],
    leaders_acceptable=["sabah-al-ahmad-al-jaber-al-sabah", "faisal-bin-farhan-al-saud"],
    leaders_forbidden=["recep-tayyip-erdogan",  # only in a "Read also" link
                       "fahd-bin-abdulaziz"],   # the King Fahd Causeway
    topics_required=["middle-east"],
    topics_acceptable=["defence", "energy"],
    must_contain=["formally closing the dispute that began in June 2017",
                  "held in a mirrored concert hall among the sandstone tombs of the Nabataean site",
                  "The Salwa crossing, the only land border of Qatar, had been closed for more than three years",
                  "was earning an estimated $100 million a year in overflight fees from Qatar Airways",
                  "Egypt's Foreign Minister Sameh Shoukry signed the declaration on Cairo's behalf.",
                  "Trust between the media and the security services of these states will take much longer",
                  "Borders reopen"],
    must_not_contain=["\u200f", "\u200e", "Al-Manara English", "Home › Gulf", "21 Jumada al-Awwal 1442 AH",
                      "Issue No. 15412", "Hamad Al-Mutairi", "[Photo]", "(SPA)", "Read also:", "Erdoğan says Ankara",
                      "Tags: GCC", "Most Read", "Download the Al-Manara app", "Follow us:",
                      "© 2021 Al-Manara Media Group"],
    headings=["Borders reopen", "Kuwaiti and American mediation", "What comes next"])

# Georgia ceasefire (six-point plan of 12 Aug 2008), clipped into a notes app; the article itself is undated and the
# note's "created: 2024-02-18" is the clipping date, not the publication date.
# Window: Medvedev president from 2008-05-07; Gurgenidze prime minister of Georgia until 2008-11-01.
G["e32"] = dict(
    title="Russia halts Georgia offensive as Medvedev and Sarkozy agree six-point plan",
    date="2008-08-13", explicit_date=False, window=["2008-05-07", "2008-11-01"],
    leaders_required=["dmitry-medvedev", "nicolas-sarkozy", "mikheil-saakashvili", "vladimir-putin", "lado-gurgenidze",
                      "bernard-kouchner", "alexander-stubb", "george-w-bush", "condoleezza-rice"],
    leaders_acceptable=[],
    leaders_forbidden=["hillary-clinton", "sergey-lavrov",  # only in the clipper's own callout
                       "susan-rice"],                      # "Rice" after Condoleezza Rice
    topics_required=["european-security"],
    topics_acceptable=["nato", "defence", "us-russia", "ukraine", "human-rights"],
    must_contain=["agreed a six-point plan to end five days of fighting over the breakaway region of",
                  "accepted the plan shortly before midnight, after a change to its last point",
                  "Georgian forces return to their usual bases.",
                  "An earlier draft spoke in its last point of the future status of the two regions.",
                  "could be read as a licence to stay",
                  "who holds the rotating chairmanship of the OSCE",
                  "The six points"],
    must_not_contain=["created: 2024-02-18", "tags: [clippings", "source: https://", "[!info]",
                      "Clipped with Web Clipper", "Caucasus MOC", "![[", "[[", "==The plan",
                      "Photo: Sergo Abashidze", "By Tamsin Hale", "214 comments", "[!note]", "Hillary Clinton",
                      "Tagliavini report", "#clippings"],
    headings=["The six points", "Who controls the roads"])

# First round of six-party talks, Beijing, ended 29 Aug 2003; page undated (only "Copyright 2003").
# Window: Li Zhaoxing foreign minister from 2003-03-17 (Hu Jintao president from 2003-03-15);
# Kawaguchi foreign minister of Japan until 2004-09-27. Windows-1252 with CRLF.
G["e33"] = dict(
    title="Six-party talks end without deal, but all sides agree to meet again",
    date="2003-08-29", explicit_date=False, window=["2003-03-17", "2004-09-27"],
    leaders_required=["kim-jong-il", "colin-powell", "yoriko-kawaguchi", "junichiro-koizumi", "roh-moo-hyun",
                      "hu-jintao", "li-zhaoxing"],
    leaders_acceptable=["wang-yi"],  # then vice foreign minister, an office the knowledge base lacks
    leaders_forbidden=["tony-blair",  # only in the left nav column
                       "kim-jong-un", "kim-yong-nam"],  # Kim Jong Il and the delegate Kim Yong Il are the only Kims
    topics_required=["indo-pacific", "arms-control"],
    topics_acceptable=["us-china", "defence", "human-rights", "energy"],
    must_contain=["ended here without a joint statement, but with an agreement among the six governments to keep talking",
                  "the Korean peninsula should be free of nuclear weapons while the security concerns of the North are taken into account",
                  "must dismantle its nuclear programme completely, verifiably and irreversibly",
                  "demanded a non-aggression treaty with the United States and the resumption of fuel oil deliveries",
                  "Japan would not normalise relations with the North until the abductions were resolved",
                  "simply getting everyone into the same room was a diplomatic achievement",
                  "No joint statement, six points of consensus"],
    must_not_contain=["\r", "<P>", "<FONT", "<TD", "<TABLE", "BGCOLOR", "openPrinterFriendly", "GNN.com - Asia",
                      "Search GNN.com", "high-speed DSL", "SECTIONS", "Blair tells Hutton inquiry",
                      "Printer-friendly version", "E-mail this story", "Margaret Quill", "GNN Photo/Chen Liwei",
                      "RELATED STORIES:", "Timeline: North Korea", "Global News Network Inc.",
                      "Best viewed with Internet Explorer", "&nbsp;", "&#8220;", "&#149;"],
    headings=["No joint statement, six points of consensus", "Tokyo presses abductions issue"])

# Israel-Hezbollah ceasefire, podcast released the morning it took effect (27 Nov 2024); undated page.
# Window: Israel Katz defence minister from 2024-11-07; Joseph Aoun army commander until 2025-01-09.
G["e34"] = dict(
    title="Israel and Hezbollah stop shooting. For how long?",
    date="2024-11-27", explicit_date=False, window=["2024-11-07", "2025-01-09"],
    leaders_required=["benjamin-netanyahu", "israel-katz", "joe-biden", "emmanuel-macron", "najib-mikati",
                      "nabih-berri", "joseph-aoun", "naim-qassem"],
    leaders_acceptable=["hassan-nasrallah", "yoav-gallant"],
    leaders_forbidden=["michel-aoun",                    # "Aoun" is the army commander; the presidency is vacant
                       "donald-trump", "yahya-sinwar"],  # only in the episode list
    topics_required=["middle-east"],
    topics_acceptable=["defence", "human-rights"],
    must_contain=["The core is a sixty-day transition.",
                  "something like five thousand soldiers according to the government in Beirut",
                  "It is essentially Resolution 1701 with a monitoring system attached.",
                  "it will now be chaired by the United States, with France on it",
                  "He wants to focus on Iran.",
                  "One strike that the other side reads as a violation, and the clock resets."],
    must_not_contain=["Listen on Spotify", "Apple Podcasts", "00:00 / 41:18", "⤓ Download", "Chapters", "[00:12:31]",
                      "[00:00:00]", "Produced by Owen Rees", "This transcript was generated automatically",
                      "Lumen Lingo", "code FAULTLINES", "Subscribe to The Fault Lines", "More episodes",
                      "What Trump's second term means for NATO", "After Sinwar", "© 2024 Meridian Audio"],
    headings=[])

# Chinese balloon and Blinken's postponed trip; post of Feb 6, 2023 (stated).
# Window: McCarthy House speaker from 2023-01-07; Qin Gang foreign minister until 2023-07-25.
G["e35"] = dict(
    title="The balloon that popped the thaw: why a stray airship grounded Blinken's Beijing trip",
    date="2023-02-06", explicit_date=True, window=["2023-01-07", "2023-07-25"],
    leaders_required=["antony-blinken", "joe-biden", "lloyd-austin", "xi-jinping", "wang-yi", "qin-gang",
                      "kevin-mccarthy"],
    leaders_acceptable=[],
    leaders_forbidden=["nancy-pelosi",   # only in "Recommended from Medium"
                       "jimmy-carter"],  # USS Carter Hall
    topics_required=["us-china"],
    topics_acceptable=["defence", "indo-pacific", "sanctions", "technology"],
    must_contain=["a state that hosts one of the three fields of American intercontinental ballistic missiles",
                  "brought it down about six nautical miles off the coast of South Carolina",
                  "the dock landing ship USS Carter Hall",
                  "Whether Beijing retaliates, for example by sanctioning American defence firms",
                  "these visits are hard to schedule and easy to cancel",
                  "The balloon did not cause the mistrust.",
                  "The trip that wasn't"],
    must_not_contain=["Open in app", "Member-only story", "7 min read", "1.2K", "Nathaniel Osei", "Thanks for reading",
                      "clap and follow", "US Politics", "4.3K Followers", "More from", "Recommended from Medium",
                      "Nancy Pelosi", "Staff Picks", "Text to speech"],
    headings=["A balloon over Montana", "The trip that wasn't", "Beijing's version", "What comes next"])

# US sanctions on PDVSA, 28 Jan 2019 (stated as "28 ene. 2019").
# Window: Guaido interim president from 2019-01-23; Bolton national security adviser until 2019-09-10.
G["e36"] = dict(
    title="US sanctions Venezuela's state oil firm PDVSA, steering revenue toward Guaidó",
    date="2019-01-28", explicit_date=True, window=["2019-01-23", "2019-09-10"],
    leaders_required=["steven-mnuchin", "john-bolton", "donald-trump", "nicolas-maduro", "juan-guaido",
                      "pedro-sanchez", "josep-borrell"],
    leaders_acceptable=[],
    leaders_forbidden=["diosdado-cabello"],  # only in the Spanish photo caption
    topics_required=["sanctions", "energy"],
    topics_acceptable=["human-rights", "defence"],
    must_contain=["in a move designed to cut off Nicolás Maduro's main source of hard currency",
                  "would block about 7 billion dollars in PDVSA assets",
                  "but their payments must go into blocked accounts that Maduro's government cannot touch",
                  "bore the handwritten words",
                  "gave Maduro eight days to call free elections",
                  "would appoint new boards of directors for PDVSA and Citgo"],
    must_not_contain=["EFE Noticias", "Portada > Internacional", "28 ene. 2019", "21:40 CET", "Fotografía de archivo",
                      "EFE/Miguel Gutiérrez", "Diosdado Cabello", "Caracas/Washington, 28 Jan (EFE)", "gb-mvs/jcm",
                      "(c) EFE 2019", "Queda prohibida", "Noticias relacionadas", "Etiquetas:", "Síguenos en",
                      "Aviso legal"],
    headings=[])

# Putin's state visit to Beijing, 16 May 2024 (stated as "2024-05-16 21:47:09"). UTF-8 BOM.
# Window: Belousov defence minister from 2024-05-14; Putin's current term is scheduled to end 2030-05-07.
G["e37"] = dict(
    title="Xi, Putin hold talks in Beijing, agree to deepen partnership in new era",
    date="2024-05-16", explicit_date=True, window=["2024-05-14", "2030-05-07"],
    leaders_required=["xi-jinping", "vladimir-putin", "sergey-lavrov", "andrei-belousov", "wang-yi"],
    leaders_acceptable=[],
    leaders_forbidden=["antony-blinken", "li-qiang", "olaf-scholz"],  # only in "Related Stories"
    topics_required=["russia-china"],
    topics_acceptable=["ukraine", "energy", "european-security", "technology"],
    must_contain=["who is on a state visit to China, at the Great Hall of the People in Beijing on Thursday",
                  "first trip abroad since he was sworn in for a new term as Russian president earlier this month",
                  "had grown stronger through wind and rain",
                  "deepen the alignment of the Belt and Road Initiative with the Eurasian Economic Union",
                  "Bilateral trade reached a record of about 240 billion U.S. dollars last year",
                  "signed a joint statement on deepening the comprehensive strategic partnership of coordination for a new era",
                  "the opening of the eighth China-Russia Expo"],
    must_not_contain=["\ufeff", "<p", "<div", "class=", "_cnwStat", "CNW English", "Special: Putin", "Source: Xinhua",
                      "2024-05-16 21:47:09", "Editor: Huang Lin", "Share:", "Font size", "(Xinhua/Zhao Yingquan)",
                      "BEIJING, May 16 (Xinhua) --", "Related Stories", "Blinken wraps up", "Most Viewed",
                      "Panda cubs", "All Rights Reserved", "&#39;", "&#8217;", "&nbsp;"],
    headings=[])

# India-Pakistan ceasefire holding, 11 May 2025 (stated as "Updated: May 11, 2025, 08:15 IST").
# Window: Rubio secretary of state from 2025-01-21; Trump's and Vance's terms are scheduled to end 2029-01-20.
G["e38"] = dict(
    title="Ceasefire largely holds along LoC after night of violations; India says forces will respond firmly",
    date="2025-05-11", explicit_date=True, window=["2025-01-21", "2029-01-20"],
    leaders_required=["narendra-modi", "rajnath-singh", "ajit-doval", "donald-trump", "marco-rubio", "jd-vance",
                      "shehbaz-sharif", "subrahmanyam-jaishankar", "asim-munir"],
    leaders_acceptable=[],
    leaders_forbidden=["imran-khan",                       # only in an "Also Read |" link
                       "nawaz-sharif", "manmohan-singh",   # "Sharif" is Shehbaz, "Singh" is Rajnath
                       "indira-gandhi"],                   # the airport
    topics_required=["defence"],
    topics_acceptable=["arms-control"],
    must_contain=["An uneasy calm returned to Jammu and Kashmir",
                  "all firing and military action on land, in the air and at sea would stop from 17:00 hours Indian Standard Time",
                  "the understanding had been breached repeatedly over the previous few hours",
                  "in response to the April 22 attack at Pahalgam in which 26 people, most of them tourists, were killed",
                  "Indian officials rejected that last point.",
                  "What happened after 5 pm"],
    must_not_contain=["NEWS NATION TODAY", "E-Paper | Live TV", "Home / News / India", "Written By: Ananya Deshpande",
                      "Updated: May 11, 2025, 08:15 IST", "Follow us on Google News", "Listen to this article",
                      "NNT Photo/Sajad Mir", "Also Read |", "Imran Khan", "IPL 2025 suspended", "Disclaimer:",
                      "Catch all the Latest News", "Trending Topics", "#OperationSindoor", "© 2025 News Nation Today"],
    headings=["What happened after 5 pm", "Trump's announcement and India's position"])

# Security Council resolution 1172 on the Indian and Pakistani nuclear tests, 6 June 1998 (stated). CRLF.
# Window: Vajpayee prime minister from 1998-03-19; Bill Clinton president and Albright secretary of state until
# 2001-01-20 (Lavrov, named as Russia's UN representative, 1994-04-01 .. 2004-03-09, is looser).
G["e39"] = dict(
    title="Security Council Condemns Nuclear Tests by India and Pakistan, Urges Both to Refrain from Further Tests",
    date="1998-06-06", explicit_date=True, window=["1998-03-19", "2001-01-20"],
    leaders_required=["kofi-annan", "atal-bihari-vajpayee", "bill-clinton", "madeleine-albright", "sergey-lavrov"],
    leaders_acceptable=[],
    leaders_forbidden=["hillary-clinton",  # "Clinton" is Bill
                       "qin-gang"],        # "Qin" is the ambassador Qin Huasun
    topics_required=["arms-control"],
    topics_acceptable=["defence"],
    must_contain=["condemned the nuclear tests carried out by India on 11 and 13 May and by Pakistan on 28 and 30 May",
                  "to resume their dialogue on all outstanding issues, including the root causes of the tension between them",
                  "had announced a voluntary moratorium on further underground test explosions",
                  "did not consider sanctions to be an effective tool in this case",
                  "India's claim that it faced a threat from China was totally groundless",
                  "Japan had frozen new grant aid and loans to both countries.",
                  "Statements"],
    must_not_contain=["\r", "Meetings Coverage and Press Releases", "Department of Public Information",
                      "Home › Meetings Coverage", "Press Release", "SC/6528", "6 June 1998", "3890th Meeting (AM)",
                      "* *** *", "For information media. Not an official record.", "Follow UN Meetings Coverage",
                      "Fraud Alert", "Terms of Use"],
    headings=["Background", "Statements"])

# South China Sea arbitral award, 12 Jul 2016, reposted to a forum ("submitted 3 hours ago"); undated.
# Window: Duterte president from 2016-06-30; Kishida foreign minister until 2017-08-03.
G["e40"] = dict(
    title="Hague tribunal rules against China's South China Sea claims in case brought by Philippines",
    date="2016-07-12", explicit_date=False, window=["2016-06-30", "2017-08-03"],
    leaders_required=["rodrigo-duterte", "xi-jinping", "wang-yi", "tsai-ing-wen", "fumio-kishida"],
    leaders_acceptable=["benigno-aquino-iii"],
    leaders_forbidden=["barack-obama",         # only in a comment
                       "ferdinand-marcos-jr"],  # a comment about the elder Marcos
    topics_required=["indo-pacific"],
    topics_acceptable=["us-china", "energy", "defence"],
    must_contain=["China has no legal basis for claiming historic rights to the resources inside the so-called nine-dash line",
                  "none of the features in the Spratly Islands is legally an island capable of generating a 200-nautical-mile exclusive economic zone",
                  "had caused severe and permanent harm to the coral reef environment",
                  "called on all parties to show restraint and sobriety",
                  "There is no mechanism to enforce the award.",
                  "What the ruling cannot do"],
    must_not_contain=["r/worldnews", "hot  new  rising", "Log in or sign up", "(self.worldnews)",
                      "submitted 3 hours ago by", "1,847 points", "412 comments", "Link to the original is paywalled",
                      "By Clara Mendoza", "Edit: formatting", "sorted by: best", "level 1", "u/Kestrel_Bay",
                      "Continue this thread", "Obama's pivot", "about this subreddit", "No editorialized titles",
                      "© 2016 reddit inc"],
    headings=["Beijing rejects the award", "What the ruling cannot do"])

# Added after the first scoring: officeholders the text introduces by their post are acceptable (the gold semantics
# of tests/evalset; the annotator finds such people whether or not the knowledge base holds them).
G["e31"]["leaders_acceptable"] += ["jared-kushner", "nayef-falah-al-hajraf", "fahd-bin-mahmoud-al-said"]
G["e33"]["leaders_acceptable"] += ["alexander-losyukov", "james-kelly"]
G["e38"]["leaders_acceptable"] += ["ishaq-dar", "vikram-misri"]
G["e40"]["leaders_acceptable"] += ["perfecto-yasay"]
