"""Gold for e151-e160 (merged into gold.json by merge_gold.py): opinion and long-form formats on ordinary news sites
(guest essay, interview, explainer, two obituaries, analysis with references, week-in-review digest, newsletter web
edition, column, editorial). Each entry carries a comment on how its date window was derived: terms of office
(input/data) of people named with their posts, nothing else. A person named with a former post only says the
article is later than that term's end; a president-elect says it is earlier than the presidency's start.
Open-ended terms end at their scheduled end, or at the end of the earliest-ending term of the others named. People
the knowledge base does not hold appear, if at all, as slugs in leaders_acceptable (named in the text) or
leaders_forbidden (named only in chrome, credits, by-lines, bio boxes); so do people it holds who are named only
with a past office or with one it does not record, except the subject of an obituary."""

G = {}

# Guest essay (op-ed) on a US regional paper's opinion archive, Windows-1252 + CRLF: masthead and menu, crumbs with
# "›", archive search, cookie notice, "GUEST ESSAY" kicker, by-line with "Special to the Sentinel", "Thursday 10 July
# 1997" (stated), bracketed tool row with a letters count, ALL-CAPS crossheads, "— Story continues below
# advertisement —", a pull quote repeating a body sentence, "(1)"-"(4)" list, "ABOUT THE WRITER" bio box, "Guest
# essays reflect the views…" disclaimer, "MORE OPINION" links with "»", "Most read" row, copyright. Window: Tony Blair
# prime minister from 1997-05-02 (Clinton, Albright, Chirac, Yeltsin, Solana, Primakov, Kohl, Kwasniewski earlier);
# Primakov foreign minister until 1998-09-11. Gorbachev is named as the last Soviet president (past post); Václav
# Klaus as prime minister, a post the data does not hold (it has his presidency from 2003). Havel is named only in
# the "MORE OPINION" links.
G["e151"] = dict(
    title="NATO\u2019s door opens. It must not close behind the first three guests",
    date="1997-07-10", explicit_date=True, window=["1997-05-02", "1998-09-11"],
    leaders_required=["bill-clinton", "madeleine-albright", "jacques-chirac", "boris-yeltsin", "javier-solana",
                      "yevgeny-primakov", "helmut-kohl", "tony-blair", "aleksander-kwasniewski"],
    leaders_acceptable=["mikhail-gorbachev", "vaclav-klaus"],
    leaders_forbidden=["vaclav-havel",  # only in "MORE OPINION"
                       "eleanor-kaminski"],
    topics_required=["nato", "european-security"],
    topics_acceptable=["us-russia", "defence"],
    must_contain=["the leaders of NATO\u2019s sixteen members invited Poland, Hungary and the Czech Republic to begin talks on joining the alliance",
                  "Soviet garrisons left Hungary and Czechoslovakia only in 1991, and the last Russian combat troops crossed out of Poland in 1993.",
                  "President Jacques Chirac made Romania\u2019s case in person and repeatedly",
                  "What troubles me is the wording the allies chose for everyone else.",
                  "The Baltic states received a sentence of polite encouragement. An open door that nobody walks through for a decade is a wall with a painted doorway.",
                  "NATO\u2019s secretary general, Javier Solana, likes to say that the council gives Russia a voice but not a veto.",
                  "put their armed forces firmly under civilian control, with defence budgets that parliaments can actually read;",
                  "In Prague, Prime Minister V\u00e1clav Klaus has so far declined to hold one",
                  "Britain\u2019s new prime minister, Tony Blair, attending his first summit",
                  "it will be remembered as the day the line across Europe was drawn again, in a slightly different place.",
                  "HOW TWELVE BECAME THREE"],
    must_not_contain=["The Lakeshore Sentinel", "Home | News | Opinion", "Guest Essays \u203a 1997 \u203a July",
                      "Search 120 years of the Sentinel", "This archive uses cookies", "[ OK ]", "GUEST ESSAY",
                      "By Eleanor Kaminski", "Special to the Sentinel", "Thursday 10 July 1997", "[ Print this essay ]",
                      "Letters on this essay (3)", "Story continues below advertisement",
                      "\u201cAn open door that nobody walks through", "ABOUT THE WRITER",
                      "directs the Central Europe programme at the Harlan Institute",
                      "Guest essays reflect the views of their authors", "MORE OPINION",
                      "The Senate should take its time on NATO", "V\u00e1clav Havel\u2019s Prague",
                      "Readers on the Hong Kong handover", "Most read this week", "Lake levels at a ten-year high",
                      "Copyright \u00a9 1997\u20132019", "Privacy policy", "\r"],
    headings=["HOW TWELVE BECAME THREE", "THE RUSSIAN QUESTION", "WHAT THE NEWCOMERS MUST DO", "WHAT THE ALLIES OWE"])

