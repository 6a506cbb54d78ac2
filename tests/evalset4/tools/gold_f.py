"""Gold entries e71-e80 for tests/evalset4 (merged into gold.json by merge_gold.py). Each entry carries a comment on
how its date window was derived: terms of office of people named with their posts, as recorded in input/data where
the knowledge base holds the office, otherwise as the public record has them (said so in the comment). Open-ended
terms end at their scheduled end. People the knowledge base does not hold appear, if at all, as slugs in
leaders_acceptable (named in the text) or leaders_forbidden (named only in chrome)."""

G = {}

# NATO summit in The Hague (24-25 Jun 2025), LinkedIn post seen "2mo" later: no headline, undated. Written after the
# summit and before October ("NATO Secretary General since last October"); taken as Fri 4 Jul 2025.
# Window: Merz chancellor from 2025-05-06 (Rutte secretary general from 2024-10-01 is looser); Schoof prime minister of
# the Netherlands until 2026-02-23 as input/data records it. Rutte's premiership is named as a former post only.
G["e71"] = dict(
    title=None,
    date="2025-07-04", explicit_date=False, window=["2025-05-06", "2026-02-23"],
    leaders_required=["donald-trump", "mark-rutte", "pedro-sanchez", "dick-schoof", "willem-alexander",
                      "volodymyr-zelensky", "friedrich-merz", "keir-starmer", "recep-tayyip-erdogan"],
    leaders_acceptable=[],
    leaders_forbidden=["giorgia-meloni"],  # only in "Others also viewed"
    topics_required=["nato", "defence"],
    topics_acceptable=["european-security", "ukraine", "middle-east", "us-russia"],
    must_contain=["I have never seen one as short, or as tightly choreographed, as the one my own city hosted in June.",
                  "Allies committed to spend 5% of GDP a year on defence and security by 2035.",
                  "and the whole trajectory will be reviewed in 2029",
                  "The Hague Summit Declaration runs to five paragraphs on a single page.",
                  "That brevity was deliberate: the less text there was, the less there was for anyone to walk away from.",
                  "earned both the credit and the jokes for keeping it that way",
                  "Sánchez is the outlier for now; the question is who quietly follows him in 2029.",
                  "King Willem-Alexander hosted the leaders' dinner at Huis ten Bosch",
                  "whether the 1.5% becomes genuine resilience spending or a label stuck on old budget lines",
                  "See you in Türkiye next year, where President Recep Tayyip Erdoğan will host."],
    must_not_contain=["Skip to main content", "Try Premium for €0", "Notifications 3", "Pieter-Jan Verhoef • 2nd",
                      "NATO summit task force alumnus", "2mo • Edited", "+ Follow", "…see more", "#NATOSummit",
                      "Ingrid Mulder and 1,481 others", "214 comments • 96 reposts", "Most relevant ▾",
                      "Half of Europe will reclassify bridges as defence by Christmas.",
                      "Like · Reply · 34 Reactions", "Load more comments", "More from this author",
                      "Meloni's balancing act after The Hague", "Ad Choices", "LinkedIn Corporation © 2025"],
    headings=[])

