"""Gold for e81-e90 (merged into gold.json by merge_gold.py). Each entry carries a comment on how its date window was
derived: terms of office (input/data) of people named with their posts, nothing else. A person named with a former
post only says the article is later than that term's end. Open-ended terms end at their scheduled end. People the
knowledge base does not hold appear, if at all, as slugs in leaders_acceptable (named in the text) or
leaders_forbidden (named only in chrome); so do people it holds who are named only with a past office, with none that
it records, or with no office at all."""

G = {}

# Mastodon thread page (HTML): a reporter's nine-post thread on Finland joining NATO, each post behind a content
# warning ("CW: … Show more"), with boosts/favourites counters, replies from other instances and the instance's
# trending sidebar and footer. No headline (the <title> is the server's "Name: "first words…" - Server"). The posts'
# <time> stamps read "Apr 4, 2023, 15:31" (stated). Window: Kristersson prime minister from 2022-10-18 (Blinken,
# Niinisto, Marin, Haavisto, Stoltenberg, Erdogan, Peskov earlier); Cavusoglu foreign minister until 2023-06-04.
# Orpo is named as a party leader and Stubb as a former prime minister; Putin is named without an office. Orban is
# named only in a reply, Zelensky and Duda only in the trending sidebar.
G["e81"] = dict(
    title=None,
    date="2023-04-04", explicit_date=True, window=["2022-10-18", "2023-06-04"],
    leaders_required=["sauli-niinisto", "sanna-marin", "pekka-haavisto", "jens-stoltenberg", "antony-blinken",
                      "recep-tayyip-erdogan", "mevlut-cavusoglu", "ulf-kristersson", "dmitry-peskov"],
    leaders_acceptable=["vladimir-putin", "petteri-orpo", "alexander-stubb"],
    leaders_forbidden=["viktor-orban",  # only in a reply
                       "volodymyr-zelensky", "andrzej-duda",  # only in "Trending now"
                       "donald-trump",  # only a trending hashtag
                       "lena-harkko"],
    topics_required=["nato"],
    topics_acceptable=["european-security", "defence", "us-russia", "ukraine"],
    must_contain=["Finland became the 31st member of NATO this afternoon.",
                  "Foreign Minister Pekka Haavisto handed Finland's instrument of accession to US Secretary of State Antony Blinken",
                  "Blinken joked that this was perhaps the one thing the alliance could thank Vladimir Putin for.",
                  "raised the blue cross on white between the flags of Estonia and France",
                  "the era of military non-alignment in Finland's history had ended, and a new era was beginning",
                  "Marin stays in office until a new coalition is formed, which could take weeks, and she came to Brussels anyway.",
                  "Hungary's parliament ratified Finland's accession on 27 March.",
                  "Turkish Foreign Minister Mevlüt Çavuşoğlu was in the front row today",
                  "said Russia would take countermeasures in its west and north-west",
                  "Finland's land border with Russia runs for about 1,340 kilometres.",
                  "What changes on the map is immediate."],
    must_not_contain=["Nordic Press Social", "Search or paste URL", "Sign in to follow profiles", "Create account",
                      "@lenaharkko@nordicpress.social.example", "CW: Finland / NATO, long thread", "Show more",
                      "Ivory for iOS", "412 boosts", "988 favourites", "🧵 1/9", "/end 9/9", "Boosted by",
                      "best summary I have read today", "Orbán will keep Sweden waiting", "Please add alt text",
                      "Load more replies", "Trending now", "Zelensky arrives in Warsaw", "#TrumpIndictment",
                      "Keyboard shortcuts", "View source code", "one of the many independent Mastodon servers",
                      "To use the Mastodon web application"],
    headings=[])

