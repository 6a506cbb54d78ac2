"""Gold for e181-e190 (merged into gold.json by merge_gold.py). Each entry carries a comment on how its date window
was derived: terms of office (input/data) of people named with their posts, nothing else. A person named with a
former post only says the article is later than that term's end. Open-ended terms end at their scheduled end.
People the knowledge base does not hold appear, if at all, as slugs in leaders_acceptable (named in the text) or
leaders_forbidden (named only in chrome or only inside a name of a place, building or foundation)."""

G = {}

# Saved HTML page of a large international news site: consent dialog, nav, kicker, standfirst, by-line, "Published
# 13 June 2024, 19:47 CEST" (stated), "Listen to this article 6:12 min" player, Gift/Save/"Share full article 1.2K"
# rows (top and bottom), an AI-generated "Key points" box whose bullets paraphrase the story (junk), figure with
# "Photograph:" credit, ad slot with "Continue reading the main story", an embedded post as text, a paywall teaser
# inside the body, author bio box, "Most read" rail, footer; meta with double-escaped "&amp;quot;". The correction
# notice IS body. Window: Sunak prime minister 2022-10-25..2024-07-05 (Meloni from 2022-10-22, Biden, Zelensky,
# von der Leyen, Macron, Scholz, Kishida, Trudeau, Zakharova compatible). Putin is named without an office in a
# quote. Orban appears only in the Most read rail; the reporter and the embedded poster are invented.
G["e181"] = dict(
    title="G7 leaders agree $50bn loan for Ukraine backed by frozen Russian assets",
    date="2024-06-13", explicit_date=True, window=["2022-10-25", "2024-07-05"],
    leaders_required=["joe-biden", "giorgia-meloni", "rishi-sunak", "ursula-von-der-leyen", "emmanuel-macron",
                      "olaf-scholz", "volodymyr-zelensky", "fumio-kishida", "justin-trudeau", "maria-zakharova"],
    leaders_acceptable=["vladimir-putin"],
    leaders_forbidden=["viktor-orban",  # only in the Most read rail
                       "ines-hallberg", "karel-voss"],
    topics_required=["sanctions", "ukraine"],
    topics_acceptable=["us-russia", "european-security", "defence", "energy"],
    must_contain=["Leaders of the Group of Seven agreed on Thursday to lend Ukraine about $50bn this year",
                  "most of them at a clearing house in Belgium, and uses only the interest and other income they throw off each year.",
                  "\u201cThis is a signal to Putin that we are not backing off,\u201d said Joe Biden",
                  "Rishi Sunak, the British prime minister, flew in for one day in the middle of a general election campaign at home.",
                  "How the loan will work",
                  "If sanctions on the assets were ever lifted before the loan was repaid, she said, the lenders would share the risk.",
                  "a line that Germany\u2019s chancellor, Olaf Scholz, had insisted on throughout the negotiations.",
                  "A separate pact with Washington",
                  "Japan\u2019s Prime Minister Fumio Kishida signed a similar document with Mr Zelensky in the evening.",
                  "called the plan \u201ccriminal\u201d and said Russia would respond.",
                  "Correction: An earlier version of this article said the Ukraine Recovery Conference took place in Rome. It was held in Berlin on 11 and 12 June."],
    must_not_contain=["The Meridian Post", "We and our 212 partners use cookies", "Accept all", 
                      "By Ines Hallberg", "Published 13 June 2024, 19:47 CEST",
                      "Listen to this article", "6:12 min", "Narrated by an AI voice", "Gift this article",
                      "Share full article", "1.2K", "AI-generated summary, reviewed by our editors",
                      "The Group of Seven has settled on a $50bn loan for Kyiv.",
                      "Moscow called the plan theft and promised retaliation.", 
                      "Photograph: Lucio Ferrante/Meridian Pool", "Advertisement", "Continue reading the main story",
                      "@kvoss_markets", "Read 214 replies", "You have 3 free articles left this month.",
                      "Subscribe to continue reading", "is the Meridian Post\u2019s Rome correspondent",
                      "Most read", "Orb\u00e1n says Hungary will stay out", "&amp;quot;"],
    headings=["How the loan will work", "A separate pact with Washington"])

