"""Gold entries e91-e100 for tests/evalset5 (merged into gold.json by merge_gold.py). Each entry carries a comment on
how its date window was derived: terms of office of people named with their posts, as recorded in input/data where
the knowledge base holds the office, otherwise as the public record has them (said so in the comment). A person named
with a former post only says the article is later than that term's end. Open-ended terms end at their scheduled end.
People the knowledge base does not hold appear, if at all, as slugs in leaders_acceptable (named in the text) or
leaders_forbidden (named only in chrome, or a namesake never named); so do people it holds who are named only with a
past office, or with none that it records."""

G = {}

# Leaked-cable page: Embassy Moscow on Medvedev's first address to the Federal Assembly, Wed 5 Nov 2008 (stated by the
# date-time group "P 051542Z NOV 08" and the archive's "Created 2008-11-05 15:42"; the body says "on November 5").
# CRLF. Window: Putin prime minister from 2008-05-08 (Medvedev president from 2008-05-07 is looser); Rice secretary of
# state until 2009-01-20 (Saakashvili, Lavrov looser). Obama is named as president-elect, an office the data does not
# hold; Kasyanov only with his former premiership; Sergey Ivanov as deputy prime minister (not in input/data), so Igor
# Ivanov is a namesake never named. Yushchenko appears only in the archive's "Cables with similar tags".
G["e91"] = dict(
    title="MEDVEDEV'S FIRST ADDRESS: ISKANDERS FOR KALININGRAD, LONGER TERMS FOR THE KREMLIN",
    date="2008-11-05", explicit_date=True, window=["2008-05-08", "2009-01-20"],
    leaders_required=["dmitry-medvedev", "vladimir-putin", "sergey-lavrov", "mikheil-saakashvili",
                      "condoleezza-rice"],
    leaders_acceptable=["barack-obama", "mikhail-kasyanov", "sergei-ivanov", "boris-gryzlov", "john-beyrle"],
    leaders_forbidden=["viktor-yushchenko",  # only in "Cables with similar tags"
                       "igor-ivanov"],       # "Sergey Ivanov" is the deputy prime minister
    topics_required=["us-russia"],
    topics_acceptable=["defence", "arms-control", "european-security", "nato"],
    must_contain=["announce that Russia would deploy Iskander short-range missiles to the Kaliningrad exclave if the United States went ahead with missile defense sites in Poland and the Czech Republic",
                  "The speech, delivered the day after the U.S. election and without a word of congratulation to President-elect Barack Obama, blamed Washington both for the August war in Georgia and for the global financial crisis.",
                  "Putin sat in the front row beside Duma Speaker Boris Gryzlov and applauded at the expected places.",
                  "would use the Baltic Fleet's means of electronic warfare against them",
                  "He repeated the line that Moscow was ready to discuss missile defense \"from a blank page\"",
                  "He said the change would not apply to the current president, a point our contacts found less reassuring than it sounded.",
                  "Former Prime Minister Mikhail Kasyanov, now in opposition, told reporters the next day that the proposal was a step back toward one-man rule.",
                  "parties winning between five and seven percent of the vote to receive one or two Duma seats",
                  "described Georgian President Mikheil Saakashvili as a leader whom Russia would not deal with",
                  "The Iskander threat is a bargaining chip whose value depends on the new administration's decisions"],
    must_not_contain=["\r", "CABLEARCHIVE.EXAMPLE | Browse by date", "New here? Read how a cable is structured",
                      "#cablegate", "Show headers", "VZCZCXRO4412", "DE RUEHMO #3290/01 3101542", "ZNY CCCCC ZZH",
                      "P 051542Z NOV 08", "FM AMEMBASSY MOSCOW", "TO RUEHC/SECSTATE WASHDC PRIORITY 0712",
                      "C O N F I D E N T I A L SECTION 01 OF 03 MOSCOW 003290", "SIPDIS",
                      "E.O. 12958: DECL: 11/05/2018", "TAGS: PREL PGOV MARR PARM RS US GG", "REF: A. MOSCOW 3212",
                      "Classified By: Ambassador John R. Beyrle", "MOSCOW 00003290  002 OF 003", "BEYRLE",
                      "YUSHCHENKO DISSOLVES RADA", "Download cable as TXT", "Content released under CC BY 3.0"],
    headings=["A Speech Postponed, Then Sharpened", "Term Extension: Six Years for the President",
              "Georgia and the Neighbors", "Comment"])

