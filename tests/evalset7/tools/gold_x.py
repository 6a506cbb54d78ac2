"""Gold for e121-e130 (writer X; merged into gold.json by merge_gold.py). Each entry carries a comment on how its date
window was derived: terms of office (input/data) of people named with their posts, nothing else. A person named with a
former post, or with a post the knowledge base does not record, says nothing about the window and is acceptable, not
required. Open-ended terms end at their scheduled end. People the knowledge base does not hold appear, if at all, as
slugs in leaders_acceptable (named in the body) or leaders_forbidden (named only in chrome, or the invented authors,
reporters and photographers)."""

G = {}

# Singapore daily's web archive page, 1997 (plain text, UTF-8): site bar, archive crumbs, a date line "Tuesday 1 July
# 1997" (stated), "From ALAN GOH in Hong Kong" by-line, text-size/e-mail/print tools, "Pictured: … (Credit: …)"
# caption, a second caption with a lone ALL-CAPS credit line "HANDOUT / POOL / COURIER PICTURES", "-- Advertisement --",
# ALL-CAPS crossheads, "–" bullets, a "Don't miss:" promo row with "Click here to …" inside the body, readers' letters
# count, back-to-top row, copyright, "Best viewed with Netscape" and a visitor counter. Window: Blair prime minister and
# Cook foreign secretary from 1997-05-02 (Albright secretary of state, Jiang president, Li Peng premier, Qian Qichen
# vice premier earlier); Li Peng premier until 1998-03-17. Prince Charles (no post the data holds in 1997), Patten,
# Tung Chee-hwa and Martin Lee (not in the data) are acceptable; Thatcher and Zhao Ziyang are named with former posts
# and Deng as "the late", so acceptable; "the Queen" is implied, not named. Hashimoto and Kim Young-sam appear only in
# the "Don't miss" promo.
G["e121"] = dict(
    title="Hong Kong returns to China as Union flag comes down at midnight",
    date="1997-07-01", explicit_date=True, window=["1997-05-02", "1998-03-17"],
    leaders_required=["jiang-zemin", "li-peng", "qian-qichen", "tony-blair", "robin-cook", "madeleine-albright"],
    leaders_acceptable=["charles-iii", "chris-patten", "tung-chee-hwa", "martin-lee", "margaret-thatcher",
                        "zhao-ziyang", "deng-xiaoping", "elizabeth-ii"],
    leaders_forbidden=["ryutaro-hashimoto", "kim-young-sam",  # only in the "Don't miss" promo
                       "alan-goh", "raymond-tse", "vivian-lam"],
    topics_required=["human-rights"],
    topics_acceptable=["indo-pacific", "defence", "us-china"],
    must_contain=["ending 156 years of British rule over a territory of 6.3 million people",
                  "Prince Charles told about 4,000 guests that Britain would not forget Hong Kong",
                  "sat in the front row with Premier Li Peng and Vice Premier Qian Qichen",
                  "was driven away after circling the forecourt three times",
                  "At 1.30 am the new Chief Executive, Tung Chee-hwa, was sworn in by Mr Li",
                  "Mrs Albright and Mr Cook stayed away from that second ceremony in protest",
                  "The first 509 soldiers of the People's Liberation Army crossed the border at Lok Ma Chau",
                  "told several thousand supporters that they would be back",
                  "a separate legal system based on English common law, with a Court of Final Appeal in Hong Kong",
                  "Beijing keeps responsibility for defence and foreign affairs.",
                  "\"Nobody yet knows which of them is right.\"",
                  "THE TROOPS CROSS"],
    must_not_contain=["COURIER ONLINE", "Courier Online Archives > 1997 > July > Asia", "Tuesday 1 July 1997",
                      "From ALAN GOH in Hong Kong", "Text size: [A+] [A-]", "E-mail this article",
                      "Print-friendly page", "Pictured:", "(Credit: Courier Pictures / Raymond Tse)",
                      "HANDOUT / POOL / COURIER PICTURES", "-- Advertisement --", "Don't miss:",
                      "Hashimoto warns Washington over the yen", "Kim Young-sam", "Click here to see our handover picture gallery",
                      "Readers' letters (23)", "Write to the editor", "[ Back to top ]", "[ Next story > ]",
                      "Copyright (c) 1997 Courier Online Pte Ltd", "Best viewed with Netscape Navigator 3.0",
                      "You are visitor no. 0048213"],
    headings=["A SOGGY FAREWELL", "THE TROOPS CROSS", "WHAT STAYS THE SAME"])

