"""Gold for e141-e150 (merged into gold.json by merge_gold.py). English-language services of non-anglophone outlets
and agencies, official texts as news sites reprint them, and print-edition pages put online. Each entry carries a
comment on how its date window was derived: terms of office (input/data) of people named with their posts, nothing
else. A person named with a former post, or with a post the knowledge base does not record, only says the article
is not earlier than what the text says; open-ended terms end at their scheduled end or at the earliest-ending term
of the others named. People the knowledge base does not hold appear, if at all, as slugs in leaders_acceptable
(named in the text) or leaders_forbidden (named only in chrome, credits or by-lines)."""

G = {}

# Vietnamese state agency's English service: Obama lifts the US ban on lethal arms sales to Vietnam (Hanoi, 23 May
# 2016). UTF-8; the language bar, two tool labels, an ad label, a Vietnamese caption and related link and one body
# sentence are UTF-8 read as Windows-1252 (Vietnamese mojibake, with a U+0090 in "Đ"). Date line "Monday,
# 23/05/2016 - 21:47" (stated, DD/MM). Window: Nguyen Xuan Phuc prime minister from 2016-04-07 (Tran Dai Quang
# president from 2016-04-02, Nguyen Phu Trong general secretary, Kerry, Obama earlier); Obama and Kerry until
# 2017-01-20. Bill Clinton is named as "then-President" (past); Nguyen Thi Kim Ngan is not in the knowledge base.
# Xi Jinping appears only in the related-news list; "Ho Chi Minh City" is a city, not a person.
G["e141"] = dict(
    title="Vietnam, US open new chapter as Obama lifts arms sales ban",
    date="2016-05-23", explicit_date=True, window=["2016-04-07", "2017-01-20"],
    leaders_required=["barack-obama", "tran-dai-quang", "nguyen-phu-trong", "nguyen-xuan-phuc", "john-kerry"],
    leaders_acceptable=["bill-clinton", "nguyen-thi-kim-ngan"],
    leaders_forbidden=["xi-jinping",  # only in "Related news"
                       "ho-chi-minh",  # only the city's name
                       "thu-ha", "minh-chau", "thong-nhat"],
    topics_required=["defence", "sanctions"],
    topics_acceptable=["indo-pacific", "us-china", "human-rights"],
    must_contain=["US President Barack Obama announced on May 23 that the United States would fully lift its ban on the sale of lethal military equipment to Vietnam",
                  "\"It is based on our desire to complete what has been a lengthy process of moving towards normalisation with Vietnam,\" he said",
                  "President Trần Đại Quang welcomed the decision as clear evidence that the two countries had fully normalised their ties.",
                  "The embargo had been in place since 1984.",
                  "Obama said the United States would continue to fly, sail and operate wherever international law allows",
                  "training for United Nations peacekeeping operations;",
                  "Prime Minister Phuc told his guest that Vietnam would speed up the ratification of the Trans-Pacific Partnership",
                  "a contract for the low-cost carrier VietJet to buy 100 Boeing 737 MAX aircraft",
                  "Relations were normalised in 1995 under then-President Bill Clinton",
                  "Human rights remained a point of difference.",
                  "He leaves Vietnam on May 25 for the Group of Seven summit in Japan.",
                  "Maritime security"],
    must_not_contain=["Tiáº¿ng Viá»‡t", "VPA ENGLISH · Viet Press Agency", "Home | Politics | Business | Society",
                      "Politics » Foreign affairs", "Monday, 23/05/2016 - 21:47", "Báº£n in", "Like 2.4K", "[Photo]",
                      "(Photo: Thong Nhat/VPA)", "Hanoi (VPA) –", "Tráº§n", "Quáº£ng cÃ¡o",
                      "RELATED: Vietnam ready to complete TPP ratification", "Editor in charge: Thu Ha",
                      "Translated by: Minh Chau", "Tags: US President Obama visits Vietnam", "Related news",
                      "Chinese President Xi Jinping receives Vietnamese special envoy", "Your comment (0)",
                      "Please type in Vietnamese with diacritics", "© Copyright by Viet Press Agency",
                      "Licence No. 118/GP-BTTTT", "english@vpa.example"],
    headings=["Maritime security", "Business deals and education"])