# Congressional Record, Senate, Wed 13 Oct 1999: the Senate rejects the Comprehensive Nuclear Test-Ban Treaty (stated
# in the GPO header "(Wednesday, October 13, 1999)"). CRLF. Window: Schroeder chancellor from 1998-10-27 (Blair,
# Chirac, Albright, Cohen earlier); Albright and Cohen until 2001-01-20. Senators Biden and Hagel hold no office the
# data records at the time (their later offices must not be used); Powell is named as a former Chairman of the Joint
# Chiefs; Clinton is only "the President". "Secretary Cohen" is William Cohen, not Eli Cohen.
G["e92"] = dict(
    title="COMPREHENSIVE NUCLEAR TEST-BAN TREATY",
    date="1999-10-13", explicit_date=True, window=["1998-10-27", "2001-01-20"],
    leaders_required=["madeleine-albright", "william-cohen", "tony-blair", "jacques-chirac", "gerhard-schroder"],
    leaders_acceptable=["bill-clinton", "joe-biden", "chuck-hagel", "colin-powell", "henry-shelton", "jesse-helms",
                        "carl-levin", "trent-lott", "tom-daschle"],
    leaders_forbidden=["eli-cohen"],  # namesake of the Secretary of Defense
    topics_required=["arms-control"],
    topics_acceptable=["us-russia", "defence", "nato"],
    must_contain=["We will vote down a major security treaty, and we will do it after a debate of barely two days, with hearings that lasted less than a week.",
                  "I say that the questions can be answered, and that the Senate is about to refuse to answer them.",
                  "Last Friday, Prime Minister Tony Blair, President Jacques Chirac and Chancellor Gerhard Schroeder wrote that a rejection by the United States would be a failure in our fight against proliferation.",
                  "The Joint Chiefs of Staff support ratification of the Comprehensive Nuclear Test-Ban Treaty",
                  "The monitoring system it creates could not detect a test of a few kilotons, still less one conducted in a cavity that muffles the signal.",
                  "The stockpile stewardship program is a promise, not a proof, and it will be a decade before we know whether it works.",
                  "If we reject this treaty, we will not test tomorrow. We will simply have given up the right to insist that others do not.",
                  "I hope that whatever happens this evening, we do not walk away from the moratorium on testing that has been American policy since 1992.",
                  "The result was announced--yeas 48, nays 51, present 1, as follows:",
                  "Two-thirds of the Senators present and voting not having voted in the affirmative, the resolution of ratification is not agreed to."],
    must_not_contain=["\r", "CongressRecord.example | Browse by date",
                      "Text available as: TXT | PDF (8 pages) | Print | Share | Cite this page",
                      "Section: Senate  |  Pages S12505-S12512",
                      "[Congressional Record Volume 145, Number 138 (Wednesday, October 13, 1999)]", "[Senate]",
                      "[Pages S12505-S12512]",
                      "From the Congressional Record Online through the Government Printing Office [www.gpo.gov]",
                      "[[Page S12506]]", "[[Page S12507]]", "[[Page S12508]]", "Print this page | Back to top",
                      "Next section: MORNING BUSINESS", "About the Congressional Record | Accessibility",
                      "CongressRecord.example is not an official edition."],
    headings=[])

