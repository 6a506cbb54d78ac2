"""Gold for e61-e70 (merged into gold.json by merge_gold.py). Each entry carries a comment on how its date window was
derived: terms of office (input/data) of people named with their posts, nothing else. A person named with a former
post only says the article is later than that term's end. Open-ended terms end at their scheduled end (Trump
2029-01-20). People the knowledge base does not hold appear, if at all, as slugs in leaders_acceptable (named in the
text) or leaders_forbidden (named only in chrome); so do people it holds who are named only with a past office, or
with none that it records."""

G = {}

# Commons debate on the recall motion after the Ghouta attack, Hansard extract, "Volume 566: debated on Thursday 29
# August 2013" (stated; the line itself is page furniture). Window: Kerry secretary of state from 2013-02-01
# (Hollande from 2012-05-15, Hammond defence secretary from 2011-10-14, Cameron, Obama, Ban, Assad earlier); Hague
# foreign secretary until 2014-07-14. Edward Miliband and Nick Clegg are not in the knowledge base. Tony Blair appears
# only in the "You might also be interested in" box; David Miliband (same surname) is never named.
G["e61"] = dict(
    title="Syria and the Use of Chemical Weapons",
    date="2013-08-29", explicit_date=True, window=["2013-02-01", "2014-07-14"],
    leaders_required=["david-cameron", "william-hague", "philip-hammond", "john-kerry", "barack-obama",
                      "francois-hollande", "ban-ki-moon", "bashar-al-assad"],
    leaders_acceptable=["ed-miliband", "nick-clegg"],
    leaders_forbidden=["tony-blair",  # only in the related-debates box
                       "david-miliband"],  # "Miliband" is Edward Miliband
    topics_required=["middle-east"],
    topics_acceptable=["arms-control", "defence", "human-rights"],
    must_contain=["condemns the attack with chemical weapons on the eastern suburbs of Damascus on 21 August 2013",
                  "by the time the sun was up the hospitals of the Ghouta had run out of places to put the dead",
                  "We are not proposing to invade Syria, to arm one faction or to bring down the regime of President Assad by force.",
                  "The Joint Intelligence Committee has concluded that it is highly likely that the regime was responsible",
                  "has been in close contact with Secretary of State John Kerry",
                  "We are not prepared today to give the Government a blank cheque.",
                  "because it does not authorise a single missile",
                  "The House divided: Ayes 272, Noes 285.",
                  "I accept that, and the Government will act accordingly.",
                  "Point of Order"],
    must_not_contain=["Skip to main content", "Search Hansard", "Commons Chamber | Lords Chamber",
                      "Home > Commons > 29 August 2013", "Volume 566: debated on Thursday 29 August 2013",
                      "Download text", "Share this debate", "Share this contribution", "Link to this contribution",
                      "[Column 1426]", "[Column 1427]", "Previous debate | Next debate", "Back to top",
                      "You might also be interested in", "Tony Blair", "ISIL in Syria (2 December 2015)",
                      "Parliamentary copyright", "Cookie settings", "\r"],
    headings=["Point of Order"])