# Live page copied from the browser and left as a story (UTF-8, LF, NBSP in the relative stamps "2h ago"): menu,
# LIVE badge, "Updated 3 hrs ago", by-line, follow/notification line, "Key events" box with bullets repeating
# entries, share/copy-link row with a comment count, per-entry stamps ("2h ago" + "14:52"), a video leftover
# ("Watch: …", "0:45", "Video unavailable"), an embedded post ("Replying to", "Read 2K replies"), "Advertisement",
# a "Related:" line, end-of-live notice, "First published on Wednesday 20 September 2023 08.12 BST" (stated),
# "Most popular", footer. Decision: the entry stamps are junk (relative and clock times of the page, not body
# text); the text of every entry is body, in page order. Window: Mirzoyan foreign minister from 2021-08-19, Michel
# European Council president until 2024-11-30 (Pashinyan, Ilham Aliyev, Blinken, Peskov compatible). Trap: Heydar
# Aliyev is named only in the name of Baku's airport (forbidden); the human-rights campaigner is invented.
G["e182"] = dict(
    title="Azerbaijan and Karabakh Armenians agree ceasefire after a day of fighting",
    date="2023-09-20", explicit_date=True, window=["2021-08-19", "2024-11-30"],
    leaders_required=["nikol-pashinyan", "ilham-aliyev", "antony-blinken", "dmitry-peskov", "charles-michel",
                      "ararat-mirzoyan"],
    leaders_acceptable=[],
    leaders_forbidden=["heydar-aliyev",  # only in "Heydar Aliyev International Airport"
                       "anahit-sargsyan", "vartan-hakobyan"],
    topics_required=["human-rights"],
    topics_acceptable=["european-security", "defence", "energy"],
    must_contain=["The fighting that began on Tuesday in Nagorno-Karabakh stopped at one o'clock on Wednesday afternoon",
                  "discuss what Baku calls the \"reintegration\" of the region's roughly 120,000 Armenians.",
                  "He said the people of the enclave faced a real danger of ethnic cleansing and asked international partners to send observers.",
                  "President Ilham Aliyev, in an address to the nation in the evening, said Azerbaijan had restored its sovereignty",
                  "the only road to Armenia, the Lachin corridor, had been blocked since December.",
                  "US Secretary of State Antony Blinken spoke to President Aliyev on Tuesday and urged him to halt military action immediately.",
                  "Police detained dozens of protesters overnight, the Armenian interior ministry said.",
                  "Several Russian servicemen were killed on Wednesday when their vehicle came under fire",
                  "\"A ceasefire that ends with the population leaving is not peace,\"",
                  "Armenia's Foreign Minister Ararat Mirzoyan told foreign ambassadors",
                  "Commercial flights continued to operate from Heydar Aliyev International Airport outside Baku"],
    must_not_contain=["Skip to main content", "Caucasus Wire International", "Updated 3 hrs ago",
                      "By Talin Marukyan", "Notifications on", "Key events", "Ceasefire takes effect at 13:00 local time",
                      "Show all key events", "Comments (318)", "Copy link", "2h\u00a0ago", "14:52", 
                      "Watch: Smoke rises over Stepanakert", "0:45", "Video unavailable",
                      "This video is not available in your country", "Advertisement", "@vhakobyan_am",
                      "Replying to @CaucasusWireIntl", "Read 2K replies", "Related: What is the Lachin corridor",
                      "This live page is no longer being updated.",
                      "First published on Wednesday 20 September 2023 08.12 BST", "Most popular",
                      "Pashinyan under pressure as protests grow"],
    headings=[])