# Suggesting-mode export of a newsroom draft (UTF-8 BOM, CRLF): document header with the count of open suggestions,
# slug/desk/words/status lines, HED:/DEK: labels, inline suggestions as [[+ … +]] and [[- … -]], comment anchors
# [a]…[e], a note to the desk, ENDS and the comment thread at the end. Written Tue 14 July 2015 ("on Tuesday"; no
# date anywhere). Window: Mogherini EU high representative from 2014-11-01 (Hammond foreign secretary from
# 2014-07-15, Steinmeier, Zarif, Rouhani, Salehi at the atomic agency, Kerry, Fabius, Lavrov, Wang Yi, Obama, Biden,
# Netanyahu, Khamenei earlier); Fabius foreign minister until 2016-02-11. Hillary Clinton is named with her former
# post (then "Clinton": not Bill Clinton); Moniz is not in the knowledge base. Catherine Ashton is named only in an
# editor's comment; the reporters and editors are not leaders.
G["e82"] = dict(
    title="Iran and world powers reach nuclear deal in Vienna",
    date="2015-07-14", explicit_date=False, window=["2014-11-01", "2016-02-11"],
    leaders_required=["federica-mogherini", "mohammad-javad-zarif", "john-kerry", "sergey-lavrov", "wang-yi",
                      "laurent-fabius", "philip-hammond", "frank-walter-steinmeier", "ali-akbar-salehi",
                      "hassan-rouhani", "barack-obama", "joe-biden", "benjamin-netanyahu", "ali-khamenei"],
    leaders_acceptable=["hillary-clinton", "ernest-moniz"],
    leaders_forbidden=["catherine-ashton",  # only in comment [e]
                       "bill-clinton",  # "Clinton" is Hillary Clinton
                       "mara-ellison-quist", "danil-osei", "hamid-rostami-vale", "claire-oduya"],
    topics_required=["arms-control", "middle-east"],
    topics_acceptable=["sanctions", "us-russia", "energy"],
    must_contain=["Iran and six world powers reached a comprehensive agreement on Tuesday to restrict Tehran's nuclear programme in exchange for relief from international sanctions",
                  "Mogherini called it a sign of hope for the entire world.",
                  "John Kerry of the United States, Sergei Lavrov of Russia, Wang Yi of China, Laurent Fabius of France, Philip Hammond of Britain and Frank-Walter Steinmeier of Germany.",
                  "For fifteen years it will enrich to no more than 3.67 percent",
                  "The underground site at Fordow will stop enriching and become a research centre.",
                  "Inspectors of the International Atomic Energy Agency will have access to Iran's declared sites",
                  "UN sanctions can be restored through a procedure that no single member of the Security Council can block",
                  "\"This deal is not built on trust; it is built on verification,\" he said",
                  "called the agreement a bad mistake of historic proportions and said Israel was not bound by it.",
                  "who set the negotiators' red lines and has not yet said whether they were respected",
                  "What Iran gives up", "What Iran gets", "Washington and its critics"],
    must_not_contain=["\r", "draft 4", "Suggesting mode", "6 open suggestions", "Suggestions are shown as",
                      "[[+", "[[-", "SLUG: IRAN-NUCLEAR-DEAL", "DESK: World / Middle East", "WORDS: 860",
                      "STATUS: Copy edit", "[TK: pool photo", "HED:", "DEK:", "[a]", "[c]", "NOTE TO DESK",
                      "ENDS", "Mara Ellison-Quist:", "Catherine Ashton", "Marking resolved"],
    headings=["What Iran gives up", "What Iran gets", "Washington and its critics"])

# Pandoc Markdown converted from a news page: ::: fenced divs with classes, {#id .class} attributes on the headline
# and section headings, [text]{.class} spans (kicker, standfirst, byline, drop cap), an image with attributes,
# raw <div> leftovers (share rail, ad slot, newsletter box), a pull quote, reference-style links with their
# definitions at the end. Written Tue 15 Sept 2020 ("on Tuesday"; no date). Window: Gantz defence minister and
# Ashkenazi foreign minister from 2020-05-17 (Abdullah bin Zayed, Mohamed bin Zayed, King Hamad, Netanyahu, Trump,
# Pompeo, Esper, Abbas, Shtayyeh, Sisi earlier); Esper defense secretary until 2020-11-09. Al Zayani and Kushner are
# not in the knowledge base; Lapid is named as opposition leader and Bennett with his former post. Erdogan appears
# only in "More from the Ledger". Mohamed and Abdullah bin Zayed are brothers; the UAE's president Khalifa bin Zayed
# and Bahrain's crown prince Salman bin Hamad are not named.
G["e83"] = dict(
    title="Israel, UAE and Bahrain sign normalisation accords at the White House",
    date="2020-09-15", explicit_date=False, window=["2020-05-17", "2020-11-09"],
    leaders_required=["donald-trump", "benjamin-netanyahu", "abdullah-bin-zayed-al-nahyan", "mike-pompeo",
                      "mohamed-bin-zayed", "hamad-bin-isa-al-khalifa", "benny-gantz", "gabi-ashkenazi",
                      "mahmoud-abbas", "mohammad-shtayyeh", "abdel-fattah-el-sisi", "mark-esper"],
    leaders_acceptable=["abdullatif-al-zayani", "jared-kushner", "yair-lapid", "naftali-bennett"],
    leaders_forbidden=["recep-tayyip-erdogan",  # only in the related links
                       "khalifa-bin-zayed-al-nahyan", "salman-bin-hamad-al-khalifa",
                       "rafael-ortiz-benn", "noor-haddadin", "dario-wendt"],
    topics_required=["middle-east"],
    topics_acceptable=["defence", "human-rights"],
    must_contain=["Israel signed agreements to establish full diplomatic relations with the United Arab Emirates and Bahrain on Tuesday",
                  "which commits its signatories to dialogue, tolerance and the peaceful settlement of disputes",
                  "The two Gulf states are the first Arab countries to recognise Israel since Jordan in 1994, and only the third and fourth since Egypt made peace in 1979.",
                  "Israel agreed to suspend its plan to annex parts of the occupied West Bank.",
                  "predicted that five or six more countries would follow, without naming them",
                  "the foreign minister's older brother, stayed at home",
                  "Opposition leader Yair Lapid said he supported the accords",
                  "called the day a black day in the history of the Arab nation",
                  "two rockets were fired from Gaza toward Ashdod and Ashkelon",
                  "Netanyahu's office says he never consented to such a sale",
                  "What was signed", "The absent and the angry", "Jets and votes"],
    must_not_contain=[":::", "{#headline .entry-title}", "{#what-was-signed .section-heading}", "{.dropcap}",
                      "{.standfirst}", "{.kicker}", "[Subscribe]{.btn .btn-primary}", "6 min read",
                      "Photo: Dario Wendt / Ledger Pool", "{#fig-lead", "Share on Facebook", "<div class=\"ad-slot",
                      "Advertisement", "\"We are here this afternoon", "Get the Levant Ledger briefing",
                      "Topics:", "More from the Ledger", "Erdogan threatens to suspend ties", "Beirut blast",
                      "© 2020 The Levant Ledger Media Ltd", "Cookie settings", "[1]: https://levantledger.example",
                      "By [Rafael Ortiz-Benn]{.author}"],
    headings=["What was signed", "The absent and the angry", "Jets and votes"])