# New START signed in Prague, Thu 8 Apr 2010 (stated as "Thursday, April 8th, 2010"; the browser's print stamp
# "4/8/10" agrees). Window: Jan Fischer Czech prime minister from 2009-05-08 until 2010-07-13 (Clinton secretary of
# state from 2009-01-21 is looser). Klaus's time as prime minister is named only as a former post (not in input/data).
G["e72"] = dict(
    title="Obama and Medvedev sign treaty cutting strategic arsenals",
    date="2010-04-08", explicit_date=True, window=["2009-05-08", "2010-07-13"],
    leaders_required=["barack-obama", "dmitry-medvedev", "vaclav-klaus", "sergey-lavrov", "hillary-clinton",
                      "jan-fischer"],
    leaders_acceptable=[],
    leaders_forbidden=["hamid-karzai", "bill-clinton"],  # only in "More world news"; Hillary is the only Clinton
    topics_required=["arms-control", "us-russia"],
    topics_acceptable=["nato", "european-security", "defence"],
    must_contain=["signed a treaty on Thursday that commits their countries to the deepest cuts in strategic nuclear weapons in nearly two decades",
                  "an economist who was prime minister when Czechoslovakia split in two",
                  "each country may deploy no more than 1,550 strategic warheads, about 30 percent below the ceiling set by the 2002 Moscow Treaty",
                  "for four months neither side has had inspectors on the other's bases",
                  "which means that Obama needs the votes of at least eight Republicans",
                  "many of whom fear that the warming between Washington and Moscow will come at their expense",
                  "Czech Prime Minister Jan Fischer, who heads a caretaker government until elections at the end of May, was among the guests.",
                  "The numbers matter less than the fact that the inspectors go back in,",
                  "Missile defense dispute", "Ratification battle"],
    must_not_contain=["4/8/10 3:52 PM", "Obama and Medvedev sign arms treaty in Prague - The Capital Ledger",
                      "PRINTER-FRIENDLY VERSION", "[Print this page]", "[Close window]", "ALPINE TRUST PRIVATE BANKING",
                      "Capital Ledger Staff Writers", "Page 1 of 2", "Page 2 of 2",
                      "http://www.capitalledger.example/wp-dyn/content/article/2010/04/08/AR2010040800412_pf.html",
                      "Staff writer Gerald Muncy in Washington contributed to this report.",
                      "MORE WORLD NEWS ON CAPITALLEDGER.EXAMPLE", "Karzai remarks strain ties with Washington",
                      "Bill Clinton urges faster Haiti rebuilding", "Printed from The Capital Ledger",
                      "Republication or redistribution of Capital Ledger content", "Links referenced in this article:",
                      "[1] http://www.capitalledger.example/world/nuclear-posture-review"],
    headings=["Missile defense dispute", "Ratification battle"])

# Putin signs the treaty absorbing Crimea, Tue 18 Mar 2014 (stated: "18 March 2014 Last updated at 17:42 GMT"). HTML
# video page. Window: Yatsenyuk prime minister from 2014-02-27; Turchynov acting president until 2014-06-07 (Hague
# foreign secretary until 2014-07-14 is looser). Biden is named as vice-president: his presidency must not be used.
# "The Hague" is a city, William Hague a minister.
G["e73"] = dict(
    title="Crimea crisis: Putin signs treaty to take peninsula into Russia",
    date="2014-03-18", explicit_date=True, window=["2014-02-27", "2014-06-07"],
    leaders_required=["vladimir-putin", "joe-biden", "barack-obama", "william-hague", "angela-merkel",
                      "arseniy-yatsenyuk", "oleksandr-turchynov"],
    leaders_acceptable=["sergei-aksyonov", "vladimir-konstantinov", "alexei-chaly"],  # Crimean signatories
    leaders_forbidden=["viktor-yanukovych"],  # only in "More on this story"
    topics_required=["ukraine"],
    topics_acceptable=["us-russia", "european-security", "nato", "sanctions", "defence"],
    must_contain=["Russian President Vladimir Putin has signed a treaty to absorb Crimea into the Russian Federation",
                  "two days after a referendum in which officials said 96.77% of voters had backed joining Russia",
                  "Mr Putin said the West had \"crossed the line\" in Ukraine",
                  "called the move \"nothing more than a land grab\"",
                  "the UK was suspending all bilateral military co-operation with Russia and halting export licences for military equipment",
                  "the first such death since pro-Russian forces took control of the peninsula",
                  "The speech was interrupted repeatedly by standing ovations.",
                  "but he has ruled out military action to retake the peninsula",
                  "West condemns \u2018land grab\u2019", "Soldier killed in Simferopol"],
    must_not_contain=["<p", "<div", "&#8217;", "&quot;", "BNS Homepage", "Skip to content", "Share this page",
                      "Last updated at", "Media playback is unsupported on your device", "Media caption",
                      "Image copyright Reuters", "Image caption",
                      "Tens of thousands of people gathered near Red Square", "Our correspondent in Simferopol",
                      "About sharing", "More on this story", "Ousted Yanukovych speaks again from Rostov-on-Don",
                      "The BNS is not responsible for the content of external Internet sites",
                      "Missing jet: search area widened", "Read about our approach to external linking."],
    headings=["West condemns \u2018land grab\u2019", "Soldier killed in Simferopol"])