# Broadcaster's world page copied from the browser (UTF-8, CRLF): edition bar, menu, section, by-line with desk,
# "Updated 2 hrs ago · 4 min read" only, share glyph row, "Trending now:" row, a video leftover ("▶ Watch: …",
# "Video unavailable."), ALL-CAPS crossheads, an "(i)"–"(iv)" list, "ADVERTISEMENT", an embedded post with
# counters and "Read 2K replies", "Don't miss:" promo, "More from GNN", copyright. The editor's note IS body.
# Undated (the embedded post's stamp is junk). Window: Nebenzia Russia's UN ambassador from 2017-07-27, Tillerson
# secretary of state until 2018-03-31 (Haley, Trump, Moon compatible). Kim Jong Un is named without a post; Liu
# Jieyi is not in the knowledge base. Trap: Abe appears only in the video promo (forbidden).
G["e183"] = dict(
    title="UN Security Council caps North Korea's oil imports after nuclear test",
    date="2017-09-11", explicit_date=False, window=["2017-07-27", "2018-03-31"],
    leaders_required=["nikki-haley", "vassily-nebenzia", "rex-tillerson", "donald-trump", "moon-jae-in",
                      "kim-jong-un"],
    leaders_acceptable=["liu-jieyi"],
    leaders_forbidden=["shinzo-abe",  # only in the video promo
                       "marcus-lindqvist", "ji-won-park-renner", "grace-oyelaran-fitch"],
    topics_required=["sanctions", "arms-control"],
    topics_acceptable=["indo-pacific", "us-china", "energy", "defence"],
    must_contain=["The UN Security Council unanimously approved new sanctions against North Korea on Monday",
                  "frozen the overseas assets of Kim Jong Un, but both were dropped in negotiations with China and Russia",
                  "WHAT THE RESOLUTION DOES",
                  "North Korea may import no more than 2 million barrels of refined petroleum products a year from January",
                  "bans North Korean exports of textiles, worth more than $700 million last year;",
                  "calls on states to inspect ships suspected of carrying banned cargo, with the consent of the flag state.",
                  "and that Pyongyang \"has not yet passed the point of no return\".",
                  "WHAT CHINA AND RUSSIA WANTED",
                  "Russia's ambassador, Vassily Nebenzia, said Moscow had supported the text",
                  "In Seoul, the office of President Moon Jae-in welcomed the vote",
                  "Editor's note: This story has been updated to include the reaction from Seoul and the figures on textile exports.",
                  "\"The cap only bites if someone counts the barrels,\""],
    must_not_contain=["\r", "GLOBAL NEWS NETWORK", "Watch Live", "Edition: International", "By Grace Oyelaran-Fitch",
                      "Updated 2 hrs ago", "4 min read", "Trending now:", "Hurricane Irma",
                      "Watch: Abe urges", "1:58", "Video unavailable. Please try again later.", "ADVERTISEMENT",
                      "@mlindqvist_nonpro", "Replying to @GNNbreaking", "The oil cap is real but the crude freeze",
                      "Read 2K replies", "1.1K", "Don't miss:", "Inside the race to read North Korea's seismic signals",
                      "More from GNN", "Satellite images show activity at Punggye-ri",
                      "Opinion: Why sanctions alone won't stop Kim", "© 2017 Global News Network", "AdChoices"],
    headings=["WHAT THE RESOLUTION DOES", "WHAT CHINA AND RUSSIA WANTED"])

# Saved HTML page of a large US daily (UTF-8): upper-case HTML/HEAD/TITLE/BODY/H1/P/H2 tags, meta with
# double-escaped "&amp;amp;", JSON-LD and dataLayer scripts, top bar with "Read in app", section nav, kicker, dek,
# two-name by-line, "Published Aug. 18, 2023 | Updated Aug. 19, 2023, 8:02 a.m. ET" (publication date stated; the
# update is a day later), action row (Listen · 7:04, Give this article, Save, Share, comment count), an "At a
# glance" AI summary box whose bullets paraphrase the story (junk), video-player leftovers, an inline paywall teaser,
# "ADVERTISEMENT / SKIP ADVERTISEMENT", a <P> tag split over two lines with an entity inside an attribute, author
# box with a newsletter sign-up, related card, "Most Read", footer. The dated correction IS body. Window: Yoon
# president 2022-05-10..2025-04-04, Kishida prime minister until 2024-10-01 (Biden, Sullivan, Blinken compatible).
# Traps: the Eisenhower Executive Office Building (a building; Eisenhower is not in the knowledge base either) and
# the USS Ronald Reagan, named only in a caption of a related story (forbidden).
G["e184"] = dict(
    title="Biden, Yoon and Kishida pledge to consult on threats at Camp David summit",
    date="2023-08-18", explicit_date=True, window=["2022-05-10", "2024-10-01"],
    leaders_required=["joe-biden", "yoon-suk-yeol", "fumio-kishida", "jake-sullivan", "antony-blinken"],
    leaders_acceptable=[],
    leaders_forbidden=["ronald-reagan",  # only the carrier, in a related story's caption
                       "dwight-d-eisenhower", "dwight-eisenhower",  # only the building's name
                       "dana-whitcombe", "soo-ah-lim", "tomoko-ishii"],
    topics_required=["indo-pacific", "defence"],
    topics_acceptable=["us-china", "arms-control", "technology"],
    must_contain=["President Biden hosted the leaders of South Korea and Japan at Camp David on Friday",
                  "have warmed quickly since Mr. Yoon moved in March to settle a dispute over compensation for wartime forced labor.",
                  "\u2018A new chapter\u2019",
                  "He said the leaders were opening \u201ca new chapter\u201d and that the partnership was not aimed at any one country.",
                  "share warning data on North Korean missile launches in real time by the end of the year;",
                  "set up a hotline for use in a crisis; and",
                  "at the Eisenhower Executive Office Building that the \u201ccommitment to consult\u201d was a political undertaking, not a legal obligation",
                  "Mr. Kishida said the meeting marked the start of a new era of cooperation among the three countries.",
                  "Beijing\u2019s response",
                  "said the three countries opposed any unilateral attempt to change the status quo in the waters of the Indo-Pacific.",
                  "Correction, Aug. 19, 2023: An earlier version of this article misstated when the missile data-sharing arrangement would begin."],
    must_not_contain=["The Atlantic Ledger", "NATIONAL SECURITY", "By Dana Whitcombe",
                      "Updated Aug. 19, 2023, 8:02 a.m. ET", "7:04", "Give this article",
                      "At a glance", "Three leaders meet at the presidential retreat in Maryland.",
                      "This summary was generated with the help of AI", "Watch: Biden welcomes Yoon and Kishida",
                      "Video player is loading.", "0:00 / 2:31", "Subscribe to continue reading.",
                      "You have 2 free articles remaining.", "ADVERTISEMENT", "SKIP ADVERTISEMENT", "862 comments",
                      "covers the White House", "Sign up for the World Brief newsletter", 
                      "USS Ronald Reagan", "Tomoko Ishii for The Atlantic Ledger", "Most Read",
                      "Maui fire death toll", "&amp;amp;", "data-note"],
    headings=["\u2018A new chapter\u2019", "Beijing\u2019s response"])