# Ceefax pages recovered from a VHS tape: the August coup in Moscow, Mon 19 Aug 1991. The page headers carry "Mon 19
# Aug" without a year: undated. Window (public record; input/data holds none of these offices): Yeltsin president
# of Russia from 1991-07-10; Gorbachev Soviet president until 1991-12-25. Cheney defence secretary (1989-03-21 to
# 1993-01-20) and Nazarbayev president of Kazakhstan (from 1990-04-24) are looser. "President Bush" is George H. W.
# Bush; Saddam appears only in the news index.
G["e93"] = dict(
    title="Gorbachev ousted in Kremlin coup",
    date="1991-08-19", explicit_date=False, window=["1991-07-10", "1991-12-25"],
    leaders_required=["dick-cheney", "nursultan-nazarbayev"],
    leaders_acceptable=["mikhail-gorbachev", "gennady-yanayev", "boris-yeltsin", "george-h-w-bush", "john-major",
                        "douglas-hurd", "helmut-kohl"],
    leaders_forbidden=["saddam-hussein",  # only in the NEWS INDEX page
                       "george-w-bush"],   # "President Bush" is his father
    topics_required=["us-russia"],
    topics_acceptable=["european-security", "arms-control", "defence"],
    must_contain=["President Mikhail Gorbachev has been removed from power in the Soviet Union by a committee of hardliners who say he is too ill to govern.",
                  "Vice-President Gennady Yanayev had taken over as acting president",
                  "Tanks and armoured personnel carriers have moved into the centre of Moscow.",
                  "He was due back in Moscow for the signing tomorrow of a new Union Treaty giving more power to the republics, which hardliners oppose.",
                  "The committee says it will honour the Soviet Union's international agreements",
                  "The US Defence Secretary Dick Cheney said there was no sign of unusual Soviet military movements",
                  "He said the coup must be reversed and that Britain would not deal with the new leadership as if nothing had happened.",
                  "will join other European Community ministers at an emergency meeting in The Hague tomorrow",
                  "Standing on a tank outside the Russian parliament building, he demanded that Mr Gorbachev be allowed to speak to the nation.",
                  "Nursultan Nazarbayev appealed for calm and said the emergency did not apply in his republic."],
    must_not_contain=["TELETEXT RECOVERED - an archive of broadcast teletext pages",
                      "Home | Recoveries | Services | Submit a tape | About", "Source: domestic VHS, tape 14, side A",
                      "Recovered by: Mick Harrowgate", "P102   CEEFAX 1 102  Mon 19 Aug  13:41/52",
                      "P104   CEEFAX 1 104  Mon 19 Aug  13:42/08", "P105   CEEFAX 1 105  Mon 19 Aug  13:43/02",
                      "NEWS INDEX", "Saddam rejects UN oil sale terms ..112", "Headlines 101  Sport 300  Weather 400",
                      "Reaction 105  Yeltsin 106  Index 102", "Coup 104  Reaction 105  Index 102", "1/3", "2/2",
                      "\u2590\u2588\u2580\u2580\u2588\u258c", "###",
                      "RED: Reaction  GREEN: Yeltsin  YELLOW: Markets  BLUE: Index", "More recoveries from tape 14",
                      "Comments (12) | Report a transcription error", "teletext-recovered.example"],
    headings=["WORLD REACTION", "YELTSIN DEFIANT"])

# archive.today capture of Google's text-only cache of a news page: the Geneva interim deal with Iran, Sun 24 Nov
# 2013 ("early on Sunday"). Undated: the capture (27 Nov) and cache (26 Nov) stamps are not the article's date.
# Window: Salehi head of the Atomic Energy Organization from 2013-08-16 (Zarif from 2013-08-15, Rouhani from
# 2013-08-03 are looser); Westerwelle German foreign minister until 2013-12-17 (Hague, Ashton later). Araghchi is named
# as deputy foreign minister (his 2024 office must not be used); Ahmadinejad as former president. Yanukovych appears
# only in "Most read in World".
G["e94"] = dict(
    title="Iran agrees to curb nuclear work in six-month deal with world powers",
    date="2013-11-24", explicit_date=False, window=["2013-08-16", "2013-12-17"],
    leaders_required=["hassan-rouhani", "mohammad-javad-zarif", "catherine-ashton", "john-kerry", "laurent-fabius",
                      "william-hague", "guido-westerwelle", "sergey-lavrov", "wang-yi", "barack-obama",
                      "ali-khamenei", "ali-akbar-salehi", "benjamin-netanyahu"],
    leaders_acceptable=["abbas-araghchi", "mahmoud-ahmadinejad"],
    leaders_forbidden=["viktor-yanukovych"],  # only in "Most read in World"
    topics_required=["arms-control", "middle-east", "sanctions"],
    topics_acceptable=["energy", "us-russia"],
    must_contain=["Iran and six world powers reached an interim agreement in Geneva early on Sunday that halts the expansion of Tehran\u2019s nuclear programme for six months",
                  "Under the deal, Iran will stop enriching uranium above 5% purity and will dilute or convert its stockpile of uranium enriched to 20%",
                  "will not fuel or commission the heavy-water reactor under construction at Arak",
                  "including $4.2bn of its own oil revenues frozen in foreign banks",
                  "The core oil and banking sanctions remain in place.",
                  "Zarif said the deal recognised Iran\u2019s right to enrichment; the US secretary of state, John Kerry, said within minutes that it did not.",
                  "all flew in on Saturday once negotiators signalled that the gap had narrowed",
                  "Prime Minister Benjamin Netanyahu told his cabinet that the agreement was \u201ca historic mistake\u201d and that Israel was not bound by it.",
                  "\u201cWe have bought time and we have bought inspectors,\u201d said Helena Marchbanks",
                  "talks under former President Mahmoud Ahmadinejad produced little but new rounds of sanctions"],
    must_not_contain=["<div", "<table", "&#8217;", "webpage capture", "Saved from", "27 Nov 2013 10:12:44 UTC",
                      "All snapshots", "download .zip", "report bug or abuse", "Buy me a coffee", "1 of 3 snapshots",
                      "This is Google's cache of",
                      "It is a snapshot of the page as it appeared on 26 Nov 2013 22:05:31 GMT.",
                      "The current page could have changed in the meantime.", "Full version", "Text-only version",
                      "View source", "Tip: To quickly find your search term on this page",
                      "By Nadia Farrokhzad-Lind in Geneva and Thomas Oyelaran in Washington", "Updated 11:07 GMT",
                      "Comments (1,208)", "Photograph: Lukas Brenner/Meridian", "Most read in World",
                      "Yanukovych defends decision to shelve EU association agreement",
                      "\u00a9 2013 Meridian Herald Media Ltd"],
    headings=["A deal that nearly foundered", "Israel\u2019s warning"])

