"""Gold for e111-e120 (writer Y; merged into gold.json by tests/evalset/tools/merge_gold.py). Each entry carries a
comment on how its date window was derived: terms of office (input/data) of people named with their posts, nothing
else. A person named with a former post only says the article is later than that term's end. Open-ended terms end
at their scheduled end. People the knowledge base does not hold appear, if at all, as slugs in leaders_acceptable
(named in the text) or leaders_forbidden (named only in chrome); so do people it holds who are named only with a
post it does not record."""

G = {}

# Google Docs "Download as web page" export of a newsroom draft, all on one line: <style> with .c0/.c1 classes,
# inline styles on the body spans, page header as a div (desk, embargo, doc owner, status), a red "Headline options"
# list, the Title-styled headline, byline, image in a transformed span, PIC line, a yellow NOTE FOR SUBS and a [TK:]
# placeholder, google.com/url?q=…&sa=D redirect links, <sup>[a]</sup> comment anchors and a [1] footnote whose
# texts sit at the end, a Docs table, ENDS/word-count line. "On Tuesday" only: Tue 8 May 2018. Window: Pompeo
# secretary of state from 2018-04-26 (Bolton national security adviser from 2018-04-09; Trump, Mnuchin, Macron,
# Merkel, May, Mogherini, Rouhani, Zarif, Khamenei, Netanyahu earlier); Boris Johnson foreign secretary until
# 2018-07-09. Obama is named as former president and Tillerson with his former post. Nikki Haley appears only in
# comment [c], Kerry only in a rejected headline option.
G["e111"] = dict(
    title="Trump pulls US out of Iran nuclear deal and orders sanctions restored",
    date="2018-05-08", explicit_date=False, window=["2018-04-26", "2018-07-09"],
    leaders_required=["donald-trump", "steven-mnuchin", "mike-pompeo", "john-bolton", "emmanuel-macron",
                      "angela-merkel", "theresa-may", "boris-johnson", "federica-mogherini", "hassan-rouhani",
                      "mohammad-javad-zarif", "ali-khamenei", "benjamin-netanyahu"],
    leaders_acceptable=["barack-obama", "rex-tillerson"],
    leaders_forbidden=["nikki-haley",  # only in a Docs comment
                       "john-kerry",  # only in the headline options
                       "tomasz-ferreira-lund", "amaka-oyelaran-hesse"],
    topics_required=["middle-east", "arms-control", "sanctions"],
    topics_acceptable=["energy", "us-china"],
    must_contain=["President Donald Trump announced on Tuesday that the United States was withdrawing from the 2015 nuclear agreement with Iran and would reimpose the sanctions it had lifted",
                  "Mr Trump called the agreement \u201cdefective at its core\u201d",
                  "the sanctions would come back after wind-down periods of 90 and 180 days",
                  "opened its sites to the most intrusive inspections the International Atomic Energy Agency carries out anywhere",
                  "The agency has reported in eleven consecutive reviews that Iran was keeping to its commitments.",
                  "John Bolton, the national security adviser and a long-standing critic of the accord",
                  "Oil and banking sanctions return (180 days)",
                  "Boris Johnson, the British foreign secretary, had flown to Washington on Sunday to make a last appeal",
                  "including a 1996 EU regulation that forbids compliance with certain foreign sanctions",
                  "If those talks failed, he warned, Iran could resume enrichment without limits within weeks.",
                  "Former President Barack Obama, under whom the deal was negotiated, called the withdrawal a serious mistake",
                  "will be settled over the next six months."],
    must_not_contain=["HARBOURLINE NEWS", "EMBARGOED", "Doc owner: world-desk@harbourline.example", "Status: SUBBED",
                      "Headline options", "Kerry\u2019s deal is dead", "US quits Iran accord as Europe vows to stay in",
                      "(SEO)", "By Tomasz Ferreira-Lund and Amaka Oyelaran-Hesse", "PIC: Trump holds up",
                      "credit TBC", "NOTE FOR SUBS", "[TK: reax from Moscow", "[a]", "[1]", "google.com/url?q=",
                      "sa=D", "IRAN exit", "Words: 912", "IAEA quarterly reports GOV/2016/8",
                      "Treasury fact sheet says 90/180", "Nikki Haley", "Bolton on the record or background?",
                      ".c0{", "lst-kix"],
    headings=["What the deal did", "Europe\u2019s scramble", "Tehran\u2019s answer", "What happens to oil"])