# International site's story copied from the browser (UTF-8, LF): masthead and section menu with Log in/Subscribe,
# crumbs, deck, author line, "2023-03-21 17:40 GMT Â· Moscow bureau · 7 min read" (stated; "Â·" is a mojibake
# middle dot), listen/save/share/gift row with emoji, a box-drawn "EXPLAINER … in 60 seconds" FAQ module (junk:
# a reusable widget repeating the story, with "â€“" mojibake, "Read the full explainer →" and "Was this helpful?"),
# ALL-CAPS crossheads, "Advertisement · Story continues below", author bio box, "MOST READ", "Recommended for you",
# copyright. The clarification IS body. Window: Li Qiang premier from 2023-03-11 (named as "the country's new
# premier"), Qin Gang foreign minister until 2023-07-25 (Putin, Xi, Blinken, Kishida, Zelensky, Mishustin, Peskov
# compatible). Trap: Angela Merkel appears only in the author bio box (forbidden).
G["e185"] = dict(
    title="Xi and Putin hail \"new era\" but no deal yet on Power of Siberia 2 pipeline",
    date="2023-03-21", explicit_date=True, window=["2023-03-11", "2023-07-25"],
    leaders_required=["vladimir-putin", "xi-jinping", "antony-blinken", "fumio-kishida", "volodymyr-zelensky",
                      "mikhail-mishustin", "qin-gang", "li-qiang", "dmitry-peskov"],
    leaders_acceptable=[],
    leaders_forbidden=["angela-merkel",  # only in the author bio
                       "nadia-korsunskaya-wells", "tomas-lindgren"],
    topics_required=["russia-china", "energy"],
    topics_acceptable=["ukraine", "us-china", "us-russia", "sanctions"],
    must_contain=["Vladimir Putin and Xi Jinping signed a statement in the Kremlin on Tuesday",
                  "a pipeline that would carry up to 50 billion cubic metres of gas a year from western Siberia to China through Mongolia.",
                  "Russia has lost most of its European gas market since the invasion of Ukraine",
                  "ON UKRAINE",
                  "could be taken as a basis for a settlement \"when the West and Kyiv are ready for it\".",
                  "made no mention of the arrest warrant issued against Mr Putin by the International Criminal Court on Friday.",
                  "Japan's Prime Minister Fumio Kishida made an unannounced visit to Kyiv",
                  "MONEY AND TRADE",
                  "Chinese Foreign Minister Qin Gang, who travelled with Mr Xi, held separate talks with his Russian counterpart.",
                  "\"For Beijing, the deliverable is the option to say no to the pipeline until the price suits it.\"",
                  "Clarification: An earlier version of this story gave the wrong capacity for Power of Siberia 1."],
    must_not_contain=["EURASIA DAILY REVIEW", "Sections ▾", "Log in", "Russia / China / Energy",
                      "2023-03-21 17:40 GMT", "Â·", "7 min read", "Listen to this article", "🎁 Gift",
                      "EXPLAINER | Power of Siberia 2 in 60 seconds", "Q: What is it?", "â€“",
                      "Construction has not started; no price has been agreed.", "Read the full explainer",
                      "Was this helpful?", "Advertisement · Story continues below", "ABOUT THE AUTHOR",
                      "Angela Merkel's chancellorship", "Follow Nadia", "MOST READ",
                      "How a Siberian gas field became a bargaining chip", "Recommended for you",
                      "The ICC warrant, explained", "© 2023 Eurasia Daily Review", "┌"],
    headings=["ON UKRAINE", "MONEY AND TRADE"])