# G8 summit page: the leaders' statement on the Middle East, Sun 16 Jul 2006 (stated: "Saint Petersburg, 16 July
# 2006" and "Done at Saint Petersburg, 16 July 2006."). Windows-1252 + CRLF. Window: Olmert prime minister of Israel
# from 2006-04-14 (Siniora, Abbas earlier); Annan secretary-general until 2006-12-31. Wolfensohn is named as the
# Quartet's former envoy (not in input/data). Putin and Bush appear only in the site's press-centre box.
G["e95"] = dict(
    title="Statement on the Middle East",
    date="2006-07-16", explicit_date=True, window=["2006-04-14", "2006-12-31"],
    leaders_required=["kofi-annan", "fouad-siniora", "mahmoud-abbas", "ehud-olmert"],
    leaders_acceptable=["james-wolfensohn"],
    leaders_forbidden=["vladimir-putin", "george-w-bush"],  # only in "PRESS CENTRE – LATEST"
    topics_required=["middle-east"],
    topics_acceptable=["defence"],
    must_contain=["We deplore the loss of civilian life on all sides and the destruction of homes, roads, bridges and power stations in Lebanon, in Israel and in the Gaza Strip",
                  "In Lebanon, Hezbollah crossed the Blue Line, attacked Israel from Lebanese territory and killed and abducted Israeli soldiers",
                  "Those who commit these acts, and those who arm and shelter them, must not be allowed to plunge the Middle East into chaos.",
                  "Israel has the right to defend itself.",
                  "the release of the Palestinian ministers and members of the Legislative Council detained by Israel.",
                  "We support the mission sent to the region by the Secretary-General of the United Nations, Kofi Annan",
                  "We support the Government of Prime Minister Fouad Siniora in extending its authority over the whole of Lebanon\u2019s territory, and we will help it rebuild.",
                  "We take note of the stated readiness of Prime Minister Ehud Olmert to meet him.",
                  "We pay tribute to James Wolfensohn, the Quartet\u2019s former Special Envoy for Disengagement",
                  "are set out in the Annex to this statement."],
    must_not_contain=["\r", "G8 SUMMIT 2006 \u2013 SAINT PETERSBURG",
                      "Official website of the Russian Presidency of the Group of Eight",
                      "Home | The Presidency | Summit | Documents | Press Centre | Photo Gallery | Links",
                      "Russian version | English", "Search the site:",
                      "Home > Documents > Summit documents > Statement on the Middle East",
                      "Download: PDF (112 KB) | RTF (74 KB)",
                      "Translations: Fran\u00e7ais | Deutsch | Italiano | Espa\u00f1ol | Japanese (PDF)",
                      "Print version | Send to a friend | Subscribe to updates",
                      "Annex: Humanitarian assistance and reconstruction (PDF, 38 KB)",
                      "Back to Summit documents | Top of page", "PRESS CENTRE \u2013 LATEST",
                      "Vladimir Putin and George W. Bush hold talks at the Konstantinovsky Palace in Strelna",
                      "Accreditation office open until 22:00", "OTHER SUMMIT DOCUMENTS",
                      "\u00a9 2006 Russian G8 Presidency. All rights reserved.",
                      "Use of materials from this site requires a link"],
    headings=[])