# ICJ order on provisional measures in Ukraine v. Russian Federation, Wed 16 Mar 2022 (stated: "Date of decision:
# 16.III.2022" and "posted 16/03/2022"). Window: Kuleba foreign minister from 2020-03-04 until 2024-09-05 (Zelensky
# from 2019-05-20 is looser). The judges hold no office in input/data at the time; Salam's later ICJ presidency and
# Lebanese premiership must not be used.
G["e74"] = dict(
    title="Allegations of Genocide (Ukraine v. Russian Federation): the Court orders Russia to suspend its military operations",
    date="2022-03-16", explicit_date=True, window=["2020-03-04", "2024-09-05"],
    leaders_required=["vladimir-putin", "volodymyr-zelensky", "dmytro-kuleba"],
    leaders_acceptable=["joan-donoghue", "kirill-gevorgian", "xue-hanqin", "nawaf-salam"],  # judges of the Court
    leaders_forbidden=["aung-san-suu-kyi",  # only in "Related case notes"
                       "tammam-salam"],     # the judge is Nawaf Salam
    topics_required=["ukraine"],
    topics_acceptable=["human-rights", "european-security"],
    must_contain=["It found prima facie jurisdiction under Article IX of the Genocide Convention",
                  "Ukraine contends that Russia falsely claimed that acts of genocide were being committed in the Luhansk and Donetsk oblasts",
                  "The Russian Federation did not appear.",
                  "in which President Vladimir Putin said that the purpose of the operation was to protect people",
                  "it is not in possession of evidence substantiating Russia's allegation that genocide has been committed on Ukrainian territory",
                  "the Russian Federation shall immediately suspend the military operations that it commenced on 24 February 2022 in the territory of Ukraine",
                  "Voting against the first two measures were Vice-President Gevorgian and Judge Xue.",
                  "Foreign Minister Dmytro Kuleba said the decision was binding under international law",
                  "the Court has indicated that a state cannot invoke the Genocide Convention as a licence for war",
                  "The measures ordered"],
    must_not_contain=["LEXBRIEF · International Law Digest", "Home › Case notes › International Court of Justice",
                      "Log in | Subscribe | Case alerts", "Note by Dr. Annelies Voskuijlen",
                      "posted 16/03/2022, 21:40 CET", "Reading time: 7 min", "Download PDF (subscribers only)",
                      "Cite this note", "Keywords: provisional measures", "Cite as: A. Voskuijlen",
                      "Related case notes", "Aung San Suu Kyi defends Myanmar", "Georgia v. Russia (II)",
                      "Get case alerts by e-mail", "© 2022 LexBrief B.V.", "Terms of use | Privacy"],
    headings=["Headnote", "Facts and procedure", "Jurisdiction prima facie", "Plausibility of the rights claimed",
              "Irreparable prejudice and urgency", "The measures ordered", "Reactions", "Comment"])