# Wire TIMELINE on the failed coup in Turkey, "ISTANBUL, July 18 (MWS) -" and "Updated 18 Jul 16:52" with no year;
# the years in the BACKGROUND bullets date past events, not the page. Written Mon 18 July 2016. Window: Yildirim
# prime minister from 2016-05-24 (Cavusoglu foreign minister from 2015-11-24, Akar chief of the general staff from
# 2015-08-18, Erdogan president from 2014-08-28, Mogherini, Stoltenberg); Obama and Kerry until 2017-01-20.
# Davutoglu is named as a former prime minister; Gulen is not in the knowledge base. Putin appears only in the
# "RELATED COVERAGE" list.
G["e62"] = dict(
    title="Turkey's failed coup: from tanks on the bridges to the purge",
    date="2016-07-18", explicit_date=False, window=["2016-05-24", "2017-01-20"],
    leaders_required=["recep-tayyip-erdogan", "binali-yildirim", "hulusi-akar", "barack-obama", "john-kerry",
                      "mevlut-cavusoglu", "federica-mogherini", "jens-stoltenberg"],
    leaders_acceptable=["ahmet-davutoglu", "fethullah-gulen"],
    leaders_forbidden=["vladimir-putin",  # only in "RELATED COVERAGE"
                       "deniz-arkun-vale", "harriet-colquist", "tomas-wierzba"],
    topics_required=["human-rights"],
    topics_acceptable=["nato", "defence", "european-security", "middle-east"],
    must_contain=["Turkish authorities widened a crackdown on Monday on soldiers, judges and police officers",
                  "a cleric who has lived in self-imposed exile in Pennsylvania since 1999",
                  "in what becomes known as the \"post-modern coup\"",
                  "Dec. 17, 2013 - Police detain businessmen and the sons of three cabinet ministers",
                  "Soldiers close the two suspension bridges over the Bosphorus in Istanbul",
                  "announcing that the armed forces have taken over the running of the country",
                  "appears on a private news channel through a video call on a mobile phone held up to the studio camera",
                  "removes 2,745 judges and prosecutors from their posts",
                  "Officials say about 290 people were killed, more than 100 of them among the plotters",
                  "says no country that reintroduces the death penalty can become a member of the European Union"],
    must_not_contain=["MERIDIAN WIRE SERVICE", "Search MWS Terminal", "TIMELINE-", "TURKEY-SECURITY/TIMELINE",
                      "(Adds Mogherini, Kerry comments", "By Meridian Wire staff", "Updated 18 Jul 16:52 GMT+3",
                      "4 Min Read", "(MWS) -", "Compiled by Deniz Arkun-Vale", "Editing by Tomas Wierzba",
                      "istanbul.newsroom@meridianwire.example", "[nL8N1A40Q2]", "[nTURKEY]", "Keywords:",
                      "<TRY=>", "<.XU100>", "Our Standards", "RELATED COVERAGE", "Putin, Erdogan agree to meet",
                      "All quotes delayed"],
    headings=[])

# Substack post on the fall of Kabul, stamped "AUG 16, 2021" (stated). Window: Ghani is named as the man "who had
# been Afghanistan's president that morning", so after his term's end 2021-08-15 (Biden, Blinken from 2021-01-26,
# Austin, Stoltenberg earlier); Johnson prime minister until 2022-09-06. Ghani (a past office) is therefore only
# acceptable, like Karzai (a former president), Baradar (named as the Taliban's co-founder) and Abdullah Abdullah
# (no office). Imran Khan appears only in the "Recommended" list. "Ghani" alone is Ashraf Ghani, not Abdul Ghani
# Baradar.
G["e63"] = dict(
    title="Kabul fell faster than anyone planned for",
    date="2021-08-16", explicit_date=True, window=["2021-08-15", "2022-09-06"],
    leaders_required=["joe-biden", "antony-blinken", "lloyd-austin", "boris-johnson", "jens-stoltenberg"],
    leaders_acceptable=["ashraf-ghani", "abdul-ghani-baradar", "hamid-karzai", "abdullah-abdullah"],
    leaders_forbidden=["imran-khan",  # only in "Recommended"
                       "nadia-qureshi-lowe"],
    topics_required=["defence"],
    topics_acceptable=["human-rights", "nato"],
    must_contain=["The Taliban did not storm Kabul. They walked in.",
                  "while the man who had been Afghanistan's president that morning, Ashraf Ghani, was on a plane out of the country",
                  "Six months was a pessimistic answer in June. Nobody I know said ten days.",
                  "The United States had spent roughly $88bn building those forces over two decades,",
                  "some clung to the sides of an American transport plane as it took off",
                  "Secretary of State Antony Blinken had insisted on Sunday morning television that this was not Saigon.",
                  "who signed the Doha agreement with the United States in February last year",
                  "has recalled Parliament for Wednesday and said no country should recognise a Taliban government on its own",
                  "What happened on the ground", "What Washington is saying", "The Taliban's version",
                  "Europe and the allies", "What to watch"],
    must_not_contain=["Sign in", "AUG 16, 2021", "\u2219 Paid", "Share this post", "Copy link", "Facebook",
                      "Thanks for reading The Long Border!", "Type your email...", "[1]",
                      "Launched 3 years ago", "214 Likes", "19 Restacks", "37 Comments", "Write a comment...",
                      "Ready for more?", "Why Imran Khan is smiling", "Collection notice", "Start writing",
                      "Get the app", "Substack is the home for great culture"],
    headings=["What happened on the ground", "What Washington is saying", "The Taliban's version",
              "Europe and the allies", "What to watch"])