# Think-tank newsletter e-mail (table layout) after the US leaves the INF Treaty on Fri 2 Aug 2019. Undated (issue
# number only); written after Morrison's remarks "on Monday" (5 Aug), taken as Tue 6 Aug 2019. Window: Esper defense
# secretary from 2019-07-23; Bolton national security adviser until 2019-09-10 (Pompeo, Stoltenberg, Morrison,
# Ryabkov, Trump, Putin, Lavrov looser). Reagan and Gorbachev signed the treaty in 1987 (not in input/data). Haley
# appears only in the event promotion, with her former post.
G["e96"] = dict(
    title="The INF Treaty is gone. Here is what comes next.",
    date="2019-08-06", explicit_date=False, window=["2019-07-23", "2019-09-10"],
    leaders_required=["mike-pompeo", "jens-stoltenberg", "mark-esper", "john-bolton", "donald-trump",
                      "scott-morrison", "sergei-ryabkov", "vladimir-putin", "sergey-lavrov"],
    leaders_acceptable=["ronald-reagan", "mikhail-gorbachev"],
    leaders_forbidden=["nikki-haley"],  # only in the UPCOMING EVENT box
    topics_required=["arms-control", "us-russia"],
    topics_acceptable=["nato", "indo-pacific", "us-china", "defence", "european-security"],
    must_contain=["On Friday the United States formally left the Intermediate-Range Nuclear Forces Treaty, six months after giving notice of withdrawal.",
                  "ground-launched missiles with ranges between 500 and 5,500 kilometres",
                  "Secretary of State Mike Pompeo said Russia was \u201csolely responsible\u201d for the treaty\u2019s demise.",
                  "Moscow says the missile\u2019s range is 480 kilometres",
                  "said the alliance had no intention of deploying new land-based nuclear missiles in Europe",
                  "European governments are relieved that no one is asking them to host new missiles this year. They are less sure about the year after.",
                  "Defense Secretary Mark Esper told reporters he would like to deploy ground-launched intermediate-range missiles in Asia \u201csooner rather than later\u201d",
                  "On Monday Prime Minister Scott Morrison said Australia had not been asked to take the missiles and was not considering it.",
                  "But the 9M729 is already in service, so the offer asks NATO to accept the deployment that caused the dispute.",
                  "in which the two largest nuclear powers will have fewer rules than at any time since the 1970s"],
    must_not_contain=["<table", "<img", "spacer.gif", "Having trouble reading this email?", "View in browser",
                      "Washington has left the 1987 treaty. Europe says no new missiles; Asia is not so sure.",
                      "The Halvorsen Institute\u2019s weekly briefing", "Issue No. 212", "Lead analysis",
                      "By Dr. Ingrid Solvang-Mercer, Director, Nuclear Order Program", "7 min read",
                      "FROM OUR EXPERTS", "New START after 2021: three scenarios", "Podcast, ep. 88",
                      "UPCOMING EVENT", "A conversation with former UN ambassador Nikki Haley", "RSVP",
                      "Forward to a friend", "Support our work", "You are receiving this email because you subscribed",
                      "Update your preferences", "unsubscribe from this list", "1820 K Street NW, Suite 400",
                      "Copyright \u00a9 2019 The Halvorsen Institute", "trk.halvorsen.example"],
    headings=["Europe: \u2018measured\u2019 and wary", "Asia: the real target?",
              "Moscow: a moratorium nobody believes"])