# Trump-Kim summit in Hanoi collapses, Thu 28 Feb 2019; YouTube page "Streamed live 6 years ago", undated.
# Window: Nguyen Phu Trong president of Vietnam from 2018-10-23 (Pompeo secretary of state from 2018-04-26 is
# looser); Bolton national security adviser until 2019-09-10. Choe Son Hui is named as vice foreign minister: her
# later foreign ministry (2022) must not be used.
G["e75"] = dict(
    title="Why the Hanoi summit collapsed: Trump walks away from Kim",
    date="2019-02-28", explicit_date=False, window=["2018-10-23", "2019-09-10"],
    leaders_required=["donald-trump", "kim-jong-un", "mike-pompeo", "john-bolton", "nguyen-phu-trong"],
    leaders_acceptable=["ri-yong-ho", "choe-son-hui", "kim-yong-chol", "kim-hyok-chol", "stephen-biegun"],
    leaders_forbidden=["moon-jae-in",   # only in "Up next"
                       "kim-yong-nam"],  # namesake of Kim Yong Chol
    topics_required=["arms-control"],
    topics_acceptable=["sanctions", "indo-pacific", "defence"],
    must_contain=["ended abruptly in Hanoi on Thursday without an agreement",
                  "A planned working lunch was cancelled, and a signing ceremony for a joint statement was scrapped.",
                  "\"Sometimes you have to walk,\" he said.",
                  "had asked only for the lifting of five of the eleven UN sanctions resolutions",
                  "all nuclear material production facilities at Yongbyon in the presence of American experts",
                  "said that Kim might lose his will to pursue a deal",
                  "the former intelligence chief who led the preparations for both summits",
                  "crossing into Vietnam at Dong Dang on Tuesday",
                  "watched Vietnamese airlines sign orders for Boeing jets",
                  "the gap on sequencing, sanctions first or disarmament first, has not narrowed since Singapore"],
    must_not_contain=["Skip navigation", "1.84M subscribers", "2,481,907 views", "Streamed live 6 years ago",
                      "#NorthKorea #Trump #KimJongUn", "Chapters", "6:40 Trump's press conference",
                      "Twitter: @MeridianWorld", "Download the Meridian app", "Show less",
                      "Follow along using the transcript.", "4,312 Comments", "@hwangtaeho_88",
                      "No deal is better than a bad deal.", "86 replies", "Autoplay",
                      "Moon Jae-in and Kim Jong Un at Panmunjom", "603K views • 6 years ago"],
    headings=[])

# US eases Venezuela oil sanctions after the Barbados agreement, Wed 18 Oct 2023 (stated in Spanish: "miércoles, 18
# de octubre de 2023"). Machine-translated page with a UTF-8 BOM. Window: Blinken secretary of state from 2021-01-26
# until 2025-01-20 (Delcy Rodríguez vice-president from 2018-06-14 is looser). Rubio is named as a senator: his 2025
# offices must not be used. Jorge and Delcy Rodríguez are siblings; Bruno Rodríguez Parrilla is only in the chrome.
G["e76"] = dict(
    title="United States relaxes oil sanctions to Venezuela after the electoral agreement in Barbados",
    date="2023-10-18", explicit_date=True, window=["2021-01-26", "2025-01-20"],
    leaders_required=["nicolas-maduro", "antony-blinken", "delcy-rodriguez"],
    leaders_acceptable=["jorge-rodriguez", "gerardo-blyde", "maria-corina-machado", "marco-rubio"],
    leaders_forbidden=["bruno-rodriguez-parrilla"],  # only in "Te puede interesar"
    topics_required=["sanctions", "energy"],
    topics_acceptable=["human-rights"],
    must_contain=["announced this Wednesday a temporary relief of the sanctions on the Venezuelan oil, gas and gold sectors",
                  "issued the General License 44, which authorizes during six months the transactions related with the operations of oil and gas in Venezuela",
                  "Washington set the end of November as the deadline",
                  "establishes that the presidential election will be celebrated in the second semester of 2024",
                  "The negotiation was facilitated by Norway, which accompanies the process since 2021.",
                  "among them the journalist Roland Carreño and the former deputy Juan Requesens",
                  "Vice President Delcy Rodríguez, sister of the chief negotiator",
                  "The six months are too short for big investments, but enough for the sale of crude to more buyers and with less discount,",
                  "What the agreement says", "The disqualification of Machado"],
    must_not_contain=["\ufeff", "Inicio | Política | Economía", "ES | EN", "Suscríbete   Iniciar sesión",
                      "Economía › Petróleo", "Traducción automática",
                      "Este artículo fue traducido automáticamente del español", "Ver original en español",
                      "Report a translation error", "Por Mariela Quintero Salas", "miércoles, 18 de octubre de 2023",
                      "Compartir: Facebook | X | WhatsApp", "Publicidad", "Lee también:",
                      "Síguenos en Google Noticias", "Únete a nuestro canal de Telegram", "Etiquetas:",
                      "Bruno Rodríguez Parrilla denuncia el bloqueo", "Comentarios (38)", "© 2023 El Observador Andino"],
    headings=["What the agreement says", "The disqualification of Machado"])