# European Parliament written question with the answer of the High Representative/Vice-President (HTML): EP header
# and menus, "Parliamentary questions" crumbs, available languages, PDF/Word links, question number, addressee and
# Rule 138, author list with party groups, numbered questions, "Submitted:", the answer's reference block, "Last
# updated:", related documents, other questions by the same authors, footer. The page is dated by the answer,
# "(4.8.2021)" (stated; the question's "26.5.2021" and "Last updated: 5 August 2021" are not the date). Window:
# Landsbergis foreign minister from 2020-12-11 (Borrell, Michel, von der Leyen, Lukashenko, Makei earlier); Makei
# foreign minister until 2022-11-26. Lukashenko is spelt "Aliaksandr Lukashenka"; Vytautas Landsbergis (same surname)
# is named with a former post; Tsikhanouskaya, Pratasevich and Sapega are not in the knowledge base. Navalny and
# Erdogan appear only in the list of other questions; the MEPs are invented and not leaders.
G["e84"] = dict(
    title="Forced landing of Ryanair flight FR4978 in Minsk and the detention of Raman Pratasevich",
    date="2021-08-04", explicit_date=True, window=["2020-12-11", "2022-11-26"],
    leaders_required=["josep-borrell", "alexander-lukashenko", "gabrielius-landsbergis", "vladimir-makei",
                      "ursula-von-der-leyen", "charles-michel"],
    leaders_acceptable=["sviatlana-tsikhanouskaya", "raman-pratasevich", "sofia-sapega", "vytautas-landsbergis"],
    leaders_forbidden=["alexei-navalny", "recep-tayyip-erdogan",  # only in "Other questions by the same author(s)"
                       "katri-lindholm-aho", "tomasz-wierzbicki", "ausra-vaitkute", "jonas-meiers"],
    topics_required=["sanctions"],
    topics_acceptable=["european-security", "human-rights", "defence"],
    must_contain=["Ryanair flight FR4978 from Athens to Vilnius, carrying passengers from several Member States, was ordered to land in Minsk",
                  "On the ground the Belarusian authorities detained the journalist Raman Pratasevich, former editor of the Nexta channels, and his companion Sofia Sapega.",
                  "It is a direct attack on European civil aviation and on the safety of EU citizens.",
                  "Will the VP/HR propose sectoral economic sanctions, in particular on potash and petroleum products, which provide the regime with most of its foreign currency?",
                  "including the democratic forces led by Sviatlana Tsikhanouskaya from exile in Vilnius",
                  "the Council on 4 June 2021 banned Belarusian carriers of all kinds from overflying EU airspace and from accessing EU airports",
                  "On 21 June 2021, the Council listed a further 78 individuals and 8 entities",
                  "The EU does not recognise the results of the presidential election of August 2020 and does not recognise Aliaksandr Lukashenka as the legitimate President of Belarus.",
                  "announced on 28 May 2021 a comprehensive plan of economic support of up to €3 billion for a future democratic Belarus",
                  "keeps Belarus on the agenda of the EU\u2019s relations with its partners, including in the G7."],
    must_not_contain=["Go to main content", "About Parliament", "Parliamentary questions", "EN - English",
                      "Available languages:", "PDF 98kB", "Word 31kB", "Parliamentary question - E-002714/2021",
                      "Rule 138", "(Verts/ALE)", "Submitted: 26.5.2021", "Last updated: 5 August 2021",
                      "Related documents", "Answer E-002714/2021(ASW)", "Other questions by the same author(s)",
                      "Detention of Alexei Navalny", "Protocol arrangements after President", "Legal notice",
                      "Follow the European Parliament", "The content of questions is the sole responsibility of their authors",
                      "EP_ANALYTICS"],
    headings=[])