# Telegram channel, web preview of a day's posts (views, "Forwarded from", pinned-message service line), no
# headline. "Morning digest | 21.09.2022" and the <time> stamps state the date. Window: Scholz chancellor from
# 2021-12-08 (Zelensky, Erdogan, Putin earlier); Shoigu defence minister until 2024-05-12 (Biden until 2025-01-20).
# Medvedchuk is not in the knowledge base; Lukashenko appears only in the pinned-message line.
G["e64"] = dict(
    title=None,
    date="2022-09-21", explicit_date=True, window=["2021-12-08", "2024-05-12"],
    leaders_required=["vladimir-putin", "sergei-shoigu", "volodymyr-zelensky", "olaf-scholz", "joe-biden",
                      "recep-tayyip-erdogan"],
    leaders_acceptable=["viktor-medvedchuk"],
    leaders_forbidden=["alexander-lukashenko",  # only in the pinned-message service line
                       "dmitry-medvedev"],  # Medvedchuk is not Medvedev
    topics_required=["ukraine"],
    topics_acceptable=["us-russia", "european-security", "defence", "arms-control", "human-rights"],
    must_contain=["Vladimir Putin has announced a partial mobilisation.",
                  "went out on Russian television at 9am Moscow time",
                  "Russia backs the \"referendums\" on joining Russia",
                  "put the number to be called up at 300,000",
                  "Shoigu also gave Russia's first official figure for its dead since March: 5,937.",
                  "one-way tickets from Moscow to Istanbul, Yerevan and Baku had sold out for the rest of the week",
                  "Chancellor Olaf Scholz, in New York for the General Assembly, called the mobilisation an act of desperation.",
                  "A nuclear war, Biden said, cannot be won and must never be fought.",
                  "counts more than 1,300 people detained in 38 cities",
                  "under the personal guarantee of President Recep Tayyip Erdogan"],
    must_not_contain=["Eastern Front Monitor \u2013 Telegram", "212K subscribers", "Preview channel",
                      "Lukashenko says Belarusian troops", "pinned \u00ab", "Forwarded from", "Kharkiv Evening",
                      "Protest Watch (RU/EN)", "48.2K", "61.4K", " views", "#mobilisation", "edited",
                      "Download Telegram", "Please open Telegram to view this post", "VIEW IN TELEGRAM",
                      "t.me/easternfrontmonitor", "tgme_widget", "<time", "<br/>", "Tips: @efm_tips"],
    headings=[])