# Microfilm/OCR archive of a front page: Iran accepts Security Council resolution 598, reported Tue 19 Jul 1988 (stated
# in the archive line "Jul 19, 1988"; the dateline says "July 18" without a year). Windows-1252. Window (public record):
# Rafsanjani acting commander in chief from 1988-06-02; Reagan president until 1989-01-20. Khamenei is named as
# president (input/data: 1981-10-13 to 1989-08-16; his later office as supreme leader must not be used); Saddam
# (from 1979-07-16) is looser. Khomeini is the other ayatollah. Ortega appears only in an adjacent story fragment.
G["e97"] = dict(
    title="IRAN ACCEPTS U.N. CALL FOR TRUCE IN GULF WAR",
    date="1988-07-19", explicit_date=True, window=["1988-06-02", "1989-01-20"],
    leaders_required=["ali-khamenei", "saddam-hussein"],
    leaders_acceptable=["javier-perez-de-cuellar", "tariq-aziz", "akbar-hashemi-rafsanjani", "ruhollah-khomeini",
                        "ali-akbar-velayati", "ronald-reagan", "marlin-fitzwater"],
    leaders_forbidden=["daniel-ortega"],  # only in the neighbouring Managua story
    topics_required=["middle-east"],
    topics_acceptable=["energy", "defence"],
    must_contain=["raising the first real hope for an end to a conflict that has killed hundreds of thousands of people since September 1980.",
                  "The decision was conveyed in a letter from President Ali Khamenei to",
                  "he cited the downing on July 3 of an Iran Air jetliner by an American warship in the Persian Gulf, in which all 290 people aboard were killed.",
                  "The United States has said the crew of the cruiser Vincennes mistook the airliner for an attacking fighter.",
                  "said Iraq wanted direct negotiations with Iran before any truce took effect",
                  "President Saddam Hussein made no public comment.",
                  "the exchange of prisoners of war and the creation of an impartial body to inquire into responsibility for the conflict.",
                  "while Iran had insisted that Iraq first be named as the aggressor.",
                  "Since April, Iraqi forces have recaptured the Faw Peninsula",
                  "would judge Iran \"by its actions, not its words.\"",
                  "\"It will take observers, and patience, and a good deal of luck.\""],
    must_not_contain=["PressVault Historical Newspapers \u2014 Full Text (OCR)",
                      "Tbe Harbor City Trlbune (1921-1994); Jul 19, 1988; pg. Al",
                      "Source: microfilm reel HCT-1988-07B, frame 0412-0413", "Document type: Front Page Article",
                      "OCR confidence: 87%", "[ View page image ]", "By WALTER GREINER-MOSS", "Special to The Tribune",
                      "Ortega Defends Expulsion", "MANAGUA, Nicaragua, July 18 (AP)",
                      "Continued on Page A12, Column 1", "INSIDE: Business B1 | Sports C1", "Hazy and hot, high near 94.",
                      "35 CENTS", "[page break: pg. A12]", "Iran Accepts Truce Call", "Continued From Page A1",
                      "SUMMER CLEARANCE!", "FAIRHAVEN & SONS, 114 Ma1n St.",
                      "Reproduced with permission of the copyright holder.",
                      "PressVault is a service of Meridian Information Archives."],
    headings=["Iraq Is Wary"])