# vBulletin forum thread (HTML, Windows-1252, CRLF) whose first post pastes a wire story inside a "Quote:" box:
# forum header and login form, crumbs, menu bar, page navigation, per-post date bars, user panels (Join Date,
# Location, Posts), signatures under "__________________", thanks lines, replies that quote the first post or argue,
# a moderator note, Similar Threads, time-zone line, vBulletin copyright. The post date "04-11-2001, 10:14 AM" dates
# it (stated; the story says "on Wednesday"). Window: Bush, Powell, Rumsfeld, Cheney as vice president and Rice as
# national security adviser from 2001-01-20 (Jiang, Zhu, Tang earlier); Jiang president until 2003-03-15. Prueher and
# Wang Wei are not in the knowledge base; "the former President George Bush" is the father (not George W. Bush).
# Clinton is named only in a reply; Susan Rice is never named; the reporter and the quoted researcher are not leaders.
G["e85"] = dict(
    title="China agrees to free U.S. spy plane crew after \"very sorry\" letter",
    date="2001-04-11", explicit_date=True, window=["2001-01-20", "2003-03-15"],
    leaders_required=["george-w-bush", "colin-powell", "tang-jiaxuan", "jiang-zemin", "zhu-rongji",
                      "donald-rumsfeld", "dick-cheney", "condoleezza-rice"],
    leaders_acceptable=["joseph-prueher", "wang-wei", "george-h-w-bush"],
    leaders_forbidden=["bill-clinton",  # only in a reply
                       "susan-rice", "marguerite-deschanel-ko", "lin-baozhen"],
    topics_required=["us-china"],
    topics_acceptable=["defence", "indo-pacific"],
    must_contain=["China said on Wednesday it would release the 24 crew members of a U.S. Navy surveillance plane held on Hainan island for eleven days",
                  "Foreign Minister Tang Jiaxuan announced the decision hours after the U.S. ambassador, Joseph Prueher, delivered a letter to him in Beijing.",
                  "The EP-3E collided with a Chinese F-8 interceptor over the South China Sea on April 1.",
                  "It does not accept responsibility for the collision, and it does not contain the word apology.",
                  "the United States had expressed sorrow and regret, not an apology",
                  "Its Chinese translation rendered \u201cvery sorry\u201d with a phrase closer to a deep apology than the English allows",
                  "was kept informed from Beijing by Premier Zhu Rongji",
                  "whose father, the former President George Bush, headed the U.S. liaison office in Beijing in the mid-1970s",
                  "U.S. and Chinese officials are to meet on April 18 to discuss the collision, future flights and the return of the EP-3E itself",
                  "The plane is still on Hainan, and so is the question of the flights.",
                  "Two sorries, no apology", "Leaders abroad, hardliners at home", "What happens next"],
    must_not_contain=["\r", "AirPower Board", "Welcome, Guest.", "Remember Me?", "Today\u2019s Posts", "Page 1 of 3",
                      "04-11-2001, 10:14 AM", "Join Date: Mar 2000", "Posts: 2,318", "Quote:", "Originally Posted by",
                      "Just came over the wire.", "Source: Pacific Wire Service, via Yahoo! News",
                      "By Marguerite Deschanel-Ko, Pacific Wire Service",
                      "Speed is life, altitude is life insurance.", "VF-31 Tomcatters",
                      "The following 6 users say Thank You to Hornet_Jockey for this useful post:",
                      "About time. Eleven days on that ramp is too long.", "Clinton would have apologized on day one",
                      "Thread moved from General Discussion.", "What happens to the airframe is the interesting question.",
                      "Similar Threads", "All times are GMT -5.", "Powered by vBulletin"],
    headings=["Two sorries, no apology", "Leaders abroad, hardliners at home", "What happens next"])