# Maintainer .md with Hugo shortcodes ({{< figure >}}, {{< tweet >}}, {{< ad-slot >}}, {{< related >}}), a
# kramdown attribute line and a link-definition comment; the front matter's leaders list has a typo'd slug
# ("xi-jingping") and its date reads "7 April 2017" (stated). Window: Ross commerce secretary from 2017-02-28
# (Mnuchin from 2017-02-13, Tillerson from 2017-02-01, Haley from 2017-01-27, Mattis and Trump from 2017-01-20);
# Tillerson until 2018-03-31 (Medvedev prime minister until 2020-01-16). "USS Ross" is a destroyer; Wilbur Ross is
# named too. Abe appears only in the related links; Hua Chunying and Peng Liyuan are not in the knowledge base.
G["e65"] = dict(
    title="Xi's Florida visit overshadowed by US missile strike on Syria",
    date="2017-04-07", explicit_date=True, window=["2017-02-28", "2018-03-31"],
    leaders_required=["donald-trump", "xi-jinping", "bashar-al-assad", "rex-tillerson", "jim-mattis", "wilbur-ross",
                      "steven-mnuchin", "dmitry-peskov", "vladimir-putin", "dmitry-medvedev", "sergey-lavrov",
                      "nikki-haley"],
    leaders_acceptable=["hua-chunying", "peng-liyuan"],
    leaders_forbidden=["xi-jingping",  # the front matter's typo, not a person
                       "shinzo-abe",  # only in the related links
                       "corinne-vasquez-hollis", "tom-ardley-grant", "jim-rainier"],
    topics_required=["us-china", "middle-east"],
    topics_acceptable=["arms-control", "us-russia", "indo-pacific", "defence", "sanctions"],
    must_contain=["was meant to be about trade and North Korea",
                  "fired 59 Tomahawk cruise missiles at Shayrat air base in Syria's Homs province",
                  "the chemical attack on the town of Khan Sheikhoun that killed more than 80 people",
                  "Russia had failed to honour its commitment, made in 2013",
                  "there were a thousand reasons to make relations work and not one reason to break them",
                  "the two sides had agreed on a 100-day plan",
                  "the United States was prepared to chart its own course",
                  "Russia suspended the memorandum on flight safety over Syria",
                  "The dinner and the strike", "Trade: a hundred days", "North Korea", "Moscow's reply"],
    must_not_contain=["{{<", ">}}", "share-buttons", "By Corinne Vasquez-Hollis", "Palm Beach and Washington",
                      "Photo: Jim Rainier / Gulfstream Courier", "shortly before the strike was announced",
                      "<!--more-->", "850183442210119680", "ad-slot", "Corinne Vasquez-Hollis reported",
                      "{: .contributor-note}", "Abe and Trump talk trade", "shayrat-explainer",
                      "[comments]: #", "disqus thread 88213"],
    headings=["The dinner and the strike", "Trade: a hundred days", "North Korea", "Moscow's reply"])

# Kerch Strait seizure, an Apple News-style text dump ("Yesterday · 5 min read", status bar, "Tap to view full
# screen", "Report a Concern"). Written Mon 26 Nov 2018: the clash "on Sunday", the Rada vote "on Monday evening".
# Window: Pompeo secretary of state from 2018-04-26 (Poroshenko, Klimkin, Trump, Merkel, Stoltenberg, Peskov
# earlier); Haley ambassador to the UN until 2018-12-31. Tymoshenko is named as a former prime minister. Macron
# appears only in "MORE FROM".
G["e66"] = dict(
    title="Russia seizes Ukrainian ships off Crimea; Kiev moves toward martial law",
    date="2018-11-26", explicit_date=False, window=["2018-04-26", "2018-12-31"],
    leaders_required=["petro-poroshenko", "pavlo-klimkin", "dmitry-peskov", "nikki-haley", "mike-pompeo",
                      "donald-trump", "vladimir-putin", "angela-merkel", "jens-stoltenberg"],
    leaders_acceptable=["yulia-tymoshenko"],
    leaders_forbidden=["emmanuel-macron",  # only in "MORE FROM THE NORTHERN LEDGER"
                       "oksana-veremchuk-hale", "stanislav-korin"],
    topics_required=["ukraine"],
    topics_acceptable=["european-security", "nato", "us-russia", "sanctions", "defence"],
    must_contain=["fired on and seized three Ukrainian navy ships near the Kerch Strait",
                  "the Berdyansk and the Nikopol, and a tug, the Yany Kapu",
                  "Twenty-four Ukrainian sailors were detained; several were wounded.",
                  "For much of Sunday a tanker was parked beneath the new bridge that Russia built to Crimea",
                  "for 30 days rather than the 60 he had first proposed",
                  "the presidential election set for March 31 would go ahead",
                  "called the seizure an outrageous violation of sovereign Ukrainian territory",
                  "he did not like what was happening \"either way\"",
                  "its border guards have stopped and inspected hundreds of merchant ships",
                  "Martial law", "Western response", "What comes next"],
    must_not_contain=["9:41", "LTE", "\u2039 Today", "THE NORTHERN LEDGER", "Following \u2713",
                      "By Oksana Veremchuk-Hale", "Yesterday \u00b7 5 min read", "[Photo]",
                      "Stanislav Korin / Northern Ledger", "Tap to view full screen", "Listen to this story",
                      "Advertisement", "MORE FROM THE NORTHERN LEDGER", "Macron calls for",
                      "Brexit deal: what the withdrawal agreement says", "Suggested by News",
                      "Harbour & Strait Weekly", "Report a Concern", "Block Channel", "Shared from Apple News"],
    headings=["Martial law", "Western response", "What comes next"])

