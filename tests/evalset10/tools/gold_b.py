"""Gold for e191-e200 (merged into gold.json by merge_gold.py). Each entry carries a comment on how its date window was
derived: terms of office (input/data) of people named with their posts, nothing else. A person named with a former
post only says the article is later than that term's end. Open-ended terms end at their scheduled end. People the
knowledge base does not hold appear, if at all, as slugs in leaders_acceptable (named in the text) or
leaders_forbidden (named only in chrome); so do people it holds who are named only with a past office, with none that
it records, or with no office at all. Focus of this slice: names that are hard to resolve (transliterations, title
only after one mention, relatives and namesakes, offices that changed, places named after leaders) and topics that
are easy to over-assign."""

G = {}

# US regional newspaper site (UTF-8, LF) carrying its wire desk's story: Libya hands over the two Lockerbie suspects
# and UN sanctions are suspended (Mon 5 April 1999). "Posted Tuesday, April 6, 1999" (stated). Window: Cook foreign
# secretary from 1997-05-02 (Annan UN secretary-general from 1997-01-01, Albright secretary of state from 1997-01-23,
# Clinton, Qaddafi as "Libyan leader" earlier); Mandela president of South Africa until 1999-06-14. Spellings:
# "Col. Moammar Qaddafi" / "Qaddafi" / "the Libyan leader" in the body, "Moammar Kadhafi" only in an AFP caption.
# Reagan is named only in the related-stories block. Prince Bandar (ambassador) and Hans Corell are not in the
# knowledge base.
G["e191"] = dict(
    title="Libya surrenders two Lockerbie suspects; U.N. suspends sanctions",
    date="1999-04-06", explicit_date=True, window=["1997-05-02", "1999-06-14"],
    leaders_required=["muammar-gaddafi", "kofi-annan", "nelson-mandela", "bill-clinton", "madeleine-albright",
                      "robin-cook"],
    leaders_acceptable=["bandar-bin-sultan", "hans-corell"],
    leaders_forbidden=["ronald-reagan",  # only in RELATED STORIES
                       "hillary-clinton",  # "President Clinton" is Bill Clinton
                       "dorothea-blanchard"],
    topics_required=["sanctions"],
    topics_acceptable=["middle-east", "human-rights"],
    must_contain=["Ten years after Pan Am Flight 103 blew apart over the Scottish town of Lockerbie",
                  "the air embargo and the ban on arms sales were suspended automatically",
                  "Dutch police took them by helicopter to Camp Zeist",
                  "He thanked the two men he said had done most to bring it about: South African President Nelson Mandela and Prince Bandar bin Sultan, the Saudi ambassador to Washington.",
                  "For years Col. Moammar Qaddafi insisted that his citizens could not get a fair trial in Britain or the United States.",
                  "imprisonment in Scotland, with consular visits by Libyan diplomats, if they are convicted;",
                  "President Clinton called the handover \"an important step\"",
                  "Secretary of State Madeleine Albright said the unilateral U.S. sanctions on Libya",
                  "In London, British Foreign Secretary Robin Cook said the government had kept its word.",
                  "Relatives reacted cautiously.",
                  "Correction: An earlier version of this story misstated the number of Lockerbie residents killed on the ground. It was 11."],
    must_not_contain=["THE TIDEWATER COURIER", "tidewatercourier.example", "ObituariesÂ", "You are here: Nation/World",
                      "Trending now: Norfolk school bond vote", "&middot;", "By Dorothea Blanchard, Courier Wire Desk",
                      "Posted Tuesday, April 6, 1999", "Reader comments (23)", "[ Email this story ]",
                      "Click here to order reprints", "[PHOTO: Libyan leader Moammar Kadhafi addresses supporters",
                      "AFP PHOTO / FILE / RIADH SALAH", "&#8212; ADVERTISEMENT &#8212;", "ADVERTISEMENT",
                      "Don't miss: Our photo gallery from the Azalea Festival parade", "&amp;quot;",
                      "Post a comment", "RELATED STORIES", "1986: Reagan orders strikes on Tripoli and Benghazi",
                      "Sign up for the Courier's morning World Briefing e-mail", "Copyright 1999 The Tidewater Courier"],
    headings=["HOW THE DEAL WAS DONE", "WASHINGTON'S RESPONSE", "Relief, but not celebration"])

