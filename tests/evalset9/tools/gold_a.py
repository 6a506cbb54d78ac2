"""Gold for e161-e170 (writer A; merged into gold.json by merge_gold.py). Each entry carries a comment on how its date
window was derived: terms of office (input/data) of people named with their posts, nothing else. A person named with a
former post, with a post the knowledge base does not record, or with no post says nothing about the window and is
acceptable, not required. Open-ended terms end at their scheduled end. People the knowledge base does not hold appear,
if at all, as slugs in leaders_acceptable (named in the body) or leaders_forbidden (named only in chrome, or the
invented reporters, analysts and photographers). Quotes and apostrophes in the phrases are the characters the page
means (entities and mojibake undone), since the scorer compares the cleaned text exactly."""

G = {}

# Irish regional daily's Google AMP page (raw HTML, UTF-8): AMP runtime and extension scripts, amp-boilerplate and
# amp-custom styles, JSON-LD whose alternativeHeadline and og:title keep the first headline, amp-analytics, an
# amp-consent dialog ("187 partners"), hamburger menu and amp-sidebar nav, logo alt with a double-escaped "&amp;mdash;",
# a euro subscription offer, "simplified version" notice, kicker crumbs, by-line, "First published … · Updated …"
# with <amp-timeago>, amp-social-share row with a comment count, a "Story history (3 versions)" widget listing the
# first headline and each update, figure with "&amp;amp;" in alt and "Picture: …" caption, two amp-ad slots with
# "Advert" / "Story continues below" labels, an inline "Related story:" link to the first version, a bulleted fact
# list, a pull quote repeating a body sentence, a newsletter amp-form box inside the body, h2 headings, a correction
# (body text), an "In this story:" topics row, "More in Defence" cards, comments stub, "Most Read", footer. Stated date: first published
# Sat 29 Jan 2022 (updated the same day). Window: Micheál Martin Taoiseach from 2020-06-27 (Coveney foreign minister
# from 2017-06-14, Borrell EU high representative from 2019-12-01, Putin president earlier); Coveney and Martin in
# those posts until 2022-12-17. Filatov (ambassador) is not in the knowledge base. Traps: the reporter "Michael
# Higgins" is a namesake of President Michael D. Higgins (an alias the data holds) and appears only in the by-line and
# JSON-LD; Leo Varadkar only in a "More in Defence" card and its image alt.
G["e161"] = dict(
    title="Russia agrees to move naval exercises out of Irish economic zone",
    date="2022-01-29", explicit_date=True, window=["2020-06-27", "2022-12-17"],
    leaders_required=["simon-coveney", "micheal-martin", "josep-borrell", "vladimir-putin"],
    leaders_acceptable=["yury-filatov"],
    leaders_forbidden=["michael-d-higgins",  # the reporter, a namesake, only in the by-line and JSON-LD
                       "leo-varadkar",  # only in a related card
                       "aoife-brennan", "denis-minihane"],
    topics_required=["defence", "european-security"],
    topics_acceptable=["ukraine", "nato", "us-russia"],
    must_contain=["Russia will move naval exercises planned for next week off the south-west coast out of Ireland\u2019s exclusive economic zone",
                  "the manoeuvres would be held beyond the zone as a gesture of goodwill",
                  "he had said the exercises were not welcome",
                  "inside the economic zone but well outside the 12-nautical-mile limit of Irish territorial waters",
                  "Area: about 240km south-west of Cork, inside the Irish exclusive economic zone",
                  "in what it called a peaceful protest",
                  "Taoiseach Micheál Martin had described the planned exercises as unwelcome earlier in the week",
                  "The Naval Service has nine ships, two of them laid up because of crew shortages",
                  "The Kremlin denies that President Vladimir Putin intends to invade",
                  "\u201cJust with a bit less company.\u201d",
                  "Correction: An earlier version of this article said the exercise area lay about 240 nautical miles off the coast.",
                  "What happens next"],
    must_not_contain=["Your privacy matters to us", "Accept & close", "Cookie settings", "&#9776; Menu",
                      "Subscribe \u20ac1 for 3 months", "You are viewing a simplified version of this page",
                      "View the full article", "Security Correspondent", "Sat 29 Jan 2022 at 19:52",
                      "Story history (3 versions)", "Adds Russian embassy statement; new headline",
                      "Picture: Leeside Post Archive / Denis Minihane", "Advert", "Story continues below",
                      "Related story:", "Fishermen vow to stay put as Russian navy drills loom", "Morning Briefing",
                      "By signing up you agree to our privacy policy", "In this story:", "More in Defence",
                      "Varadkar: Ireland is militarily neutral", "214 comments", "Join the conversation",
                      "Storm Malik", "Registered in Ireland No. 21466"],
    headings=["Neutrality questions", "What happens next"])