# Think-tank policy brief converted from PDF (Windows-1252, CRLF): running heads, page numbers, form feeds,
# superscript note markers, and a page laid out in two columns whose right-hand column (a pull quote and a box about
# the institute) is interleaved line by line with the text. "Winter 1994/95" only; the text puts the Rada vote "on 16
# November" and the Chechnya incursion "a week" after 5 December, so written in mid-December 1994. Window: Lukashenko
# president from 1994-07-20 (Kuchma from 1994-07-19, Lavrov ambassador to the UN from 1994-04-01, Nazarbayev,
# Clinton); Albright ambassador to the UN until 1997-01-21. Lavrov is named with his UN post, not as foreign
# minister. Yeltsin, Major and Kravchuk are not in the knowledge base; Shevardnadze appears only in the list of other
# briefs; the author is not a leader.
G["e67"] = dict(
    title="Paper guarantees: what the Budapest memorandum gives Ukraine, and what it does not",
    date="1994-12-19", explicit_date=False, window=["1994-07-20", "1997-01-21"],
    leaders_required=["leonid-kuchma", "bill-clinton", "nursultan-nazarbayev", "alexander-lukashenko",
                      "madeleine-albright", "sergey-lavrov"],
    leaders_acceptable=["boris-yeltsin", "john-major", "leonid-kravchuk"],
    leaders_forbidden=["eduard-shevardnadze",  # only in "Other briefs in this series"
                       "margarethe-voss-kalnins"],
    topics_required=["arms-control", "ukraine"],
    topics_acceptable=["european-security", "us-russia", "nato"],
    must_contain=["signed a memorandum on security assurances in connection with Ukraine\u2019s accession to the Treaty on the Non-Proliferation of Nuclear Weapons.",
                  "found itself holding the third largest nuclear arsenal in the world",
                  "the launch codes stayed in Moscow",
                  "pushed accession through the Verkhovna Rada on 16 November",
                  "to seek immediate Security Council action if Ukraine becomes the victim of aggression",
                  "China gave Ukraine separate and weaker assurances",
                  "Similar memoranda were signed the same day with President Nursultan Nazarbayev of Kazakhstan and President Alexander Lukashenko of Belarus.",
                  "spoke of a \u201ccold peace\u201d descending on Europe",
                  "where the American ambassador, Madeleine Albright, and Russia\u2019s ambassador, Sergei Lavrov, sit at the same table",
                  "Nobody in Kiev or in Western capitals should describe the document as a guarantee.",
                  "How Ukraine came to give up the arsenal", "What the memorandum says", "What it does not say",
                  "Signals from Budapest itself", "What Kiev and its partners should do"],
    must_not_contain=["Centre for Post-Soviet Security Studies", "POLICY BRIEF No. 7", "CPSS Policy Brief No. 7",
                      "Winter 1994/95", "Dr Margarethe Voss-Kalnins", "Senior Research Fellow, Nuclear Policy Programme",
                      "- 1 -", "- 2 -", "- 3 -", "\f", "\u00b9", "\u00b3", "ABOUT CPSS", "research institute",
                      "published four", "Views are the", "Trilateral Statement by the Presidents",
                      "Resolution 255 (1968)", "Other briefs in this series", "Shevardnadze", "Rapenburg 61",
                      "\u00a9 CPSS 1994", "\r"],
    headings=["How Ukraine came to give up the arsenal", "What the memorandum says", "What it does not say",
              "Signals from Budapest itself", "What Kiev and its partners should do"])