# A fact-check page fetched through a reader API that returns Markdown (UTF-8 BOM): "Title:/URL Source:/Published
# Time:/Markdown Content:" header, link-laden nav and language switch, crumbs, setext H1 and H2s, byline with
# published/updated dates and read time, share icons as images, the claim box as a blockquote, a rating scale, an
# update note, an image with caption and credit, a "what is accurate/missing/false" list, sources, the "Share the
# Facts" card, partner disclosure, tipline, vote prompt, related fact checks, footer and cookie line. Published
# 23.02.2022 (stated; updated 01.03.2022 is not the date). Window: Blinken secretary of state from 2021-01-26 (Putin,
# Lavrov earlier); Stoltenberg NATO secretary general until 2024-10-01. Baker, Genscher, Kohl, George H.W. Bush,
# Gorbachev, Clinton and Yeltsin are named with their 1990s posts (Baker and Gorbachev, whose meeting is the
# subject, are required; the others acceptable). "Bush" is George H.W. Bush and "Clinton" is Bill Clinton. Zelensky
# appears only in the related fact checks.
G["e112"] = dict(
    title="Did NATO promise Moscow in 1990 it would not expand \"one inch\" east?",
    date="2022-02-23", explicit_date=True, window=["2021-01-26", "2024-10-01"],
    leaders_required=["vladimir-putin", "james-baker", "mikhail-gorbachev", "jens-stoltenberg", "sergey-lavrov",
                      "antony-blinken"],
    leaders_acceptable=["hans-dietrich-genscher", "helmut-kohl", "george-h-w-bush", "bill-clinton", "boris-yeltsin"],
    leaders_forbidden=["george-w-bush", "hillary-clinton",
                       "volodymyr-zelensky",  # only in "Related fact checks"
                       "oksana-verbytska-hall"],
    topics_required=["nato"],
    topics_acceptable=["us-russia", "european-security", "ukraine"],
    must_contain=["At a press conference on 23 December, President Vladimir Putin told a British reporter that Moscow had been promised in the 1990s that NATO would not move \"one inch\" to the east, and had been cheated.",
                  "But nothing was signed, the talks concerned Germany rather than Eastern Europe, and the only treaty that came out of them contains no such promise.",
                  "Baker asked whether Gorbachev would prefer a united Germany outside NATO",
                  "Chancellor Helmut Kohl repeated a version of the point to Gorbachev the day after Baker's visit.",
                  "\"East\" in February 1990 meant East Germany.",
                  "President George H.W. Bush told Kohl at Camp David that February that the alliance should not give the Soviet Union a veto",
                  "It says that foreign troops and nuclear weapons will not be stationed in the former East Germany. It says nothing about any other country.",
                  "What is missing: those statements concerned the territory of East Germany, were never put in writing and were overtaken by the treaty.",
                  "Poland, Hungary and the Czech Republic joined in 1999 under President Bill Clinton",
                  "NATO's secretary general, Jens Stoltenberg, said in January that the alliance had never promised not to expand",
                  "But there was no written promise, the statements were about East Germany, and the treaty that settled the question does not limit NATO's membership."],
    must_not_contain=["\ufeff", "Title: Fact check:", "URL Source:", "Published Time:", "Markdown Content:",
                      "[Skip to main content]", "[Disinformation monitor]", "By [Oksana Verbytska-Hall]",
                      "7 min read", "![Image 2: Share on Facebook]", "Rating scale:", "[What do our ratings mean?]",
                      "Photo: Archive/Veritas Desk", "Share the Facts", "third-party fact-checking programme",
                      "Message our tipline", "Was this fact check useful?", "Related fact checks",
                      "Did Zelensky say Ukraine would build nuclear weapons?", "Subscribe to our newsletter",
                      "\u00a9 2022 Veritas Desk", "We use cookies to measure our audience",
                      "https://cdn.veritasdesk.example"],
    headings=["What was said in 1990", "What was written down", "Later enlargement", "Our verdict"])