# Read-later service's "Reader export" of an archived Canadian broadcaster's page (plain text, UTF-8, CRLF): the
# service's header (name, box-drawing rules, domain, "Reader view", estimated reading time, "Saved from" a web-archive
# URL with a 2003 capture stamp, original URL, "Saved 12 Feb 2024", folder and tags), then what the reader kept of the
# 2003 page: "Last Updated: Mon, 17 Mar 2003 22:14:37 EST", staff/agency credit, "[Image: …]" alt text and a caption
# with an ALL-CAPS agency credit "(DP PHOTO/…)", an "OTTAWA -" dateline, a "WATCH: … (RealVideo, 2:14)" line,
# a "•" list after a colon line, "ADVERTISEMENT", bare headings, "RELATED STORIES:" with "»", a "YOUR VIEW: …
# (1,342 comments)" line, copyright; then the export's footer. Stated date: 17 Mar 2003 (the save date of 2024 and the
# capture stamp of 18 March are not it). Window: Bill Graham foreign minister from 2002-01-16 (Chrétien prime minister,
# Bush president, Annan secretary-general, Blair prime minister earlier); Saddam Hussein, named as Iraq's president,
# until 2003-04-09. Harper (party leader) holds only a later post in the data; Joe Clark, Layton, Duceppe, McCallum,
# Pearson, Pierre Trudeau and Mulroney are not in the knowledge base. Traps: "Joe Clark" / "Clark" is not New
# Zealand's Helen Clark (short name "Clark"); "Pierre Trudeau" is not Justin Trudeau (short name "Trudeau"); John Howard
# appears only in "RELATED STORIES".
G["e162"] = dict(
    title="Canada won't join war on Iraq without UN approval, Chrétien says",
    date="2003-03-17", explicit_date=True, window=["2002-01-16", "2003-04-09"],
    leaders_required=["jean-chretien", "bill-graham", "george-w-bush", "saddam-hussein", "kofi-annan", "tony-blair"],
    leaders_acceptable=["stephen-harper", "joe-clark", "jack-layton", "gilles-duceppe", "john-mccallum",
                        "lester-pearson", "pierre-trudeau", "brian-mulroney"],
    leaders_forbidden=["helen-clark",  # "Joe Clark"
                       "justin-trudeau",  # "Pierre Trudeau"
                       "john-howard",  # only in RELATED STORIES
                       "tom-hanrahan", "marie-claude-beaulieu"],
    topics_required=["middle-east"],
    topics_acceptable=["defence", "arms-control"],
    must_contain=["Canada will not take part in a war on Iraq that goes ahead without a new resolution of the United Nations Security Council",
                  "\"If military action proceeds without a new resolution of the Security Council, Canada will not participate,\" Chrétien said",
                  "withdrew a draft second resolution at the UN that would have authorized force",
                  "gave Iraqi President Saddam Hussein and his sons 48 hours to leave the country",
                  "Canadian Alliance: Canada should stand with the United States and Britain",
                  "Progressive Conservative Leader Joe Clark said the government had taken far too long to say where it stood.",
                  "Defence Minister John McCallum said Canadian warships now in the region would carry on with their patrols",
                  "Foreign Affairs Minister Bill Graham said Canada stood ready to help with humanitarian relief",
                  "was Pierre Trudeau's justice minister",
                  "\"But there is a long record of Canada saying no to Washington and the relationship surviving it.\"",
                  "Pressure at home"],
    must_not_contain=["\r", "Shelfmark", "Reader export", "Reader view", "Estimated reading time: 6 min", "Saved from:",
                      "Original URL:", "Saved 12 Feb 2024, 21:07", "Folder: Research / Iraq 2003",
                      "Last Updated: Mon, 17 Mar 2003 22:14:37 EST", "CBN News Online staff, with files from Dominion Press",
                      "[Image: Prime Minister Jean Chrétien rises in the House of Commons]", "(DP PHOTO/Tom Hanrahan)",
                      "WATCH:", "(RealVideo, 2:14)", "ADVERTISEMENT", "RELATED STORIES:",
                      "Howard pledges Australian forces if war comes", "INDEPTH: Iraq - countdown to war",
                      "YOUR VIEW:", "(1,342 comments)", "Copyright \u00a92003 Canadian Broadcasting Network",
                      "End of saved article", "Highlights: 0", "Formatting may differ from the original page."],
    headings=["Ships stay in the Gulf", "Pressure at home"])