# Chinese English-language daily's digitised print edition, page 1 and its jump to page 2 (CRLF): Jiang Zemin's
# state visit, the White House summit and joint statement of 29 October 1997. "Thursday, October 30, 1997 ·
# National Edition" (stated). Window: Madeleine Albright secretary of state from 1997-01-23 (Jiang, Clinton, Gore,
# Qian Qichen earlier); Qian foreign minister until 1998-03-18. Nixon is named for his 1972 visit (not in the
# knowledge base), Deng Xiaoping for his death (past). Li Peng appears only in the caption of another story on
# the same page ("ALSO ON THIS PAGE").
G["e142"] = dict(
    title="Jiang and Clinton agree to build strategic partnership",
    date="1997-10-30", explicit_date=True, window=["1997-01-23", "1998-03-18"],
    leaders_required=["jiang-zemin", "bill-clinton", "qian-qichen", "madeleine-albright", "al-gore"],
    leaders_acceptable=["richard-nixon", "deng-xiaoping"],
    leaders_forbidden=["li-peng",  # only in the caption of the neighbouring story
                       "zhang-yuan", "liu-qing", "sun-wei", "gao-feng"],
    topics_required=["us-china"],
    topics_acceptable=["arms-control", "human-rights", "indo-pacific", "energy", "technology"],
    must_contain=["President Jiang Zemin and US President Bill Clinton agreed yesterday that China and the United States would work together to build a constructive strategic partnership oriented toward the 21st century",
                  "a direct communications link would be set up between Beijing and Washington to make consultations easier",
                  "\"China and the United States share broad common interests and bear important responsibilities for world peace and development,\" Jiang told reporters.",
                  "China joined the Zangger Committee, a group of nuclear exporting countries, earlier this month.",
                  "to co-operate against international organized crime, drug trafficking and illegal immigration;",
                  "Vice-Premier and Foreign Minister Qian Qichen held separate talks with Secretary of State Madeleine Albright",
                  "the first of which was issued in Shanghai during the 1972 visit to China of President Richard Nixon",
                  "What matters is that we handle them on the basis of mutual respect and equality.",
                  "Business contracts signed during the visit include an agreement for China to buy 50 Boeing aircraft worth about US$3 billion.",
                  "since the death of Deng Xiaoping in February",
                  "Nuclear energy co-operation", "Differences remain"],
    must_not_contain=["THE HUAXIA HERALD", "Digital Archive 1995–2005", "Today's Paper",
                      "Archive › 1997 › October › 30", "Thursday, October 30, 1997  ·  National Edition",
                      "Page 1 of 16", "[ View page image ]", "FRONT PAGE",
                      "By our staff reporters ZHANG YUAN and LIU QING", "WASHINGTON, October 29 —",
                      "HH photo by SUN WEI", "(Continued on Page 2)", "ALSO ON THIS PAGE",
                      "State firms told to speed up reform", "Premier Li Peng addresses a national conference",
                      "Weather: Beijing fine", "Page 2  ·  Thursday, October 30, 1997", "(Continued from Page 1)",
                      "(HH)", "This story appeared on Page 1 and Page 2", "[ E-mail this story ]",
                      "More from this issue", "Commentary: A new starting point",
                      "Copyright 1995–2005 The Huaxia Herald", "archive@huaxiaherald.example"],
    headings=["Nuclear energy co-operation", "Differences remain"])