# Interview in Q&A form on a Norwegian business daily's English site, UTF-8 + CRLF: section bar with a subscription
# offer, crumbs, "THE INTERVIEW" kicker, "Interview: …" by-line, "07.12.2022 06:00 · Last updated 07.12.2022 08:15"
# (stated, day.month: 7 December, consistent with "on Monday" for the 5 December start and "on Tuesday" for the
# talk), read-aloud widget with an emoji, share row, "[Image: … Photo by … for …]", introduction, bold questions and
# the interviewee's name as speaker label, a pipe table, "Don't miss:" promo and a newsletter box inside the body,
# "This interview has been edited for length and clarity." (neither kept nor junk), live-chat plug, "Trending now",
# comment count with an emoji, imprint line. Window: Kallas prime minister and Yellen treasury secretary from
# 2021-01-26 (Zelensky, von der Leyen, Morawiecki, Putin, Peskov earlier); Morawiecki prime minister until
# 2023-12-13. Traps: the interviewee is Miriam Scholz ("Scholz:" labels), not Olaf Scholz; "Alexander Novak", Russia's
# deputy prime minister (not in the data), is not Katalin Novák, who appears only in "Trending now".
G["e152"] = dict(
    title="\u201cThe cap was built to leak a little\u201d: an oil analyst on the G7\u2019s $60 ceiling",
    date="2022-12-07", explicit_date=True, window=["2021-01-26", "2023-12-13"],
    leaders_required=["janet-yellen", "ursula-von-der-leyen", "mateusz-morawiecki", "kaja-kallas", "dmitry-peskov",
                      "vladimir-putin", "volodymyr-zelensky"],
    leaders_acceptable=["alexander-novak"],
    leaders_forbidden=["katalin-novak",  # only in "Trending now"; the "Novak" of the body is Alexander Novak
                       "olaf-scholz",  # the interviewee is Miriam Scholz
                       "miriam-scholz", "per-ivar-sandnes", "selin-arikan", "hilde-vange"],
    topics_required=["sanctions", "energy"],
    topics_acceptable=["ukraine", "us-russia", "european-security", "russia-china"],
    must_contain=["Russia\u2019s oil exporters woke up on Monday to two new rules at once.",
                  "Miriam Scholz has followed tankers and their paperwork for twenty years and heads oil research at Skagerrak Energy Analytics in Oslo.",
                  "Why $60? Poland wanted it much lower.",
                  "Prime Minister Mateusz Morawiecki held out until the last day",
                  "EU ban on refined products", "5 February 2023",
                  "Treasury Secretary Janet Yellen has been clear that Washington wants Russian barrels to keep flowing",
                  "Deputy Prime Minister Alexander Novak said Russia would rather cut production than sell under a cap",
                  "Older tankers, often bought second-hand this year",
                  "Turkey wants written proof that every tanker passing through the straits is properly insured",
                  "the cap will be reviewed every two months, so the $60 is a starting point, not a promise.",
                  "The bigger date may be 5 February, when the ban on refined products begins."],
    must_not_contain=["NORDVIK BUSINESS DAILY", "Subscribe from NOK 1 the first month", "Log in",
                      "Energy \u203a Oil \u203a The Interview", "THE INTERVIEW", "Interview: Per-Ivar Sandnes",
                      "07.12.2022 06:00", "Last updated 07.12.2022 08:15", "Hear this interview read aloud",
                      "\U0001f3a7", "Share on LinkedIn", "Copy link", "[Image:",
                      "Photo by Selin Ar\u0131kan for Nordvik Business Daily", "Don\u2019t miss:",
                      "Why Norway\u2019s gas windfall", "Sign up for Morning Barrel", "[ Sign me up ]",
                      "will answer readers\u2019 questions in our live chat", "Trending now",
                      "Equinor\u2019s windfall tax bill", "Katalin Nov\u00e1k", "\U0001f4ac 14 comments",
                      "Most read \u00b7 Latest \u00b7 Podcasts", "\u00a9 Nordvik Business Daily AS 2022",
                      "Code of Ethics of the Norwegian Press", "\r"],
    headings=[])