# Broadcaster's news site, 1999 (UTF-8, CRLF): site bar and section nav, "You are in: World: Europe", "Last updated
# 15:52 GMT" with no date, e-mail/printable tools, "Image copyright:" / "Image caption:" pair, correspondent by-line,
# "[ Advertisement ]", a "TALKING POINT: … Click here to have your say" promo inside the body, "See also:" links with
# their own dates (19 Dec 99, 27 Dec 99, 14 Nov 99: not the article's), "Internet links:" with the external-sites
# disclaimer, back-to-top, footer. No date stated: written on Friday 31 December 1999 (the day of the address; "on
# Friday morning" in the caption). Window: Yeltsin "has resigned as president" (his term ends 1999-12-31, so the text
# is from that day or later; Sergei Ivanov Security Council secretary, Putin prime minister, Igor Ivanov, Clinton,
# Schroeder earlier); Putin is named as prime minister and acting president, and his term as prime minister ends
# 2000-05-07. Igor and Sergei Ivanov are namesakes, both required. Primakov is named with his former post;
# Zyuganov (party leader) is not in the data. Gorbachev appears only in the "See also" links.
G["e122"] = dict(
    title="Yeltsin resigns and hands power to Putin",
    date="1999-12-31", explicit_date=False, window=["1999-12-31", "2000-05-07"],
    leaders_required=["boris-yeltsin", "vladimir-putin", "igor-ivanov", "sergei-ivanov", "bill-clinton",
                      "gerhard-schroder"],
    leaders_acceptable=["yevgeny-primakov", "gennady-zyuganov"],
    leaders_forbidden=["mikhail-gorbachev",  # only in "See also"
                       "henrik-aalto", "margit-halonen"],
    topics_required=["us-russia"],
    topics_acceptable=["arms-control", "defence", "european-security", "human-rights"],
    must_contain=["Boris Yeltsin has resigned as president of Russia six months before the end of his term",
                  "he was stepping aside so that the new century could begin with new politicians and new faces",
                  "Under the constitution Mr Putin, 47, becomes acting head of state, and a presidential election must be held within three months.",
                  "The \"nuclear briefcase\" carrying the launch codes for Russia's strategic forces was passed to the acting president within hours",
                  "\"There will be no vacuum of power, not for a single minute,\" Mr Putin said",
                  "\"Take care of Russia.\"",
                  "Mr Putin owes his popularity largely to the war in Chechnya",
                  "\"It is the last and perhaps the cleverest manoeuvre of the Yeltsin era.\"",
                  "Sergei Ivanov, the secretary of the Security Council and no relation of the foreign minister",
                  "still awaiting ratification by the Duma",
                  "Mr Putin was his fourth prime minister in 17 months."],
    must_not_contain=["\r", "NBS NEWS ONLINE", "Low graphics version", "You are in: World: Europe",
                      "Last updated 15:52 GMT", "E-mail this story to a friend", "Printable version",
                      "Image copyright: Kremlin press service / NBS", "Image caption:",
                      "By NBS Moscow correspondent Henrik Aalto", "[ Advertisement ]", "TALKING POINT:",
                      "Click here to have your say", "See also:", "19 Dec 99 | Europe", "Unity surges as Communists hold on",
                      "Gorbachev: Yeltsin 'should have gone long ago'", "Internet links:",
                      "The NBS is not responsible for the content of external internet sites",
                      "Links to more Europe stories are at the foot of the page.", "^^ Back to top",
                      "(c) NBS | News Sources | Privacy"],
    headings=[])