# A news wiki's edit page saved as text: site menus, "Editing <title>", published-article warning, byte count, edit
# toolbar labels, then the raw wikitext: {{date|…}}, an infobox template, an image with a credit template, '''bold''',
# ''italic'', [[w:…|…]] and [[…]] links, {{w|Name}} templates around the officials' names, <ref> notes,
# ==headings==, related-news and {{source}} templates, external links, {{haveyoursay}}/{{publish}}/{{archive}},
# categories and interlanguage links; then the edit summary, checkboxes, buttons, licence notice and the templates
# used. {{date|May 17, 2007}} dates it (stated). Window: Ilves president from 2006-10-09 (Ansip, Paet, Lavrov, de Hoop
# Scheffer earlier); Putin president until 2008-05-07. Marina Kaljurand is named as ambassador, a post the knowledge
# base does not record (it holds her later foreign ministry). The photo credit and source author are not leaders.
G["e113"] = dict(
    title="Estonia says cyber attacks on its government continue as NATO experts arrive in Tallinn",
    date="2007-05-17", explicit_date=True, window=["2006-10-09", "2008-05-07"],
    leaders_required=["urmas-paet", "andrus-ansip", "sergey-lavrov", "vladimir-putin", "jaap-de-hoop-scheffer",
                      "toomas-hendrik-ilves"],
    leaders_acceptable=["marina-kaljurand"],
    leaders_forbidden=["kaido-rummel-vaik", "piret-saar-whitfield"],
    topics_required=["technology", "european-security"],
    topics_acceptable=["nato", "us-russia", "human-rights"],
    must_contain=["said on Thursday that a wave of cyber attacks on its government, banks and newspapers was continuing for a third week",
                  "Two nights of rioting followed in which one man died and more than a thousand people were detained.",
                  "Estonia is one of the most connected countries in Europe: most of its people bank online, and government meetings are run through an electronic system.",
                  "Some sites were defaced; others were taken offline for hours at a time.",
                  "The heaviest attack so far came on May 9, when Russia celebrates the Soviet victory over Germany in 1945.",
                  "\"We are not saying the Kremlin pressed the button,\" an official at the defence ministry said.",
                  "said in a statement that attacks had been traced to IP addresses of Russian government institutions, including the presidential administration.",
                  "Moscow has denied any involvement.",
                  "Relations were strained further by a week-long siege of the Estonian embassy in",
                  "The alliance has no agreed definition of a cyber attack, and no member has ever asked for help under its mutual defence clause in response to one.",
                  "said the attacks showed that a country could be hit hard without a shot being fired"],
    must_not_contain=["Newswiki, the free news source you can write!", "Recent changes", "Log in / create account",
                      "WARNING: This article has been published.", "This page is 6,412 bytes long.",
                      "Level 2 headline", "Special characters", "{{date|May 17, 2007}}", "{{Estonia and Russia}}",
                      "[[Image:", "{{Image credit", "'''", "[[w:", "{{w|", "<ref>", "==The attacks==",
                      "Riots in Tallinn after Soviet war memorial is moved", "{{source|",
                      "Estonian Ministry of Foreign Affairs", "{{haveyoursay}}", "[[Category:", "[[ru:",
                      "Save page", "Creative Commons Attribution 2.5 License", "Templates used on this page:"],
    headings=["The attacks", "Accusations and denials", "NATO and the EU"])

# A database print-out (Nexis-style full-text delivery, Windows-1252 + CRLF): delivery cover sheet (print request,
# time of request in 2009, send-to block, search terms with dates, source, project), "Page N" headers, "4 of 27
# DOCUMENTS", copyright, edition date line, SECTION/LENGTH/HEADLINE/BYLINE/DATELINE/BODY fields, a page break with a
# running head between two paragraphs, GRAPHIC/LANGUAGE/LOAD-DATE, SUBJECT/PERSON/GEOGRAPHIC indexes with relevance
# percentages, then the second selected document (7 of 27, the next day's colour piece, cut off). Dated by the
# edition line "October 13, 1986, Monday" (stated; the dateline says Oct. 12). Window: Shevardnadze Soviet foreign
# minister from 1985-07-02 (Gorbachev, Reagan, Shultz earlier); Reagan and Shultz until 1989-01-20. Donald T. Regan
# (chief of staff), Akhromeyev and Nitze are not in the knowledge base. Weinberger appears only in the PERSON index;
# Vigdis Finnbogadottir only in the second document.
G["e114"] = dict(
    title="Reagan and Gorbachev Talks Collapse Over 'Star Wars' After Near-Accord on Missiles",
    date="1986-10-13", explicit_date=True, window=["1985-07-02", "1989-01-20"],
    leaders_required=["ronald-reagan", "mikhail-gorbachev", "george-shultz", "eduard-shevardnadze"],
    leaders_acceptable=["donald-regan", "sergei-akhromeyev", "paul-nitze"],
    leaders_forbidden=["caspar-weinberger",  # only in the PERSON index
                       "vigdis-finnbogadottir",  # only in the second document
                       "harlan-q-mossberg", "solveig-arnadottir-price"],
    topics_required=["us-russia", "arms-control"],
    topics_acceptable=["defence", "european-security", "technology"],
    must_contain=["The meeting between President Reagan and Mikhail S. Gorbachev ended in failure tonight after the Soviet leader insisted that any agreement to reduce nuclear arms be tied to strict limits on the American program to develop a space-based missile defense.",
                  "By this afternoon they had agreed in principle to halve their strategic nuclear forces within five years and to remove all medium-range missiles from Europe.",
                  "But when they met for a final session at Höfdi House, a white wooden mansion on the edge of the bay",
                  "Secretary of State George P. Shultz, looking drawn, told a news conference at the Loftleidir Hotel an hour later that he was \"deeply disappointed\"",
                  "On strategic weapons, they agreed to cut bombers, land-based missiles and submarine missiles by half within five years",
                  "The Soviet group was headed by Marshal Sergei F. Akhromeyev, the chief of the general staff",
                  "Mr. Reagan was to fly back to Washington tonight and address the nation on Monday.",
                  "The collapse leaves uncertain whether the two leaders will meet in the United States",
                  "why a deal on those weapons was lost because of a dispute over a defense system that does not yet exist.",
                  "Republican leaders said tonight that Mr. Reagan had been right to stand firm."],
    must_not_contain=["\r", "Print Request: Selected Document(s): 4,7", "Time of Request:",
                      "EASTMERE UNIVERSITY LIBRARY", "Terms: (reykjavik w/10 summit)", "Project ID: hist311-wk7",
                      "4 of 27 DOCUMENTS", "Copyright 1986 The Atlantic Ledger Company", "Late City Final Edition",
                      "SECTION: Section A; Page 1, Column 6; Foreign Desk", "LENGTH: 1184 words", "HEADLINE:",
                      "BYLINE: By HARLAN Q. MOSSBERG", "DATELINE: REYKJAVIK, Iceland, Oct. 12", "BODY:",
                      "The Atlantic Ledger, October 13, 1986, Monday", "GRAPHIC: Photo of President Reagan",
                      "LOAD-DATE:", "SUBJECT: ARMS CONTROL & DISARMAMENT (94%)", "CASPAR W WEINBERGER (54%)",
                      "7 of 27 DOCUMENTS", "For Icelanders, a Weekend at the Center of the World",
                      "Vigdis Finnbogadottir", "(Continued; 2 of 3 pages printed)"],
    headings=[])