# Budapest Memorandum and Ukraine's NPT accession, Mon 5 Dec 1994; 1990s archive page in Windows-1252 with CRLF, the
# headline only in <title>, undated (the visitor counter's "since January 1, 1995" is not a date of the article).
# Window: Lukashenko president of Belarus from 1994-07-20 (Kuchma from 1994-07-19); Kozyrev Russian foreign minister
# until 1996-01-05 (public record; not in input/data). Kravchuk is named as former president. Yeltsin, Major,
# Kravchuk, Kozyrev and Christopher are not in the knowledge base.
G["e77"] = dict(
    title="Ukraine Trades Warheads for Assurances From Three Powers",
    date="1994-12-05", explicit_date=False, window=["1994-07-20", "1996-01-05"],
    leaders_required=["leonid-kuchma", "bill-clinton", "alexander-lukashenko", "nursultan-nazarbayev"],
    leaders_acceptable=["boris-yeltsin", "john-major", "leonid-kravchuk", "andrei-kozyrev", "warren-christopher"],
    leaders_forbidden=[],
    topics_required=["arms-control", "ukraine"],
    topics_acceptable=["nato", "european-security", "us-russia"],
    must_contain=["Ukraine formally joined the Nuclear Non-Proliferation Treaty on Monday as a state without nuclear weapons",
                  "signed a memorandum on security assurances with President Bill Clinton, Russian President Boris Yeltsin and British Prime Minister John Major",
                  "and to refrain from the threat or use of force against its territorial integrity or political independence",
                  "The memorandum is not a treaty, and it does not commit any of the signatories to come to Ukraine\u2019s defense.",
                  "Washington and London would offer only \u201cassurances\u201d, a word chosen with care.",
                  "France and China, the other two declared nuclear powers, gave Ukraine assurances of their own in separate statements.",
                  "the law would take effect only once the nuclear powers had given Ukraine formal assurances of its security",
                  "The exchange of documents also brought into force the first Strategic Arms Reduction Treaty, signed in 1991",
                  "Yeltsin warned that Europe risked sliding from the Cold War into a \u201ccold peace\u201d",
                  "The question is what the piece of paper will be worth in twenty years."],
    must_not_contain=["<P>", "<FONT", "<CENTER>", "- Arms Control Wire Archive", "[ARMS CONTROL WIRE ARCHIVE]",
                      "Mail the Editor", "Get the wire by e-mail", "Archive copy maintained by the Nuclear Policy Project",
                      "By Rachel Emberton", "Distributed by Arms Control Wire. Copyright 1994.",
                      "Back to the December 1994 index", "Next story: Kazakh uranium flown to Oak Ridge",
                      "You are visitor number 004217", "best viewed with Netscape Navigator",
                      "Text-only version available.", "webmaster@acwire.example"],
    headings=[])