# Explainer on a Canadian regional news site, whole HTML page: upper-case HEAD/TITLE/NAV/UL/LI/P tags, <title> with
# section and site suffix, meta with a double-escaped "&amp;#39;", dataLayer script, style, consent dialog, logo alt
# with "&amp;mdash;", crumbs, "EXPLAINER" kicker, standfirst, by-line, "Dec. 6, 2018 2:20 p.m. PT" (stated; also in
# article:published_time) beside "Updated 3 hrs ago", share row with a comment count, figure with "&amp;amp;" in alt
# and a "(Credit: …)" caption, "What we know so far" list, ad slot with iframe, FAQ question headings, newsletter
# aside with its own h3 inside the body, double-escaped "&amp;quot;" in a quoted statement, <br> inside a paragraph,
# an <a> tag split over two lines, a correction (body text), topics line, "More explainers" aside whose caption is
# about another story, an unclosed href quote, "Trending now", footer, noscript pixel. Window: Bolton national
# security adviser from 2018-04-09 (Trudeau, Freeland, Trump, Xi earlier); Bolton until 2019-09-10. Geng Shuang and
# Ren Zhengfei are not in the data. Theresa May is named only in the caption of a related explainer.
G["e153"] = dict(
    title="Huawei executive's arrest in Vancouver: what we know so far",
    date="2018-12-06", explicit_date=True, window=["2018-04-09", "2019-09-10"],
    leaders_required=["justin-trudeau", "john-bolton", "donald-trump", "xi-jinping", "chrystia-freeland"],
    leaders_acceptable=["geng-shuang", "ren-zhengfei", "meng-wanzhou"],
    leaders_forbidden=["theresa-may",  # only in the "More explainers" caption
                       "rhiannon-tse-whitaker", "k-arslan"],
    topics_required=["technology", "us-china"],
    topics_acceptable=["sanctions", "middle-east", "indo-pacific"],
    must_contain=["was arrested in Vancouver on Saturday while changing planes",
                  "Ms. Meng was detained on Dec. 1 at Vancouver International Airport, where she was in transit from Hong Kong to Mexico.",
                  "not aware of any wrongdoing by Ms. Meng.",
                  "his government had been told of the arrest a few days ahead of time",
                  "national security adviser John Bolton told a radio interviewer that he had known beforehand",
                  "the two leaders agreed on a 90-day pause in their trade war",
                  "foreign ministry spokesman Geng Shuang told reporters",
                  "Extradition in Canada is a two-stage process.",
                  "Australia barred Huawei and ZTE from its 5G network in August.",
                  "its Canadian operations employ hundreds of engineers in Ontario and Quebec.",
                  "Correction: An earlier version of this article said Ms. Meng was travelling to Buenos Aires.",
                  "Who is Meng Wanzhou?"],
    must_not_contain=["We value your privacy", "Show purposes", "I agree", "dataLayer", "Home / World / Explainers",
                      "EXPLAINER", "By Rhiannon Tse-Whitaker", "Business Reporter", "Dec. 6, 2018 2:20 p.m. PT",
                      "Updated 3 hrs ago", "Tweet", "128 comments", "Meng Wanzhou speaks at a business forum in 2014",
                      "(Credit: K. Arslan / Coastline Wire)", "ADVERTISEMENT", "Get the Coastline Business Brief",
                      "Click here to sign up", "&amp;quot;", "&quot;", "Follow our markets live page", "Topics:",
                      "More explainers", "Theresa May faces a Commons vote", "Trending now",
                      "Snowfall warning for the Coquihalla", "Coastline Media Group Inc."],
    headings=["What we know so far", "Who is Meng Wanzhou?", "Why was she arrested?",
              "Did politicians know in advance?", "How has China reacted?", "What happens next?",
              "Why does Huawei matter so much?", "What about the markets?"])