# Philippine broadcaster's site carrying a syndicated wire story (plain text, UTF-8): masthead, menu with "☰" and
# "▶ LBN Live", hashtag "Trending:" row, crumbs, "THIS STORY HAS BEEN UPDATED" banner, agency credit "with reports
# from …", "Originally published: … / Updated: …" stamps (stated: February 2, 2023), the URL kept with the first
# version's slug ("austin-arrives-in-manila-for-talks-on-edca-sites"), share row with "View comments (57)",
# "[Photo] … APN/…" caption, the wire's "UPDATE 2-" slug with its "(Adds …)" advisory, "MANILA, Feb 2 (APN) -"
# dateline, "Continue reading below ↓", "RELATED:" line mid-text, an ALL-CAPS factbox heading over an "(i)"–"(iii)"
# list, "ADVERTISEMENT", the broadcaster's own ALL-CAPS "LOCAL REACTION" section, wire credit line, agency copyright and
# content-sharing notice, "WATCH:" promo, emoji reaction counts, Viber community call, "MORE FROM LBN NEWS" list,
# broadcaster copyright. Window: Marcos Jr president from 2022-06-30; Austin defense secretary (from 2021-01-22) until
# 2025-01-20. Galvez and Mao Ning are not in the knowledge base; Rodrigo Duterte is named with his former post. Traps:
# "the Aquino administration" with no Aquino named (Benigno Aquino III forbidden); "Clark Air Base" (a place; Helen
# Clark, short name "Clark", forbidden); "Duterte" after the full name is Rodrigo, not Vice President Sara Duterte;
# Kishida only in the RELATED line.
G["e163"] = dict(
    title="US gets access to four more Philippine military bases as China tensions simmer",
    date="2023-02-02", explicit_date=True, window=["2022-06-30", "2025-01-20"],
    leaders_required=["ferdinand-marcos-jr", "lloyd-austin"],
    leaders_acceptable=["carlito-galvez", "carlito-galvez-jr", "mao-ning", "rodrigo-duterte"],
    leaders_forbidden=["benigno-aquino-iii",  # "the Aquino administration"
                       "helen-clark",  # "Clark Air Base"
                       "sara-duterte",  # "Duterte" is Rodrigo
                       "fumio-kishida",  # only in RELATED
                       "joanna-dizon", "eliseo-manansala", "renato-salcedo", "paolo-villanueva"],
    topics_required=["indo-pacific", "defence"],
    topics_acceptable=["us-china"],
    must_contain=["The Philippines has agreed to give the United States access to four more of its military bases, the two countries said on Thursday",
                  "a pact signed in 2014 under the Aquino administration that stalled for years under former President Rodrigo Duterte",
                  "calling it a really big deal for the alliance",
                  "which faces Taiwan across the Luzon Strait",
                  "Washington has already set aside more than $82 million for infrastructure at the five existing locations.",
                  "Austin met President Ferdinand Marcos Jr. at Malacañang Palace earlier on Thursday.",
                  "The agreement bars the storage of nuclear weapons at the sites",
                  "would escalate tensions and endanger regional peace and stability",
                  "The United States closed its large naval base at Subic Bay and Clark Air Base in the early 1990s",
                  "In Cagayan, the provincial government said it had not been consulted",
                  "\"That is the trade the government has decided to make.\"",
                  "WHAT IS EDCA?"],
    must_not_contain=["LBN NEWS ONLINE", "\u25b6 LBN Live", "Trending: #FloodPH", "Home / News / Nation",
                      "THIS STORY HAS BEEN UPDATED", "with reports from Joanna Dizon, LBN News",
                      "Originally published: February 2, 2023 11:48 AM PHT", "Updated: February 2, 2023 7:15 PM PHT",
                      "austin-arrives-in-manila-for-talks-on-edca-sites", "View comments (57)", "APN/Eliseo Manansala",
                      "UPDATE 2-PHILIPPINES-USA/DEFENCE", "(Adds China reaction in paragraphs 7-8, local reaction)",
                      "Continue reading below", "RELATED:", "Kishida to host talks on defence ties", "ADVERTISEMENT",
                      "Reporting by Paolo Villanueva", "published by LBN News under a content-sharing agreement",
                      "WATCH: Austin visits US troops in Zamboanga", "Reactions:",
                      "Join the LBN News community on Viber", "MORE FROM LBN NEWS",
                      "\u00a9 2023 Luzon Broadcasting Network"],
    headings=["WHAT IS EDCA?", "LOCAL REACTION"])

# Polish portal's English service page carrying an agency's wire copy (plain text, CRLF), scraped from a page that
# served UTF-8 while declaring Windows-1250, so every non-ASCII character is UTF-8 read as Windows-1250: Polish
# letters (`WiadomoĹ›ci`, `SzmajdziĹ„ski`, `KwaĹ›niewski`, `PoznaĹ„`) and the cp1250 forms of curly quotes (`â€ś` … `â€ť`),
# beside forms the cp1252 reading shares (`â€™`, `â€“`, `Â·`, `Â©`). Trilingual switch, Polish menu and search field of
# underscores, crumbs, "FROM THE WIRE" feed notice, bracketed Polish/English tool row with a comment count,
# "WARSAW, Dec. 27 (PIA) –" dateline without a year, an HTML comment and "REKLAMA", bare headings, a raw upper-case HTML
# table left in the text (one cell not closed), the agency's desk initials "PIA jk/mw", an auto-generated "People in
# this story" row, tags, comment link, "More from the wire" list, Polish copyright line. Undated: Friday 27 December 2002
# ("on Friday", "Dec. 27", the Copenhagen summit "two weeks" earlier). Window: Miller prime minister, Szmajdziński
# defence minister and Cimoszewicz foreign minister from 2001-10-19 (Kwaśniewski president earlier); Miller until
# 2004-05-02. Trap: Lech Wałęsa only in the generated "People in this story" row (his name in mojibake too).
G["e164"] = dict(
    title="Poland picks F-16 in biggest arms deal since communism",
    date="2002-12-27", explicit_date=False, window=["2001-10-19", "2004-05-02"],
    leaders_required=["leszek-miller", "jerzy-szmajdzinski", "aleksander-kwasniewski", "wlodzimierz-cimoszewicz"],
    leaders_acceptable=[],
    leaders_forbidden=["lech-walesa",  # only in the generated "People in this story" row
                       "piotr-zawadzki"],
    topics_required=["defence"],
    topics_acceptable=["nato", "european-security"],
    must_contain=["F-16 on Friday as its new front-line fighter, buying 48 of the American jets for about 3.5 billion dollars",
                  "The government rejected rival bids from the Swedish-British Gripen and the French Mirage 2000-5",
                  "told a news conference after a cabinet meeting chaired by Prime Minister Leszek Miller",
                  "Washington offered a government loan of about 3.8 billion dollars to finance the purchase over 15 years",
                  "where the first squadron will be based at the Krzesiny air base",
                  "Saab and BAE Systems (Sweden, Britain)",
                  "The contract is firm, the offsets are a list of intentions",
                  "some European officials said privately that a future member had passed over two European aircraft",
                  "Saab and BAE Systems said they regretted the decision and would study the reasons for it.",
                  "The contract is to be signed early next year after talks on its final terms.",
                  "Critics in Europe"],
    must_not_contain=["\r", "VISTULA NEWS", "WiadomoĹ›ci | Gospodarka", "Szukaj w serwisie", "JesteĹ› tutaj",
                      "FROM THE WIRE", "unedited by Vistula News", "[ Drukuj / Print ]", "Komentarze (12)",
                      "\u00e2\u20ac\u015b", "\u00e2\u20ac\u0165", "SzmajdziĹ„ski", "KwaĹ›niewski", "PoznaĹ„",
                      "<!-- reklama / advertisement -->", "REKLAMA", "<TD>", "PIA jk/mw",
                      "People in this story", "Lech WaĹ‚Ä™sa", "Tagi: F-16", "Dodaj komentarz", "More from the wire:",
                      "Sejm passes 2003 budget", "wszelkie prawa zastrzeĹĽone"],
    headings=["Offsets tipped the balance", "Critics in Europe"])