# Early-2000s Brussels news portal (raw HTML, UTF-8): UPPERCASE tags and attributes, table layout with FONT tags,
# <TITLE> with site and section, logo alt text with an entity, nav bar, "SPECIAL REPORT" sidebar whose picture caption
# belongs to another story (Koizumi), "Posted: 12.09.2001 | 23:40 CET" (stated), headline in a FONT/B pair, deck,
# by-line, print/e-mail/forum row with a post count, a tag split over two lines (<P\nALIGN=LEFT>), a captioned photo
# table "(Photo: EuroNet/Marc Dewulf)" with "&amp;amp;" in its alt text, a double-escaped "&amp;quot;" pair in the
# body, an ADVERTISEMENT banner with "Click here" alt text, bold-line crossheads, an unclosed attribute quote
# (HREF="… TARGET="_blank"), a UL list, "RELATED STORIES" with &#187; bullets, copyright and site credit. Window:
# Straw foreign secretary from 2001-06-08 (Bush, Powell, Robertson, Blair, Schroeder, Chirac, Putin, Igor Ivanov,
# Solana, Annan earlier); Lord Robertson NATO secretary general until 2003-12-17. "the Clinton administration" with
# Clinton not named; Koizumi only in the sidebar's caption; the analyst and reporters are invented.
G["e123"] = dict(
    title="NATO declares attack on U.S. an attack on all allies",
    date="2001-09-12", explicit_date=True, window=["2001-06-08", "2003-12-17"],
    leaders_required=["george-robertson", "tony-blair", "gerhard-schroder", "jacques-chirac", "jack-straw",
                      "javier-solana", "kofi-annan", "vladimir-putin", "george-w-bush", "igor-ivanov", "colin-powell"],
    leaders_acceptable=[],
    leaders_forbidden=["bill-clinton",  # "the Clinton administration" only
                       "junichiro-koizumi",  # only in the sidebar caption of another story
                       "pieter-vandenbroucke", "marc-dewulf", "annelies-verhaegen"],
    topics_required=["nato"],
    topics_acceptable=["defence", "european-security", "us-russia", "middle-east"],
    must_contain=["NATO's 19 member states agreed late on Wednesday that the terrorist attacks on New York and Washington would be treated as an attack on them all",
                  "if the attack was found to have been directed from abroad, it would be regarded as an action covered by Article 5",
                  "\"shall be considered an attack against them all\"",
                  "The clause was drafted with a Soviet tank offensive across the north German plain in mind.",
                  "\"Tonight it rides west.\"",
                  "that could touch allied security",
                  "Chancellor Gerhard Schröder told the Bundestag that Germany offered the United States its unlimited solidarity",
                  "It leaves each ally to decide for itself what action to take, military or otherwise.",
                  "the first foreign leader to telephone President George W. Bush after the attacks",
                  "a defence analyst at the Flemish Centre for Strategic Studies in Leuven",
                  "Nobody thought we would read it out loud like this.\"",
                  "Europe closes ranks"],
    must_not_contain=["EuroNet Daily ::", "<TABLE", "<FONT", "Free e-mail alerts", "SPECIAL REPORT",
                      "Attacks on America: full coverage", "Junichiro Koizumi orders tighter security",
                      "Posted: 12.09.2001 | 23:40 CET", "Pieter Vandenbroucke", "Print this story",
                      "E-mail to a colleague", "Discuss in our forum (58 posts)", "(Photo: EuroNet/Marc Dewulf)",
                      "&amp;quot;", "&quot;", "&amp;amp;", "ADVERTISEMENT", "40 European capitals from 99 euro",
                      "RELATED STORIES", "Brussels bourse falls as airlines slump", "&#187;",
                      "© 2001 EuroNet Media SA", "Site by Pixelworks Brussels", "TARGET="],
    headings=["A clause written for the Cold War", "Europe closes ranks", "What Article 5 does, and does not, do",
              "Moscow's offer"])

# Canadian regional daily's website, 2004 (Windows-1252 + CRLF, with one UTF-8 "é" pasted in as the two bytes "Ã©"):
# masthead with slogan, crumbs, "Friday, December 03, 2004 - 4:15 PM CST" (stated), deck, "By …, with files from …"
# by-line, "Story Tools:" row, "Photo:" caption with a lone ALL-CAPS credit line in the order AGENCY PHOTO / NAME,
# KIEV dateline, "ADVERTISING", headings as lines ending in a colon, "a." list, a newsletter box inside the body,
# reader-comment count, "Trending now" list, copyright and footer links. Window: Pettigrew foreign minister from
# 2004-07-20 (Adamkus's second term from 2004-07-12; Martin, Kuchma, Yanukovych as prime minister, Putin,
# Kwasniewski, Solana, Powell earlier); Yanukovych prime minister until 2005-01-05. Yushchenko and Tymoshenko are named
# as opposition figures with former posts; Kubis and Gryzlov are not in the data. Arafat appears only in "Trending now".
G["e124"] = dict(
    title="Ukraine\u2019s top court throws out runoff result, orders new vote by Dec. 26",
    date="2004-12-03", explicit_date=True, window=["2004-07-20", "2005-01-05"],
    leaders_required=["viktor-yanukovych", "leonid-kuchma", "vladimir-putin", "javier-solana",
                      "aleksander-kwasniewski", "valdas-adamkus", "colin-powell", "paul-martin", "pierre-pettigrew"],
    leaders_acceptable=["viktor-yushchenko", "yulia-tymoshenko", "jan-kubis", "boris-gryzlov"],
    leaders_forbidden=["yasser-arafat",  # only in "Trending now"
                       "lorna-kowalchuk", "oksana-lysenko", "olena-dmytryk"],
    topics_required=["ukraine"],
    topics_acceptable=["european-security", "us-russia", "human-rights"],
    must_contain=["annulled the official result of the Nov. 21 presidential runoff, ruling that fraud had made it impossible to establish the will of the voters",
                  "wearing orange, the colour of his campaign",
                  "turnout figures in the eastern regions that no one outside the commission found believable",
                  "Mr. Yushchenko, a former prime minister and central bank governor",
                  "the second round must be repeated, with the same two candidates, on Dec. 26",
                  "said he would take part in the repeat vote and expected to win it",
                  "questioned the point of repeating the runoff",
                  "J\u00e1n Kubi\u0161, and the speaker of Russia\u2019s lower house, Boris Gryzlov",
                  "about 300 people crowded into the parish hall caf\u00e9 at St. George's Cathedral",
                  "\u201cMy grandmother left a village near Ternopil in 1928. Tonight she would be crying, and so am I,\u201d",
                  "Foreign Affairs Minister Pierre Pettigrew welcomed the ruling as a victory for democracy",
                  "Saskatoon reaction"],
    must_not_contain=["\r", "The Prairie Ledger | Saskatoon", "Since 1912", "Home > News > World",
                      "Friday, December 03, 2004 - 4:15 PM CST", "Lorna Kowalchuk", "with files from Canadian Wire Service",
                      "Story Tools:", "Larger text", "Photo: Supporters of opposition leader", "CWS PHOTO / OKSANA LYSENKO",
                      "ADVERTISING", "Sign up for the Ledger\u2019s Morning Headlines", "Enter your e-mail address",
                      "caf\u00c3\u00a9", "Reader comments (14)", "Add your comment", "Trending now",
                      "Arafat\u2019s nephew asks France for medical file", "City council approves 3.9% tax increase",
                      "\u00a9 2004 The Prairie Ledger", "Subscribe to home delivery"],
    headings=["What the court decided", "Kuchma\u2019s dilemma", "Saskatoon reaction"])