# Obituary on a Middle East English-language site, published the day after the death ("died … early yesterday";
# no publication date anywhere; the text gives the birth date, 24 August 1929, and the "Life in brief" box the
# death date, 11 November 2004). The page was written in Windows-1252 and decoded as UTF-8 with replacement, so
# every curly quote is U+FFFD. Masthead, crumbs with ">", text-size/print/send row, "OBITUARY" kicker, standfirst,
# by-line, "Image copyright:" credit above its caption, "Advertisement", bare headings, newsletter call inside the
# body, "-" timeline list, guestbook count, "Also in Obituaries" links, copyright. Window: Mahmoud Abbas chosen PLO
# chairman "within hours of his death", a post he holds from 2004-11-11 (Sharon, Bush, Qurei, Chirac, Mubarak,
# Powell earlier); Powell secretary of state until 2005-01-26. Arafat is the subject (his offices end 2004-11-11);
# Rabin, Peres, Barak, Clinton and King Hussein are named with past posts; Fattouh is not in the data. Reagan and
# Sheikh Zayed are named only in "Also in Obituaries".
G["e154"] = dict(
    title="Yasser Arafat, the guerrilla who became a president, dies at 75",
    date="2004-11-12", explicit_date=False, window=["2004-11-11", "2005-01-26"],
    leaders_required=["yasser-arafat", "ariel-sharon", "george-w-bush", "mahmoud-abbas", "ahmed-qurei",
                      "jacques-chirac", "hosni-mubarak", "colin-powell"],
    leaders_acceptable=["yitzhak-rabin", "shimon-peres", "bill-clinton", "ehud-barak", "hussein-of-jordan",
                        "rawhi-fattouh"],
    leaders_forbidden=["ronald-reagan", "zayed-bin-sultan-al-nahyan",  # only in "Also in Obituaries"
                       "hugh-trevelyan-marsh", "r-haddad"],
    topics_required=["middle-east"],
    topics_acceptable=["human-rights", "defence"],
    must_contain=["was for most of his life less a politician than a symbol",
                  "He was born Mohammed Abdel Rahman Abdel Raouf Arafat al-Qudwa al-Husseini on 24 August 1929, almost certainly in Cairo",
                  "in February 1969 Arafat was elected chairman of the Palestine Liberation Organization",
                  "I come bearing an olive branch and a freedom fighter's gun.",
                  "Arafat, Rabin and Shimon Peres, then Israel's foreign minister, shared the Nobel Peace Prize",
                  "When Ehud Barak, then prime minister of Israel, and Mr Clinton pressed him at Camp David in July 2000",
                  "he was flown to the Percy military hospital at Clamart, near Paris, where President Jacques Chirac visited him",
                  "Rawhi Fattouh, the speaker of the Palestinian parliament, was sworn in as interim president",
                  "1994: Nobel Peace Prize, with Rabin and Peres",
                  "Yasser Arafat is survived by his wife, Suha",
                  "From Fatah to the PLO"],
    must_not_contain=["THE LEVANT OBSERVER", "Home > Obituaries > World", "Place a notice", "Text: [A] [A+] [A++]",
                      "Send to a friend", "OBITUARY", "By Hugh Trevelyan-Marsh, Middle East Editor",
                      "Image copyright: Levant Observer archive / R. Haddad",
                      "Yasser Arafat on the White House lawn in September 1993, the day of the handshake",
                      "Advertisement", "Sign up for Observer Mideast", "Enter your e-mail address >>",
                      "Guestbook: 212 tributes", "Leave your own >>", "Also in Obituaries", "Ronald Reagan, 1911-2004",
                      "Sheikh Zayed of the Emirates", "Copyright (c) The Levant Observer 2004", "\ufffd"],
    headings=["From Fatah to the PLO", "Oslo and after", "The last siege"])

# Analysis piece with numbered references on an Asian-security institute's site, UTF-8 BOM: masthead and tagline,
# crumbs with "»", "Download PDF (214 KB) | Cite this analysis | Email | Print", "ANALYSIS" kicker, by-line with
# title, reading time, "Key judgements" box with "•" bullets, "[n]" note markers, Roman-numeral section headings,
# "(a)"-"(c)" list, "Notes and references" with dated sources, author box, disclaimer, related analysis with "»",
# subscribe/support row, copyright. Undated: written after "Friday" (10 January 2003) and "Saturday"; the notes'
# "accessed 12 January 2003" is not the publication date. Window: Hu Jintao as the new party general secretary from
# 2002-11-15 (Bush, Powell, Koizumi, Kawaguchi, ElBaradei, Kim Jong-il, Jiang, Kim Dae-jung earlier); Kim Dae-jung
# president until 2003-02-25 ("whose term ends next month"), Roh Moo-hyun named as president-elect. James Kelly is
# not in the data. "Kim Il Sung Square" is a place named after a man, not Kim Il Sung.
G["e155"] = dict(
    title="Ninety days or one? Pyongyang's second exit from the NPT",
    date="2003-01-13", explicit_date=False, window=["2002-11-15", "2003-02-25"],
    leaders_required=["kim-jong-il", "kim-dae-jung", "george-w-bush", "colin-powell", "junichiro-koizumi",
                      "yoriko-kawaguchi", "mohamed-elbaradei", "jiang-zemin", "hu-jintao"],
    leaders_acceptable=["roh-moo-hyun", "james-kelly"],
    leaders_forbidden=["kim-il-sung",  # "Kim Il Sung Square" only
                       "carys-ahn-llewellyn"],
    topics_required=["arms-control", "indo-pacific"],
    topics_acceptable=["us-china", "defence", "energy", "sanctions", "russia-china"],
    must_contain=["North Korea announced on Friday that it was withdrawing from the Treaty on the Non-Proliferation of Nuclear Weapons with immediate effect, the first state ever to do so.",
                  "a rally that the state media put at a million people filled Kim Il Sung Square in Pyongyang",
                  "Pyongyang gave that notice once before, in March 1993, and suspended it in June of that year",
                  "North Korea expelled them on 31 December, after removing the seals and cameras at its Yongbyon complex.",
                  "during a visit to Pyongyang by Assistant Secretary of State James Kelly",
                  "president-elect Roh Moo-hyun has said he would oppose military action",
                  "Beijing fears a collapse on its border more than it fears a North Korean bomb",
                  "whether the IAEA board refers the case to the Council at its next meeting;",
                  "Reprocessed, the rods could yield enough plutonium for several weapons within months.",
                  "The one-day loophole"],
    must_not_contain=["PACIFIC LEDGER", "Analysis & Commentary on Asian Security", "Home \u00bb Analysis \u00bb Korean Peninsula",
                      "Download PDF (214 KB)", "Cite this analysis", "ANALYSIS", "By Dr. Carys Ahn-Llewellyn",
                      "Reading time: 12 minutes", "[2]", "Notes and references",
                      "Statement of DPRK Government on its withdrawal from NPT",
                      "Joint statement of the DPRK and the United States, New York, 11 June 1993.",
                      "accessed 12 January 2003", "About the author:", "consultant on safeguards at the IAEA",
                      "Disclaimer: Pacific Ledger analyses", "Related analysis:", "KEDO after the oil cut-off",
                      "Subscribe to Pacific Ledger Weekly", "\u00a9 2003 Pacific Ledger Institute", "\ufeff"],
    headings=["The one-day loophole", "How the Agreed Framework unravelled", "The positions of the others",
              "Why Beijing matters most", "What to watch"])