# Russian news site's English section reprinting the foreign ministry spokeswoman's briefing of 3 September 2020
# (UTF-8 BOM): Navalny, Belarus, strategic stability, then questions and answers. Title and "03.09.2020, 18:12"
# (stated). Window: Mishustin prime minister from 2020-01-16 (Borrell high representative from 2019-12-01;
# Zakharova, Lavrov, Ryabkov, Maas, Merkel, Makei, Lukashenko, Stoltenberg earlier); Merkel and Maas until
# 2021-12-08. Schroeder is named as a former chancellor; Navalny, Nechayev and Billingslea are not in the knowledge
# base. Peskov appears only in a "Read also" link inside the text, Trump only in the "Read also" list below it.
G["e143"] = dict(
    title="Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, September 3, 2020",
    date="2020-09-03", explicit_date=True, window=["2020-01-16", "2021-12-08"],
    leaders_required=["maria-zakharova", "angela-merkel", "heiko-maas", "josep-borrell", "jens-stoltenberg",
                      "mikhail-mishustin", "sergey-lavrov", "vladimir-makei", "sergei-ryabkov",
                      "alexander-lukashenko"],
    leaders_acceptable=["gerhard-schroder", "alexey-navalny", "sergey-nechayev", "marshall-billingslea"],
    leaders_forbidden=["dmitry-peskov",  # only in a "Read also" link
                       "donald-trump",  # only in the "Read also" list
                       "kirill-orlov", "anna-bykova"],
    topics_required=["human-rights"],
    topics_acceptable=["european-security", "sanctions", "arms-control", "energy", "us-russia"],
    must_contain=["Federal Minister for Foreign Affairs Heiko Maas summoned our Ambassador, Sergey Nechayev, to convey this position.",
                  "On August 27, the Prosecutor General's Office of the Russian Federation sent an official request for legal assistance to the competent German authorities.",
                  "All of this fits a familiar pattern: first a verdict, then a search for evidence.",
                  "Prime Minister Mikhail Mishustin is in Minsk today for talks with the Belarusian leadership",
                  "which expires on February 5, 2021.",
                  "Question: President of Belarus Alexander Lukashenko said today that Belarusian radio intelligence had intercepted a conversation between Warsaw and Berlin",
                  "Maria Zakharova: We have seen the reports.",
                  "Former Chancellor Gerhard Schroeder, who chairs the board of directors of the pipeline company",
                  "Nord Stream 2 is a commercial project that serves the energy security of Europe, including Germany.",
                  "But every unfriendly step will meet a response.",
                  "Developments around Alexey Navalny", "Answers to media questions"],
    must_not_contain=["\ufeff", "THE MOSCOW LEDGER", "Русская версия", "Russia · World · Economy",
                      "Home › Documents › Foreign Ministry briefings", "FULL TEXT", "03.09.2020, 18:12",
                      "Unofficial translation by the Russian Foreign Ministry", "Edited by Kirill Orlov",
                      "Share:  VK", "Версия для печати", "Read also: Peskov says Kremlin has no reason", "[…]",
                      "Documents and materials", "Sergey Lavrov's remarks at a meeting with students",
                      "Donald Trump says he has not yet seen proof", "Omsk chief doctor", "Tags: Maria Zakharova",
                      "Comments (37)", "Свидетельство о регистрации", "english@moscowledger.example"],
    headings=["Developments around Alexey Navalny", "Situation in Belarus",
              "Russian-US strategic stability consultations", "Answers to media questions"])

# Presidential website's English news item (HTML page): Zelenskyy sums up the Normandy format summit in Paris of
# Monday 9 December 2019, posted "10 December 2019 - 01:15" (stated, also in <time>). Window: Prystaiko foreign
# minister 2019-08-29 .. 2020-03-04 (Zelensky, Macron, Merkel, Putin, Le Drian, Maas, Lavrov in office throughout).
# Yermak is named as assistant to the president (the knowledge base holds only his later post as head of the
# office, from 2020-02-11: not a bound); Kuchma as "the second President of Ukraine" (past). "The Steinmeier
# formula" is named after Frank-Walter Steinmeier, who is not otherwise named.
G["e144"] = dict(
    title="Volodymyr Zelenskyy after the Normandy format summit: We agreed on a ceasefire and an exchange of detainees by the end of the year",
    date="2019-12-10", explicit_date=True, window=["2019-08-29", "2020-03-04"],
    leaders_required=["volodymyr-zelensky", "emmanuel-macron", "angela-merkel", "vladimir-putin", "vadym-prystaiko",
                      "jean-yves-le-drian", "heiko-maas", "sergey-lavrov"],
    leaders_acceptable=["andriy-yermak", "leonid-kuchma"],
    leaders_forbidden=["frank-walter-steinmeier"],  # only "the Steinmeier formula"
    topics_required=["ukraine"],
    topics_acceptable=["european-security", "energy", "human-rights", "nato"],
    must_contain=["said that the first meeting of the Normandy format leaders in three years had produced concrete decisions for the people of Donbas",
                  "I will be honest: it is very little. I wanted to solve many more issues. But this is the first step, and we have to take it,",
                  "a full and comprehensive implementation of the ceasefire, strengthened by the necessary measures, before the end of 2019;",
                  "the release and exchange of conflict-related detainees by the end of the year",
                  "The leaders also agreed to instruct their foreign ministers and political advisers to prepare the next meeting in this format within four months",
                  "There can be no federalisation of Ukraine.",
                  "Speaking about the so-called “Steinmeier formula” on the entry into force of the special law",
                  "The President of France said the meeting had restored the dialogue on Donbas after a long pause.",
                  "On the margins of the summit, Volodymyr Zelenskyy held his first bilateral meeting with Vladimir Putin.",
                  "Minister of Foreign Affairs of Ukraine Vadym Prystaiko and Assistant to the President Andriy Yermak were part of the Ukrainian delegation.",
                  "The second President of Ukraine, Leonid Kuchma, who heads the Ukrainian delegation to the Trilateral Contact Group in Minsk",
                  "We have to return our people home, and we will do it,"],
    must_not_contain=["Official website of the President of Ukraine", "Українською", "Search the website",
                      "Electronic petitions", "Home › News › All news", "10 December 2019 - 01:15", "Print version",
                      "Subscribe to news", "Share: Facebook", "&amp;amp;",
                      "Photo: Office of the President of Ukraine / M. Tkach", "Open the photo gallery", "&amp;quot;",
                      "&quot;", "support the initiatives of citizens",
                      "Read also: Volodymyr Zelenskyy met with leaders of parliamentary factions", "class=\"link\"",
                      "class=\"quote\"", "Tags: Normandy format", "Other news",
                      "President held a meeting with the families of Ukrainians detained",
                      "Creative Commons Attribution 4.0 license", "11 Bankova St.",
                      "Version for the visually impaired", "dataLayer"],
    headings=[])