# The raw source of a newsletter e-mail (CRLF): Return-Path, Received, SPF and DKIM headers, an RFC 2047 encoded
# Subject, Message-ID, List-Unsubscribe, X-Mailer, multipart/mixed around a multipart/alternative that holds the
# issue twice (text/plain 8bit, then text/html quoted-printable with =3D and soft line breaks, table layout and a
# tracking pixel), then a base64 PDF attachment. The plain part has masthead, browser link, greeting, "By the MSB
# editors", "ALSO ON MSB" links, a sponsor block and the unsubscribe/address footer. Dated by the Date header and
# masthead, Friday 18 March 2011 (stated; the vote was "on Thursday"). Window: Juppe foreign minister from
# 2011-02-27 (Obama, Clinton, Gates, Susan Rice, Sarkozy, Cameron, Hague, Westerwelle, Churkin, Ban, Gaddafi
# earlier); Amr Moussa Arab League secretary general until 2011-06-30. "Moussa Koussa" (Libya's foreign minister, not
# in the knowledge base) is not Amr Moussa; "Rice" is Susan Rice and "Clinton" Hillary Clinton. Saleh appears only in
# the ALSO ON links.
G["e115"] = dict(
    title="Security Council authorises 'all necessary measures' to protect Libyan civilians",
    date="2011-03-18", explicit_date=True, window=["2011-02-27", "2011-06-30"],
    leaders_required=["muammar-gaddafi", "alain-juppe", "susan-rice", "vitaly-churkin", "guido-westerwelle",
                      "amr-moussa", "barack-obama", "nicolas-sarkozy", "david-cameron", "hillary-clinton",
                      "robert-gates", "william-hague", "ban-ki-moon"],
    leaders_acceptable=["moussa-koussa"],
    leaders_forbidden=["bill-clinton", "condoleezza-rice",
                       "ali-abdullah-saleh"],  # only in "ALSO ON MSB"
    topics_required=["middle-east"],
    topics_acceptable=["sanctions", "defence", "nato", "human-rights"],
    must_contain=["The UN Security Council voted on Thursday night to authorise military action to protect civilians in Libya",
                  "Resolution 1973 was adopted by ten votes to none, with five abstentions: Russia, China, India, Brazil and Germany.",
                  "while excluding a foreign occupation force of any form on any part of Libyan territory.",
                  "adds the national oil company and the central bank to the list of entities whose assets are frozen.",
                  "French Foreign Minister Alain Juppé flew to New York to present the resolution himself",
                  "Germany's foreign minister, Guido Westerwelle, said German soldiers would not take part in any military action.",
                  "Hours before the vote, Gaddafi warned the people of Benghazi in a radio address",
                  "Defense Secretary Robert Gates has warned that a no-fly zone means first destroying Libya's air defences.",
                  "Libya's foreign minister, Moussa Koussa, announced an immediate ceasefire",
                  "Diplomats in New York said they would judge Tripoli by what happened around Benghazi and Misrata, not by what it said.",
                  "UN Secretary-General Ban Ki-moon welcomed the resolution as historic."],
    must_not_contain=["\r", "Return-Path:", "Received: from mail-out7.medsecbrief.example", "DKIM-Signature:",
                      "Message-ID:", "List-Unsubscribe:", "X-Mailer: MailBlast 4.2", "=?UTF-8?Q?",
                      "Content-Type: multipart/alternative", "Content-Transfer-Encoding: quoted-printable",
                      "This is a multi-part message in MIME format.", "------=_Part_118822", "=3D",
                      "MSB DAILY | Friday 18 March 2011 | Issue 512", "View this issue in your browser",
                      "Good morning. One story dominates today's brief.", "By the MSB editors", "ALSO ON MSB",
                      "Bahrain: troops clear Pearl Roundabout", "-- Sponsored --", "Gulf Risk Monitor",
                      "41 Rue des Tanneurs", "JVBERi0xLjQK", "Content-Disposition: attachment"],
    headings=[])