# "The week in review" digest of a weekly magazine's site (UTF-8): masthead, menu with "·", subscription offer,
# "THE WEEK IN REVIEW" kicker, deck, "Saturday 18 November 2023 · compiled by … · 9 min read" (stated), listen/gift/
# share row, five items under "## 1." … "## 5." headings, newsletter call inside the body, "— advertisement —", a
# "[Watch]" video promo whose caption is about another story, "–" list of numbers, "Coming up next week", a
# correction of last week's digest (body text), "More from" links with "•", comment count, copyright. Window: David
# Cameron foreign secretary from 2023-11-13 (Biden, Xi, Sunak, Zelensky, von der Leyen, Netanyahu, Sánchez earlier);
# Cameron and Sunak until 2024-07-05. Cleverly is named with the post he left (foreign secretary); Braverman, Mao Ning
# and Puigdemont are not in the data; Pelosi is named without an office. Milei (and Massa) appear only in the video
# promo.
G["e156"] = dict(
    title="A handshake at Filoli, a comeback in London, a vote in Madrid",
    date="2023-11-18", explicit_date=True, window=["2023-11-13", "2024-07-05"],
    leaders_required=["joe-biden", "xi-jinping", "rishi-sunak", "david-cameron", "volodymyr-zelensky",
                      "ursula-von-der-leyen", "benjamin-netanyahu", "pedro-sanchez"],
    leaders_acceptable=["james-cleverly", "suella-braverman", "nancy-pelosi", "mao-ning", "carles-puigdemont"],
    leaders_forbidden=["javier-milei", "sergio-massa",  # only in the "[Watch]" promo
                       "tobias-wren-achebe"],
    topics_required=["us-china"],
    topics_acceptable=["sanctions", "ukraine", "middle-east", "human-rights", "technology", "defence",
                       "european-security", "indo-pacific"],
    must_contain=["President Joe Biden and President Xi Jinping met for four hours on Wednesday at Filoli",
                  "The two sides agreed to restore communications between their militaries",
                  "an answer Beijing\u2019s foreign ministry spokeswoman Mao Ning called extremely wrong",
                  "the new foreign secretary turned out to be David Cameron, prime minister from 2010 to 2016",
                  "The week ended badly for the government on another front.",
                  "Its centrepiece is a ban on Russian diamonds",
                  "The same day, after four failed attempts, the UN Security Council adopted its first resolution since the war began",
                  "On Thursday the Congress of Deputies re-elected Pedro S\u00e1nchez as Spain\u2019s prime minister by 179 votes to 171",
                  "179: votes for Mr S\u00e1nchez in the Congress of Deputies",
                  "Coming up next week: Argentina\u2019s presidential run-off on Sunday",
                  "Correction: Last week\u2019s review said the Armistice Day march in London drew 30,000 people.",
                  "A thaw at Filoli"],
    must_not_contain=["THE MERIDIAN WEEKLY", "Subscribe: 12 weeks for \u00a312", "Sign in", "THE WEEK IN REVIEW",
                      "Saturday 18 November 2023", "compiled by Tobias Wren-Achebe", "9 min read",
                      "\u25b6 Listen to this article", "Gift this article", "Get The Week in Review in your inbox",
                      "\u2192 Sign up", "\u2014 advertisement \u2014", "[Watch]",
                      "Sergio Massa and Javier Milei at their final debate", "Watch now (3:41)",
                      "More from The Week in Review", "How Argentina\u2019s election became a referendum on the peso",
                      "Our 2023 books of the year", "Comments (41)", "Read our community guidelines",
                      "\u00a9 The Meridian Weekly Ltd 2023"],
    headings=["A thaw at Filoli", "Cameron\u2019s comeback", "Sanctions, round twelve", "Inside al-Shifa",
              "S\u00e1nchez survives"])