# Defence blog's post exported as Markdown (UTF-8): site links row, "# " headline, "**Filed:** 2008-04-03 16:20 CET"
# (stated) with by-line and read time, share row (Facebook/Twitter/Digg/Email), Markdown image with an italic
# "Photo by … for …" credit line, a bold pull quote in a "> " block repeating a body sentence with its source line,
# "## " headings, a line ending in a colon before a "1." list, a "**Don't miss:**" promo link inside the body, a pipe
# table, a newsletter box as a "> " block with an emoji, "---" rule, "**Tags:**", "More from …" links, "### 12
# comments" heading, "Leave a comment", CC copyright. Window: Saakashvili's second term from 2008-01-20 (Fillon,
# Sarkozy, Brown, Merkel, Bush, Rice, Basescu, Karamanlis, Gruevski, Sanader, Berisha, Harper, Yushchenko, Karzai,
# de Hoop Scheffer, Lavrov earlier); Putin president until 2008-05-07 ("hands over … on May 7"). Medvedev is named as
# president-elect (no term yet); Ceausescu (a palace's builder) is not in the data. Musharraf appears only in "More
# from Eastern Flank Notes".
G["e125"] = dict(
    title="NATO promises Georgia and Ukraine membership, but not yet",
    date="2008-04-03", explicit_date=True, window=["2008-01-20", "2008-05-07"],
    leaders_required=["george-w-bush", "angela-merkel", "francois-fillon", "mikheil-saakashvili",
                      "viktor-yushchenko", "vladimir-putin", "sergey-lavrov", "kostas-karamanlis", "nikola-gruevski",
                      "ivo-sanader", "sali-berisha", "nicolas-sarkozy", "stephen-harper", "hamid-karzai",
                      "gordon-brown", "jaap-de-hoop-scheffer", "traian-basescu", "condoleezza-rice"],
    leaders_acceptable=["dmitry-medvedev", "nicolae-ceausescu"],
    leaders_forbidden=["pervez-musharraf",  # only in "More from Eastern Flank Notes"
                       "ioana-streinu", "radu-ene", "mircea-dobrescu"],
    topics_required=["nato"],
    topics_acceptable=["ukraine", "european-security", "defence", "us-russia", "arms-control"],
    must_contain=["agreed on Thursday that Georgia and Ukraine will one day join the alliance, but refused to give either country the Membership Action Plan",
                  "the vast palace that Nicolae Ceau\u0219escu built for himself",
                  "\"We agreed today that these countries will become members of NATO,\" the declaration says",
                  "stopping in Kyiv on Tuesday on his way to Romania",
                  "Foreign ministers will make a first assessment of their progress in December 2008 and may decide on their applications then.",
                  "Moscow's reaction was swift.",
                  "Prime Minister Kostas Karamanlis had warned for weeks that without a solution there would be no invitation",
                  "Blocked by Greece over the name dispute",
                  "The declaration also recognised the contribution that the planned American missile-defence sites in Poland and the Czech Republic would make",
                  "President Hamid Karzai joined the leaders for the session on Afghanistan",
                  "\"The Germans got no plan, the Americans got a promise, and the Georgians got a promise they will now try to cash.\"",
                  "Two in, one out"],
    must_not_contain=["[Eastern Flank Notes](https://easternflank.example/)", "2008-04-03 16:20 CET", "Ioana Streinu",
                      "8 min read", "Share on Facebook", "Digg this", "![Leaders gather",
                      "Photo by Radu Ene for Eastern Flank Notes", "\u2014 from the Bucharest summit declaration",
                      "Don't miss:", "Putin's last summit as president: what to expect in Sochi",
                      "The Flank, every Friday.", "Subscribe free", "\U0001f4ec", "Tags:", "More from Eastern Flank Notes",
                      "Musharraf swears in a new cabinet", "Kosovo, six weeks on", "12 comments", "Leave a comment",
                      "Some rights reserved (CC BY-NC 3.0)", "easternflank.example"],
    headings=["A promise without a timetable", "Two in, one out", "Missile defence and Afghanistan"])