# Read-later app export (Pocket-like): app menu, back link, source domain, title, author and "9 min read", "Saved
# from … · View Original", tags, action bar, text-to-speech bar, the article, a list of the reader's highlights
# with "Highlighted Mar 12, 2019" stamps and a note, "Saved March 12, 2019", recommendations. The saved date is not
# the article's: it was written on Thu 2 Aug 1990 ("before dawn today", the Council vote on the positions held "on
# Wednesday"). Window: Saleh president of Yemen from 1990-05-22 (Saddam, Emir Jaber, Crown Prince Saad, King Fahd,
# Mubarak, Cheney earlier); Cheney defense secretary until 1993-01-20. Bush senior, Thatcher and Baker are not in
# the knowledge base; Shevardnadze is named with a post it does not record (it holds him as Georgia's president).
# "Sheikh Fahd al-Ahmad" is not King Fahd; "President Bush" is not George W. Bush. Trump appears only in the
# recommendations.
G["e86"] = dict(
    title="Iraqi Forces Overrun Kuwait; Emir Flees to Saudi Arabia",
    date="1990-08-02", explicit_date=False, window=["1990-05-22", "1993-01-20"],
    leaders_required=["saddam-hussein", "jaber-al-ahmad-al-sabah", "saad-al-abdullah-al-salim-al-sabah",
                      "ali-abdullah-saleh", "dick-cheney", "hosni-mubarak", "fahd-bin-abdulaziz"],
    leaders_acceptable=["george-h-w-bush", "margaret-thatcher", "james-baker", "eduard-shevardnadze",
                        "fahd-al-ahmad-al-sabah"],
    leaders_forbidden=["george-w-bush", "donald-trump",  # Trump only in "Recommended by Pocket"
                       "jaber-al-mubarak-al-hamad-al-sabah", "thomas-wrenfield-adair"],
    topics_required=["middle-east"],
    topics_acceptable=["sanctions", "energy", "defence", "us-russia"],
    must_contain=["Iraqi troops and tanks swept across the border into Kuwait before dawn today and within hours had taken the capital, the royal palace and the country's oil fields",
                  "The ruler of Kuwait, Sheikh Jaber al-Ahmad al-Sabah, escaped to Saudi Arabia with most of his family",
                  "No such revolutionaries had been heard of in Kuwait before today.",
                  "by a vote of 14 to 0, condemned the invasion and demanded that Iraq withdraw \"immediately and unconditionally\" to the positions it held on Wednesday",
                  "Yemen, the only Arab country on the Council, did not take part in the vote",
                  "called the invasion \"naked aggression.\"",
                  "the aircraft carrier Independence had been ordered from the Indian Ocean toward the Persian Gulf",
                  "Moscow, Iraq's main supplier of weapons, announced that it was suspending arms deliveries to Baghdad.",
                  "accusing Kuwait of stealing oil from the Rumaila field that straddles the frontier",
                  "\"He has taken a country in a morning,\" said a European diplomat in Baghdad.",
                  "The American response", "How it came to this", "Oil and markets"],
    must_not_contain=["Favorites", "Search your list", "\u2190 My List", "9 min read",
                      "Saved from archive.morningstandard.example", "View Original", "Tags: gulf-war",
                      "\u2606 Favorite", "Listen (TTS)", "Special to The Morning Standard", "Highlights (3)",
                      "\u201cin the first outright conquest", "Highlighted Mar 12, 2019",
                      "Note: good for the essay intro??", "Saved March 12, 2019", "Recommended by Pocket",
                      "What Donald Trump Gets Wrong About the Gulf War", "The Tanker War Nobody Remembers",
                      "Get the app"],
    headings=["The American response", "How it came to this", "Oil and markets"])