# British broadsheet's website (Windows-1252 + CRLF): Putin and Jiang sign the Treaty of Good-Neighbourliness in the
# Kremlin (Mon 16 July 2001). "Tuesday 17 July 2001" (stated; "yesterday"). Window: Bush president from 2001-01-20
# (Putin president from 2000-05-07, Kasyanov prime minister from 2000-05-17, Igor Ivanov and Tang Jiaxuan foreign
# ministers earlier); Jiang president of China until 2003-03-15 (Tang until 2003-03-17, Ivanov until 2004-03-09).
# Names: "the Kremlin leader", "his guest", "the Chinese leader", "Mr Jiang"; Yeltsin named as "the former president",
# Gorbachev without a post, Stalin and Mao as history (not in the knowledge base); "President George W Bush" (not his
# father).
G["e192"] = dict(
    title="Kremlin and Beijing sign first friendship treaty in half a century",
    date="2001-07-17", explicit_date=True, window=["2001-01-20", "2003-03-15"],
    leaders_required=["vladimir-putin", "jiang-zemin", "george-w-bush", "igor-ivanov", "tang-jiaxuan",
                      "mikhail-kasyanov"],
    leaders_acceptable=["boris-yeltsin", "mikhail-gorbachev", "mao-zedong", "joseph-stalin"],
    leaders_forbidden=["george-h-w-bush", "alistair-penhaligon", "miriam-colquhoun"],
    topics_required=["russia-china", "arms-control"],
    topics_acceptable=["us-russia", "us-china", "defence", "energy", "technology", "indo-pacific"],
    must_contain=["RUSSIA and China signed their first treaty of friendship since the days of Stalin and Mao yesterday",
                  "The Kremlin leader called it \u201ca landmark for the new century\u201d.",
                  "The 25-article treaty, valid for 20 years, contains no military alliance and no promise of mutual defence.",
                  "neither side will be the first to use nuclear weapons against the other, nor target strategic missiles at it;",
                  "It described the 1972 Anti-Ballistic Missile Treaty as \u201cthe cornerstone of strategic stability\u201d",
                  "a month after President George W Bush told Mr Putin in Slovenia that the ABM treaty was a relic of the Cold War.",
                  "Igor Ivanov, the Russian Foreign Minister, told reporters that the treaty \u201cdoes not create blocs\u201d.",
                  "warmed under Boris Yeltsin, the former president, who proclaimed a \u201cstrategic partnership\u201d with Mr Jiang in 1996.",
                  "Trade remains modest, at about $8 billion a year, much of it in Russian arms.",
                  "The Chinese leader is also due to meet Mikhail Kasyanov, the Prime Minister, before leaving Moscow.",
                  "\u201cThey will read every line in Washington.\u201d"],
    must_not_contain=["\r", "Online edition", "News | World | Europe | Asia", "World news \u00bb Europe \u00bb Russia",
                      "Subscribe to the Herald from \u00a39.99 a month", "Click here to find out more",
                      "From Alistair Penhaligon in Moscow", "Tuesday 17 July 2001", "Save to my clippings",
                      "Pictured: Mr Jiang and Mr Putin after the signing ceremony in the Kremlin.",
                      "(Credit: Itar-Tass / Herald Picture Desk)", "ADVERTISEMENT",
                      "Don\u2019t miss: The Herald\u2019s guide to the summer\u2019s best country walks", "Related links",
                      "Bush and Putin find common ground in Ljubljana", "Comment: Gorbachev\u2019s gamble, ten years on",
                      "China\u2019s Olympic triumph: Beijing wins the 2008 Games", "Have your say (41 comments)",
                      "\u00a9 Westminster Herald Newspapers Ltd 2001", "Registered in England No. 1094412"],
    headings=["WHAT THE TREATY SAYS", "THE MISSILE SHIELD", "A RELATIONSHIP REBUILT"])

# US local broadcaster's website, 2003-style raw HTML (UTF-8): upper-case tags, layout tables, a FONT caption, an
# unclosed TARGET attribute, an "</A" tag split over two lines, "&amp;quot;" double-escaped in a meta. Turkey's
# parliament rejects the US troop motion (Sat 1 March 2003). "Posted: Sunday, March 2, 2003" (stated). Window: Gul
# prime minister 2002-11-18 to 2003-03-14 (Sezer, Bush, Powell, Chirac, Schroder, Robertson, Saddam all in office
# across it). Erdogan is named only as the party's chairman, with his prime ministership still ahead (the knowledge
# base gives him no office yet): acceptable, not required; "Erdogan" also in the image alt text. "the chancellor"
# after one full mention of Schroder. "The Bush administration" with Bush named too. Kissinger is named only in the
# related-links box. Arinc (speaker) is not in the knowledge base.
G["e193"] = dict(
    title="Turkish parliament rebuffs U.S. troop request",
    date="2003-03-02", explicit_date=True, window=["2002-11-18", "2003-03-14"],
    leaders_required=["abdullah-gul", "ahmet-necdet-sezer", "george-w-bush", "colin-powell", "jacques-chirac",
                      "gerhard-schroder", "george-robertson", "saddam-hussein"],
    leaders_acceptable=["recep-tayyip-erdogan", "bulent-arinc"],
    leaders_forbidden=["henry-kissinger",  # only in MORE FROM KCVN 7
                       "george-h-w-bush", "selin-okyar", "kemal-aydin"],
    topics_required=["middle-east", "nato"],
    topics_acceptable=["defence", "european-security"],
    must_contain=["Turkey's parliament on Saturday narrowly failed to approve the deployment of 62,000 American troops on its soil",
                  "the speaker, Bülent Arınç, ruled that the measure had fallen, three votes short.",
                  "Prime Minister Abdullah Gül, who had sent the motion to parliament reluctantly, said the government would respect the vote.",
                  "The party's chairman, Recep Tayyip Erdoğan, is widely seen as the real power in Ankara",
                  "A by-election in the southeastern province of Siirt on March 9 is expected to bring him into parliament",
                  "President Ahmet Necdet Sezer, a former chief justice, had said publicly",
                  "French President Jacques Chirac and German Chancellor Gerhard Schröder led the opposition; the chancellor said Germany would not be drawn into \"an adventure.\"",
                  "NATO Secretary-General George Robertson broke the deadlock",
                  "Votes: 264 for, 250 against, 19 abstentions",
                  "\"That is an impossible position, and on Saturday the deputies simply refused to choose.\"",
                  "Money on the table", "A strained alliance"],
    must_not_contain=["<TITLE>", ":: World :: KCVN 7 Online", "&amp;quot;", "var adZone", "KCVN 7 Online &ndash; Your News Leader",
                      "7-Day Forecast", "WAR WATCH: Live coverage of the Iraq crisis", "Posted: Sunday, March 2, 2003 at 9:14 a.m. CST",
                      "Updated: Sunday, March 2, 2003 at 11:40 a.m. CST", "Print this story", "E-mail to a friend",
                      "Take our poll", "Justice and Development Party leader Recep Tayyip Erdo",
                      "Crowds gather outside the Grand National Assembly as deputies debate the motion.",
                      "(Photo by Kemal Aydın for KCVN 7 / World Desk)", "- - Advertisement - -",
                      "KCVN 7 World Desk. The Associated Press contributed to this report.",
                      "MORE FROM KCVN 7 ON THE IRAQ CRISIS", "Blix: Iraq begins destroying Al Samoud missiles",
                      "Kissinger lecture draws protesters at Rice",
                      "Click here to vote in today's poll", "Copyright 2003 KCVN 7 and WorldNow",
                      "Privacy Policy", "Terms of Use"],
    headings=["Money on the table", "A strained alliance"])