# Gulf English-language news site scraped without its headline (UTF-8): masthead, "›" crumbs, share row with font
# buttons, "Updated 2 hours ago · 0 Comments" (no date anywhere), staff/agencies by-line with a city line, "Image: …
# (Credit: … handout via …)" caption, bare headings, "Sponsored: … Click here to find out more" inside the body, a
# newsletter call in capitals inside the body, "Tags:", "Also on Gulf Mirror:" with "•" bullets, "Most Popular" tabs,
# comment prompt, copyright and footer. Written Wednesday 30 September 2015 (the first strikes "on Wednesday", the
# Obama-Putin meeting "on Monday"). Window: al-Jubeir foreign minister from 2015-04-29 (Carter defence secretary from
# 2015-02-17; Putin, Assad, Obama, Kerry, Lavrov, Peskov earlier); Sergei Ivanov Kremlin chief of staff until
# 2016-08-12. "Carter" is Ash Carter (Jimmy Carter forbidden); Hafez al-Assad is named as the father, without a post.
# Erdogan appears only in "Also on Gulf Mirror".
G["e126"] = dict(
    title=None,
    date="2015-09-30", explicit_date=False, window=["2015-04-29", "2016-08-12"],
    leaders_required=["vladimir-putin", "sergei-ivanov", "bashar-al-assad", "ash-carter", "john-kerry",
                      "sergey-lavrov", "barack-obama", "adel-al-jubeir", "dmitry-peskov"],
    leaders_acceptable=["hafez-al-assad"],
    leaders_forbidden=["jimmy-carter",  # "Carter" is Ash Carter
                       "recep-tayyip-erdogan",  # only in "Also on Gulf Mirror"
                       "nadia-haddad"],
    topics_required=["middle-east"],
    topics_acceptable=["defence", "us-russia"],
    must_contain=["Russian warplanes carried out their first air strikes in Syria on Wednesday",
                  "The Federation Council approved the request unanimously in a closed session.",
                  "had made about 20 sorties and hit eight targets, including arms depots, vehicles and command posts",
                  "where Islamic State has little or no presence",
                  "amounted to \"pouring gasoline on the fire\"",
                  "\"That is not the way professional militaries behave,\" a Pentagon official said.",
                  "The US-led coalition, which has been bombing Islamic State in Syria for a year, said it would continue its missions.",
                  "They agreed that their militaries should talk as soon as possible to avoid accidents in the crowded skies over Syria.",
                  "President Barack Obama and Putin met for 90 minutes in New York on Monday",
                  "who inherited power from his father Hafez in 2000",
                  "\"Every other player now has to plan around Russian jets.\"",
                  "Talks in New York"],
    must_not_contain=["GULF MIRROR", "Home \u203a World \u203a Middle East", "Share  |  Tweet  |  WhatsApp", "A+   A-",
                      "Updated 2 hours ago", "0 Comments", "Gulf Mirror Staff and Agencies", "Moscow / Washington / New York",
                      "Image: A still from video", "(Credit: Russian Defence Ministry handout via Gulf Mirror)",
                      "Sponsored:", "Click here to find out more", "GET OUR MIDDLE EAST BRIEFING", "Sign up now \u203a",
                      "Tags: Syria, Russia", "Also on Gulf Mirror:", "Erdogan: Turkey will not send refugees back to war",
                      "Houthi missile intercepted", "Most Popular | Most Shared", "Be the first to comment",
                      "\u00a9 Gulf Mirror Publishing LLC", "Advertise with us"],
    headings=["Disputed targets", "Talks in New York", "A war without an end date"])