# Indonesian news agency's English service (Windows-1252 + CRLF): the UN announces the result of East Timor's
# ballot, with excerpts of the Secretary-General's statement in numbered paragraphs. "Saturday, 04.09.1999 | 11:52
# WIB" (stated; the statement was released in New York on the Friday evening). Window: Albright secretary of state
# from 1997-01-23 (Annan secretary-general from 1997-01-01, Guterres Portuguese prime minister, Howard earlier);
# Albright until 2001-01-20. Megawati is named as a party leader (her vice-presidency from 1999-10-21 must not be
# used); Habibie, Alatas, Wiranto, Gusmão and Ian Martin are not in the knowledge base. Wahid appears only in
# "Other news".
G["e145"] = dict(
    title="East Timorese reject autonomy offer by wide margin, UN says",
    date="1999-09-04", explicit_date=True, window=["1997-01-23", "2001-01-20"],
    leaders_required=["kofi-annan", "antonio-guterres", "john-howard", "madeleine-albright"],
    leaders_acceptable=["megawati-sukarnoputri", "b-j-habibie", "ali-alatas", "wiranto", "xanana-gusmao",
                        "ian-martin"],
    leaders_forbidden=["abdurrahman-wahid",  # only in "Other news"
                       "hendra-wijaya", "ratna-sari", "agus-setiawan"],
    topics_required=["human-rights", "indo-pacific"],
    topics_acceptable=["defence"],
    must_contain=["The people of East Timor have rejected Indonesia’s offer of wide-ranging autonomy by an overwhelming margin, the United Nations announced on Saturday",
                  "Turnout was 98.6 percent of the 451,792 people who had registered, inside and outside the territory.",
                  "In New York, where it was Friday evening, Secretary-General Kofi Annan gave the result to the Security Council at the same moment",
                  "the 1978 decree that made East Timor Indonesia’s 27th province",
                  "Megawati Sukarnoputri, whose Indonesian Democratic Party of Struggle won the largest share of the vote in the June general election",
                  "The jailed resistance leader Xanana Gusmão, who is serving his sentence under house arrest in Jakarta",
                  "Portuguese Prime Minister António Guterres welcomed the result as a victory for the East Timorese people",
                  "US Secretary of State Madeleine Albright called on Jakarta to rein in the militias.",
                  "By this vote the East Timorese have turned down the special autonomy on offer and have chosen to begin a transition towards independence.",
                  "The United Nations will stay in East Timor through the transition",
                  "Reactions in Jakarta", "Foreign reactions"],
    must_not_contain=["NNA  ·  Nusantara News Agency  ·  English Service", "Beranda/Home", "Search: [",
                      "Home : National : Politics", "Saturday, 04.09.1999  |  11:52 WIB", "[Send to a friend]",
                      "Dili/Jakarta, Sept 4 (NNA) -", "FOTO: Residents of Dili queue", "(NNA/Agus Setiawan/1999)",
                      "-- IKLAN / ADVERTISEMENT --", "Garuda Indonesia: daily flights", "Baca juga / Read also:",
                      "Habibie to address the nation", "(T.HW/RS/B003/04-09-99 11:52)", "Reporter: Hendra Wijaya",
                      "Other news:", "Wahid: PKB will accept MPR decision", "Rupiah firms to 7,900",
                      "Write your comment", "© 1999 Nusantara News Agency", "Hak cipta dilindungi undang-undang",
                      "without written permission of NNA"],
    headings=["Reactions in Jakarta", "Foreign reactions"])