# A mailing-list archive page (Pipermail, HTML 3.2, ISO-8859-1): <TITLE> and <H1> with the [nato-enlarge] tag,
# author, obfuscated address ("mzh at polnet.example"), date line, previous/next/sorted-by navigation above and below,
# <!--beginarticle--> PRE holding a PGP-signed message (armour header, "- -" dash-escaped rules and signature
# separator, signature block), a quoted reply (&gt;), the poster's note, a repeated subject between rules, undecoded
# quoted-printable in the text (=20, =92, =B6, soft "=" line breaks inside words), a copyright line, the poster's
# signature and motto, the list footer and "More information about the … mailing list". Dated by the message date
# "Fri Mar 12 19:42:07 EST 1999" (stated). Window: Primakov prime minister and Igor Ivanov foreign minister from
# 1998-09-11 (Orban and Zeman prime ministers from July 1998; Albright, Clinton, Gore, Kwasniewski, Buzek, Solana
# earlier); Primakov until 1999-05-12. Geremek, Martonyi, Kavan and Goncz are not in the knowledge base. "Ivanov" is
# Igor Ivanov. Milosevic appears only in the next-message link.
G["e116"] = dict(
    title="Poland, Hungary and Czech Republic join NATO at Truman Library",
    date="1999-03-12", explicit_date=True, window=["1998-09-11", "1999-05-12"],
    leaders_required=["madeleine-albright", "bill-clinton", "aleksander-kwasniewski", "viktor-orban", "igor-ivanov",
                      "yevgeny-primakov", "al-gore", "milos-zeman", "jerzy-buzek", "javier-solana"],
    leaders_acceptable=["bronislaw-geremek", "janos-martonyi", "jan-kavan", "arpad-goncz"],
    leaders_forbidden=["slobodan-milosevic",  # only in the "Next message" subject
                       "sergei-ivanov", "marek-zawadzki-hollis", "jan-prochazka"],
    topics_required=["nato"],
    topics_acceptable=["european-security", "us-russia", "defence"],
    must_contain=["Poland, Hungary and the Czech Republic became members of NATO this afternoon, when their foreign ministers handed their instruments of accession to Secretary of State Madeleine Albright",
                  "The three ministers, Bronislaw Geremek of Poland, Janos Martonyi of Hungary and Jan Kavan of the Czech Republic, signed in turn at a small table on the stage",
                  "With that the alliance grew from sixteen members to nineteen, its first enlargement since Spain joined in 1982.",
                  "Geremek, a historian who was interned under martial law in 1981, said Poland had waited half a century for the day.",
                  "thanked the Senate, which ratified the enlargement last April by 80 votes to 19.",
                  "Foreign Minister Igor Ivanov said Russia still regarded enlargement as a mistake that would not make Europe safer",
                  "Prime Minister Yevgeny Primakov is due in Washington on March 23 for talks with Vice President Al Gore",
                  "Kosovo peace talks resume in Paris on Monday",
                  "Hungary, which borders Serbia and has a large ethnic Hungarian minority in Vojvodina, is the most exposed of the three.",
                  "On Tuesday, NATO Secretary General Javier Solana is to raise the three flags at the headquarters in Brussels.",
                  "Polls show support for membership strongest in Poland; in the Czech Republic it is barely above half."],
    must_not_contain=["[nato-enlarge]", "Previous message:", "Next message:", "Messages sorted by:", "[ date ]",
                      "[ thread ]", "mzh at polnet.example", "Fri Mar 12 19:42:07 EST 1999",
                      "-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", "Jan Prochazka wrote:",
                      "Will anyone from the list be at Independence tomorrow?", "My piece for the Chicago weekly is below",
                      "lab=20", "=B6", "=92", "- ------",
                      "(c) 1999 Polonia Tribune (Chicago). Reposted with permission.", "PGP key 0x5A3C91D2",
                      "Nie ma wolnosci bez solidarnosci", "-----BEGIN PGP SIGNATURE-----",
                      "Version: PGPfreeware 6.0.2i", "nato-enlarge mailing list",
                      "More information about the nato-enlarge", "Milosevic rejects Rambouillet text again"],
    headings=[])