# News magazine's dispatch exported as Markdown (UTF-8): G7 summit in Hiroshima with outreach guests; Zelenskyy
# meets Modi, misses Lula; Quad meets in Hiroshima (20-21 May 2023). "May 22nd, 2023" (stated). Window: Lula
# president from 2023-01-01 (Kishida prime minister from 2021-10-04, Albanese from 2022-05-23, Sunak from 2022-10-25,
# Modi, Biden, Zelenskyy earlier); Sunak until 2024-07-05 (Kishida until 2024-10-01). Names: "Zelenskyy", "the
# Ukrainian president", "the Ukrainian leader"; "Modi" alone after one full mention; "the other president" (Lula) in
# a story with two presidents; "Brazil's leader", "The Brazilian president". Traps: the Mahatma Gandhi bust (the
# knowledge base's "Gandhi"s are Indira and Rajiv); Xi only in the "More from" links; the pull quote repeats a body
# sentence.
G["e194"] = dict(
    title="In Hiroshima, Zelenskyy courts the leaders who would rather not choose",
    date="2023-05-22", explicit_date=True, window=["2023-01-01", "2024-07-05"],
    leaders_required=["volodymyr-zelensky", "fumio-kishida", "narendra-modi", "luiz-inacio-lula-da-silva",
                      "joe-biden", "rishi-sunak", "anthony-albanese"],
    leaders_acceptable=["mahatma-gandhi"],
    leaders_forbidden=["indira-gandhi", "rajiv-gandhi",  # "Mahatma Gandhi" is neither
                       "xi-jinping",  # only in More from Meridian
                       "naomi-everett-sato", "kenji-arakawa", "haruka-ionescu"],
    topics_required=["ukraine", "indo-pacific"],
    topics_acceptable=["defence", "us-china", "arms-control", "sanctions", "russia-china", "energy"],
    must_contain=["When Volodymyr Zelenskyy stepped off a French government plane at Hiroshima airport on Saturday afternoon",
                  "The host, Prime Minister Fumio Kishida, had invited eight outside countries",
                  "The first meeting that mattered was with India's Prime Minister Narendra Modi",
                  "Earlier the same day, Modi had unveiled a bust of Mahatma Gandhi near the Motoyasu river",
                  "The other president whose neutrality Ukraine wants to crack is Luiz Inácio Lula da Silva.",
                  "A bilateral meeting was on the schedule for Sunday afternoon. It never took place.",
                  "Asked whether he was disappointed, the Ukrainian leader smiled and said: \"I think it disappointed him.\"",
                  "Biden met Zelenskyy on Sunday and announced a further $375 million in military aid.",
                  "British Prime Minister Rishi Sunak called the jet coalition \"a clear message\" to Moscow.",
                  "Instead Anthony Albanese, Australia's prime minister, joined Biden, Kishida and Modi for an hour in Hiroshima on Saturday.",
                  "Correction, May 22nd: an earlier version of this article said the Quad statement named China. It did not.",
                  "The handshake with Modi"],
    must_not_contain=["[The Meridian Review](https://meridianreview.example/)", "[Subscribe](https://meridianreview.example/subscribe)",
                      "**DISPATCH** | Asia-Pacific", "By Naomi Everett-Sato", "8 min read", "[Share on X]", "[Copy link]",
                      "💬 56", "![Zelenskyy and Modi shake hands before their talks in Hiroshima]",
                      "Pictured: the two leaders before their meeting on Saturday.",
                      "Image copyright Meridian Review / Kenji Arakawa", "**The Meridian Brief**",
                      "our Asia correspondents, every Tuesday and Friday.", "[Sign up for free]",
                      "**Trending now:**", "Why Tokyo's rice prices keep climbing",
                      "The quiet boom in Korean defence exports", "**More from Meridian:**",
                      "Xi's Central Asia summit in Xi'an, in five charts", "Lula's first hundred days",
                      "© 2023 The Meridian Review. All rights reserved."],
    headings=["The handshake with Modi", "The meeting that did not happen", "Jets, and a signal from Biden",
              "The Quad, relocated", "What it adds up to"])