# Newsletter edition viewed on the web (Mailchimp-style HTML): MSO conditional comment, style, hidden preview text
# with "&zwnj;&nbsp;" padding, "Forwarded this email? Subscribe here | View in browser" with a merge tag, masthead
# image with alt, "Issue No. 318 · Thursday, 6 October 2022 · 6 min read" (stated), greeting, two sponsor blocks,
# h1 and h2 headings in table cells, an HTML data table with a source line, "Briefly" list with bold lead-ins,
# sign-off, forward/reply/preferences/unsubscribe footer, postal address, referral badge, tracking pixel. Window:
# Mohammed bin Salman "became prime minister last week", a post he holds from 2022-09-27 (Biden, Sullivan earlier);
# Truss prime minister until 2022-10-25. Prince Abdulaziz bin Salman, Alexander Novak, Brian Deese and Karine
# Jean-Pierre are not in the data. "The Carter Doctrine" names neither Jimmy Carter nor Ash Carter.
G["e157"] = dict(
    title="OPEC+ cuts two million barrels, and Washington fumes",
    date="2022-10-06", explicit_date=True, window=["2022-09-27", "2022-10-25"],
    leaders_required=["mohammed-bin-salman", "joe-biden", "jake-sullivan", "liz-truss"],
    leaders_acceptable=["abdulaziz-bin-salman", "alexander-novak", "brian-deese", "karine-jean-pierre"],
    leaders_forbidden=["jimmy-carter", "ash-carter",  # "the Carter Doctrine" only
                       "imogen-farrow-diallo"],
    topics_required=["energy", "middle-east"],
    topics_acceptable=["sanctions", "us-russia"],
    must_contain=["agreed in Vienna on Wednesday to lower their combined production target by two million barrels a day from November",
                  "The real reduction will be smaller than the headline.",
                  "Prince Abdulaziz bin Salman, the Saudi energy minister, said the group was acting early",
                  "Crown Prince Mohammed bin Salman, who became prime minister last week, received President Joe Biden in Jeddah in July",
                  "The relationship has rested since the Carter Doctrine of 1980 on a simple bargain of American security for Saudi oil.",
                  "the president was disappointed by a shortsighted decision",
                  "Americans paid an average of about $3.80 a gallon for petrol this week",
                  "OPEC+ production target", "41.9m b/d",
                  "EU ambassadors agreed on Wednesday to an eighth round of sanctions on Russia",
                  "Prime Minister Liz Truss told the Conservative conference that her government would put growth first",
                  "Why Riyadh did it"],
    must_not_contain=["Riyadh and Moscow choose price over Washington", "\u200c", "Forwarded this email?", "Subscribe here",
                      "View in browser", "*|ARCHIVE|*", "Issue No. 318", "Thursday, 6 October 2022", "6 min read",
                      "PRESENTED BY HALDANE MARINE", "Your cargo, covered from Ras Tanura to Rotterdam.", "Get a quote",
                      "A MESSAGE FROM OUR SPONSOR", "Seaglass AIS Pro", "Start now", "Source: OPEC, exchange data",
                      "Imogen Farrow-Diallo, editor", "Was this email forwarded to you?", "Reply to this email",
                      "You are receiving this email because", "Update your preferences", "unsubscribe from this list",
                      "Our mailing address is:", "41 Wharf Street, Leith", "Crossfield Media Ltd, All rights reserved",
                      "Grow your own newsletter"],
    headings=["Why Riyadh did it", "Washington's answer", "The numbers", "Briefly"])