# Indian news site (UTF-8 with Windows-1252 mojibake in four lines only: "â€“", "Â" before a no-break space, "â€™",
# "â€œ" and "â€" + U+009D): site bar, "Trending Topics:" row, crumbs repeating the headline, headline and standfirst,
# "Written by … | New Delhi |", "Updated: Jun 17, 2020, 22:40 IST" (stated), share row with a share count, caption
# with a lone "PTI PHOTO" credit, "NEW DELHI:" dateline, "Also Read |" links inside the body, "**bold**" crossheads,
# "ADVERTISEMENT", "Watch Video |" promo, a flattened table (one cell per line under a title line), app promo,
# "First published on: 17-06-2020 at 22:40 IST", copyright with a comment count. Window: Jaishankar external affairs
# minister and Rajnath Singh defence minister from 2019-05-30 (Modi, Wang Yi, Xi earlier); Wang Yi foreign minister
# until 2022-12-30. Zhao Lijian, Srivastava, Bipin Rawat, Rahul Gandhi and Nehru (no post) are not in the data; the
# colonel is not a leader. Imran Khan appears only in an "Also Read" link.
G["e127"] = dict(
    title="Galwan clash: 20 Indian soldiers killed in first deadly India-China face-off in 45 years",
    date="2020-06-17", explicit_date=True, window=["2019-05-30", "2022-12-30"],
    leaders_required=["narendra-modi", "rajnath-singh", "subrahmanyam-jaishankar", "wang-yi", "xi-jinping"],
    leaders_acceptable=["zhao-lijian", "anurag-srivastava", "bipin-rawat", "rahul-gandhi", "jawaharlal-nehru"],
    leaders_forbidden=["imran-khan",  # only in an "Also Read" link
                       "indira-gandhi", "sonia-gandhi", "rohan-deshpande", "meera-raghavan"],
    topics_required=["indo-pacific"],
    topics_acceptable=["defence", "us-china"],
    must_contain=["Twenty Indian Army soldiers, among them a commanding officer, were killed in a violent face-off with Chinese troops in the Galwan Valley",
                  "taking the number killed in action to 20",
                  "whose men had gone to check that Chinese troops had pulled back from a position near Patrol Point 14 as agreed",
                  "Several soldiers fell or were pushed into the icy water.",
                  "troops on both sides of the Line of Actual Control \u2013 the de facto border \u2013 carry weapons but do not open fire",
                  "External Affairs Ministry spokesperson Anurag Srivastava said on Tuesday",
                  "calling the clash a premeditated and planned action by China",
                  "reached by corps commanders at Chushul-Moldo on June 6 would be implemented sincerely",
                  "\u201cThe sacrifice of our jawans will not be in vain,\u201d he said.",
                  "Jawaharlal Nehru\u2019s \u201cHindi-Chini bhai-bhai\u201d and the war of 1962",
                  "Four Assam Rifles soldiers killed in an ambush",
                  "Jaishankar, Wang Yi speak"],
    must_not_contain=["E-Paper | Latest | India", "Trending Topics:", "Sushant Singh Rajput", "News / India / Galwan clash",
                      "Written by Rohan Deshpande", "Updated: Jun 17, 2020, 22:40 IST", "Copy link", "1,284 shares",
                      "PTI PHOTO", "Also Read |", "Imran Khan says Pakistan", "ADVERTISEMENT", "Watch Video |",
                      "explained in 3 minutes", "Nepal", "Download the Bharat Times app",
                      "First published on: 17-06-2020 at 22:40 IST", "\u00a9 Bharat Times Online Pvt Ltd",
                      "Post your comment (312)", "\u00e2\u20ac\u2122", "\u00e2\u20ac\u201c", "\u00c2"],
    headings=["How the clash unfolded", "Jaishankar, Wang Yi speak", "The longer stand-off"])