# Markdown export of a Brussels news site's article (UTF-8, LF): link row, bold kicker "**BRUSSELS** | Sanctions",
# "# " headline, italic by-line "Fri 18.07.2025 – 16:20 CET · Updated 17:05" (stated, day first with dots), link row
# with "Listen (5:48)", Gift, Save, Share and comment count, a "✨ Quick read" AI box as a blockquote whose bullets
# paraphrase the story (junk), image with alt text and "Photo by … for …" credit, "## " headings, "1." list, a
# pipe table, a newsletter box as a blockquote INSIDE the body, "*Advertisement*", author line, "Read more:" and
# "Trending now:" link rows, copyright. The editor's note IS body. Window: Merz chancellor from 2025-05-06; Trump's
# second term ends 2029-01-20 (Fico, Kallas, von der Leyen, Zelensky, Peskov compatible). Trap: "the Orban
# government" with Orban not otherwise named (forbidden).
G["e186"] = dict(
    title="EU adopts 18th sanctions package after Slovakia lifts veto, lowers Russian oil price cap",
    date="2025-07-18", explicit_date=True, window=["2025-05-06", "2029-01-20"],
    leaders_required=["robert-fico", "kaja-kallas", "ursula-von-der-leyen", "volodymyr-zelensky", "dmitry-peskov",
                      "donald-trump", "friedrich-merz"],
    leaders_acceptable=[],
    leaders_forbidden=["viktor-orban",  # only "the Orbán government"
                       "joris-vandaele", "pieter-claes"],
    topics_required=["sanctions", "energy"],
    topics_acceptable=["ukraine", "european-security", "us-russia"],
    must_contain=["The European Union adopted its 18th package of sanctions against Russia on Friday",
                  "introduces a mechanism that will reset the cap automatically every six months at 15 percent below the average market price.",
                  "Kaja Kallas, the EU's High Representative for foreign affairs, said the bloc would keep raising the cost of the war for Moscow.",
                  "What changes",
                  "a full ban on transactions involving the Nord Stream 1 and 2 pipelines;",
                  "$47.60, reviewed every six months",
                  "How the veto ended",
                  "Mr Fico had blocked the package to extract guarantees over a separate Commission plan to end all imports of Russian gas by the end of 2027.",
                  "Diplomats said the Orbán government in Budapest, which also opposes the gas phase-out",
                  "Kremlin spokesman Dmitry Peskov said Russia had acquired \"a certain immunity\" to Western sanctions and would adapt.",
                  "Editor's note: An earlier version of this article gave the wrong number of listed vessels. The total is 444, not 440."],
    must_not_contain=["Skip to content", "Europe Today", "**BRUSSELS** | Sanctions", "By Joris Vandaele",
                      "Fri 18.07.2025 – 16:20 CET", "Listen (5:48)", "Gift this article",
                      "💬 214", "Quick read", "AI-assisted, edited by our desk",
                      "Brussels finally gets its 18th package through.",
                      "Bratislava dropped its objection after gas assurances.", "Flags outside the Berlaymont building",
                      "Photo by Pieter Claes", "Sign up for Sanctions Watch", "Subscribe free", "Advertisement",
                      "is Europe Today's sanctions correspondent", "@jvandaele", "Read more:",
                      "Why the oil price cap never quite worked", "Trending now:", "Heatwave grips southern Europe",
                      "Cookie settings", "https://"],
    headings=["What changes", "How the veto ended"])