# German daily's English edition, page 1 and its jump to page 2, as a Markdown export of the print archive: the
# 40th anniversary of the Élysée treaty and the Franco-German line on Iraq. "Page 1 · Thursday, January 23, 2003"
# (stated; the translation note's "German edition of January 22" is not the date). Window: de Villepin foreign
# minister from 2002-05-07 (Raffarin from 2002-05-06; Chirac, Schröder, Fischer, Bush, Powell, Rumsfeld, ElBaradei
# earlier); "the government of Saddam Hussein", "the Iraqi leader" until 2003-04-09. Adenauer and de Gaulle are named
# as the treaty's signatories, Kohl and Mitterrand for Verdun 1984 (past); Blix is not in the knowledge base. Blair
# appears only in the edition index; "struck a compromise" is a verb, not Peter Struck; "Fischer" is Joschka.
G["e146"] = dict(
    title="Paris and Berlin close ranks on Iraq as their treaty turns 40",
    date="2003-01-23", explicit_date=True, window=["2002-05-07", "2003-04-09"],
    leaders_required=["jacques-chirac", "gerhard-schroder", "joschka-fischer", "dominique-de-villepin",
                      "jean-pierre-raffarin", "donald-rumsfeld", "colin-powell", "george-w-bush", "saddam-hussein",
                      "mohamed-elbaradei"],
    leaders_acceptable=["konrad-adenauer", "charles-de-gaulle", "helmut-kohl", "francois-mitterrand", "hans-blix"],
    leaders_forbidden=["tony-blair",  # only in the edition index
                       "peter-struck",  # "struck a compromise"
                       "heinz-fischer", "jan-fischer",
                       "katrin-vogel", "jorg-albers", "bernd-kalt"],
    topics_required=["middle-east"],
    topics_acceptable=["european-security", "nato", "arms-control", "defence"],
    must_contain=["France and Germany used the 40th anniversary of the Élysée treaty on Wednesday to present a common front against a war in Iraq",
                  "\"War is always the worst of solutions,\" Mr. Chirac said.",
                  "who told an election rally in Goslar on Tuesday that Germany would not vote for a resolution legitimizing war",
                  "in the palace where the German Empire was proclaimed in 1871",
                  "The treaty that Konrad Adenauer and Charles de Gaulle signed on January 22, 1963, obliged the two governments to consult each other on all important questions of foreign policy.",
                  "Last week they struck a compromise on the future of the European Union's institutions",
                  "\"You're thinking of Europe as Germany and France. I don't. I think that's old Europe.\"",
                  "Foreign Minister Joschka Fischer said in Berlin that Germany's position was the result of its own analysis",
                  "The next test comes on Monday, when the chief UN weapons inspector, Hans Blix, and the head of the International Atomic Energy Agency, Mohamed ElBaradei, report to the Security Council",
                  "the day was a reminder that the two founding states still expect to set the course.",
                  "A friendship with a history", "Washington's irritation"],
    must_not_contain=["[Startseite](", "\ufffd", "THE RHINELAND POST · ENGLISH EDITION",
                      "Printed and distributed with The Continental Tribune", "Page 1 · Thursday, January 23, 2003",
                      "In this edition:", "Page 3: Blair's Iraq dilemma", "DAX slips below 2,800", "Katrin Vogel",
                      "Jörg Albers", "![Chirac and Schröder in the Hall of Mirrors",
                      "Photo by Bernd Kalt for The Rhineland Post", "PARIS —",
                      "President Jacques Chirac at the Élysée", "Continued on page 2", "Page 2 · Politics",
                      "(continued from page 1)", "Translated from the German edition", "More from the archive",
                      "Kohl and Mitterrand at Verdun, 1984", "Rheinland-Post Verlag GmbH", "rheinland-post.example"],
    headings=["A friendship with a history", "Washington's irritation", "The inspectors' report"])