# US cable broadcaster's website scraped as text, UTF-8 BOM: Biden in Jeddah, the fist bump with MBS, the GCC+3
# summit (15-16 July 2022). "Updated 3 hrs ago" at the top, "Published Sat, Jul 16 2022" below the by-line (stated).
# Window: Lapid prime minister from 2022-07-01 (Biden, King Salman, MBS, Sisi, Abdullah II, Kadhimi, Faisal bin
# Farhan earlier); MBS named as defence minister ("his son, who is also the defense minister"), a post he left on
# 2022-09-27 when he became prime minister (Kadhimi until 2022-10-27). Names: "Crown Prince Mohammed bin Salman",
# "MBS", "the crown prince", "the prince", "the heir"; King Salman is his father; Prince Abdulaziz bin Salman
# (half-brother, energy minister) is not in the knowledge base; Netanyahu is named as opposition leader, with the
# nickname "Bibi" (no office the knowledge base records at the time: acceptable). Traps: "King Abdullah Economic
# City" (named after the late King Abdullah bin Abdulaziz) only in a photo line, next to a body that names Jordan's
# King Abdullah II; Trump only in "More from NCN World"; "The administration's defenders" with Biden named.
G["e195"] = dict(
    title="Biden and MBS trade a fist bump, and barbs, in Jeddah",
    date="2022-07-16", explicit_date=True, window=["2022-07-01", "2022-09-27"],
    leaders_required=["joe-biden", "mohammed-bin-salman", "salman-bin-abdulaziz", "abdel-fattah-el-sisi",
                      "abdullah-ii-of-jordan", "mustafa-al-kadhimi", "yair-lapid", "faisal-bin-farhan"],
    leaders_acceptable=["benjamin-netanyahu", "abdulaziz-bin-salman", "jamal-khashoggi", "hatice-cengiz"],
    leaders_forbidden=["abdullah-bin-abdulaziz",  # King Abdullah Economic City, in a photo line only
                       "donald-trump",  # only in More from NCN World
                       "trevor-akinyemi-hale", "darnell-whitcombe"],
    topics_required=["energy", "middle-east"],
    topics_acceptable=["human-rights", "technology", "sanctions", "ukraine", "us-china"],
    must_contain=["President Joe Biden arrived in Saudi Arabia on Friday for the visit he once said he would never make",
                  "Biden told reporters afterwards that he had raised the 2018 murder of the journalist Jamal Khashoggi \"at the top of the meeting\"",
                  "As president he released an intelligence assessment that found MBS, as the 36-year-old heir is widely known, had approved the operation in Istanbul.",
                  "Before the talks Biden met King Salman, 86, who has handed most of the day-to-day running of the kingdom to his son, who is also the defense minister.",
                  "Saudi Arabia's energy minister, Prince Abdulaziz bin Salman, a half-brother of the crown prince",
                  "the crown prince said the kingdom would raise its production capacity to 13 million barrels a day by 2027",
                  "Among the leaders at the Jeddah summit were Egyptian President Abdel Fattah el-Sisi, Jordan's King Abdullah II and Iraqi Prime Minister Mustafa al-Kadhimi.",
                  "\"You know I love you,\" Biden had told the man Israelis call Bibi",
                  "Saudi Foreign Minister Prince Faisal bin Farhan told reporters on Saturday",
                  "\"Riyadh got the photograph. Washington got a statement on capacity that it cannot take to a gas station.\"",
                  "Editor's note: This story has been updated with remarks from the Jeddah summit on Saturday.",
                  "OIL, BUT NO PROMISE"],
    must_not_contain=["\ufeff", "NCN  NEWS", "Live TV   |   U.S.", "Sign in    Search", "WORLD › MIDDLE EAST",
                      "Updated 3 hrs ago", "By Trevor Akinyemi-Hale and Lucía Ferrante, NCN",
                      "Published Sat, Jul 16 2022 · 7:02 AM ET", "▶ Watch: Biden's Middle East trip in 90 seconds",
                      "🔗 Copy", "🗨 1.2K",
                      "Image: Biden is greeted by Crown Prince Mohammed bin Salman at Al Salam Palace on Friday.",
                      "(Credit: Saudi Press Agency via NCN)", "ADVERTISEMENT · Story continues below",
                      "Trending now on NCN:", "Heat wave: London braces for 40C",
                      "Jan. 6 panel to hold prime-time hearing Thursday", "Pictured above the fold on NCN.com",
                      "King Abdullah Economic City port", "(Photo: NCN drone team)",
                      "Don't miss: NCN's Middle East newsletter. Click here to sign up.", "More from NCN World:",
                      "Trump's 2017 Riyadh trip: the sword dance and the glowing orb",
                      "Sisi to host climate talks in Sharm el-Sheikh in November",
                      "© 2022 NCN Digital. All Rights Reserved.", "Do Not Sell My Personal Information"],
    headings=["OIL, BUT NO PROMISE", "FROM JERUSALEM TO JEDDAH", "WHAT CRITICS SAY"])