# US regional daily's early website, raw HTML of 1996 (ISO-8859-1 bytes é ü ·, CRLF): upper-case tags, layout
# TABLE with a left section column, FONT/CENTER, spacer GIFs with ALT "[spacer]", an unclosed HREF quote in the
# menu, unclosed <P> paragraphs, section crumb "World News >> Europe", by-line "Gazette Wire Services", "Posted
# 07/04/96 11:42 a.m. EDT" (stated, US month first), "Click here for printer-friendly version | E-mail this story
# to a friend", a boxed results table with dot leaders (body), bold-line crossheads, "RELATED: … >>" link,
# contributor line, "Back to top", webring links, hit counter ALT, "Best viewed with Netscape Navigator 3.0",
# "Netscape Now!" ALT, copyright. Window: Primakov foreign minister from 1996-01-09, Warren Christopher secretary of
# state until 1997-01-17 (Yeltsin, Clinton, Kohl, Chirac, Chernomyrdin compatible). Zyuganov, Lebed and de
# Charette are not in the knowledge base. Trap: Gorbachev only in "the Gorbachev Foundation" (forbidden).
G["e187"] = dict(
    title="Yeltsin wins second term; Clinton and Kohl welcome result",
    date="1996-07-04", explicit_date=True, window=["1996-01-09", "1997-01-17"],
    leaders_required=["boris-yeltsin", "bill-clinton", "warren-christopher", "helmut-kohl", "jacques-chirac",
                      "viktor-chernomyrdin", "yevgeny-primakov"],
    leaders_acceptable=["gennady-zyuganov", "alexander-lebed", "herve-de-charette"],
    leaders_forbidden=["mikhail-gorbachev",  # only the foundation's name
                       "gareth-pruitt", "irina-volkova", "dolores-muller"],
    topics_required=["us-russia"],
    topics_acceptable=["nato", "european-security"],
    must_contain=["Boris Yeltsin won a second term as president of Russia in Wednesday's runoff election",
                  "Close to 5 percent of voters marked the line \"against all candidates.\"",
                  "He cast his ballot on Wednesday not in Moscow but at a sanatorium outside the city.",
                  "Boris Yeltsin ..... 53.8%",
                  "Western relief",
                  "Clinton said Russian voters had chosen \"to continue on the path of reform\"",
                  "Foreign Minister Herv\u00e9 de Charette told reporters the result was \"good news for Europe.\"",
                  "The Clinton administration has been accused by Zyuganov's supporters of meddling in the campaign",
                  "Lebed's new role",
                  "and to end the war in Chechnya, which has been going on since December 1994.",
                  "said Irina Volkova, a sociologist at the Gorbachev Foundation in Moscow."],
    must_not_contain=["\r", "Tidewater Gazette", "Serving Hampton Roads since 1887", 
                      "Classifieds", "[spacer]", "Search the Archive", "E-mail the Webmaster",
                      "World News >> Europe", "By Gareth Pruitt, Gazette Wire Services",
                      "Posted 07/04/96 11:42 a.m. EDT", "Click here for printer-friendly version",
                      "E-mail this story to a friend", "RELATED: Who is Alexander Lebed?",
                      "contributed to this report from Washington", "Back to top", "[<< Prev]", "[Random]",
                      "World News Online Webring", "[Counter: 004217]", "visitors since March 1, 1996",
                      "Best viewed with Netscape Navigator 3.0 at 800x600", "Netscape Now!",
                      "All rights reserved.", "<P>", "<FONT"],
    headings=["Western relief", "Lebed's new role"])

# Asian news portal's story of 2000 split over two pages, both raw HTML documents saved one after the other in one
# file (ISO-8859-1 bytes é è · ©, LF): each page with its <TITLE> "(Page n of 2)", banner table with ad ALT texts
# ("Click here to win a Palm V organizer!"), section bar, left "KOREA SUMMIT 2000" box, spacer ALT "*", stamp
# "Thursday, 15 June 2000 · 03:15 HKT" (stated), printer/e-mail links with "Page 1 of 2", a photo with "[PHOTO]"
# ALT and caption, bold ALL-CAPS crossheads, a UL list, "Continued on page 2 >>", "Next page »", page 2's "« Back
# to page 1", repeated headline with "(continued)", copyright lines, counter ALT "hits: 18,402", "The two leaders raise their glasses at a banquet in Pyongyang.", "Best viewed in
# Internet Explorer 5 or Netscape 4". Body = page 1 text + page 2 text, headline once. Window: Mori prime minister
# 2000-04-05..2001-04-26, Albright secretary of state until 2001-01-20 (Kim Dae-jung, Kim Jong Il, Clinton
# compatible). Kim Young-sam is named as a former president (acceptable). Trap: Kim Il Sung only in "Kim Il Sung
# University" (forbidden); Yoon Chang-ho is an invented academic.
G["e188"] = dict(
    title="Two Koreas agree to work toward reunification",
    date="2000-06-15", explicit_date=True, window=["2000-04-05", "2001-01-20"],
    leaders_required=["kim-dae-jung", "kim-jong-il", "madeleine-albright", "bill-clinton", "yoshiro-mori"],
    leaders_acceptable=["kim-young-sam"],
    leaders_forbidden=["kim-il-sung",  # only the university's name
                       "kim-jong-un", "yoon-suk-yeol", "helene-park", "tom-ashdown"],
    topics_required=["indo-pacific"],
    topics_acceptable=["arms-control", "defence", "human-rights"],
    must_contain=["The leaders of North and South Korea signed an agreement late on Wednesday to work toward the eventual reunification of their divided peninsula",
                  "put their names to a five-point joint declaration shortly before midnight at a state guesthouse in the North Korean capital",
                  "THE DECLARATION",
                  "to arrange visits by separated family members around August 15, the anniversary of Korea's liberation from Japanese rule;",
                  "The declaration also says Kim Jong Il will visit Seoul \"at an appropriate time.\" No date was set.",
                  "was waiting at the foot of the steps when Kim Dae-jung's plane landed at Sunan.",
                  "It says nothing about North Korea's missile programme or about the 37,000 American troops stationed in the South",
                  "REACTION",
                  "US Secretary of State Madeleine Albright welcomed the agreement as a good start",
                  "which have stalled over the fate of Japanese citizens Tokyo believes were abducted by North Korean agents.",
                  "former President Kim Young-sam said the government should not reward the North before it changed its behaviour.",
                  "\"The communiqu\u00e9 is vague, but the pictures are not.\""],
    must_not_contain=["AsiaNet Daily", "(Page 1 of 2)", "Your window on Asia", "Click here to win a Palm V organizer!",
                      "Free E-mail!", "KOREA SUMMIT 2000", "Day 1: Kim arrives", 
                      "03:15 HKT", "By H\u00e9l\u00e8ne Park", "Printer-friendly version", "E-mail to a friend",
                      "Page 1 of 2", "[PHOTO]", "(AsiaNet photo/pool)", "Continued on page 2", "Next page",
                      "Fly Seoul-Hong Kong from HK$1,990", "Back to page 1", "Page 2 of 2", 
                      "Reproduction in whole or in part without permission is prohibited.", "More Korea news",
                      "hits: 18,402", "Best viewed in Internet Explorer 5 or Netscape 4", "Site designed by Pixelworks HK"],
    headings=["THE DECLARATION", "REACTION"])