# Moroccan news agency's English service (UTF-8 with French and Arabic chrome, Tifinagh in the language bar, and
# narrow no-break spaces U+202F before colons and around slashes, French style, in the chrome and in one body
# line): US recognition of Moroccan sovereignty over Western Sahara and the resumption of contacts with Israel,
# with the Royal Cabinet's communiqué (I.-III. list). "Thursday, 10 December 2020 - 20:04" (stated). Window: Bourita
# foreign minister from 2017-04-05 (Guterres secretary-general from 2017-01-01, Othmani head of government from
# 2017-03-17; Mohammed VI, Trump, Netanyahu, Abbas earlier); Trump until 2021-01-20. Biden is named as
# president-elect (his presidency from 2021-01-20 must not be used); Kushner and Brahim Ghali are not in the
# knowledge base (Ghali is not Boutros-Ghali). Sheikh Tamim appears only in "Latest news".
G["e147"] = dict(
    title="US recognises Morocco's sovereignty over Sahara, Kingdom to resume contacts with Israel",
    date="2020-12-10", explicit_date=True, window=["2017-04-05", "2021-01-20"],
    leaders_required=["mohammed-vi-of-morocco", "donald-trump", "mahmoud-abbas", "benjamin-netanyahu",
                      "nasser-bourita", "saadeddine-othmani", "antonio-guterres"],
    leaders_acceptable=["joe-biden", "jared-kushner", "brahim-ghali"],
    leaders_forbidden=["tamim-bin-hamad-al-thani",  # only in "Latest news"
                       "boutros-boutros-ghali"],  # Brahim Ghali is another man
    topics_required=["middle-east"],
    topics_acceptable=["human-rights"],
    must_contain=["HM King Mohammed VI held on Thursday a phone conversation with US President Donald Trump",
                  "the full sovereignty of the Kingdom of Morocco over the entire Moroccan Sahara region, the Royal Cabinet said in a communiqué.",
                  "Here follows the text of the communiqué, in an unofficial English translation",
                  "The King recalled that Morocco was among the first nations to recognise the United States of America, in 1777.",
                  "to resume official contacts with its Israeli counterparts, and diplomatic relations, as soon as possible;",
                  "The Sovereign assured him that Morocco places the Palestinian cause on the same level as the question of the Moroccan Sahara",
                  "The negotiations were led on the American side by the President's senior adviser Jared Kushner.",
                  "Israeli Prime Minister Benjamin Netanyahu welcomed what he called a historic day",
                  "Foreign Minister Nasser Bourita said the US decision was the result of years of patient diplomacy led by the King",
                  "A spokesman for UN Secretary-General António Guterres said the position of the United Nations was unchanged",
                  "It was not immediately clear whether the incoming administration of President-elect Joe Biden",
                  "Call with President Abbas"],
    must_not_contain=["\u202f", "MNA — Maghreb News Agency", "العربية  |  Français", "ⵜⴰⵎⴰⵣⵉⵖⵜ",
                      "Activités Royales", "Taille du texte", "Partager sur WhatsApp",
                      "Thursday, 10 December 2020 - 20:04", "Dépêche n° 2020-12-10/0457",
                      "HM King Mohammed VI – file photo", "Rabat -", "Lire aussi / Read also",
                      "Guerguerat: traffic flows normally", "— Publicité —", "Mots-clés", "0 Commentaires",
                      "Laisser un commentaire", "Dernières dépêches / Latest news",
                      "HM the King receives message from the Emir of Qatar", "Covid-19: 3,346 new cases",
                      "Senegal welcomes US decision", "© MNA 2020 – Tous droits réservés", "MNA"],
    headings=["Call with President Abbas", "Reactions"])