# First Russia-Africa summit in Sochi; Nigerian regional daily, "Published 24th October, 2019" (stated; the
# masthead's "Friday, October 25, 2019" is the day the page was viewed). Window: el-Sisi chairman of the African Union
# from 2019-02-10 until 2020-02-09 (public record; input/data holds only his presidency). Abiy prime minister from
# 2018-04-02 and Ramaphosa president from 2018-02-15 are looser.
G["e78"] = dict(
    title="Sochi summit: Buhari, Putin discuss Ajaokuta, arms as Russia courts Africa",
    date="2019-10-24", explicit_date=True, window=["2019-02-10", "2020-02-09"],
    leaders_required=["muhammadu-buhari", "vladimir-putin", "abdel-fattah-el-sisi", "abiy-ahmed", "cyril-ramaphosa",
                      "moussa-faki"],
    leaders_acceptable=["garba-shehu", "geoffrey-onyeama"],  # presidential spokesman; foreign minister
    leaders_forbidden=["goodluck-jonathan", "atiku-abubakar"],  # only in "Trending"
    topics_required=["defence"],
    topics_acceptable=["energy"],
    must_contain=["held talks with Russian President Vladimir Putin on the sidelines of the first Russia\u2013Africa Summit in the Black Sea resort of Sochi",
                  "which was built with Soviet assistance from the late 1970s but has never produced steel at full capacity",
                  "brought together delegations from all 54 African countries, 43 of them led by heads of state or government",
                  "Putin said Russia had written off more than $20 billion of African debt",
                  "Russia accounted for almost half of all arms deliveries to Africa between 2014 and 2018",
                  "agreed to resume the work of the technical committee on the Grand Ethiopian Renaissance Dam",
                  "a declaration establishing a Russia\u2013Africa Partnership Forum, under which leaders are to meet every three years",
                  "\"Ajaokuta has been revived on paper many times.",
                  "Dam talks on the sidelines", "What Nigeria gains"],
    must_not_contain=["Kaduna's Independent Daily Since 1987", "Friday, October 25, 2019",
                      "E-Paper | Subscribe | Advertise With Us", "BREAKING: NLC, FG resume talks",
                      "Join our WhatsApp Channel", "News › World", "By Aminu Dikko, with agency reports",
                      "Published 24th October, 2019 | 11:48 pm", "Share: Facebook  Twitter  WhatsApp",
                      "PHOTO: President Muhammadu Buhari and President Vladimir Putin during their bilateral meeting",
                      "Photo: State House", "ALSO READ: Kaduna Assembly receives",
                      "Join The Northern Star WhatsApp group", "Tags: Buhari, Putin", "FG to sign rail deal",
                      "Trending", "Atiku's appeal", "Jonathan visits Bayelsa", "Read today's E-Paper", "Leave a Reply"],
    headings=["Dam talks on the sidelines", "What Nigeria gains"])

# Crimean Bridge blast (Sat 8 Oct 2022) and Russia's missile strikes of Mon 10 Oct 2022; Telegram channel preview
# whose day separators carry no year ("October 8", "October 10"), undated; the post is of the Monday evening.
# Window: Truss prime minister from 2022-09-06 until 2022-10-25 (Biden president until 2025-01-20 is looser).
G["e79"] = dict(
    title="Kerch bridge blast and Moscow's answer: what we know",
    date="2022-10-10", explicit_date=False, window=["2022-09-06", "2022-10-25"],
    leaders_required=["vladimir-putin", "volodymyr-zelensky", "alexander-lukashenko", "joe-biden", "liz-truss"],
    leaders_acceptable=["mykhailo-podolyak", "marat-khusnullin", "sergei-aksyonov", "sergei-surovikin",
                        "alexander-bastrykin"],
    leaders_forbidden=["dmytro-kuleba"],  # only in the pinned message
    topics_required=["ukraine"],
    topics_acceptable=["defence", "energy", "european-security", "us-russia"],
    must_contain=["a powerful explosion on the road section of the Crimean Bridge over the Kerch Strait",
                  "the blast set fire to seven fuel tank cars on a train heading for the peninsula",
                  "he opened the road section in 2018 by driving a truck across it himself",
                  "Presidential adviser Mykhailo Podolyak called it \"the beginning\"",
                  "as commander of all its troops in Ukraine",
                  "called the blast a terrorist act planned by Ukraine's special services",
                  "Ukraine's military says 84 cruise missiles and 24 drones were launched",
                  "a missile left a crater beside a children's playground in Shevchenko Park",
                  "had agreed to deploy a joint regional grouping of forces",
                  "But the campaign against Ukraine's energy system is now in the open, and winter is six weeks away."],
    must_not_contain=["Frontline Digest 🇺🇦", "214K subscribers", "Independent English-language digest of the war.",
                      "Preview channel", "View in Telegram", "You can view and join @frontline_digest_en right away.",
                      "📌 Pinned message", "Read our interview with Dmytro Kuleba", "👁 188.4K", "edited  21:14",
                      "👍 2.1K", "(1/2) ⬇️", "#Crimea #Kyiv #Ukraine", "Subscribe ➡️ @frontline_digest_en",
                      "💬 Leave a comment", "Sponsored", "Learn English with native tutors", "Load more",
                      "Scroll to bottom"],
    headings=[])