# German international broadcaster's English site scraped as text, UTF-8 + CRLF, Persian and Russian in the menu:
# Raisi wins Iran's presidential election (vote Fri 18 June 2021, result Sat 19 June). "2021-06-19 18:40 GMT" under
# the deck and "Date 19.06.2021" at the foot (stated). Window: Borrell EU foreign policy chief from 2019-12-01
# (Raisi head of the judiciary from 2019-03-07; Rouhani, Khamenei, Zarif earlier); Raisi named as head of the
# judiciary, a post he left on 2021-07-01 (Rouhani president until 2021-08-03). Raisi also "the president-elect"
# and "the new president" (office still ahead). Khamenei: "Supreme Leader Ayatollah Ali Khamenei", "the 82-year-old
# Khamenei", "The office of the Supreme Leader"; his son Mojtaba holds no office (acceptable). Khomeini is only in the
# name of a building (Imam Khomeini Hussainiya): forbidden. Larijani, Jahangiri, Rezaei, Hemmati and Interior
# Minister-less figures are not in the knowledge base.
G["e196"] = dict(
    title="Hard-liner Raisi wins Iran's presidency on record-low turnout",
    date="2021-06-19", explicit_date=True, window=["2019-12-01", "2021-07-01"],
    leaders_required=["ebrahim-raisi", "hassan-rouhani", "ali-khamenei", "mohammad-javad-zarif", "josep-borrell"],
    leaders_acceptable=["mojtaba-khamenei", "ali-larijani", "eshaq-jahangiri", "mohsen-rezaei",
                        "abdolnaser-hemmati"],
    leaders_forbidden=["ruhollah-khomeini",  # only the Imam Khomeini Hussainiya
                       "farhad-sadeghi-lind"],
    topics_required=["middle-east"],
    topics_acceptable=["human-rights", "arms-control", "sanctions"],
    must_contain=["Ebrahim Raisi, the head of Iran's judiciary, has won the country's presidential election with about 62% of the votes counted",
                  "Official figures put turnout at 48.8%, the lowest for a presidential vote since the 1979 revolution.",
                  "Raisi, 60, a cleric who lost to Rouhani in 2017, will take office on August 3.",
                  "President Hassan Rouhani, who cannot stand for a third consecutive term, congratulated his successor.",
                  "Supreme Leader Ayatollah Ali Khamenei, who has the final word on all matters of state, cast his ballot minutes after polls opened on Friday",
                  "The office of the Supreme Leader published photographs of him at the ballot box within the hour",
                  "Another name often mentioned is Khamenei's son Mojtaba, a cleric with close ties to the security services who holds no public office.",
                  "Washington listed him in 2019, citing his role on the so-called death commission",
                  "Foreign Minister Mohammad Javad Zarif, whose negotiating team remains in charge until August, has said a deal is within reach.",
                  "Turnout 48.8%, the lowest in a presidential poll since 1979",
                  "\"The result was written before the first ballot was cast,\" said a 34-year-old engineer",
                  "The 1988 executions"],
    must_not_contain=["\r", "Rheinwelle International | English", "MEDIA CENTER", "فارسی",
                      "We use cookies and similar technologies to personalise content", "[Agree and continue]",
                      "Middle East | Iran", "2021-06-19 18:40 GMT", "Farhad Sadeghi-Lind (with AFP, Reuters)",
                      "|  Share  |  Facebook  |  Twitter", "Picture: Supporters of the president-elect wave his portrait in Tehran",
                      "(Image copyright: picture-alliance / abaca / R. Tavakoli)", "—— ADVERTISING ——",
                      "Read more: Iran's economy under sanctions, in six charts", "Date 19.06.2021",
                      "Related topics: Iran, Ebrahim Raisi, Ali Khamenei, Nuclear deal",
                      "Keywords: Iran, election, Raisi", "Send us your feedback",
                      "Permalink https://rheinwelle.example/en/a-57944210", "RELATED CONTENT",
                      "Iran's Rouhani: eight years of hope and sanctions",
                      "Opinion: Europe must not look away from Tehran's executions",
                      "Watch: How Iran votes, explained in two minutes", "© 2021 Rheinwelle International"],
    headings=["A loyal protégé", "The 1988 executions", "What next for the nuclear talks"])