# A Chinese English-learning site's bilingual news page (UTF-8 BOM): Chinese menu, login links, "您现在的位置" crumbs,
# the English headline over a Chinese one, source/author/editor/time/views line, 【字号】【打印】 controls, a Chinese
# lead-in, then every English paragraph followed by its Chinese translation, a ━ rule, vocabulary list with IPA and
# glosses, an exercise, a QR-code promo, related reading (Chinese and mixed), previous/next, responsible editor and
# ICP footer. Dated by "时间：2020-06-30 22:41" (stated). Window: Raab foreign secretary and Johnson prime minister from
# 2019-07-24 (Xi, Pompeo earlier); Pompeo secretary of state until 2021-01-20. Li Zhanshu, Carrie Lam and Zhao Lijian
# are not in the knowledge base. "The Trump administration" is named but Trump is not, except in a related link.
G["e117"] = dict(
    title="China adopts Hong Kong national security law",
    date="2020-06-30", explicit_date=True, window=["2019-07-24", "2021-01-20"],
    leaders_required=["xi-jinping", "mike-pompeo", "dominic-raab", "boris-johnson"],
    leaders_acceptable=["li-zhanshu", "carrie-lam", "zhao-lijian"],
    leaders_forbidden=["donald-trump",  # "the Trump administration", and a related-reading link
                       "zhou-wanqing", "sun-li"],
    topics_required=["human-rights"],
    topics_acceptable=["us-china", "sanctions", "indo-pacific"],
    must_contain=["China's top legislature on Tuesday passed a national security law for the Hong Kong Special Administrative Region, and President Xi Jinping signed a presidential order promulgating it the same day.",
                  "The text was added to Annex III of Hong Kong's Basic Law and took effect at 11 pm local time",
                  "The law defines four categories of offence: secession, subversion of state power, terrorist activities, and collusion with a foreign country or external elements to endanger national security.",
                  "A local bill was withdrawn in 2003 after mass street protests.",
                  "Chief Executive Carrie Lam said in a video message to the UN Human Rights Council in Geneva",
                  "Foreign Ministry spokesperson Zhao Lijian told a regular press conference that Hong Kong affairs were purely China's internal affairs",
                  "US Secretary of State Mike Pompeo said Washington could no longer distinguish between exports to Hong Kong and to the rest of China.",
                  "The Trump administration had already said in May that it no longer regarded Hong Kong as sufficiently autonomous",
                  "British Foreign Secretary Dominic Raab called the law a grave step",
                  "while Cuba read out a statement on behalf of 53 countries supporting it.",
                  "Hong Kong's stock market was closed on Wednesday for the public holiday marking the anniversary."],
    must_not_contain=["\ufeff", "首页 | 双语新闻", "您现在的位置", "双语：全国人大常委会通过香港国安法", "来源：环球英语网",
                      "浏览次数：3412", "【字号：大 中 小】", "导读：", "中国最高立法机关周二通过了香港特别行政区国家安全法",
                      "该法规定了四类罪行", "外交部发言人赵立坚在例行记者会上表示", "特朗普政府5月已表示",
                      "重点词汇 Vocabulary", "promulgate [ˈprɒml̩ɡeɪt] v. 颁布，公布", "【课后练习】", "（答案见下一页）",
                      "扫描下方二维码", "长按识别二维码", "相关阅读：", "双语：特朗普签署行政令 取消香港特殊待遇",
                      "上一篇：", "下一篇：", "【责任编辑：孙立】", "京ICP备0000000号-1", "━━━━"],
    headings=[])