# Libya renounces weapons of mass destruction (announced Fri 19 Dec 2003); morning brief of "Sat 20-Dec-2003"
# (stated), forwarded twice with nested quote markers, CRLF; the outer forward is dated 22 Dec. No headline: a
# digest of three items. Window: Straw foreign secretary from 2001-06-08 (Bush from 2001-01-20, Blair from
# 1997-05-02); Powell secretary of state until 2005-01-26. Salehi is named as ambassador to the IAEA: his later
# offices must not be used.
G["e80"] = dict(
    title=None,
    date="2003-12-20", explicit_date=True, window=["2001-06-08", "2005-01-26"],
    leaders_required=["george-w-bush", "tony-blair", "muammar-gaddafi", "colin-powell", "jack-straw",
                      "mohamed-elbaradei"],
    leaders_acceptable=["abdel-rahman-shalgam", "musa-kusa", "saif-al-islam-gaddafi", "ali-akbar-salehi",
                        "saddam-hussein"],  # former president, captured
    leaders_forbidden=["donald-rumsfeld"],  # only in the forwarder's note
    topics_required=["arms-control"],
    topics_acceptable=["middle-east", "sanctions", "nato"],
    must_contain=["The announcement came on Friday evening from three capitals",
                  "Abdel-Rahman Shalgam read a statement on state television",
                  "What Libya has promised:",
                  "to keep its ballistic missiles within a range of 300 km;",
                  "found to be carrying centrifuge parts, a seizure that officials",
                  "Mohamed ElBaradei, the director general of the IAEA, said he",
                  "responsibility for the 1988 Lockerbie bombing and its promise",
                  "\"Both stories can be true,\"",
                  "LIBYA AGREES TO SCRAP ITS WEAPONS PROGRAMMES", "IRAN SIGNS THE ADDITIONAL PROTOCOL"],
    must_not_contain=["From: Margaret Hollis", "Subject: FW: FW: Morning Brief", "Date: Mon, 22 Dec 2003 08:41:17 -0500",
                      "X-Mailer: Microsoft Outlook", "I suspect Rumsfeld will claim this one", "-----Original Message-----",
                      "[mailto:draman@ridgeview-consult.example]", "Sent: Saturday, December 20, 2003 11:02 AM",
                      "best summary of the Libya story I have seen so far", "Sent from my BlackBerry Wireless Handheld",
                      "CONFIDENTIALITY NOTICE", "> >", "TRANSATLANTIC MORNING BRIEF", "To change your delivery options",
                      "IN TODAY'S BRIEF", "This brief is supported by Kestrel Risk Advisory.", "Political risk, mapped.",
                      "Reply to this e-mail to reach the editors.", "Unsubscribe: tmb-news.example/unsubscribe",
                      "(c) 2003 TMB News Ltd"],
    headings=["LIBYA AGREES TO SCRAP ITS WEAPONS PROGRAMMES", "IRAN SIGNS THE ADDITIONAL PROTOCOL", "IN BRIEF"])