# European international broadcaster's English web service, 2001, raw HTML (ISO-8859-1 bytes é ö, CRLF): a
# FRAMESET page whose <NOFRAMES> block carries the story (the frames' "This site uses frames…" notice with
# "Click here for the text-only version" and browser advice is junk), upper-case tags, layout TABLE, an empty-ALT
# spacer pixel, "RADIO NORDIC INTERNATIONAL · ENGLISH SERVICE" line, "Thursday 13.12.2001, 19:30 CET" (stated, day
# first with dots), "Listen (RealAudio 3:40)", coloured bold crossheads, a right-floated LINKS box inside the body,
# "(RNI / wire services) kb" desk tag, printer/more-news/top links, copyright and webmaster line. Window: Bush
# president from 2001-01-20, Vedrine foreign minister until 2002-05-07 (Putin, Igor Ivanov, Powell, Schroeder,
# Rumsfeld compatible). Nixon and Brezhnev are named as the 1972 signatories (historical, acceptable). Trap: "The
# Clinton administration" with Clinton not otherwise named (forbidden); Bush is George W. Bush, not his father.
G["e189"] = dict(
    title="US to quit ABM treaty; Putin calls move a mistake",
    date="2001-12-13", explicit_date=True, window=["2001-01-20", "2002-05-07"],
    leaders_required=["george-w-bush", "vladimir-putin", "igor-ivanov", "colin-powell", "hubert-vedrine",
                      "gerhard-schroder", "donald-rumsfeld"],
    leaders_acceptable=["leonid-brezhnev", "richard-nixon"],
    leaders_forbidden=["bill-clinton",  # only "the Clinton administration"
                       "george-h-w-bush", "sergei-ivanov", "kristian-aas"],
    topics_required=["arms-control", "us-russia"],
    topics_acceptable=["defence", "us-china", "european-security"],
    must_contain=["President George W. Bush announced on Thursday that the United States had formally notified Russia of its withdrawal from the 1972 Anti-Ballistic Missile Treaty",
                  "The withdrawal takes effect six months after notice is given.",
                  "called the decision \"a mistake\" but said it did not threaten Russia's national security.",
                  "to between 1,500 and 2,200 warheads each, and put them on a legal footing.",
                  "Muted reaction in Moscow",
                  "Foreign Minister Igor Ivanov said Russia regretted the decision but that relations with Washington would not suffer.",
                  "The Clinton administration had tried for years to negotiate amendments with Moscow",
                  "Europe and China",
                  "In Paris, Foreign Minister Hubert V\u00e9drine said France regretted the decision",
                  "the treaty had been \"a cornerstone of global strategic stability.\"",
                  "Defence Secretary Donald Rumsfeld said tests planned for next year would have breached the treaty's limits.",
                  "\"He has turned the withdrawal into an argument for a new treaty on offensive weapons.\""],
    must_not_contain=["\r", "RNI English Service - News", "This site uses frames.",
                      "Your browser does not support frames", "Click here for the text-only version",
                      "Netscape 6 or Internet Explorer 6", "RADIO NORDIC INTERNATIONAL", "ENGLISH SERVICE",
                      "Thursday 13.12.2001, 19:30 CET", "Listen (RealAudio 3:40)", "LINKS",
                      "Bush and Putin meet in Texas", "Dossier: missile defence", "US State Department",
                      "(RNI / wire services) kb", "Printer-friendly version", "More news in English", "Top of page",
                      "Radio Nordic International 2001", "Programme guide", "web@rni.example", "<BR>", "<FONT"],
    headings=["Muted reaction in Moscow", "Europe and China"])