# A 1996 news page as dumped by a text-mode browser (`lynx -dump`, ASCII): numbered link markers [n] in the menu, the
# body and the related line, [INLINE] and [ISMAP] image placeholders, a search field of underscores, a banner ad, the
# centred headline and deck, byline, a map placeholder mid-text, e-mail/text-only links, "best viewed with Netscape",
# copyright and the References list of 30-odd URLs. Dated "Saturday, March 9, 1996" (stated). Window: Hashimoto prime
# minister from 1996-01-11 (Perry, Christopher, Lake, Jiang, Li Peng, Qian Qichen, Chi Haotian earlier); Christopher
# secretary of state until 1997-01-17. Lee Teng-hui, Lien Chan and Liu Huaqiu are not in the knowledge base (three
# Lee/Li/Lien/Liu names beside Li Peng). Deng Xiaoping appears only in a related link.
G["e118"] = dict(
    title="China fires missiles into sea off Taiwan's ports",
    date="1996-03-09", explicit_date=True, window=["1996-01-11", "1997-01-17"],
    leaders_required=["william-perry", "warren-christopher", "anthony-lake", "qian-qichen", "li-peng", "chi-haotian",
                      "ryutaro-hashimoto", "jiang-zemin"],
    leaders_acceptable=["lee-teng-hui", "lien-chan", "liu-huaqiu"],
    leaders_forbidden=["deng-xiaoping",  # only in the RELATED line
                       "wong-ka-ling", "richard-t-almond"],
    topics_required=["indo-pacific", "us-china"],
    topics_acceptable=["defence"],
    must_contain=["China fired three ballistic missiles into the sea off Taiwan's two biggest ports on Friday",
                  "inside closure zones that China had announced on Tuesday.",
                  "followed a similar round of tests last July, after President Lee Teng-hui made a private visit to the United States that infuriated Beijing.",
                  "the United States was moving the aircraft carrier Independence and its escorts to waters east of Taiwan",
                  "that there would be grave consequences if any of the missiles struck Taiwan.",
                  "Foreign Minister Qian Qichen said in Beijing that the exercises were a normal matter for China",
                  "had said China would never renounce the use of force to prevent Taiwan's separation.",
                  "Taiwan put its armed forces on a higher state of alert and cancelled leave for some units.",
                  "Long queues formed at some banks as people bought US dollars, and the price of gold rose.",
                  "His premier, Lien Chan, said the government had a plan for every eventuality.",
                  "In Tokyo, Prime Minister Ryutaro Hashimoto said Japan was deeply concerned",
                  "President Jiang Zemin has staked his standing with the army on a firm line over Taiwan"],
    must_not_contain=["[1][INLINE]", "THE HARBOUR CHRONICLE ONLINE", "[2]Home", "[8]Archive", "Search the Chronicle:",
                      "____________________", "[9][Go]", "Last updated 11:40 HKT", "[ISMAP]",
                      "Cathay Bank -- Now open Saturdays in Kowloon",
                      "By Wong Ka-ling in Hong Kong and Richard T. Almond in Washington", "[11]", "[13]",
                      "Map: the closure zones off Keelung and Kaohsiung (Chronicle graphic)", "RELATED:",
                      "Deng Xiaoping health rumours hit Hang Seng", "E-mail this story", "Text-only version",
                      "Subscribe to the print edition", "Copyright (c) 1996 The Harbour Chronicle Ltd.",
                      "best viewed with Netscape Navigator", "References",
                      "http://www.harbourchron.example/china/960309/m9.html"],
    headings=[])

# An intelligence agency's FOIA reading-room page for a CREST record, scraped as text: site menu and search, crumbs,
# catalogue title, a metadata table (document number, release decision, page count, creation date 2016, release
# date 2008, publication date, content type), the PDF attachment line, "Body:", then the OCR of a four-page typed memo
# with "Approved For Release 2008/03/14 : CIA-RDP…" stamps and SECRET/25X1 lines at the top and bottom of every page,
# page numbers, 25X1 redaction markers mid-paragraph, OCR errors, the routing header (MEMORANDUM FOR/VIA/FROM/
# SUBJECT) and a distribution list; reading-room footer. Dated "28 December 1979" in the memo (stated; the catalogue's
# "Publication Date: December 28, 1979" agrees, its other dates do not). Window: Zia president of Pakistan from
# 1978-09-16 (Carter, Brezhnev, Ustinov, Gromyko, Andropov at the KGB, Kosygin earlier); Kosygin premier until
# 1980-10-23. Amin, Karmal and Taraki are not in the knowledge base; "Ayatollah Khomeini" has neither first name
# nor post (acceptable). Vance,
# Brzezinski and Brown appear only in the distribution list.
G["e119"] = dict(
    title="Soviet Military Intervention in Afghanistan: An Initial Assessment",
    date="1979-12-28", explicit_date=True, window=["1978-09-16", "1980-10-23"],
    leaders_required=["leonid-brezhnev", "dmitry-ustinov", "andrei-gromyko", "yuri-andropov", "alexei-kosygin",
                      "muhammad-zia-ul-haq", "jimmy-carter"],
    leaders_acceptable=["ruhollah-khomeini", "hafizullah-amin", "babrak-karmal", "nur-muhammad-taraki"],
    leaders_forbidden=["cyrus-vance", "zbigniew-brzezinski", "harold-brown"],  # only in the distribution list
    topics_required=["defence"],
    topics_acceptable=["us-russia", "arms-control", "middle-east"],
    must_contain=["Between 24 and 27 December the Soviet Union moved the equivalent of two airborne divisions into the Kabul area and Bagram airfield",
                  "This is the first use of Soviet ground forces in strength outside the Warsaw Pact area since the Second World War.",
                  "The airlift began on the evening of 24 December and involved more than 200 flights by An-12, An-22 and Il-76 transports",
                  "We expect the Soviet force in Afghanistan to reach 30,000 to 50,000 men within a few weeks.",
                  "Moscow's public line, carried by TASS this morning, is that Soviet forces entered at the request of the Afghan government",
                  "The decision was almost certainly taken by General Secretary Brezhnev and a small group in the Politburo, including Defense Minister Ustinov, Foreign Minister Gromyko and KGB Chairman Andropov.",
                  "Premier Kosygin, who argued against sending troops when the late President Taraki asked for them in March",
                  "President Zia has allowed Afghan insurgent leaders to operate from Peshawar",
                  "is holding some 50 Americans hostage in Tehran",
                  "the intervention will make ratification of the SALT II Treaty by the Senate, already in difficulty, very unlikely in the near term.",
                  "President Carter's message to Brezhnev on the hotline this afternoon",
                  "The Soviets face a long counterinsurgency in difficult terrain."],
    must_not_contain=["CIA FOIA Electronic Reading Room", "Search the Collection", "Home > CREST",
                      "Document Type: CREST", "Document Number (FOIA) /ESDN (CREST):", "Release Decision: RIPPUB",
                      "Document Creation Date: December 21, 2016", "Document Release Date: March 14, 2008",
                      "Sequence Number: 3", "Content Type: MEMO", "CIA-RDP81B00401R000500110003-2.pdf", "214.37 KB",
                      "Body:", "Approved For Release 2008/03/14", "25X1", "- 2 -", "NFAC 7744-79", "MEMORANDUM FOR:",
                      "Deputy Director for National Foreign Assessment", "Distribution:",
                      "Secretary of State (Mr. Vance)", "Dr. Brzezinski, NSC", "NIO/USSR-EE chrono",
                      "Page last updated: December 21, 2016", "Privacy and Security Notice"],
    headings=["THE OPERATION", "SOVIET MOTIVES", "IMPLICATIONS", "OUTLOOK"])