# Encyclopedia-style "current events" day page (MediaWiki HTML), no headline of its own (the page title is
# "Portal:Current events/2008 February 17"); the day line "February 17, 2008 (Sunday)" states the date (the
# references' "Retrieved" dates and "last edited on 3 March 2024" do not). Window: Thaci prime minister from
# 2008-01-09 (Sejdiu, Tadic, Kostunica, Karzai, Ban, Churkin earlier); Papadopoulos president until 2008-02-28.
# Kasoulides, Christofias (candidates) and Benazir Bhutto are named without an office; Kibaki, Odinga and Kofi Annan
# appear only in the "Ongoing events" sidebar. "Ryan Newman" is a racing driver, not Paul Ryan.
G["e68"] = dict(
    title=None,
    date="2008-02-17", explicit_date=True, window=["2008-01-09", "2008-02-28"],
    leaders_required=["hashim-thaci", "fatmir-sejdiu", "vojislav-kostunica", "boris-tadic", "vitaly-churkin",
                      "ban-ki-moon", "hamid-karzai", "tassos-papadopoulos"],
    leaders_acceptable=["demetris-christofias", "ioannis-kasoulides", "benazir-bhutto"],
    leaders_forbidden=["mwai-kibaki", "raila-odinga", "kofi-annan",  # only in the sidebar
                       "paul-ryan", "bilawal-bhutto-zardari"],
    topics_required=["european-security"],
    topics_acceptable=["us-russia", "defence", "human-rights", "nato"],
    must_contain=["killing at least 80 people in the deadliest single attack in Afghanistan since the fall of the Taliban government in 2001",
                  "declares independence from Serbia at an extraordinary session in Pristina",
                  "is adopted unanimously by the 109 deputies present",
                  "calls Kosovo a \"false state\" and blames the United States for its creation",
                  "protesters throw stones at the embassies of the United States and of Slovenia",
                  "says the declaration breaches Resolution 1244",
                  "is eliminated with 31.8%",
                  "the first since the assassination of Benazir Bhutto in December",
                  "Ryan Newman wins the 50th running of the Daytona 500 in Florida.",
                  "Armed conflicts and attacks", "International relations", "Politics and elections", "Sports"],
    must_not_contain=["Portal:Current events", "Chronopedia", "Jump to content", "Navigation menu", "Random article",
                      "Create account", "View history", "\u25c0 February 16", "February 18 \u25b6", "[1]", "[5]",
                      "(Kabul Daily Wire)", "(Adriatic Times)", "References", "Retrieved 18 February 2008",
                      "Ongoing events", "Mwai Kibaki", "Recent deaths", "Roy Scheider", "oldid=1211740395",
                      "last edited on 3 March 2024", "Privacy policy", "RLCONF", "&#231;"],
    headings=["Armed conflicts and attacks", "International relations", "Politics and elections", "Sports"])

# Live page on the fall of Damascus, entries oldest first ("This page is in chronological order"), timestamps in
# GMT and no date at all ("Updated 2 minutes ago"); written Sun 8 Dec 2024. Window: Kallas EU high representative
# from 2024-12-01 ("a week ago"; Araghchi from 2024-08-21, Jalali prime minister from 2024-09-14, Fidan, Lavrov,
# Netanyahu, Biden); "President Bashar al-Assad" until 2024-12-08. Al-Jolani/al-Sharaa is named as the HTS leader
# and Trump as president-elect, offices the data does not hold; Hafez al-Assad as the father who ruled until 2000;
# Pedersen is not in the knowledge base.
# "Kallas" is Kaja, not Siim; Mikati appears only in "MOST READ".
G["e69"] = dict(
    title="Assad regime falls as rebels take Damascus",
    date="2024-12-08", explicit_date=False, window=["2024-12-01", "2024-12-08"],
    leaders_required=["bashar-al-assad", "mohammad-ghazi-al-jalali", "benjamin-netanyahu", "hakan-fidan",
                      "abbas-araghchi", "sergey-lavrov", "kaja-kallas", "joe-biden"],
    leaders_acceptable=["ahmed-al-sharaa", "hafez-al-assad", "donald-trump", "geir-pedersen"],
    leaders_forbidden=["siim-kallas", "najib-mikati",  # Mikati only in "MOST READ"
                       "layla-haddad-moore", "selin-aktas-reid", "owen-castellane"],
    topics_required=["middle-east"],
    topics_acceptable=["us-russia", "human-rights", "defence"],
    must_contain=["Hours after taking Homs, Syria's third city, opposition fighters say they have reached the suburbs of Damascus",
                  "informed officers this morning that the rule of President Bashar al-Assad was over",
                  "all state institutions will remain under the supervision of the prime minister until they are formally handed over",
                  "ready to cooperate with any leadership the Syrian people choose",
                  "crowds have toppled statues of Hafez al-Assad, Bashar's father",
                  "It says Russia did not take part in those talks.",
                  "who now goes by his real name, Ahmed al-Sharaa",
                  "the 1974 disengagement agreement with Syria has collapsed",
                  "who took over as the EU's foreign policy chief a week ago",
                  "calls the fall of the Assad regime a fundamental act of justice"],
    must_not_contain=["THE EASTERN MEDITERRANEAN HERALD", "Sign in", "\u25cf LIVE", "Live coverage by",
                      "Updated 2 minutes ago", "Oldest first", "This page is in chronological order",
                      "Share  |  Copy link", "[Video]", "Advertisement", "Read more: Who are Hayat Tahrir al-Sham?",
                      "Load more updates", "Sign up for Levant Brief", "Enter your email", "MOST READ",
                      "Mikati meets army chief", "The last days inside the palace", "All rights reserved"],
    headings=[])