# Gulf English-language daily's sport page, UTF-8 + CRLF, with DOUBLY encoded UTF-8 (UTF-8 read as cp1252 twice:
# "Ã¢â‚¬â€œ", "Ã‚Â·", "Ã‚Â©") in the masthead, edition line and footer only: India win the one-day series in
# Pakistan, fifth match at Lahore's Gaddafi Stadium (Wed 24 March 2004). "March 25th, 2004" (stated). A sports story
# with a diplomatic angle: no topic is substantially covered (nuclear tests and armies only in passing). Window: Jamali
# prime minister from 2002-11-23 (Musharraf president from 2001-06-20, Vajpayee earlier); Vajpayee until 2004-05-22.
# Traps: "Gaddafi Stadium" (Gaddafi never named); Sonia Gandhi as opposition leader (not in the knowledge base; its
# "Gandhi"s are Indira and Rajiv, never named here); "Mahatma Gandhi Road" only in MORE FROM SPORT.
G["e197"] = dict(
    title="India clinch the series, and Lahore gives them a standing ovation",
    date="2004-03-25", explicit_date=True, window=["2002-11-23", "2004-05-22"],
    leaders_required=["atal-bihari-vajpayee", "pervez-musharraf", "zafarullah-khan-jamali"],
    leaders_acceptable=["sonia-gandhi"],
    leaders_forbidden=["muammar-gaddafi",  # the stadium
                       "indira-gandhi", "rajiv-gandhi", "mahatma-gandhi",
                       "imran-siddiqui-rao", "rashida-baig"],
    topics_required=[],
    topics_acceptable=["arms-control", "defence"],
    must_contain=["The scoreboard at the Gaddafi Stadium said India had won, and so did the noise.",
                  "a crowd that was almost entirely Pakistani rose to applaud Sourav Ganguly's team off the field.",
                  "Before the squad left New Delhi, Prime Minister Atal Bihari Vajpayee handed Ganguly a bat inscribed with a message in Hindi",
                  "The tour was the most visible product of the thaw agreed in January, when Vajpayee met President Pervez Musharraf",
                  "Both countries have tested nuclear weapons since 1998.",
                  "Prime Minister Zafarullah Khan Jamali told reporters in Islamabad",
                  "a five-run Indian win in the opening match in Karachi on March 13;",
                  "The opposition Congress party, led by Sonia Gandhi, has said it supports the dialogue",
                  "\"Today the cricket was Indian and the hospitality was Pakistani,\"",
                  "\"We are going home with friends.\"",
                  "A SERIES WITH A SUBTEXT"],
    must_not_contain=["\r", "THE GULF CHRONICLE Ã¢â‚¬â€œ Sport", "Ã¢â‚¬Âº Cricket", "Dubai Ã‚Â· Thursday edition",
                      "Home | UAE | Gulf | Subcontinent", "CRICKET DIPLOMACY",
                      "From Imran Siddiqui-Rao, our correspondent in Lahore", "March 25th, 2004",
                      "[ Print this article ]", "[ Most read in Sport ]",
                      "PICTURE: Indian fans with their faces painted in both national flags",
                      "PHOTO COURTESY: LAHORE PRESS CLUB PHOTO SERVICE / GULF CHRONICLE", "Advertisement",
                      "Fly Emirates to Lahore · daily departures", "----------------------------------------------",
                      "--- Related: Akhtar fitness doubt for Multan Test", "Trending now: Dubai World Cup night",
                      "Reader comments (14) | Add your comment", "MORE FROM SPORT",
                      "Mahatma Gandhi Road traders count the cost", "Golf: Emirates club course",
                      "Ã‚Â© The Gulf Chronicle 2004"],
    headings=["A SERIES WITH A SUBTEXT", "THE POLITICS AT HOME"])