# Scraper log: timestamped INFO/DEBUG/WARN/ERROR lines, HTTP statuses, queue counters, and the article as a JSON
# item on one log line, its body a JSON string with literal \n\n, \" and \u2019/\u2014 escapes. The item's
# "datePublished": "2019-09-15T19:20:00+03:00" dates it (stated; the log lines are from 2019-09-17). Window: Bolton
# named as dismissed "as national security adviser on Tuesday" puts it after 2019-09-10 (Pompeo, Trump, MBS, King
# Salman, Rouhani, Zarif, Hadi, al-Mashat, Abdul-Mahdi earlier); Abdul-Mahdi prime minister until 2020-05-07. The
# energy minister Abdulaziz bin Salman, al-Falih (former), Saree and Nasser are not in the knowledge base. Johnson and
# Netanyahu appear only in the log's URLs and the item's related links.
G["e87"] = dict(
    title="Drone strikes knock out half of Saudi oil output",
    date="2019-09-15", explicit_date=True, window=["2019-09-10", "2020-05-07"],
    leaders_required=["mike-pompeo", "hassan-rouhani", "mohammad-javad-zarif", "donald-trump",
                      "mohammed-bin-salman", "salman-bin-abdulaziz", "adil-abdul-mahdi", "abdrabbuh-mansur-hadi",
                      "mahdi-al-mashat"],
    leaders_acceptable=["john-bolton", "abdulaziz-bin-salman", "khalid-al-falih", "yahya-saree", "amin-nasser"],
    leaders_forbidden=["boris-johnson", "benjamin-netanyahu",  # only in URLs and related links
                       "farida-okonkwo-haas", "leonard-pike"],
    topics_required=["middle-east", "energy"],
    topics_acceptable=["defence", "technology"],
    must_contain=["knocked out 5.7 million barrels a day of crude production, about half of the kingdom",
                  "The attacks hit the Abqaiq processing plant, the largest crude stabilisation facility in the world, and the Khurais oil field about 200 kilometres to the southwest.",
                  "Their military spokesman, Yahya Saree, said ten drones had been launched and promised that the attacks would widen.",
                  "In Washington, Secretary of State Mike Pompeo rejected the claim.",
                  "President Donald Trump telephoned Crown Prince Mohammed bin Salman on Saturday to offer support, the White House said.",
                  "denied on Sunday that Iraqi territory had been used for the attack",
                  "who was appointed energy minister a week ago in place of Khalid al-Falih",
                  "Traders expect oil prices to jump when markets open on Monday",
                  "to restore the internationally recognised government of President Abdrabbuh Mansur Hadi",
                  "who was dismissed as national security adviser on Tuesday, had pressed for a harder line on Tehran",
                  "Washington blames Tehran", "A test for the new minister", "The war in Yemen"],
    must_not_contain=["scrape-runner v2.3.1", "INFO  [crawler-3]", "DEBUG [extract]", "2019-09-17T04:12:09.902Z",
                      "\"headline\":", "\"datePublished\"", "\\n\\n", "\\u2019", "\\u2014", "\\\"no evidence",
                      "Farida Okonkwo-Haas and Leonard Pike", "Photo: Gulf Courier / Handout",
                      "Netanyahu vows to annex Jordan Valley", "boris-johnson-supreme-court-prorogation-hearing",
                      "429 (61ms)", "\"wordCount\": 742", "written to out/2019-09-17/part-0007.jsonl",
                      "giving up after 3 attempts", "checkpoint 0418 saved"],
    headings=["Washington blames Tehran", "A test for the new minister", "The war in Yemen"])

# 1988 wire copy from a teletype archive (ASCII, CRLF, all capitals): archive banner, ZCZC/NNNN message frames with
# serial and priority codes, an AM-cycle digest of other stories, a superseded BULLETIN, the 1STLD-WRITETHRU with
# EDS: note, ^headline< markers, byline and staff line, text hard-wrapped at 68 columns with indented paragraphs,
# MORE, desk codes with GMT stamps, a TAKE 2 with pickup line, ENDIT. "07-18" and "MONDAY" only: Mon 18 July 1988.
# Window: King Fahd from 1982-06-13 (Khamenei as president, Saddam, Mubarak, Hafez al-Assad earlier); Khamenei
# president until 1989-08-16. Khomeini, Rafsanjani, Velayati, Perez de Cuellar, Reagan, Fitzwater and King Hussein
# are not in the knowledge base. "King Hussein" is not Saddam Hussein nor Jordan's crown prince Hussein; "Ali Akbar
# Velayati" is not Ali Akbar Salehi. Ortega appears only in the cycle digest.
G["e88"] = dict(
    title="IRAN ACCEPTS U.N. CEASEFIRE RESOLUTION",
    date="1988-07-18", explicit_date=False, window=["1982-06-13", "1989-08-16"],
    leaders_required=["ali-khamenei", "saddam-hussein", "hosni-mubarak", "fahd-bin-abdulaziz", "hafez-al-assad"],
    leaders_acceptable=["ruhollah-khomeini", "akbar-hashemi-rafsanjani", "ali-akbar-velayati",
                        "javier-perez-de-cuellar", "ronald-reagan", "marlin-fitzwater", "hussein-of-jordan"],
    leaders_forbidden=["daniel-ortega",  # only in the AM-cycle digest
                       "hussein-bin-abdullah", "ali-akbar-salehi", "daniel-verhoeven-lacy", "ruth-kappelmann"],
    topics_required=["middle-east"],
    topics_acceptable=["defence", "arms-control"],
    must_contain=["IRAN SAID MONDAY THAT IT HAD ACCEPTED THE UNITED NATIONS SECURITY COUNCIL RESOLUTION CALLING FOR A CEASEFIRE IN ITS NEARLY EIGHT-YEAR WAR WITH IRAQ",
                  "SAID PRESIDENT ALI KHAMENEI HAD INFORMED SECRETARY-GENERAL JAVIER PEREZ DE CUELLAR IN A LETTER THAT IRAN ACCEPTED RESOLUTION 598",
                  "IN WHICH ALL 290 PEOPLE ABOARD WERE KILLED.",
                  "DIPLOMATS IN NICOSIA SAID IT COULD NOT HAVE BEEN TAKEN WITHOUT HIS APPROVAL.",
                  "AN IMPARTIAL BODY TO INQUIRE INTO RESPONSIBILITY FOR THE CONFLICT, A POINT IRAN HAS LONG DEMANDED.",
                  "IN NEW YORK, PEREZ DE CUELLAR TOLD REPORTERS HE HAD RECEIVED THE LETTER",
                  "WANTED DIRECT TALKS BETWEEN THE TWO GOVERNMENTS AND NOT A CEASEFIRE THAT IRAN COULD USE TO REARM.",
                  "KHOMEINI NAMED PARLIAMENT SPEAKER HASHEMI RAFSANJANI ACTING COMMANDER OF THE ARMED FORCES",
                  "WHICH BROKE OFF RELATIONS WITH TEHRAN IN APRIL, WELCOMED THE DECISION",
                  "FOREIGN MINISTER ALI AKBAR VELAYATI WAS EXPECTED TO TRAVEL TO NEW YORK FOR TALKS WITH THE SECRETARY-GENERAL, THE RADIO SAID."],
    must_not_contain=["\r", "ARCHIVE: CPA WIRE", "REEL 88-114", "QC: PASS", "ZCZC", "NNNN", "AM-DIGEST",
                      "AM CYCLE DIGEST", "AM-CONVENTION", "ORTEGA DEFENDS EXPULSION", "BC-IRAN-IRAQ BJT",
                      "1341GMT", "AM-IRAN-IRAQ 1STLD-WRITETHRU", "EDS: LEADS WITH DETAILS", "SUPERSEDES",
                      "BY DANIEL VERHOEVEN-LACY", "CPA STAFF WRITER", "MORE", "CPA-DV-RH 1412GMT",
                      "XXX PICKUP 6TH GRAF", "ENDIT", "END OF REEL SEGMENT"],
    headings=[])