# Read-later service's Markdown export of a Pakistani daily's front-page story (UTF-8, .md): "# " headline, italic
# "Saved to … · 7 min read · [Open original](…)" line whose URL carries the issue's path (2004/02/06), a "> **Site:** …
# **Published:** unknown" properties quote with labels, progress and annotation count, "---" rules, print/e-mail
# links, a Markdown image with alt text and an italic "— APP file photo" caption, a "> " pull quote repeating a body
# sentence with an attribution line, **bold-line** crossheads, an italic "Further reading:" line with two links, a "- **date:**"
# timeline list after a colon line (its dates are not the article's), back-to-top link, copyright, then the reader's own
# "## My notes" section with its save date and the export footer. Undated (the service says "Published: unknown"): the
# paper of Friday 6 February 2004 (pardon "on Thursday", confession "on Wednesday evening", removal "last Saturday").
# Window: Jamali prime minister from 2002-11-23 (Musharraf president, ElBaradei IAEA director general, Gaddafi
# Libya's leader earlier) until 2004-06-26. Nawaz Sharif is named with a past post; A.Q. Khan and Zulfikar Ali Bhutto
# are not in the knowledge base. Traps: "Dr Khan", "Khan Research Laboratories" and "Zafarullah Khan Jamali" are not
# Imran Khan (short name "Khan"); "Zulfikar Ali Bhutto" is not Benazir Bhutto (short name "Bhutto").
G["e165"] = dict(
    title="Musharraf pardons Dr Khan a day after nuclear confession",
    date="2004-02-06", explicit_date=False, window=["2002-11-23", "2004-06-26"],
    leaders_required=["pervez-musharraf", "zafarullah-khan-jamali", "mohamed-elbaradei", "muammar-gaddafi"],
    leaders_acceptable=["abdul-qadeer-khan", "nawaz-sharif", "zulfikar-ali-bhutto"],
    leaders_forbidden=["imran-khan",  # "Dr Khan", "Khan Research Laboratories"
                       "benazir-bhutto",  # "Zulfikar Ali Bhutto"
                       "farah-naqvi"],
    topics_required=["arms-control"],
    topics_acceptable=["middle-east", "indo-pacific", "sanctions"],
    must_contain=["President Pervez Musharraf on Thursday pardoned Dr Abdul Qadeer Khan",
                  "The federal cabinet, meeting under Prime Minister Zafarullah Khan Jamali, recommended clemency for Dr Khan in the morning",
                  "He said the transfers had never been authorised by the government",
                  "\"I take full responsibility for my actions and seek your pardon,\" he said in one of the lines most repeated across the country on Thursday.",
                  "found that designs, centrifuge parts and expertise went to Iran, Libya and North Korea over more than a decade",
                  "that Pakistan would not hand over documents to the agency and that there would be no independent investigation",
                  "Libya's leader, Muammar Gaddafi, agreed in December to give up his country's weapons programmes",
                  "The weapons programme was launched under Zulfikar Ali Bhutto in the 1970s.",
                  "1976: Dr Khan returns from the Netherlands and joins the nuclear programme",
                  "In Washington, officials reacted cautiously",
                  "\"Whether Washington and Vienna accept that line will decide how this story ends.\"",
                  "A hero questioned"],
    must_not_contain=["Saved to Tidepool on 14 Nov 2021", "7 min read", "Open original", "indusherald.example",
                      "Our Staff Reporter", "Published:", "Labels:", "Progress:", "Annotations:",
                      "Click here to print this story", "E-mail this page", "APP file photo",
                      "Dr Abdul Qadeer Khan addressing a seminar in Islamabad", "Dr A.Q. Khan, on PTV", "Further reading:",
                      "Scientist removed as adviser to PM", "Kahuta staff questioned, families protest", "Back to top",
                      "\u00a9 The Indus Herald", "Reproduction without permission prohibited", "My notes",
                      "cross-check the date of the cabinet meeting", "Exported from Tidepool", "Markdown export v2"],
    headings=["No outside inquiry", "A hero questioned"])