# Column exported as Markdown: Markdown link row, "**FAR SIGHT** · Column" kicker, "# " headline, italic by-line with
# "Updated 3 hrs ago · 6 min read" (no date anywhere), share links, image with an italic "Image copyright:" caption,
# "## " headings, a "> " pull quote repeating a body sentence, a "> " newsletter box with an emoji inside the body,
# "1." list, "---", "> **About the author**" bio box, "The views expressed…" disclaimer, "More from" links, "Click
# here to read …", tags, comment count, copyright. Written Tuesday 23 March 2021 (sanctions "on Monday", 22 March;
# parliament groups "on Tuesday"). Window: Blinken secretary of state from 2021-01-26 (Garneau from 2021-01-12;
# Raab, Borrell, Wang Yi, Lavrov, Szijjártó, Xi earlier); Raab foreign secretary until 2021-09-15. Yang Jiechi is
# named without an office; the sanctioned officials, MEPs and scholars are not in the data. Theresa May is named
# only in the author's bio box.
G["e158"] = dict(
    title="Europe finally said Xinjiang out loud. Beijing answered by shooting at its own deal",
    date="2021-03-23", explicit_date=False, window=["2021-01-26", "2021-09-15"],
    leaders_required=["dominic-raab", "antony-blinken", "marc-garneau", "josep-borrell", "wang-yi", "sergey-lavrov",
                      "peter-szijjarto", "xi-jinping"],
    leaders_acceptable=["yang-jiechi", "chen-quanguo", "zhu-hailun", "wang-junzheng", "wang-mingshan",
                        "chen-mingguo", "reinhard-butikofer", "raphael-glucksmann", "adrian-zenz", "bjorn-jerden"],
    leaders_forbidden=["theresa-may",  # only in the author's bio box
                       "priya-castellano-reid", "t-vasquez"],
    topics_required=["human-rights", "sanctions"],
    topics_acceptable=["us-china", "russia-china", "european-security"],
    must_contain=["For thirty-two years the European Union kept a single sanction on China",
                  "placed asset freezes and travel bans on four Chinese officials and one security body",
                  "The most senior figure associated with the camps, the former regional party secretary Chen Quanguo, is not on it.",
                  "Foreign Secretary Dominic Raab told the Commons that the evidence of abuse was on an industrial scale.",
                  "Beijing's reply took about an hour.",
                  "Beijing did not just hit back. It hit the one institution in Europe that must approve its investment treaty.",
                  "Wang Yi, China's foreign minister, was hosting Sergey Lavrov, his Russian counterpart, in the southern city of Guilin",
                  "voted for the measures but called them pointless and harmful",
                  "Parliament should keep the investment agreement frozen until its members are free to work without Chinese sanctions hanging over them.",
                  "Sanctions on four officials will not close a single camp.",
                  "A coordinated Monday"],
    must_not_contain=["[The Harbourside Review](https://harbourside.example/)", "FAR SIGHT", "By Priya Castellano-Reid",
                      "Updated 3 hrs ago", "6 min read", "Share on Facebook", "Save for later", "![Uyghur protesters",
                      "Image copyright: Meridian Pictures / T. Vasquez",
                      "Uyghur activists hold up photographs of missing relatives in Brussels",
                      "\u201cBeijing did not just hit back", "Get Far Sight in your inbox.", "\U0001f4ec",
                      "About the author", "speechwriter for Prime Minister Theresa May",
                      "The views expressed in this column are the author's own", "More from Far Sight",
                      "Anchorage was not a failure", "Click here to read all our coverage", "Tags:", "Comments (87)",
                      "\u00a9 The Harbourside Review 2021", "Cookie settings", "https://"],
    headings=["A coordinated Monday", "The counter-punch", "Moscow's helping hand", "What should come next"])

# Obituary on a Hong Kong-based regional news site (UTF-8 with soft hyphens U+00AD inside long words, left by a
# justifying CMS, and NBSP after "Mr" in places): menu, crumbs, "OBITUARY" kicker, "1954 – 2022" line, by-line,
# "5 hours ago · 8 min read" only, share/save/listen row with an emoji, "Photo: … (Asia Current / Pool)" caption,
# gallery link, bold-line headings, "Factfile" with birth and death dates (the death date is the date; the birth
# date 21 September 1954 is a trap), newsletter call, "Most read", copyright. Written on the day ("died on Friday",
# 8 July 2022). Window: Albanese prime minister from 2022-05-23 (Yoon from 2022-05-10; Kishida, Biden, Modi,
# Johnson, Tsai, Putin earlier); Nobuo Kishi defence minister until 2022-08-10. Abe is the subject (his offices are
# past); Koizumi, Obama, Trump and Suga are named with past posts; Nobusuke Kishi (the grandfather, "Kishi" as
# well), Eisaku Sato, Shintaro Abe and Zhao Lijian are not in the data; "Zhao" is Zhao Lijian, not Zhao Ziyang.
G["e159"] = dict(
    title="Shinzo Abe, the prime minister who wanted Japan to stand taller",
    date="2022-07-08", explicit_date=False, window=["2022-05-23", "2022-08-10"],
    leaders_required=["shinzo-abe", "fumio-kishida", "nobuo-kishi", "joe-biden", "narendra-modi", "anthony-albanese",
                      "yoon-suk-yeol", "boris-johnson", "tsai-ing-wen", "vladimir-putin"],
    leaders_acceptable=["nobusuke-kishi", "eisaku-sato", "shintaro-abe", "junichiro-koizumi", "barack-obama",
                        "donald-trump", "yoshihide-suga", "zhao-lijian"],
    leaders_forbidden=["zhao-ziyang",  # "Zhao" is the spokesman Zhao Lijian
                       "kenji-halloran-mori"],
    topics_required=["indo-pacific"],
    topics_acceptable=["defence", "us-china", "russia-china"],
    must_contain=["Shinzo Abe, Japan\u2019s longest-serving prime minister, who died on Friday after being shot while making a campaign speech in the city of Nara",
                  "Police arrested Tetsuya Yamagami, 41, a former member of the Maritime Self-Defence Force, at the scene.",
                  "His maternal grandfather, Nobusuke Kishi, was prime minister from 1957 to 1960",
                  "His younger brother was adopted into his mother\u2019s family as a child and grew up as Nobuo Kishi; he is now Japan\u2019s defence minister.",
                  "He first became prime minister in September 2006, at 52 the youngest since the Second World War.",
                  "In 2015 his government pushed through laws that allowed Japan\u2019s forces to defend allies under attack",
                  "met Vladimir Putin 27 times in the hope of a deal on the disputed Kuril Islands, which never came",
                  "He resigned in August 2020, again because of his illness, after 3,188 days in office",
                  "India\u2019s prime minister, Narendra Modi, who counted Mr Abe as a friend, declared a day of national mourning",
                  "foreign ministry spokesman Zhao Lijian said China was shocked",
                  "Born into politics"],
    must_not_contain=["ASIA CURRENT", "News | Business | Opinion", "Obituaries / Japan", "OBITUARY", "1954 \u2013 2022",
                      "By Kenji Halloran-Mori in Tokyo", "5 hours ago", "8 min read", "\U0001f50a Listen",
                      "Photo: Shinzo Abe at his final news conference as prime minister, August 2020.",
                      "(Asia Current / Pool)", "Gallery: Abe\u2019s life in pictures (24 photos)",
                      "Sign up for Asia Current Morning", "Most read", "Sri Lanka braces for weekend protests",
                      "Yen slides to 24-year low", "\u00a9 2022 Asia Current Media", "\u00ad"],
    headings=["Born into politics", "Two terms, one ambition", "A shocked region"])