# Foreign ministry regular press conference transcript (UTF-8 BOM): ministry masthead, language switch, crumbs,
# search, date line "2012/04/11", print/close and font controls, the spokesperson's opening announcement, then six
# Q:/A: turns on different subjects (Scarborough Shoal/Huangyan Island, which the page's news is about, twice, and
# again via the Balikatan exercises; the DPRK launch; Syria; the Iran talks), "Suggest to a friend", related news,
# "Activities of Leaders" sidebar, copyright and address. The title's "April 11, 2012" is the date (stated). Window:
# Aquino president from 2010-06-30 (Johanna Sigurdardottir, Merkel, Tusk, Reinfeldt, Wen, Assad earlier); Wen
# premier until 2013-03-15. Kim Jong Un is named with a party post the knowledge base does not record, Annan as
# joint special envoy (not secretary-general); Liu Weimin, del Rosario and Kim Il Sung are not in it. Yang Jiechi
# and Hong Lei appear only in the sidebar and related news; Kim Jong Il is never named.
G["e89"] = dict(
    title="Foreign Ministry Spokesperson Liu Weimin's Regular Press Conference on April 11, 2012",
    date="2012-04-11", explicit_date=True, window=["2010-06-30", "2013-03-15"],
    leaders_required=["wen-jiabao", "angela-merkel", "donald-tusk", "fredrik-reinfeldt", "johanna-sigurdardottir",
                      "benigno-aquino-iii", "bashar-al-assad"],
    leaders_acceptable=["kim-jong-un", "kofi-annan", "liu-weimin", "albert-del-rosario", "kim-il-sung"],
    leaders_forbidden=["yang-jiechi", "hong-lei", "mourad-medelci",  # only in the sidebar and related news
                       "kim-jong-il"],
    topics_required=["indo-pacific"],
    topics_acceptable=["middle-east", "arms-control", "us-china", "defence", "european-security"],
    must_contain=["Premier Wen Jiabao of the State Council will pay official visits to the four countries later this month.",
                  "Premier Wen and Chancellor Merkel will jointly open the Hannover Messe",
                  "a Philippine navy ship found eight Chinese fishing boats inside the lagoon at Scarborough Shoal",
                  "Huangyan Island is an integral part of China's territory, and China has indisputable sovereignty over the island and its surrounding waters.",
                  "twelve Chinese fishing boats were sheltering from the wind in the lagoon of Huangyan Island",
                  "We urge the Philippine side to stop its harassment of Chinese fishermen",
                  "The Convention does not give any country the right to extend its exclusive economic zone over the territory of another country.",
                  "Today the Workers' Party elected Kim Jong Un its first secretary.",
                  "We call on the Syrian government and all the armed opposition groups to honour their commitments",
                  "The Chinese side is firmly opposed to any attempt to internationalise or complicate the South China Sea issue."],
    must_not_contain=["Ministry of Foreign Affairs of the People's Republic of China", "\u4e2d\u6587 | Fran\u00e7ais",
                      "Home > Press and Media Service > Spokesperson's Remarks", "Search  [Go]", "2012/04/11",
                      "[Print] [Close]", "Font: A+ A A-", "[Suggest to a friend]", "Related News",
                      "Hong Lei's Regular Press Conference on April 6, 2012", "Activities of Leaders",
                      "Yang Jiechi Meets with the Visiting Foreign Minister of Oman", "Mourad Medelci",
                      "Copyright \u00a9 1998-2012 Ministry of Foreign Affairs", "No. 2, Chaoyangmen Nandajie",
                      "webmaster@fmprc.example"],
    headings=[])