# Radio transcript (transcript-service header, running order, clock timestamps, speaker labels) of a morning
# programme after the first night of Operation Desert Fox; "TX: 17/12/98" states the date. Window: Igor Ivanov
# foreign minister from 1998-09-11 (Cohen, Blair, Robertson, Annan, Lavrov ambassador to the UN, Clinton, Saddam
# earlier); Robertson defence secretary until 1999-10-11. Butler, Shelton and Lott are not in the knowledge base.
# Netanyahu appears only in the running order; "Cohen" is William Cohen, "Ivanov" Igor Ivanov.
G["e70"] = dict(
    title="Air strikes on Iraq: the first night",
    date="1998-12-17", explicit_date=True, window=["1998-09-11", "1999-10-11"],
    leaders_required=["bill-clinton", "saddam-hussein", "william-cohen", "tony-blair", "george-robertson",
                      "igor-ivanov", "sergey-lavrov", "kofi-annan"],
    leaders_acceptable=["richard-butler", "hugh-shelton", "trent-lott"],
    leaders_forbidden=["benjamin-netanyahu",  # only in the running order
                       "eli-cohen", "sergei-ivanov", "alison-brereton-hale", "peter-szalai"],
    topics_required=["middle-east"],
    topics_acceptable=["arms-control", "defence", "us-russia"],
    must_contain=["American and British forces have spent the night attacking targets across Iraq",
                  "reported that Iraq had not given his teams the cooperation it promised in November",
                  "they were followed by aircraft from the carrier Enterprise",
                  "the mission was to degrade his capacity to build them",
                  "the bombers were literally in the air when they were recalled",
                  "striking during Ramadan would be profoundly offensive to the Muslim world",
                  "said last night that he could not support military action at this time",
                  "The first explosions came just before one in the morning local time",
                  "nobody had the right to act on the council's behalf without its authority",
                  "So Washington and London have swapped a regime of intrusive inspection for one of containment and periodic bombing."],
    must_not_contain=["ATLANTIC PUBLIC RADIO", "TRANSCRIPT SERVICE", "14 Quayside Row", "0117 496 0281",
                      "UNCORRECTED TRANSCRIPT", "cannot vouch for its complete accuracy", "PROGRAMME: DAYBREAK",
                      "TX: 17/12/98", "ITEM: 0712 IRAQ", "CONTRIBUTORS:", "RUNNING ORDER",
                      "Netanyahu coalition on the brink", "[07:12:04]", "[07:18:50]", "[ITEM ENDS]",
                      "NEXT ITEM: 0725 IMPEACHMENT", "Transcript ref: DB/98/1217/0712", "Typed by: KJW",
                      "(c) Atlantic Public Radio 1998", "------"],
    headings=[])