# Unsigned editorial of a US daily (UTF-8 text carrying the archive's HTML leftovers: <b>, <br>, <i>, <hr>, <font>,
# "&middot;", a "<p" tag split over two lines around "Advertisement"): section bar, crumbs, "OUR VIEW" kicker, deck,
# "The Examiner's editorial board", "April 16th, 2000" (stated), bracketed tool row, an italic crosshead, "a)"-"c)"
# list, disclaimer on the board's independence, opposing-view and related-editorial links (with their own dates),
# print-page line, letters address, copyright. Window: Yeltsin "resigned on New Year's Eve", so after 1999-12-31;
# Putin named as president-elect, so before his presidency starts on 2000-05-07 (Clinton, Albright, Igor Ivanov,
# Sergeyev in office). Primakov is named with his past post, Helms is not in the data. "President George Bush" who
# signed START II in 1993 is the father (George W. Bush forbidden); "the Gorbachev Foundation" is an institution.
G["e160"] = dict(
    title="A treaty ratified, a bargain withheld",
    date="2000-04-16", explicit_date=True, window=["1999-12-31", "2000-05-07"],
    leaders_required=["vladimir-putin", "bill-clinton", "madeleine-albright", "igor-ivanov", "igor-sergeyev"],
    leaders_acceptable=["boris-yeltsin", "george-h-w-bush", "yevgeny-primakov", "jesse-helms"],
    leaders_forbidden=["george-w-bush",  # "President George Bush" of 1993 is the father
                       "mikhail-gorbachev"],  # "the Gorbachev Foundation" only
    topics_required=["arms-control", "us-russia"],
    topics_acceptable=["defence", "nato"],
    must_contain=["Russia's lower house of parliament voted on Friday to ratify the second Strategic Arms Reduction Treaty",
                  "The margin, 288 to 131, was wider than almost anyone in Moscow or Washington expected.",
                  "signed in Moscow in January 1993 by Mr. Yeltsin and President George Bush",
                  "For Russia that means scrapping the heavy SS-18, the backbone of its deterrent.",
                  "the Senate must also approve the agreements on the Anti-Ballistic Missile Treaty signed at the same time;",
                  "Russia will pull out not only of START II but of the whole system of arms control agreements",
                  "said the military would plan accordingly.",
                  "President Bill Clinton welcomed the vote",
                  "a researcher at the Gorbachev Foundation in Moscow told this newspaper last week",
                  "Washington should take yes for an answer.",
                  "The conditions"],
    must_not_contain=["The Tidewater Examiner", "EDITORIALS", "Cartoons", "OUR VIEW", "The Examiner's editorial board",
                      "April 16th, 2000", "[ Printer-friendly version ]", "E-mail this editorial",
                      "Respond: write a letter", "<br>", "<i>", "<b>", "<p", "<hr>", "&middot;", "Advertisement",
                      "Editorials represent the institutional view", "Opposing view:", "Why the ABM treaty is a relic",
                      "Related editorials:", "Russia elects a president it barely knows",
                      "The Senate's test-ban mistake", "page A14", "letters@tidewater-examiner.example",
                      "Copyright 2000 The Tidewater Examiner Co."],
    headings=["The conditions"])