# Greek daily's English edition, a story updated several times (plain text, UTF-8 BOM): the Greek strings of the site's
# template stored as Windows-1253 and shown as Windows-1252 (`ÅËËÇÍÉÊÁ | ENGLISH`, `ÑïÞ åéäÞóåùí / News feed`,
# `Ó÷üëéá / Comments (48)`, `ÄÉÁÖÇÌÉÓÇ / ADVERTISEMENT`), weather and today's date (11.08.2020) in the top bar, menu,
# news-feed ticker, crumbs with "›", "Published: 10.08.2020 • 09:14     Last update: 11.08.2020 • 08:40",
# "Originally published as: “…”" with the first headline, the URL keeping the first version's slug, "This story has
# been updated several times" and a version history with four timestamps, by-line, share row, "[Image: …]" alt line and
# a "Photo: … via …" caption, an advertisement divider inside the body, headings as lines ending in a colon, an "–"
# list, "Read also: … »", newsletter call with "►" inside the body, tags, comments, "MOST READ", copyright. Stated date:
# first published 10.08.2020 (the last update and the top bar say 11.08.2020). Window: Borrell EU high representative
# from 2019-12-01 (Mitsotakis prime minister from 2019-07-08, Dendias foreign minister, Erdoğan, Çavuşoğlu, Shoukry,
# Merkel earlier); Merkel chancellor until 2021-12-08. Costas Simitis is named with a past post; Andreas Papandreou and
# Turgut Özal are not in the knowledge base. Trap: "Andreas Papandreou" is not George Papandreou (short name
# "Papandreou").
G["e166"] = dict(
    title="Turkey sends Oruc Reis into disputed waters; Athens seeks emergency EU meeting",
    date="2020-08-10", explicit_date=True, window=["2019-12-01", "2021-12-08"],
    leaders_required=["kyriakos-mitsotakis", "nikos-dendias", "josep-borrell", "angela-merkel",
                      "recep-tayyip-erdogan", "mevlut-cavusoglu", "sameh-shoukry"],
    leaders_acceptable=["costas-simitis", "andreas-papandreou", "turgut-ozal"],
    leaders_forbidden=["george-papandreou",  # "Andreas Papandreou"
                       "eleni-vlachou", "giorgos-karras"],
    topics_required=["energy"],
    topics_acceptable=["defence", "european-security", "nato", "sanctions"],
    must_contain=["Turkey sent its seismic research vessel Oruc Reis into waters that Greece considers part of its continental shelf on Monday",
                  "south of the island of Kastellorizo, until August 23",
                  "Foreign Minister Nikos Dendias wrote to the EU\u2019s foreign policy chief, Josep Borrell, on Tuesday morning",
                  "Late last month Turkey had suspended a planned survey in the same waters after Ms Merkel intervened",
                  "Survey vessel: Oruc Reis, with the support ships Ataman and Cengiz Han",
                  "which partially delimits their exclusive economic zones",
                  "Turkish Foreign Minister Mevlüt Çavuşoğlu had called the agreement null and void",
                  "In February the EU placed two executives of Turkey\u2019s state oil company under sanctions",
                  "under Andreas Papandreou and Turgut Özal",
                  "\"The risk is not a decision to fight, but an accident between two frigates in a crowded patch of sea.\"",
                  "Government officials in Athens said the armed forces would remain on alert",
                  "The road from Cairo"],
    must_not_contain=["\ufeff", "ÅËËÇÍÉÊÁ | ENGLISH", "31\u00b0C Athens", "Tuesday 11.08.2020", "AEGEAN DAILY",
                      "ÑïÞ åéäÞóåùí / News feed", "Coronavirus: 203 new cases", "Home \u203a Diplomacy & Defence",
                      "Published: 10.08.2020", "Last update: 11.08.2020", "Originally published as:",
                      "Turkey issues Navtex for seismic survey south of Kastellorizo",
                      "This story has been updated several times.", "Version history:", "By Eleni Vlachou",
                      "Ó÷üëéá / Comments (48)", "[Image: The Turkish research vessel",
                      "Photo: Turkish Ministry of National Defence via AEGEAN DAILY", "ÄÉÁÖÇÌÉÓÇ / ADVERTISEMENT",
                      "Read also:", "Greece and Egypt sign maritime zones deal in Cairo", "Sign up free",
                      "Tags: Turkey, Navtex", "Log in to comment", "Tourism arrivals down 77% in July"],
    headings=["What the Navtex says", "The road from Cairo"])