# Regional English-language daily's online edition, 2003, raw HTML (ISO-8859-1 bytes Á ©, CRLF): lower-case
# layout table of three columns, masthead ALT, a MARQUEE ticker with a subscription offer, left menu with spacer
# ALT "spacer", crumbs with "&gt;", "Courier staff and agencies", "Posted: June 4th, 2003 - 21:40 (GMT+2)"
# (stated, ordinal), print/send/poll links, bold crossheads, a "- " list after <br>, a right-floated photo box
# about another story (Blair), "↑ Top", "Related stories:" with "»", right column poll with results and "MOST
# E-MAILED", copyright with "best viewed at 1024x768", counter ALT. Window: Abbas Palestinian prime minister
# 2003-03-19..2003-09-06 (Sharon, Bush, King Abdullah II, Powell, Rice, Mubarak, Crown Prince Abdullah, Arafat
# compatible). Namesakes: King Abdullah II of Jordan and Saudi Crown Prince Abdullah are both named with posts
# (both required). Moratinos is named with his EU envoy post, which the knowledge base does not record
# (acceptable). Trap: Tony Blair appears only in the caption of the box about another story (forbidden).
G["e190"] = dict(
    title="Bush, Sharon and Abbas commit to road map at Aqaba",
    date="2003-06-04", explicit_date=True, window=["2003-03-19", "2003-09-06"],
    leaders_required=["ariel-sharon", "mahmoud-abbas", "george-w-bush", "abdullah-ii-of-jordan", "colin-powell",
                      "condoleezza-rice", "hosni-mubarak", "abdullah-bin-abdulaziz", "yasser-arafat"],
    leaders_acceptable=["miguel-angel-moratinos"],
    leaders_forbidden=["tony-blair",  # only in the caption of another story
                       "abdullah-gul", "abdullah-abdullah", "susan-rice"],
    topics_required=["middle-east"],
    topics_acceptable=["human-rights"],
    must_contain=["Israeli Prime Minister Ariel Sharon and his Palestinian counterpart Mahmoud Abbas pledged on Wednesday, in front of President George W. Bush",
                  "with King Abdullah II, the host, at their side.",
                  "Mr Abbas, who became prime minister in April, said the armed intifada must end",
                  "Mr Sharon said Israel would begin immediately to remove unauthorised settlement outposts in the West Bank",
                  "What the road map asks",
                  "a Palestinian state with provisional borders;",
                  "Secretary of State Colin Powell and his national security adviser, Condoleezza Rice, would stay closely involved.",
                  "Saudi Arabia's Crown Prince Abdullah and King Abdullah of Jordan promised Mr Bush to cut off funding for armed groups",
                  "Arafat absent",
                  "watched from his battered headquarters in Ramallah.",
                  "The European Union's special envoy, Miguel \u00c1ngel Moratinos, said Europe was ready to help with the monitoring.",
                  "\"We have had beginnings before.\""],
    must_not_contain=["\r", "The Levant Courier", "Beirut · Amman", "BREAKING: Two killed in Gaza clash",
                      "Subscribe to the Courier print edition", "Jobs at the Courier", "spacer",
                      "Israel/Palestine", "Courier staff and agencies", "Posted: June 4th, 2003 - 21:40 (GMT+2)",
                      "Print this story", "Send to a colleague", "Vote in our poll",
                      "Tony Blair faces MPs over the Iraq weapons dossier.", "Full story", "Related stories:",
                      "Abbas sworn in as first Palestinian prime minister", "COURIER POLL", "(2,316 votes)",
                      "MOST E-MAILED", "SARS: Hong Kong lifts travel warning", "best viewed at 1024x768",
                      "Visitors today: 3,911", "popPoll", "<marquee"],
    headings=["What the road map asks", "Arafat absent"])