# Brazilian public news agency's English service (UTF-8 with HTML entities left in the chrome and in three body
# names, Portuguese chrome, ► bullets): Bolsonaro at the White House, Trump's plan to designate Brazil a major
# non-NATO ally. "Published on 19/03/2019 - 19:32" (stated). Window: Guaidó recognised as interim president from
# 2019-01-23 (Bolsonaro from 2019-01-01; Trump, Maduro earlier); Bolton national security adviser until 2019-09-10.
# Araújo, Guedes, Moro and the president's son Eduardo Bolsonaro are not in the knowledge base. "Blair House" is a
# guest house, not Tony Blair; Lula appears only in "Most read".
G["e148"] = dict(
    title="Trump to name Brazil major non-NATO ally after meeting Bolsonaro",
    date="2019-03-19", explicit_date=True, window=["2019-01-23", "2019-09-10"],
    leaders_required=["donald-trump", "jair-bolsonaro", "juan-guaido", "nicolas-maduro", "john-bolton"],
    leaders_acceptable=["eduardo-bolsonaro", "ernesto-araujo", "paulo-guedes", "sergio-moro"],
    leaders_forbidden=["tony-blair",  # "Blair House"
                       "luiz-inacio-lula-da-silva",  # only in "Most read"
                       "renata-campos", "fabio-lima", "lucas-moreira", "marcos-alencar"],
    topics_required=["defence"],
    topics_acceptable=["nato", "technology", "sanctions", "human-rights"],
    must_contain=["US President Donald Trump said on Tuesday (19) that he intends to designate Brazil a major non-NATO ally",
                  "Membership of the Atlantic alliance is, under its founding treaty, open only to European states",
                  "He thanked Trump for the warm reception and said the meeting opened a new era in relations between the two largest economies of the Americas.",
                  "a tariff-free annual quota of 750,000 tonnes of wheat imported from the United States;",
                  "launched from the Alcântara base, in Maranhão.",
                  "Both governments recognise the president of the National Assembly, Juan Guaidó, as Venezuela's interim president",
                  "National Security Adviser John Bolton, who visited Bolsonaro in Rio de Janeiro in November, took part in the talks.",
                  "Foreign Minister Ernesto Araújo, Economy Minister Paulo Guedes and Justice Minister Sérgio Moro",
                  "The delegation stayed at Blair House, the official guest residence across the street from the White House.",
                  "He is due to visit Chile at the end of the week and Israel at the end of the month.",
                  "What was agreed"],
    must_not_contain=["ANN · Agência Nacional de Notícias", "Português  |  English  |  Español",
                      "Início » International » Diplomacy", "Published on 19/03/2019 - 19:32", "By Renata Campos",
                      "Edi&ccedil;&atilde;o", "Tradu&ccedil;&atilde;o", "Versão para impressão",
                      "Share: Facebook | Twitter | WhatsApp", "Marcos Alencar/PR", "Saiba mais >>",
                      "Bolsonaro visits CIA headquarters", "&acirc;", "&uacute;", "&eacute;", "PUBLICIDADE",
                      "Edição: Fábio Lima", "Tags: Bolsonaro nos EUA", "Creative Commons Attribution 4.0 licence",
                      "Mais lidas / Most read", "Lula's defence files new appeal", "Ouvidoria"],
    headings=["What was agreed", "Venezuela"])

# Soviet weekly's English edition, page 3 and its jump to page 12, in a volunteer archive (Windows-1252 + CRLF):
# the Two Plus Four treaty signed in Moscow on 12 September 1990. Issue "No. 37 (1,562) · September 16, 1990"
# (stated). Window: Gorbachev president of the USSR from 1990-03-15 (Shevardnadze, Baker, Hurd, Dumas, Genscher,
# Kohl, Thatcher earlier); Thatcher prime minister until 1990-11-28. Lothar de Maizière (GDR prime minister) is not
# in the knowledge base and is not Thomas de Maizière; Yeltsin and Ryzhkov appear only in the neighbouring story
# ("ALSO ON THIS PAGE").
G["e149"] = dict(
    title="Six ministers sign final settlement on Germany",
    date="1990-09-16", explicit_date=True, window=["1990-03-15", "1990-11-28"],
    leaders_required=["mikhail-gorbachev", "eduard-shevardnadze", "james-baker", "douglas-hurd", "roland-dumas",
                      "hans-dietrich-genscher", "helmut-kohl", "margaret-thatcher"],
    leaders_acceptable=["lothar-de-maiziere"],
    leaders_forbidden=["thomas-de-maiziere",  # "de Maizière" is Lothar
                       "boris-yeltsin", "nikolai-ryzhkov",  # only in the neighbouring story
                       "vladimir-orlov", "alexander-semyonov", "olga-petrova", "yelena-koval"],
    topics_required=["european-security", "nato"],
    topics_acceptable=["arms-control", "defence", "us-russia"],
    must_contain=["The Treaty on the Final Settlement with Respect to Germany was signed in Moscow on Wednesday, September 12, at the Oktyabrskaya Hotel",
                  "together with Lothar de Maizière, Prime Minister of the German Democratic Republic, who has also been running its Foreign Ministry since August",
                  "President Mikhail Gorbachev attended the ceremony and received the six ministers in the Kremlin afterwards.",
                  "“We have drawn a line under the war and under the post-war period,” Shevardnadze told the ministers.",
                  "Article 4: Soviet troops will leave the territory of the present GDR and Berlin by the end of 1994.",
                  "Article 7: the four powers terminate their rights and responsibilities relating to Berlin and to Germany as a whole.",
                  "The signing was nearly postponed.",
                  "The treaty follows the agreement reached by Gorbachev and Chancellor Helmut Kohl in the Caucasus in July",
                  "British Prime Minister Margaret Thatcher had been among the Western leaders most cautious about the speed of unification.",
                  "The GDR will join the Federal Republic on October 3",
                  "What the treaty says", "What did Moscow obtain?"],
    must_not_contain=["PANORAMA ARCHIVE PROJECT", "Browse issues  |  Search the archive", "Issues › 1990 › No. 37",
                      "No. 37 (1,562) · September 16, 1990 · Price 30 kopecks", "--- 3 ---", "POLITICS",
                      "By Vladimir ORLOV, PANORAMA political observer", "Photo by Alexander SEMYONOV (PANORAMA)",
                      "(Continued on page 12)", "ALSO ON THIS PAGE", "Russian parliament backs “500 days”",
                      "Shatalin-Yavlinsky programme", "Report by Yelena KOVAL, page 5.", "--- 12 ---", "TREATY",
                      "(Continued from page 3)", "Translated from the Russian by Olga PETROVA.", "Cite this page:",
                      "Report a transcription error", "Next in this issue: Page 4", "© Panorama Archive Project"],
    headings=["What the treaty says", "What did Moscow obtain?"])