# Baltic public broadcaster's English portal, whole HTML page (UTF-8) of a story updated the same day: <title> with
# site suffix, meta with hex entities (&#x27;) and a double-escaped "&amp;ndash;" in og:site_name and the logo alt,
# published/modified meta, hreflang, dataLayer script, style, cookie bar ("I agree / Only necessary"), LT | EN | RU
# switch, nav, crumbs with "&gt;", sources line "BPM.example, BWA, Reuters" with <time> "2022.06.21 11:20" and
# "UPDATED 17:45", share row with a comment count, figure with srcset, "&amp;amp;" in alt and "/ Name, BPM" credit, an
# italic update note, body paragraphs wrapped in pasted <span style="font-weight: 400;"> spans, a bilingual ad label,
# a bold-paragraph crosshead and an h3 crosshead, a "Read also:" aside whose <a tag is split over two lines, a
# double-escaped "&amp;nbsp;" inside a body sentence, a facts <table> with <caption>, an <ol> after a colon line,
# newsletter box, "Themes:" tags, related cards (one image alt naming Putin), comments, footer, script. Stated date: 2022.06.21.
# Window: Landsbergis foreign minister and Šimonytė prime minister from 2020-12-11 (Nausėda president, Borrell EU
# high representative, Peskov, Zakharova, Patrushev earlier); Patrushev Security Council secretary until 2024-05-14.
# Alikhanov (governor) is not in the knowledge base. Trap: Vladimir Putin appears only in a related card's image alt
# text (the body says "the Kremlin" and names Peskov); "Königsberg" and "Kaliningrad" name no leader the data holds.
G["e167"] = dict(
    title="Kaliningrad transit row: Moscow threatens response, Vilnius says it is only applying EU sanctions",
    date="2022-06-21", explicit_date=True, window=["2020-12-11", "2024-05-14"],
    leaders_required=["gabrielius-landsbergis", "ingrida-simonyte", "gitanas-nauseda", "josep-borrell",
                      "dmitry-peskov", "maria-zakharova", "nikolai-patrushev"],
    leaders_acceptable=["anton-alikhanov"],
    leaders_forbidden=["vladimir-putin",  # only in a related card's image alt
                       "andrius-petrauskas", "tomas-jankauskas"],
    topics_required=["sanctions", "european-security"],
    topics_acceptable=["nato", "ukraine", "us-russia", "defence"],
    must_contain=["Russia warned on Tuesday that it would respond to Lithuania's restrictions on rail transit to the Kaliningrad exclave",
                  "Moscow would certainly respond to such hostile actions and that its measures would have a serious negative impact on the population of Lithuania",
                  "The region's governor, Anton Alikhanov, said the ban could affect up to half of the goods it receives by rail.",
                  "summoned Lithuania's chargé d'affaires in Moscow",
                  "Kremlin spokesman Dmitry Peskov called the decision unprecedented and a violation of everything",
                  "said the measures were not Lithuanian ones but European sanctions that had taken effect on 17 June",
                  "Prime Minister Ingrida Šimonytė said passenger trains and goods not under sanctions would keep running as before",
                  "President Gitanas Nausėda is due at the NATO summit in Madrid next week",
                  "about 1 million",
                  "steel and ferrous metal products, from 17 June;",
                  "\"The worry in Vilnius is the strip of land between Kaliningrad and Belarus, the Suwałki Gap, where any pressure would be felt by NATO as a whole.\"",
                  "Why the railway matters"],
    must_not_contain=["BPM uses cookies and similar technologies", "Only necessary", "LT | EN | RU", "Baltic Public Media",
                      "&amp;ndash;", "BPM English > World > Kaliningrad", "BPM.example, BWA, Reuters",
                      "2022.06.21 11:20", "UPDATED 17:45", "Copy URL", "Comments (31)",
                      "Andrius Petrauskas, BPM", "This article was updated at 17:45",
                      "Reklama / Advertisement", "Read also:", "EU sanctions: what changes for Kaliningrad on June 17",
                      "&nbsp;", "<span style=\"font-weight: 400;\">", "BPM English newsletter",
                      "The week in the Baltics, every Friday", "Themes:", "Related articles",
                      "Vladimir Putin at the St Petersburg forum", "Commenting rules",
                      "Copying of content is prohibited without written permission"],
    headings=["What Moscow says", "Why the railway matters"])