# English page of a Moscow business daily with Russian site chrome, UTF-8 BOM: the Minsk Protocol, Fri 5 Sep 2014
# (stated: "05.09.2014 19:52"). Window: Klimkin foreign minister from 2014-06-19 (Poroshenko from 2014-06-07 is
# looser); Turchynov speaker of the Verkhovna Rada until 2014-11-27 (Yatsenyuk until 2016-04-14 is looser). Names in
# Russian transliteration: Pyotr Poroshenko, Arseny Yatsenyuk, Alexander Turchinov, Pavel Klimkin. Kuchma is named as
# ex-president. Medvedev appears only in "Читайте также", Lukashenko only in Cyrillic "Читайте также" lines.
G["e98"] = dict(
    title="Kiev and Donbass militia sign ceasefire protocol in Minsk; guns to fall silent at 18:00",
    date="2014-09-05", explicit_date=True, window=["2014-06-19", "2014-11-27"],
    leaders_required=["petro-poroshenko", "vladimir-putin", "sergey-lavrov", "arseniy-yatsenyuk",
                      "oleksandr-turchynov", "pavlo-klimkin", "dmitry-peskov"],
    leaders_acceptable=["leonid-kuchma", "heidi-tagliavini", "mikhail-zurabov", "alexander-zakharchenko",
                        "igor-plotnitsky"],
    leaders_forbidden=["dmitry-medvedev", "alexander-lukashenko"],  # only in "Читайте также"
    topics_required=["ukraine"],
    topics_acceptable=["european-security", "sanctions", "nato"],
    must_contain=["signed a protocol in Minsk on Friday that provides for a ceasefire in eastern Ukraine from 18:00 local time",
                  "OSCE envoy Heidi Tagliavini, Russia's ambassador to Ukraine Mikhail Zurabov, and ex-president Leonid Kuchma, who represented Kiev.",
                  "Ukrainian President Pyotr Poroshenko, who was attending the NATO summit in Newport, Wales, ordered the General Staff to cease fire at 18:00.",
                  "The document follows closely the seven-point plan that President Vladimir Putin sketched on Wednesday aboard his plane on the way to Ulan Bator.",
                  "the release of all hostages and illegally detained persons",
                  "a programme for the economic recovery of Donbass and the delivery of humanitarian aid",
                  "Prime Minister Arseny Yatsenyuk, who had dismissed Putin's plan on Wednesday as an attempt to deceive the international community",
                  "Foreign Minister Pavel Klimkin, speaking in Newport, said Ukraine would insist on the return of control over the border.",
                  "Shelling was reported on the eastern outskirts of Mariupol",
                  "\"The document is weak on mechanisms and strong on intentions,\" said Yevgeny Lanskoy"],
    must_not_contain=["\ufeff", "ДЕЛОВОЙ ВЕСТНИК", "Главная | Политика | Экономика | В мире", "Поиск по сайту",
                      "Курсы ЦБ: USD 36,99", "Москва +14°C", "Главная / В мире / Украина", "05.09.2014 19:52",
                      "Обновлено: 06.09.2014 10:15", "Просмотров: 12480", "Anton Zhuravlyov, Minsk \u2013 Moscow",
                      "Поделиться: ВКонтакте | Одноклассники", "Читайте также:", "Лукашенко: Минск готов",
                      "Теги: Украина, Минск", "Medvedev: Russia could respond asymmetrically to new EU sanctions",
                      "Подписывайтесь на «Деловой вестник» в Telegram", "Комментарии (47)", "Все права защищены",
                      "delovoy-vestnik.example"],
    headings=[])

# Japanese foreign ministry page (provisional translation): Kishida and Yun announce the comfort-women agreement in
# Seoul, Mon 28 Dec 2015. Undated (the page shows no date; "the 50th anniversary of the normalization" is a clue, not a
# stamp). Window: Yun foreign minister from 2013-03-11 (Kishida, Abe from 2012-12-26 are looser); Park president until
# 2017-03-10. Yohei Kono is named as the then Chief Cabinet Secretary (not in input/data); Taro Kono and Li Keqiang
# appear only in Related Links.
G["e99"] = dict(
    title="Japan-Republic of Korea Foreign Ministers' Meeting",
    date="2015-12-28", explicit_date=False, window=["2013-03-11", "2017-03-10"],
    leaders_required=["fumio-kishida", "yun-byung-se", "shinzo-abe", "park-geun-hye"],
    leaders_acceptable=["yohei-kono", "kenji-kanasugi", "lee-sang-deok"],
    leaders_forbidden=["li-keqiang", "taro-kono"],  # only in Related Links
    topics_required=["indo-pacific"],
    topics_acceptable=["human-rights"],
    must_contain=["held a Japan-ROK Foreign Ministers' Meeting with Mr. Yun Byung-se, Minister of Foreign Affairs of the ROK",
                  "in the year marking the 50th anniversary of the normalization of diplomatic relations",
                  "he had come to Seoul on the instruction of Prime Minister Shinzo Abe",
                  "deeply hurt the honor and dignity of a great many women",
                  "will provide approximately one billion yen in a single contribution from the national budget to a foundation",
                  "the Government of Japan confirms through this announcement that the issue is resolved finally and irreversibly",
                  "about the statue in front of the Embassy of Japan in Seoul with regard to the peace and dignity of the diplomatic mission",
                  "will refrain from accusing or criticizing each other over the issue in the international community, including at the United Nations.",
                  "had upheld the statement issued in 1993 by the then Chief Cabinet Secretary Yohei Kono",
                  "In the evening, Prime Minister Abe and President Park Geun-hye held a telephone talk"],
    must_not_contain=["<div", "<script", "Skip to main content", "Sitemap", "Contact Us",
                      "Press Releases & Conferences", "Home > Countries & Regions > Asia > Republic of Korea",
                      "(Provisional translation)", "(Note) This is a provisional translation prepared for reference purposes.",
                      "Only the original Japanese text is authentic.", "Tweet", "Related Links",
                      "Japan-China-ROK Trilateral Summit (Prime Minister Abe, Premier Li Keqiang and President Park)",
                      "Statement by Foreign Minister Taro Kono on the Reconciliation and Healing Foundation",
                      "Was this page helpful?", "Back to Japan-Republic of Korea Relations", "Page Top", "Site Policy",
                      "2-2-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-8919", "Copyright \u00a9 Ministry of Foreign Affairs of Japan"],
    headings=["1. Opening remarks", "2. The issue of comfort women", "3. Other issues"])