# Independent Belarusian news site's English version, UTF-8, with the Russian and Belarusian menu, language bar and
# Telegram prompt shown as UTF-8 read as Windows-1251 ("Р“Р»Р°РІРЅР°СЏ"), one clean Cyrillic word: Lukashenka
# heckled at MZKT, strikes spread after the 9 August election (Mon 17 August 2020). "17.08.2020, 19:52" (stated).
# Window: Borrell EU foreign policy chief and Michel European Council president from 2019-12-01 (Nauseda, Morawiecki,
# Makei, Putin, Peskov, Lukashenka earlier); Makei foreign minister until 2022-11-26. Spellings: "Alyaksandr
# Lukashenka" / "Lukashenka" in the body, "Lukashenko, as the Kremlin spells his name" once; "the president" means
# Lukashenka, "Russia's president" Putin, and Nauseda is a third president. Relatives: his son Nikolai ("Kolya"),
# no office (acceptable). Yanukovych only in "Read also". Tsikhanouskaya and Interior Minister Karayeu are not in the
# knowledge base.
G["e198"] = dict(
    title="\"Go away!\": workers heckle Lukashenka at tractor plant as strikes spread",
    date="2020-08-17", explicit_date=True, window=["2019-12-01", "2022-11-26"],
    leaders_required=["alexander-lukashenko", "vladimir-putin", "dmitry-peskov", "josep-borrell", "charles-michel",
                      "gitanas-nauseda", "mateusz-morawiecki", "vladimir-makei"],
    leaders_acceptable=["sviatlana-tsikhanouskaya", "yury-karayeu", "nikolai-lukashenko"],
    leaders_forbidden=["viktor-yanukovych",  # only in Read also
                       "yuliya-krasouskaya-berg", "andrei-lyaskouski"],
    topics_required=["human-rights"],
    topics_acceptable=["european-security", "sanctions", "defence"],
    must_contain=["Alyaksandr Lukashenka flew by helicopter to the Minsk Wheeled Tractor Plant on Monday to talk down a strike",
                  "\"Go away!\" the crowd chanted as the president tried to speak.",
                  "\"Until you kill me, there will be no other election.\"",
                  "More than 6,700 people were detained in the first four days after the vote",
                  "Lukashenka spoke to Vladimir Putin twice over the weekend.",
                  "Lukashenko, as the Kremlin spells his name, had earlier claimed that Putin had promised \"comprehensive help\"",
                  "Kremlin spokesman Dmitry Peskov said on Monday that foreign pressure on Minsk was unacceptable.",
                  "European Council President Charles Michel has called a video summit of EU leaders for Wednesday.",
                  "Lithuania's President Gitanas Nausėda proposed a three-point plan",
                  "Lukashenka's youngest son, Nikolai, known to Belarusians as Kolya, accompanied his father to the polling station on election day",
                  "By the independent count of observers it drew well over 100,000 people.",
                  "Detentions and beatings"],
    must_not_contain=["NASHA NIVA-PRESS.example", "independent news from Belarus",
                      "Р“Р»Р°РІРЅР°СЏ | РќРѕРІРѕСЃС‚Рё", "Р‘РµР»Р°СЂСѓСЃРєР°СЏ",
                      "English › Politics › Elections 2020", "17.08.2020, 19:52",
                      "Text: Yuliya Krasouskaya-Berg, Minsk", "Views: 48 213", "💬 312",
                      "Share: Facebook · VK · Telegram · Viber · Twitter",
                      "Photo: Workers at the Minsk Wheeled Tractor Plant listen to the president on Monday.",
                      "Andrei Lyaskouski / NN-Press. All rights reserved", "Advertising  ·  Реклама",
                      "РџРѕРґРїРёСЃС‹РІР°Р№С‚РµСЃСЊ", "Follow our Telegram channel", "Read also:",
                      "Who is Sviatlana Tsikhanouskaya?", "Timeline: 26 years of Lukashenka",
                      "Yanukovych in Rostov: what Belarus can learn from Ukraine 2014",
                      "Tags: Lukashenka, elections 2020, strikes", "© NN-Press, 2020.",
                      "Use of materials is allowed only with a hyperlink to the source. 18+"],
    headings=["Detentions and beatings", "What Moscow said", "Europe's response", "A family business"])

# Washington city magazine's culture page, full modern HTML (UTF-8): the National Zoo's pandas leave for Chengdu
# (8 Nov 2023) and Xi, in San Francisco after meeting Biden at Filoli (15 Nov), hints they could return. "November 16,
# 2023" in a <time> and the published_time meta (stated). A culture story with a diplomatic angle: US-China is its
# subject; military talks, fentanyl, trade and technology only in passing. Window: Biden president 2021-01-20 to
# 2025-01-20 (Xi president since 2013). Names: "President Xi Jinping" then "Xi"; "China's leader" in the og meta;
# the cub Xiao Qi Ji; Nixon named without a post and Pat Nixon, Zhou Enlai as history (none in the knowledge base).
# Trap: Reagan National (the airport) only in the related links. HTML noise: "&amp;#39;" and "&amp;quot;" in the og
# meta, an unclosed href attribute in the footer, a "</div" tag split over two lines, a pull quote repeating a body
# sentence, a newsletter aside inside the body.
G["e199"] = dict(
    title="After the farewell at the National Zoo, Xi hints pandas could come back",
    date="2023-11-16", explicit_date=True, window=["2021-01-20", "2025-01-20"],
    leaders_required=["xi-jinping", "joe-biden"],
    leaders_acceptable=["richard-nixon", "pat-nixon", "zhou-enlai"],
    leaders_forbidden=["ronald-reagan",  # Reagan National, related link only
                       "corinne-waddell", "dario-mendes", "theo-lindqvist"],
    topics_required=["us-china"],
    topics_acceptable=["defence", "technology"],
    must_contain=["For fifty-one years, there have been giant pandas on Connecticut Avenue.",
                  "Mei Xiang, Tian Tian and their three-year-old son, Xiao Qi Ji, were loaded into steel crates",
                  "hours after his first meeting in a year with President Joe Biden, President Xi Jinping said China was ready to keep working with the United States on panda conservation.",
                  "He called the animals envoys of friendship between the two peoples.",
                  "Xi said he had heard that many Americans, especially children, were reluctant to say goodbye",
                  "After Richard Nixon\u2019s visit to Beijing in February 1972, Premier Zhou Enlai offered a pair",
                  "Since then they have come on loan, for a fee of about $1 million a year per pair",
                  "The meeting at the Filoli estate south of San Francisco produced agreements to restore military-to-military communication",
                  "\u201cPandas are not policy, but they are a signal,\u201d said Theo Lindqvist",
                  "Editor\u2019s note: This article has been updated to clarify that the loan agreement expired on December 7, after the pandas\u2019 departure.",
                  "How the pandas came here"],
    must_not_contain=["| Potomac Metro", "&amp;#39;", "&amp;quot;", "pmAds.push",
                      "We and our 143 partners store and access information on your device", "Accept all",
                      "Manage preferences", "Read our privacy notice", "Washington&#39;s city magazine",
                      "Food &amp; Drink", "Things to Do", "CULTURE", "ANIMALS", "6 min read", "Gift this article",
                      "A FedEx truck carrying crates with the giant pandas leaves the zoo on Connecticut Avenue",
                      "The convoy leaves the zoo on the morning of November 8.",
                      "Photo by Dario Mendes for Potomac Metro", "ADVERTISEMENT", "Love D.C.? Get it in your inbox.",
                      "our free daily guide to what&rsquo;s happening around town", "Your email address", "Sign me up",
                      "More from Potomac Metro", "Runway work at Reagan National means delays through spring",
                      "The 12 best dim sum spots around the Beltway", "Comments (87)",
                      "2023 Potomac Metro Media LLC. All rights reserved."],
    headings=["How the pandas came here", "Diplomacy by other means"])