# Kenyan daily's mobile page (plain text, UTF-8) combining its own reporting with agency copy: hamburger/search bar,
# subscription offer in shillings, capitals menu, crumbs, by-line "By … and AGENCIES", relative stamps only ("2 hrs
# ago · 5 min read · Updated 47 min ago"), listen/text-size/share/comment-count row with emoji, "[Image] …" caption with
# a capitals "PHOTO | AFP" credit, "NAIROBI/NEW YORK:" dateline, "Continue reading the main story ↓" and a sponsored
# slot with "Close ad ✕", an "ALSO READ:" link, a "1)"–"3)" list after "The resolution:", **bold** crossheads in a
# .txt, a notifications prompt inside the body, "— Additional reporting by AFP and Reuters", topics row, "MORE FROM"
# list, comment call, open-in-app bar, bottom tab bar, copyright. Undated: Tuesday 3 October 2023 (the vote "on Monday
# night" in New York, the protests "in July"). Window: Ruto president from 2022-09-13 (Guterres, Thomas-Greenfield and
# Nebenzia in their posts earlier); Thomas-Greenfield UN ambassador until 2025-01-20. Kithure Kindiki is named as
# interior cabinet secretary, a post the data does not hold (it holds only his deputy presidency from 2024-11-01, which
# must not date the text); Ariel Henry and Jovenel Moïse are not in the knowledge base. Traps: "Jomo Kenyatta
# International Airport" (named after the first president, not Uhuru Kenyatta, short name "Kenyatta"); Gachagua only
# in "MORE FROM".
G["e168"] = dict(
    title="UN Security Council approves Kenya-led mission to Haiti",
    date="2023-10-03", explicit_date=False, window=["2022-09-13", "2025-01-20"],
    leaders_required=["william-ruto", "antonio-guterres", "linda-thomas-greenfield", "vassily-nebenzia"],
    leaders_acceptable=["kithure-kindiki", "ariel-henry", "jovenel-moise"],
    leaders_forbidden=["uhuru-kenyatta",  # "Jomo Kenyatta International Airport"
                       "rigathi-gachagua",  # only in MORE FROM
                       "otieno-wamalwa", "wanjiru-kamau"],
    topics_required=["human-rights"],
    topics_acceptable=["defence"],
    must_contain=["The United Nations Security Council on Monday night approved a Kenya-led multinational force to help Haiti\u2019s police fight the armed gangs",
                  "The resolution, drafted by the United States and Ecuador, passed with 13 votes in favour and none against. China and Russia abstained.",
                  "to be paid for by voluntary contributions rather than the UN\u2019s peacekeeping budget",
                  "President William Ruto, who offered in July to send 1,000 police officers, welcomed the vote.",
                  "after the assassination of President Jovenel Moïse in July 2021",
                  "was an extreme step that needed more thought",
                  "requires the mission to vet its personnel and to guard against sexual exploitation and abuse;",
                  "\"Kenya cannot export impunity.\"",
                  "Kenyan officers work in English and Swahili, while Haitians speak French and Creole",
                  "the first contingent is expected to leave Jomo Kenyatta International Airport only once funding is confirmed and MPs have voted",
                  "Washington has pledged money and logistical support, though it will not send troops of its own.",
                  "Rights concerns"],
    must_not_contain=["TAIFA HERALD", "Ksh 10 for your first month", "LATEST  \u00b7  NEWS", "News \u203a World \u203a Americas",
                      "By OTIENO WAMALWA and AGENCIES", "2 hrs ago", "Updated 47 min ago",
                      "Listen to this story (5:12)", "Share \u25be", "PHOTO | AFP",
                      "Continue reading the main story", "Sponsored", "Close ad", "ALSO READ:",
                      "This is about humanity", "Turn on notifications", "[Not now]  [Allow]",
                      "Additional reporting by AFP and Reuters", "TOPICS: Haiti", "MORE FROM TAIFA HERALD",
                      "Gachagua: Mt Kenya will back Ruto in 2027", "86 comments", "Join the discussion",
                      "Read this story in the Taifa Herald app", "\u00a9 2023 Taifa Media Group"],
    headings=["Rights concerns", "Questions at home"])

# South African news archive site re-publishing a 1993 agency story (plain text, Windows-1252 + CRLF): site bar,
# menu, crumbs with "»", source/category line, "Published: 24 March 1993  |  Last updated: 14/08/2019 09:12" (the
# migration date is not the date), bracketed tool row, an archive/migration notice, "CAPE TOWN, March 24 (SANS) –"
# dateline, headings underlined with dashes (setext style in a .txt), an "a."–"d." list after a colon line,
# "- - - Advertisement - - -", the agency end mark "– SANS" on the last body line, keywords, related archive stories
# with their own dates, "Read next:" with a 1996 date, comments closed, licence/copyright line; cp1252 bytes for ’ “ ” –
# » ©. Stated date: 24 March 1993. Window: Mandela ANC president from 1991-07-05 (de Klerk State President earlier);
# de Klerk until 1994-05-10. Ramaphosa is named as ANC secretary-general, a post the data does not hold (its posts for
# him start in 2014 and must not date the text); Pik Botha and the analyst are not in the knowledge base. Traps: "the
# Clinton administration" with no Clinton named (Bill and Hillary Clinton forbidden); Thabo Mbeki only in "Read next".
G["e169"] = dict(
    title="De Klerk reveals South Africa built six nuclear bombs",
    date="1993-03-24", explicit_date=True, window=["1991-07-05", "1994-05-10"],
    leaders_required=["f-w-de-klerk", "nelson-mandela"],
    leaders_acceptable=["cyril-ramaphosa", "pik-botha"],
    leaders_forbidden=["bill-clinton", "hillary-clinton",  # "the Clinton administration"
                       "thabo-mbeki",  # only in "Read next"
                       "johan-steyn"],
    topics_required=["arms-control"],
    topics_acceptable=["defence"],
    must_contain=["South Africa built six nuclear explosive devices in the 1970s and 1980s and destroyed them all before it signed the Nuclear Non-Proliferation Treaty in 1991",
                  "State President F.W. de Klerk told a joint sitting of Parliament on Wednesday",
                  "a seventh device was incomplete when the work stopped",
                  "He said the country had neither obtained nuclear weapons technology or material from any other country nor supplied it to anyone",
                  "The devices were never meant to be used on a battlefield, he said.",
                  "Testing: none; a test shaft prepared in the Kalahari in 1977 was abandoned under international pressure",
                  "who have worked in the country since South Africa signed a safeguards agreement in September 1991",
                  "where ANC president Nelson Mandela\u2019s organisation will be led at the table by its secretary-general, Cyril Ramaphosa",
                  "In Washington, the Clinton administration welcomed the disclosure and said it would look to the IAEA to verify it.",
                  "\u201cWhat matters now is that the country that built them is the first to give them up.\u201d",
                  "Why it was built"],
    must_not_contain=["\r", "SA NEWSFILE", "The archive of South African news", "Home | Archive | Search | On this day",
                      "Archive \u00bb 1993 \u00bb March \u00bb 24", "Source: SANS wire", "Published: 24 March 1993",
                      "Last updated: 14/08/2019 09:12", "[ Printer-friendly ]", "[ Cite this article ]",
                      "This article is part of our archive", "some formatting may have been lost", "----------------",
                      "- - - Advertisement - - -", "\u2013 SANS", "Keywords: nuclear", "Related archive stories:",
                      "SA accedes to nuclear treaty", "Armscor chief details bomb programme", "Read next:",
                      "I am an African", "Comments are closed for archive articles.", "Reproduced under licence"],
    headings=["Why it was built", "Questions for the future"])