# Magazine long read in Markdown: Powell's presentation to the Security Council (5 Feb 2003) and the weeks after,
# written after the inspectors' report (14 Feb) and the marches (15 Feb), before the war; undated, taken as Thu 20 Feb
# 2003. Window: de Villepin foreign minister from 2002-05-07 (Powell, Straw, Fischer, Negroponte, Tenet earlier); Tang
# Jiaxuan foreign minister until 2003-03-17. Powell is also named with his former post; Blix with his; Benn as a
# former minister (neither in input/data). Joschka Fischer is the only Fischer, Igor the only Ivanov, Colin and his
# son Michael the only Powells; Schröder appears only in "More from this issue".
G["e100"] = dict(
    title="The Case in the Council",
    date="2003-02-20", explicit_date=False, window=["2002-05-07", "2003-03-17"],
    leaders_required=["colin-powell", "george-tenet", "joschka-fischer", "john-negroponte", "dominique-de-villepin",
                      "igor-ivanov", "tang-jiaxuan", "jack-straw", "mohamed-elbaradei", "george-w-bush",
                      "jacques-chirac", "saddam-hussein"],
    leaders_acceptable=["hans-blix", "michael-powell", "tony-benn", "mohammed-aldouri"],
    leaders_forbidden=["gerhard-schroder",  # only in "More from this issue"
                       "heinz-fischer", "jan-fischer", "sergei-ivanov"],  # namesakes never named
    topics_required=["middle-east", "arms-control"],
    topics_acceptable=["defence", "european-security"],
    must_contain=["night before he went to New York, Colin Powell was still cutting.",
                  "striking out every claim that the analysts could not trace to a source",
                  "the former Chairman of the Joint Chiefs of Staff who had warned against open-ended wars",
                  "Joschka Fischer, Germany's foreign minister, held the council's rotating presidency and opened the session",
                  "He showed satellite photographs of bunkers at Taji",
                  "And he held up a small vial, the kind that might contain a teaspoon of anthrax, to show how little it would take.",
                  "Only Jack Straw, the British foreign secretary, spoke as if the argument had been won.",
                  "Hans Blix, a former Swedish foreign minister who now leads the UN's weapons inspectors",
                  "more people marched against the war than had ever marched against anything on a single day.",
                  "The council had been shown pictures. It had not been shown proof."],
    must_not_contain=["[The Longitude Review](https://longitude.example/)", "FEATURES / THE ROAD TO BAGHDAD",
                      "Eleanor Marchetti-Hayes", "Listen to this article \u00b7 21 min", "Gift this article",
                      "Photograph: Rolf Anders Kvale for The Longitude Review",
                      "https://img.longitude.example/2003/powell-council.jpg",
                      "is a contributing writer at The Longitude Review",
                      "This article appeared in the print edition under the headline", "More from this issue",
                      "Schr\u00f6der's lonely no",
                      "The new Europeans: why Warsaw and Bucharest sided with Washington",
                      "Subscribe from $1 a week", "\u00a9 The Longitude Review", "* * *", "\u25c6"],
    headings=[])