# Climate and energy news site's analysis, UTF-8 text with a bold (**) headline line: Aliyev calls oil and gas "a gift
# of God" at COP29 in Baku (speech Tue 12 Nov 2024, the row with France Wed 13 Nov). "13 Nov 2024 – 16:20 CET"
# (stated). A climate summit in a conflict region: energy is the subject; rights and the Armenia conflict are a
# section each but secondary (acceptable). Window: Starmer prime minister from 2024-07-05 (Aliyev, Mehriban Aliyeva
# as first vice-president, Guterres, Pashinyan, Milei, Macron, Scholz, Biden earlier); Biden president until
# 2025-01-20 (Scholz until 2025-05-06). Trump is named as the election's winner who "takes office in January" (no
# office the knowledge base records at the time: acceptable). Relatives: "his father" is never named; his wife is
# named with her office (required). Heydar Aliyev appears only in the name of a building in a related link
# (forbidden); Putin only in a related link.
G["e200"] = dict(
    title="Oil, gas and a \"gift of God\": Aliyev opens Baku summit by defending fossil fuels",
    date="2024-11-13", explicit_date=True, window=["2024-07-05", "2025-01-20"],
    leaders_required=["ilham-aliyev", "antonio-guterres", "joe-biden", "olaf-scholz", "emmanuel-macron",
                      "keir-starmer", "nikol-pashinyan", "mehriban-aliyeva", "javier-milei"],
    leaders_acceptable=["donald-trump", "anar-mammadli"],
    leaders_forbidden=["heydar-aliyev",  # only the Heydar Aliyev Centre, in a related link
                       "vladimir-putin",  # related link only
                       "henrik-aasland-moreau", "lale-huseynova", "ilse-vandermeer"],
    topics_required=["energy"],
    topics_acceptable=["human-rights", "european-security"],
    must_contain=["The host of this year's UN climate summit used his opening speech to tell the world that his country's oil and gas were \"a gift of God\"",
                  "President Ilham Aliyev of Azerbaijan spoke on Tuesday to the leaders' segment of COP29",
                  "\"Oil, gas, wind, sun, gold, silver, copper, all are natural resources, and countries should not be blamed for having them,\" Aliyev said.",
                  "UN Secretary-General António Guterres, speaking earlier at the same session, had struck the opposite note",
                  "President Joe Biden, Chancellor Olaf Scholz and President Emmanuel Macron are not attending",
                  "Donald Trump, who won last week's US election and takes office in January",
                  "Britain's Prime Minister Keir Starmer, one of the few G7 leaders in Baku",
                  "Armenia's Prime Minister Nikol Pashinyan has since been negotiating a peace treaty with Baku",
                  "Aliyev succeeded his father as president in 2003, and his wife, Mehriban Aliyeva, has been the country's first vice-president since 2017.",
                  "rules for a global carbon market under Article 6;",
                  "Correction (13 Nov): An earlier version of this article gave the wrong date for the start of the leaders' segment.",
                  "THE FINANCE GAP"],
    must_not_contain=["CARBON LEDGER  ·  climate, energy & power", "[ Daily briefing ]", "[ Log in ]",
                      "Your privacy choices: this site sets analytics cookies only with your permission.",
                      "Allow / Reject / Customise", "COP29 › Analysis", "13 Nov 2024 – 16:20 CET",
                      "Analysis by Henrik Aasland-Moreau", "Share ▸ LinkedIn | Bluesky", "Listen to this article ▶ 6:48",
                      "(Image: Delegates walk past national flags outside the Baku Olympic Stadium on Monday.",
                      "Photograph by Lale Hüseynova / Carbon Ledger)",
                      "Sponsored  ·  Grid-scale storage: download our free 2025 outlook",
                      "Don't miss ▸ Our COP29 live tracker", "MORE FROM CARBON LEDGER",
                      "Inside the Heydar Aliyev Centre: the building Baku wants you to see",
                      "Sign up for the Carbon Ledger Daily: 5 stories, 5 minutes",
                      "Putin's gas: Europe's last Russian pipeline deals expire in January",
                      "Comments are open to subscribers only. 42 comments", "Ledger Media ApS. © 2024"],
    headings=["THE FINANCE GAP", "A SUMMIT IN A CONFLICT ZONE", "A ROW WITH PARIS"])