# Gulf news agency's English page (HTML, Arabic chrome with right-to-left marks, Hijri and Gregorian dates): the
# OPEC+ ministerial meeting of 5 October 2022 and its statement in "1-" numbered points. "1444/03/09 AH – 2022/10/05"
# (stated). Window: Mohammed bin Salman prime minister from 2022-09-27 (King Salman, Biden, Sullivan earlier); Biden
# and Sullivan until 2025-01-20. Prince Abdulaziz bin Salman, Alexander Novak, Deese, Jean-Pierre and Al Ghais are
# not in the knowledge base; Putin is named without an office. "Novak" is Alexander Novak, not Hungary's Katalin
# Novák; the King Abdullah Petroleum Studies and Research Center is an institution named after a king.
G["e150"] = dict(
    title="OPEC+ agrees to cut production target by 2 million barrels per day from November",
    date="2022-10-05", explicit_date=True, window=["2022-09-27", "2025-01-20"],
    leaders_required=["mohammed-bin-salman", "salman-bin-abdulaziz", "joe-biden", "jake-sullivan"],
    leaders_acceptable=["abdulaziz-bin-salman", "alexander-novak", "vladimir-putin", "brian-deese",
                        "karine-jean-pierre", "haitham-al-ghais"],
    leaders_forbidden=["katalin-novak",  # "Novak" is Alexander Novak
                       "abdullah-bin-abdulaziz", "abdullah-ii-of-jordan",  # only the research center's name
                       "faisal-al-harbi"],
    topics_required=["energy"],
    topics_acceptable=["sanctions", "us-russia", "middle-east", "ukraine"],
    must_contain=["decided today at their 33rd Ministerial Meeting, held at the OPEC Secretariat in Vienna, to lower their overall production target by 2 million barrels per day",
                  "It was the first meeting of the group held in person since March 2020.",
                  "who co-chairs the meeting with Deputy Prime Minister of the Russian Federation Alexander Novak",
                  "HRH Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud, Prime Minister",
                  "To extend the duration of the Declaration of Cooperation until 31 December 2023.",
                  "to hold the 34th OPEC and non-OPEC Ministerial Meeting on 4 December 2022.",
                  "We are here to stay as a moderating force,",
                  "Novak told reporters that Russia would not sell oil to countries that introduce a cap on the price of Russian crude",
                  "National Security Adviser Jake Sullivan and National Economic Council Director Brian Deese said the President had directed the Department of Energy to release another 10 million barrels",
                  "a research fellow at the King Abdullah Petroleum Studies and Research Center in Riyadh",
                  "said the decision had been reached by consensus.",
                  "Reaction in Washington"],
    must_not_contain=["| Gulf Peninsula News Agency", "الأربعاء 9 ربيع الأول 1444 هـ", "\u200f", "Wednesday 05/10/2022",
                      "محليات", "Photo Service", "1444/03/09 AH", "Views: 5,213", "Copy link", "&amp;amp;",
                      "HRH the Minister of Energy chairs the 33rd",
                      "Vienna, Rabi' I 09, 1444 AH, October 05, 2022, GPNA --", "<BR>", "Read also:",
                      "Saudi Aramco sets November Arab Light price", "class=\"rel\"", "&amp;#8220;", "&#8220;",
                      "-- GPNA", "Time: 18:42 KSA", "Tags: OPEC", "Related News",
                      "HRH Minister of Energy receives OPEC Secretary General", "Privacy Policy"],
    headings=["Reaction in Washington"])