# Sri Lankan English daily's article page from a Joomla site (raw HTML, UTF-8, XHTML 1.0 doctype), updated twice on
# the evening of publication: generator meta, <title> with site suffix, analytics script, Sinhala/Tamil/English switch
# with e-paper/subscribe/login, logo alt with entities, menu, "BREAKING:" ticker, "»" pathway, Joomla article-info
# ("Written by …", "Posted: Saturday, 6.15 pm", "Last Updated: 9.40 pm", "Hits: 14822"), e-mail/print/comments icons
# with the old slug in the print link, an "Updates to this story" box quoting the first headline, image with "&quot;"
# in alt and a "Pic by …" caption, a <font> "ADVERTISEMENT" banner with "Click here" alt, h3 subheads, a <br /> inside
# a paragraph, a double-escaped "&amp;rsquo;" inside a body sentence, "Also Read:" box, a <ul> after a colon line,
# comments notice, sidebar "Picture of the day" caption about another event, "Most Read", footer "Powered by Joomla!".
# Undated (the page gives only "Saturday" and times): Saturday 29 July 2017. Window: Wickremesinghe prime minister and
# Sirisena president from 2015-01-09 (Modi and Xi earlier); Wickremesinghe in that term until 2018-10-26. Mahinda
# Rajapaksa is named with a past post; Samarasinghe (ports minister) is not in the knowledge base. Traps: "Mattala
# Rajapaksa International Airport" and "Rajapaksa" are not Gotabaya Rajapaksa (short name "Rajapaksa"); "Mahinda
# Samarasinghe" is not Mahinda Rajapaksa; Chandrika Kumaratunga only in the sidebar's picture of another event.
G["e170"] = dict(
    title="Hambantota port handed to Chinese firm on 99-year lease",
    date="2017-07-29", explicit_date=False, window=["2015-01-09", "2018-10-26"],
    leaders_required=["ranil-wickremesinghe", "maithripala-sirisena", "narendra-modi", "xi-jinping"],
    leaders_acceptable=["mahinda-rajapaksa", "mahinda-samarasinghe"],
    leaders_forbidden=["gotabaya-rajapaksa",  # "Mattala Rajapaksa International Airport", "Rajapaksa"
                       "chandrika-kumaratunga",  # only in the sidebar's picture of the day
                       "dilani-wijesekera", "ruwan-jayasuriya", "nuwan-gunawardena"],
    topics_required=["indo-pacific"],
    topics_acceptable=["defence", "us-china"],
    must_contain=["Sri Lanka on Saturday signed an agreement leasing the southern port of Hambantota to China Merchants Port Holdings for 99 years",
                  "will pay USD 1.12 billion for a 70 percent stake in a joint venture that will run the port",
                  "The port was built with loans from China's Export-Import Bank under former President Mahinda Rajapaksa and opened in 2010",
                  "Sri Lanka agreed a USD 1.5 billion loan programme with the International Monetary Fund last year",
                  "The final text leaves security at the port with the Sri Lanka Navy",
                  "no foreign military would be allowed to use it without the government\u2019s consent",
                  "India, whose Prime Minister Narendra Modi visited Sri Lanka in May",
                  "Belt and Road Initiative, which finances roads, railways and ports across Asia and Africa.",
                  "Hambantota is also close to Mattala Rajapaksa International Airport",
                  "security of the port left to the Sri Lanka Navy",
                  "\"Ninety-nine years is a long lease for a problem we created ourselves.\"",
                  "Protests in the south"],
    must_not_contain=["e-Paper | Subscribe | Login", "Sri Lanka's independent daily", "BREAKING:",
                      "Dengue cases cross 100,000", "Home \u00bb News \u00bb", "Written by Dilani Wijesekera",
                      "Posted: Saturday, 6.15 pm", "Last Updated: 9.40 pm", "Hits: 14822", "Comments (63)",
                      "Updates to this story", "Cabinet clears Hambantota deal, signing today",
                      "Pic by Nuwan Gunawardena", "ADVERTISEMENT", "Home loans from 11.5%", "&rsquo;", "Also Read:",
                      "Mattala airport to be run as joint venture with India?", "Comments are moderated",
                      "Picture of the day", "Chandrika Kumaratunga", "Most Read", "SLTB strike called off",
                      "Powered by Joomla!", "Copyright \u00a9 2017 The Colombo Ledger"],
    headings=["Security stays with the Navy", "Protests in the south"])