# South African daily's site (UTF-8 with BOM): masthead, nav, cookie notice with "Accept all | Manage preferences",
# section kicker, headline and standfirst, "Name | Political Reporter" by-line, "24 Aug 2023 | 15:32 · Updated 3 hrs
# ago" (stated), listen and share rows, caption ending "Picture: GCIS", JOHANNESBURG dateline, "(i)"-"(vi)" list,
# "ADVERTISEMENT · CONTINUE READING BELOW", "Read more:" link, bare headings, a "NEWSLETTER:" call inside the body,
# "Trending now", copyright with PAIA/Press Council links. Window: Lula president from 2023-01-01 (Ramaphosa, Xi,
# Modi, Putin, Lavrov, Raisi, Abiy, Mohamed bin Zayed as president, Sisi, Faisal bin Farhan, Fernandez earlier);
# Fernandez president until 2023-12-10. Milei is named as a candidate and Rousseff with her former post (the bank is
# not in the data); Pandor is not in the data. Nelson Mandela is only a square's name; Zuma appears only in "Trending
# now".
G["e128"] = dict(
    title="BRICS to double in size as six countries invited to join",
    date="2023-08-24", explicit_date=True, window=["2023-01-01", "2023-12-10"],
    leaders_required=["cyril-ramaphosa", "xi-jinping", "narendra-modi", "luiz-inacio-lula-da-silva", "vladimir-putin",
                      "sergey-lavrov", "ebrahim-raisi", "abiy-ahmed", "abdel-fattah-el-sisi", "mohamed-bin-zayed",
                      "faisal-bin-farhan", "alberto-fernandez"],
    leaders_acceptable=["javier-milei", "dilma-rousseff", "naledi-pandor"],
    leaders_forbidden=["nelson-mandela",  # only "Nelson Mandela Square"
                       "jacob-zuma",  # only in "Trending now"
                       "thabo-mokoena", "anele-dube"],
    topics_required=["russia-china"],
    topics_acceptable=["middle-east", "sanctions", "energy", "human-rights", "ukraine"],
    must_contain=["will more than double in size after its five members agreed on Thursday to invite Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United Arab Emirates",
                  "had reached consensus on a first phase of expansion",
                  "Ethiopia, seat of the African Union",
                  "Chinese President Xi Jinping, who had pushed hardest for a bigger bloc, called the expansion historic.",
                  "He is the subject of an arrest warrant issued in March by the International Criminal Court",
                  "Iran's President Ebrahim Raisi, who attended in person, hailed the invitation as a strategic success for his government.",
                  "the kingdom would study the details before the proposed joining date and then take the appropriate decision",
                  "leaving Argentina's membership in doubt if he wins the presidency later this year",
                  "With the six newcomers, BRICS would account for about 46% of the world's population",
                  "Outside, in Nelson Mandela Square, the shopping piazza next to the venue",
                  "\"This is not an alliance, it is a waiting room with a very large door,\"",
                  "What the newcomers said"],
    must_not_contain=["\ufeff", "The Highveld Tribune", "News | Politics | Business", "We use cookies to improve your experience",
                      "Accept all | Manage preferences", "POLITICS \u00b7 BRICS SUMMIT 2023", "Thabo Mokoena | Political Reporter",
                      "24 Aug 2023 | 15:32", "Updated 3 hrs ago", "Listen to this article", "WhatsApp \u00b7 Facebook",
                      "Picture: GCIS", "ADVERTISEMENT \u00b7 CONTINUE READING BELOW", "Read more:",
                      "What the ICC warrant meant for Pretoria's summit planning", "NEWSLETTER:", "Sign up here",
                      "Trending now", "Zuma's remission", "Eskom moves to Stage 2", "Springboks name World Cup squad",
                      "\u00a9 2023 Highveld Media (Pty) Ltd", "PAIA Manual"],
    headings=["What the newcomers said", "What it means"])

# Defence magazine's analysis page (UTF-8): site bar with sections, "ANALYSIS" kicker, "By … | Contributing Editor",
# "Updated 3 hrs ago · 7 min read" (no date anywhere), listen/gift widgets with symbols, share row, a "Click here to
# download …" promo inside the body, question headings, a "> " pull quote repeating a body sentence, a pipe-separated
# table written as text lines, a newsletter line with an envelope symbol inside the body, "—" list, a correction
# (body text), "Related:" with "•" bullets, "Topics:", comment count, copyright. Written Wednesday 3 February 2021
# ("exchanged diplomatic notes on Wednesday", after the 26 and 29 January steps). Window: Blinken secretary of state
# from 2021-01-26 (Biden, Putin, Peskov, Ryabkov, Stoltenberg earlier); Stoltenberg NATO secretary general until
# 2024-10-01. Obama and Medvedev are named as "then-presidents" (former posts); Psaki is not in the data. "The Trump
# administration" is named but Trump is not.
G["e129"] = dict(
    title="New START extended for five years, buying time for harder talks",
    date="2021-02-03", explicit_date=False, window=["2021-01-26", "2024-10-01"],
    leaders_required=["antony-blinken", "joe-biden", "vladimir-putin", "dmitry-peskov", "sergei-ryabkov",
                      "jens-stoltenberg"],
    leaders_acceptable=["barack-obama", "dmitry-medvedev", "jen-psaki"],
    leaders_forbidden=["donald-trump",  # "The Trump administration" only
                       "katrin-ellermann", "tomas-lindqvist"],
    topics_required=["arms-control", "us-russia"],
    topics_acceptable=["nato", "defence", "us-china"],
    must_contain=["Russia and the United States have extended New START, the last treaty limiting their nuclear arsenals, by five years",
                  "Inspections have been suspended since last spring because of the pandemic, but the right to carry them out survives.",
                  "and in the United States the decision does not need the Senate",
                  "the two governments exchanged diplomatic notes on Wednesday to complete the process",
                  "provided they took account of American missile defences",
                  "Deployed ICBMs, SLBMs and heavy bombers",
                  "The Trump administration had offered to extend the treaty for one year only",
                  "signed in Prague in April 2010 by then-presidents Barack Obama and Dmitry Medvedev",
                  "new Russian systems such as the Poseidon nuclear torpedo and the Burevestnik cruise missile",
                  "Extension buys time. It does not buy a successor. Negotiators in both capitals now have five years",
                  "Correction: An earlier version of this article said the treaty allows 800 deployed launchers.",
                  "How did it happen so fast?"],
    must_not_contain=["STRATEGIC REVIEW |", "Podcasts | Subscribe | Sign in", "By Katrin Ellermann | Contributing Editor",
                      "Updated 3 hrs ago", "7 min read", "Listen to this article", "Gift this article",
                      "Share: Twitter | LinkedIn", "Click here to download our New START explainer",
                      "> \"Extension buys time.", "Arms Control Weekly", "Sign up for our free newsletter",
                      "Related:", "Inside the Vienna talks that went nowhere", "Hypersonic weapons, explained",
                      "Topics: Arms Control", "Comments (27)", "\u00a9 Strategic Review Media LLC", "Reprints & Permissions",
                      "\u25b6", "\U0001f381", "\u2709"],
    headings=["How did it happen so fast?", "What the treaty limits", "What did the previous administration want?",
              "What is left out?"])