# The public share page of an AI chat assistant, saved as text: app bar, the chat's own title ("USSR end summary for
# seminar") and "Shared by Anonymous · June 12, 2024", share notice, "You said:" with the student's request and a
# pasted archive wire story (dateline "MINSK, Dec 9 (BNW) -" without a year, reporting and copyright lines pasted
# along), "Parley said:" with a numbered bullet summary that wrongly names Lukashenko as a signatory, UI labels (Copy
# Edit Regenerate), a follow-up question and answer naming Kebich, feedback prompt, disclaimer and footer. Undated
# story: Mon 9 Dec 1991 (signing "on Sunday", Gorbachev "on Monday"; the 2024 share date is not the date). Window:
# Kravchuk president of Ukraine from 1991-12-05 (Yeltsin, Nazarbayev, Baker earlier); Gorbachev president of the
# Soviet Union until 1991-12-25. "President Bush" is George H. W. Bush. Shushkevich is not in the knowledge base.
G["e120"] = dict(
    title="Three Slav republics declare the Soviet Union dead and form a commonwealth",
    date="1991-12-09", explicit_date=False, window=["1991-12-05", "1991-12-25"],
    leaders_required=["boris-yeltsin", "leonid-kravchuk", "mikhail-gorbachev", "james-baker", "nursultan-nazarbayev"],
    leaders_acceptable=["stanislav-shushkevich", "george-h-w-bush"],
    leaders_forbidden=["alexander-lukashenko",  # only in the assistant's (wrong) summary
                       "vyacheslav-kebich",  # only in the assistant's answer
                       "george-w-bush", "katya-denisova-ward", "piotr-halloran", "mark-olufsen"],
    topics_required=["european-security"],
    topics_acceptable=["arms-control", "ukraine", "us-russia"],
    must_contain=["The leaders of Russia, Ukraine and Belarus have declared that the Soviet Union has ceased to exist and replaced it with a Commonwealth of Independent States",
                  "The agreement was signed on Sunday at a government hunting lodge at Viskuli in the Belovezha forest, near the Polish border",
                  "\"The USSR as a subject of international law and a geopolitical reality ceases to exist,\" the preamble says.",
                  "Its coordinating bodies will sit in Minsk rather than Moscow. Any other former Soviet republic may join.",
                  "The three leaders promised joint control of the Soviet nuclear arsenal under a unified command of strategic forces",
                  "Gorbachev said on Monday that the agreement had no legal force",
                  "Yeltsin telephoned President Bush in Washington from the lodge on Sunday evening to tell him of the agreement before Gorbachev was informed.",
                  "Secretary of State James Baker said the Soviet Union as the world had known it no longer existed",
                  "in which more than 90 percent of voters backed independence.",
                  "Communist and nationalist members of the Soviet parliament called the agreement a betrayal and demanded Yeltsin's arrest."],
    must_not_contain=["Parley", "New chat", "Sign up for free", "USSR end summary for seminar",
                      "Shared by Anonymous", "June 12, 2024", "Messages may have been edited before sharing.",
                      "Report conversation", "You said:", "can you summarise this in 5 bullet points",
                      "pasted from the library database", "Here's a 5-point summary of the article:",
                      "Alexander Lukashenko", "**New body:**", "Would you like me to turn this into slides",
                      "Copy    Edit    Regenerate", "who was the prime minister of belarus who signed?",
                      "Vyacheslav Kebich", "Is this conversation helpful so far?", "Check important info.",
                      "Cookie preferences", "(Reporting by Katya Denisova-Ward",
                      "Copyright 1991 Baltic News Wire. All rights reserved."],
    headings=[])