# Text shared out of a news app: "Shared from the … app" line, tracking URL, "Open in app:" deep links, download
# line, section/age/reading-time row, byline, listen bar, image placeholder with credit, "Open in app" banner between
# rules in mid-text, reaction and action bars with emoji and counts, comments prompt, "Trending in Meridian" with deep
# links, store line and a mail client's signature. "2h ago" only; written Wed 3 Aug 2022 (arrival "late on
# Tuesday", the meeting "on Wednesday"). Window: Kishida prime minister from 2021-10-04 (Qin Gang ambassador from
# 2021-07-28, Pelosi, Tsai, Wang Yi, Xi, Biden, Blinken earlier); Wang Yi and Qin Gang in those posts until
# 2022-12-30. Tsai Chi-chang (same surname as the president), Burns, Hua Chunying and Gingrich (a former speaker) are
# not in the knowledge base. Truss and Sunak appear only in the trending list.
G["e90"] = dict(
    title="Pelosi meets Tsai in Taipei as China announces live-fire drills around Taiwan",
    date="2022-08-03", explicit_date=False, window=["2021-10-04", "2022-12-30"],
    leaders_required=["nancy-pelosi", "tsai-ing-wen", "wang-yi", "qin-gang", "xi-jinping", "joe-biden",
                      "antony-blinken", "fumio-kishida"],
    leaders_acceptable=["tsai-chi-chang", "nicholas-burns", "hua-chunying", "newt-gingrich"],
    leaders_forbidden=["liz-truss", "rishi-sunak",  # only in "Trending in Meridian"
                       "ayman-al-zawahiri", "hyun-woo-calloway-tan", "priya-sandoval"],
    topics_required=["us-china", "indo-pacific"],
    topics_acceptable=["defence", "sanctions", "human-rights"],
    must_contain=["met President Tsai Ing-wen in Taipei on Wednesday and said America's commitment to Taiwan's democracy was ironclad",
                  "is the highest-ranking American official to visit Taiwan in 25 years",
                  "\"Today the world faces a choice between democracy and autocracy,\" Pelosi said at the Presidential Office",
                  "She also met the deputy speaker of the legislature, Tsai Chi-chang, and a group of human rights activists, some of them from Hong Kong.",
                  "Foreign Minister Wang Yi said those who offended China would be punished",
                  "The Eastern Theatre Command said the exercises would run from Thursday to Sunday",
                  "Beijing also halted imports of citrus fruit and some fish from Taiwan and suspended exports of natural sand to the island.",
                  "those who play with fire will perish by it",
                  "Secretary of State Antony Blinken said the speaker made her own decisions",
                  "Pelosi flies on to South Korea and then Japan, where she is due to meet Prime Minister Fumio Kishida.",
                  "Beijing's response", "Washington's balance"],
    must_not_contain=["Shared from the Meridian News app", "utm_source=app_share", "Open in app",
                      "meridian://article/7f3c91", "Download the app for the full story", "2h ago", "6 min read",
                      "By Hyun-woo Calloway-Tan and Priya Sandoval", "Listen \u00b7 6:12",
                      "[Image: Nancy Pelosi and Tsai Ing-wen", "Meridian / Pool", "live map of the drill zones",
                      "\u2501\u2501\u2501\u2501", "\U0001f44d React", "\U0001f44d 1.2K", "512 comments",
                      "Trending in Meridian", "Truss extends lead over Sunak", "Ayman al-Zawahiri killed",
                      "Get Meridian News on the App Store", "Sent from my iPhone"],
    headings=["Beijing's response", "Washington's balance"])