# Modern news site (raw HTML, UTF-8): <title> with section and site suffix, og/article meta, JSON-LD with
# datePublished and dateModified, tag-manager script, consent dialog ("We and our 214 partners …"), header nav,
# kicker, h1 and standfirst, by-line, <time> "Wed 10 Jul 2024 17.15 EDT" (stated) beside "Updated 3 hrs ago", share
# buttons with a comment count, figure with alt text holding "&amp;" and a "Credit: …" span, ad slot with iframe,
# h2 headings, a pull quote repeating a body phrase with <cite>, a newsletter <aside> with its own h3 and form, ul
# list, an editor's note (body text) dated the next day, "More from" related links, "Trending now", footer and config
# script; &lsquo; &rsquo; &ldquo; &euro; &pound; &aacute; &#8216;. Window: Starmer prime minister from 2024-07-05
# (Schoof from 2024-07-02; Biden, Blinken, Stoltenberg, Zelensky, Orban earlier); Stoltenberg NATO secretary general
# until 2024-10-01. Rutte is named as former prime minister and future secretary general, Trump as former president
# and nominee: acceptable. The Ronald Reagan Institute is a place (Reagan forbidden; also in a related link as
# "Reagan National"); Albanese appears only in a related video's link text.
G["e130"] = dict(
    title="NATO tells Ukraine its path to membership is \u2018irreversible\u2019",
    date="2024-07-10", explicit_date=True, window=["2024-07-05", "2024-10-01"],
    leaders_required=["jens-stoltenberg", "volodymyr-zelensky", "joe-biden", "antony-blinken", "keir-starmer",
                      "dick-schoof", "viktor-orban"],
    leaders_acceptable=["mark-rutte", "donald-trump"],
    leaders_forbidden=["ronald-reagan",  # the Ronald Reagan Institute; Reagan National airport in a related link
                       "anthony-albanese",  # only in a related video link
                       "grace-whitcombe", "jonah-whitfield", "henrik-solberg"],
    topics_required=["nato", "ukraine"],
    topics_acceptable=["european-security", "defence", "russia-china", "us-russia"],
    must_contain=["NATO leaders declared on Wednesday that Ukraine was on an \u201cirreversible path\u201d to full Euro-Atlantic integration",
                  "promised a minimum baseline of \u20ac40bn in military aid for Ukraine within the next year",
                  "The declaration also called China a \u201cdecisive enabler\u201d of Russia\u2019s war",
                  "said the aid and the new command together amounted to a bridge to membership",
                  "Speaking on Tuesday at the Ronald Reagan Institute, he said the whole world was waiting for November",
                  "would provide equipment for five more strategic air-defence systems",
                  "a NATO command in Wiesbaden for security assistance and training, with about 700 staff;",
                  "pledged \u00a33bn a year in military aid for as long as it takes",
                  "The new Dutch prime minister, Dick Schoof, sat in for the first time",
                  "that he called a peace mission. Several allies said he had spoken for no one but himself.",
                  "This article was amended on 11 July 2024 to correct the number of staff at the new command.",
                  "Jets, air defences and a new command"],
    must_not_contain=["The Atlantic Ledger", "We and our 214 partners", "Manage options",
                      "NATO summit", "Grace Whitcombe", "Wed 10 Jul 2024 17.15 EDT", "Updated 3 hrs ago",
                      "Share on Facebook", "Copy link", "486 comments", "Credit: Jonah Whitfield/Capitol Pool",
                      "Advertisement", "\u201cA bridge to membership\u201d", "World Briefing", "Enter your email",
                      "More from The Atlantic Ledger", "Biden awards Stoltenberg",
                      "Anthony Albanese", "Reagan National", "Trending now", "\u00a9 2024 The Atlantic Ledger Company",
                      "Privacy settings", "__AL_CONFIG__", "&lsquo;", "&euro;"],
    headings=["An \u2018irreversible path\u2019, but no invitation", "Jets, air defences and a new command",
              "The shadow of November"])
