"""Gold for e131-e140 (merged into gold.json by merge_gold.py). Each entry carries a comment on how its date window
was derived: terms of office (input/data) of people named with their posts, nothing else. A person named with a
former post only says the article is later than that term's end. Open-ended terms end at their scheduled end, or at
the end of the earliest-ending term of the others named. People the knowledge base does not hold appear, if at all,
as slugs in leaders_acceptable (named in the text) or leaders_forbidden (named only in chrome, or credits and
by-lines); so do people it holds who are named only with a past office or with none that it records, except the
subject of the story (Morales in e137, who resigned the day before)."""

G = {}

# Martial law in Poland, front page of Monday 14 December 1981 in a newspaper's digitised archive (stated; the
# archive's "added on 03/05/2012" is not the date). Windows-1252. Window: Jaruzelski named as First Secretary of
# the party, a post he held from 1981-10-18 (he was also prime minister from 1981-02-11; Haig, Reagan, Schmidt,
# Honecker, Carrington earlier); Lord Carrington foreign secretary until 1982-04-05 (Haig until 1982-07-05,
# Schmidt until 1982-10-01). Walesa as Solidarity's chairman (his presidency comes in 1990), Glemp and Gierek are
# not leaders the data can date. Brezhnev appears only in "the Brezhnev doctrine" and in the archive's related
# links; "Lenin Shipyard" is a place named after a man, not Ecuador's Lenin Moreno.
G["e131"] = dict(
    title="Army takes over in Poland as Solidarity leaders are detained",
    date="1981-12-14", explicit_date=True, window=["1981-10-18", "1982-04-05"],
    leaders_required=["wojciech-jaruzelski", "helmut-schmidt", "erich-honecker", "alexander-haig", "ronald-reagan",
                      "lord-carrington"],
    leaders_acceptable=["lech-walesa", "jozef-glemp", "edward-gierek"],
    leaders_forbidden=["leonid-brezhnev",  # only "the Brezhnev doctrine" and a related link
                       "lenin-moreno",  # "Lenin Shipyard"
                       "michael-ashworth"],
    topics_required=["human-rights"],
    topics_acceptable=["european-security", "defence", "us-russia", "nato", "sanctions"],
    must_contain=["went on radio and television at six o’clock yesterday morning to announce that a Military Council of National Salvation had taken charge of the country",
                  "Telephone and telex links with the outside world were cut shortly before midnight on Saturday.",
                  "a curfew is in force from 10 pm to 6 am",
                  "no newspapers may appear except the party daily Trybuna Ludu and the army’s Zolnierz Wolnosci",
                  "were detained in their hotel during the night",
                  "Among them, it said, were the former party leader Edward Gierek and several members of his government",
                  "appealed to his countrymen not to take up a struggle of Pole against Pole",
                  "might have spared Poland a Soviet invasion under the Brezhnev doctrine",
                  "“This is not something you improvise on a Saturday night,” he said.",
                  "went ahead with a visit to the town of Güstrow",
                  "WESTERN REACTION",
                  "Warsaw Radio repeated the general’s speech every hour, with military music in between."],
    must_not_contain=["The Northern Courier Digital Archive", "Browse by date", "Archive › 1981 › December",
                      "Monday 14 December 1981", "Page 1 of 24", "Digitised from microfilm", "Report an error",
                      "From Michael Ashworth", "Share this page:", "[Image:", "Pictured: Soldiers warm their hands",
                      "Image copyright: Courier Picture Library/Keystone", "WARSAW, Dec 13.—", "— Advertisement —",
                      "Christmas at Binns", "Trending now in the archive", "The night the lights went out in Leeds",
                      "Poland: further reports, page 6", "Leading article, page 13", "More from the archive",
                      "Brezhnev dies at 75", "Tags: Poland", "Be the first to comment", "© Northern Courier Ltd",
                      "Contact the archive team"],
    headings=["MOSCOW’S SHADOW", "WESTERN REACTION"])

# Rainbow Warrior: Fabius admits that DGSE agents sank the ship; New Zealand's reaction. Wire story on an agency's
# archive site, "September 23, 1985 GMT" (stated). Window: Laurent Fabius prime minister 1984-07-17 .. 1986-03-20
# (Mitterrand president 1981-05-21 .. 1995-05-17). Lange, Palmer, Hernu, Quiles, Lacoste, Tricot and the two
# officers are not in the knowledge base. Reagan appears only in "the Reagan administration" and, with Gorbachev,
# in the archive's related links.
G["e132"] = dict(
    title="New Zealand says French confession does not close Rainbow Warrior case",
    date="1985-09-23", explicit_date=True, window=["1984-07-17", "1986-03-20"],
    leaders_required=["laurent-fabius", "francois-mitterrand"],
    leaders_acceptable=["david-lange", "geoffrey-palmer", "charles-hernu", "paul-quiles", "pierre-lacoste",
                        "bernard-tricot", "alain-mafart", "dominique-prieur"],
    leaders_forbidden=["ronald-reagan",  # "the Reagan administration" and a related link only
                       "mikhail-gorbachev",  # related link only
                       "tamsin-holloway", "hemi-walker"],
    topics_required=["arms-control"],
    topics_acceptable=["defence", "indo-pacific", "human-rights", "nato"],
    must_contain=["would not stop the prosecution of two French officers held in Auckland",
                  "had sunk the ship acting on orders, and that the truth had been hidden from Bernard Tricot",
                  "A man had died in an Auckland harbor, he said, and a crime had been committed on New Zealand soil.",
                  "Fernando Pereira, a 35-year-old Dutch photographer born in Portugal, drowned when he went below deck to fetch his cameras after the first blast.",
                  "The admission came two days after Defense Minister Charles Hernu resigned",
                  "who entered New Zealand on false Swiss passports as a honeymooning couple named Turenge",
                  "whose four French crew members were questioned on Norfolk Island in July and released for lack of evidence",
                  "it was not a matter for a deal between governments",
                  "the Reagan administration responded by cutting intelligence and military cooperation under the ANZUS treaty",
                  "a new Rainbow Warrior would sail for the Pacific",
                  "Fabius said those responsible would be identified and that the DGSE would be reorganized."],
    must_not_contain=["Skip to main content", "CPN NEWS", "Sections  World", "Click here to get CPN Morning Wire",
                      "By TAMSIN HOLLOWAY", "September 23, 1985 GMT", "Link copied", "Reddit",
                      "FILE - The Greenpeace ship", "(CPN Photo/Hemi Walker, File)", "WELLINGTON, New Zealand (CPN)",
                      "ADVERTISEMENT", "Don't miss:", "history’s first drafts", "Copyright 1985 Continental Press News",
                      "may not be published, broadcast, rewritten", "MORE FROM THE CPN ARCHIVE",
                      "set November date for Geneva summit", "Coca-Cola brings back", "Do Not Sell or Share",
                      "Accept All Cookies", "Cookie Settings"],
    headings=[])

# Geneva accords on Afghanistan, signed on Thursday 14 April 1988. Wire copy on a portal, CRLF, no date anywhere
# ("on Thursday", "in February", "at the end of May"). Window: Shevardnadze Soviet foreign minister from 1985-07-02
# (Gorbachev general secretary from 1985-03-11; Shultz, Perez de Cuellar, Reagan earlier); Zia-ul-Haq president of
# Pakistan until 1988-08-17 (Shultz and Reagan until 1989-01-20). Najibullah, Junejo, Cordovez, Wakil and Noorani are
# not in the knowledge base. Rajiv Gandhi appears only in "MORE FROM CPI WORLD".
G["e133"] = dict(
    title="Superpowers guarantee Afghan accord as Moscow sets date to bring troops home",
    date="1988-04-14", explicit_date=False, window=["1985-07-02", "1988-08-17"],
    leaders_required=["george-shultz", "eduard-shevardnadze", "javier-perez-de-cuellar", "mikhail-gorbachev",
                      "muhammad-zia-ul-haq", "ronald-reagan"],
    leaders_acceptable=["mohammad-najibullah", "muhammad-khan-junejo", "diego-cordovez", "abdul-wakil",
                        "zain-noorani"],
    leaders_forbidden=["rajiv-gandhi",  # only in the related links
                       "helene-marchetti", "farid-quraishi"],
    topics_required=["us-russia"],
    topics_acceptable=["defence", "human-rights", "arms-control", "middle-east"],
    must_contain=["under which the Soviet Union will withdraw its army from Afghanistan within nine months",
                  "signed as guarantors, in a short ceremony presided over by U.N. Secretary-General Javier Perez de Cuellar",
                  "a bilateral agreement on the voluntary return of refugees",
                  "Half of the Soviet troops are to leave within three months and the rest by the middle of February.",
                  "The signing ends six years of indirect talks conducted by the U.N. mediator, Diego Cordovez of Ecuador",
                  "The dispute was settled by what diplomats called positive symmetry.",
                  "until President Najibullah's government fell",
                  "was pressed by Prime Minister Mohammad Khan Junejo",
                  "Pakistan shelters some three million Afghan refugees in camps along the border",
                  "who met Gorbachev in the Soviet city of Tashkent last week",
                  "\"It is an agreement to leave, not an agreement to make peace,\""],
    must_not_contain=["WorldWire Text Service", "[ Email this story ]", "[ Printer-friendly ]", "Reprints",
                      "Text size: A A A", "By Hélène Marchetti and Farid Quraishi", "Continental Press International",
                      "(Photo: CPI/Files)", "Salang highway", "GENEVA (CPI) --", "ADVERTISEMENT", "MORE FROM CPI WORLD:",
                      "Bofors", "trade missile strikes on capitals", "Copyright Continental Press International",
                      "expressly prohibited", "Related topics:", "Comments are closed"],
    headings=[])

# Lahore Declaration, report of Monday, February 22, 1999 (stated) from a 1999 newspaper site: an HTML fragment with
# upper-case tags, <FONT> markup, a tag split over two lines, an unclosed attribute quote, &#151;/&#146; and one
# double-escaped &amp;#146;. Window: Jaswant Singh external affairs minister from 1998-12-05 (Vajpayee prime
# minister from 1998-03-19); Nawaz Sharif prime minister until 1999-10-12. Musharraf is named as army chief (a post
# the data does not hold); Sartaj Aziz and the two foreign secretaries are not in it. Clinton appears only in "the
# Clinton administration", Benazir Bhutto only in the related stories.
G["e134"] = dict(
    title="Vajpayee, Sharif sign Lahore Declaration, agree to cut nuclear risks",
    date="1999-02-22", explicit_date=True, window=["1998-12-05", "1999-10-12"],
    leaders_required=["atal-bihari-vajpayee", "nawaz-sharif", "jaswant-singh"],
    leaders_acceptable=["pervez-musharraf", "sartaj-aziz", "k-raghunath", "shamshad-ahmad"],
    leaders_forbidden=["bill-clinton",  # "the Clinton administration" only
                       "benazir-bhutto",  # related stories only
                       "s-arunachalam"],
    topics_required=["arms-control"],
    topics_acceptable=["defence", "human-rights"],
    must_contain=["committing the two countries to intensify their efforts to resolve all issues between them, including the issue of Jammu and Kashmir",
                  "on the inaugural run of the Delhi-Lahore bus service and was received by Mr. Sharif",
                  "It is the first visit by an Indian Prime Minister to Pakistan since 1989",
                  "Foreign Secretaries Raghunath and Shamshad Ahmad",
                  "Nuclear risk reduction",
                  "provide each other with advance notification of ballistic missile flight tests",
                  "each continue to abide by a unilateral moratorium on further nuclear test explosions",
                  "told reporters that the measures were modest but real",
                  "the monument to the 1940 resolution that called for the creation of Pakistan",
                  "were not present at the welcome ceremony at Wagah, an absence that was widely noticed",
                  "The police used tear-gas and batons and detained several hundred people.",
                  "the two countries could not afford to remain prisoners of the past"],
    must_not_contain=["<TABLE", "<TD", "<FONT", "<P", "<A HREF", "<IMG", "<!-- BEGIN AD", "Front Page",
                      "Monday, February 22, 1999", "Printer friendly page", "Send this article to a friend",
                      "By Our Special Correspondent", "Vajpayee & Sharif at Wagah", "Photo: S. Arunachalam",
                      "&#151;", "&#146;", "&quot;", "LAHORE, Feb. 21.", "Related stories:",
                      "Benazir Bhutto faces fresh corruption charges", "01210001.htm",
                      "Click here to subscribe to the e-mail edition", "Republication or redissemination", "&copy;"],
    headings=["Nuclear risk reduction", "Protests in the old city"])

# Launch of the African Union in Durban, agency page stamped "2002-07-09 16:22 GMT" (stated). Window:
# Dlamini-Zuma foreign minister from 1999-06-17 (Mbeki president and Jacob Zuma deputy president from 1999-06-14,
# Obasanjo from 1999-05-29; Annan and Gaddafi earlier); Jacob Zuma deputy president until 2005-06-14 (Annan until
# 2006-12-31). Essy and Wade are not in the knowledge base. Mandela appears only in the "Trending now" list.
# The two Zumas are both named with their posts.
G["e135"] = dict(
    title="African Union born in Durban as OAU is laid to rest",
    date="2002-07-09", explicit_date=True, window=["1999-06-17", "2005-06-14"],
    leaders_required=["thabo-mbeki", "kofi-annan", "muammar-gaddafi", "olusegun-obasanjo", "nkosazana-dlamini-zuma",
                      "jacob-zuma"],
    leaders_acceptable=["amara-essy", "abdoulaye-wade"],
    leaders_forbidden=["nelson-mandela",  # "Trending now" only
                       "thandeka-moyo"],
    topics_required=["human-rights"],
    topics_acceptable=["defence", "middle-east", "sanctions"],
    must_contain=["replacing the 39-year-old Organisation of African Unity with a body they promised would be more willing to intervene in wars and coups",
                  "South African President Thabo Mbeki took over as the Union's first chairman as the flag of the OAU was lowered for the last time.",
                  "it gives the Union the right to intervene in a member state in grave circumstances, namely war crimes, genocide and crimes against humanity",
                  "25 May 1963",
                  "What the Union can do",
                  "a Pan-African Parliament, at first with consultative powers only",
                  "will serve as interim chairman of the Commission until a permanent chairman is elected next year",
                  "Madagascar's seat was left empty",
                  "said the economic plan and the Union were two sides of the same coin",
                  "but told reporters he would keep arguing for a United States of Africa",
                  "South Africa's mediator in the Burundi ceasefire talks",
                  "The next ordinary summit is to be held in Mozambique next year."],
    must_not_contain=["PAN-AFRICAN NEWS DESK", "Home > Africa > Politics", "Email this story", "Print this story",
                      "Text size + -", "2002-07-09 16:22 GMT", "[Photo]", "(Credit: PAND/Thandeka Moyo)",
                      "Heads of state stand for the new Union's anthem", "DURBAN (PAND) -", "Don't miss:",
                      "Fifty years of African summits", "ADVERTISING", "&amp;quot;", "&quot;", "Related: Trending now",
                      "Nelson Mandela turns 84", "World Cup heroes", "12 reader comments", "Add your comment",
                      "(c) 2002 Pan-African News Desk", "Reproduction without written permission"],
    headings=["What the Union can do", "Money and doubts"])

# Colombia-FARC accord signed in Cartagena, "Published September 26th, 2016" (stated; the correction is dated the
# 27th, and the maintainer left the front matter's date empty). Markdown with half-filled front matter. Window:
# Macri president of Argentina from 2015-12-10 (Santos, Ban, Kerry, Castro, Pena Nieto, Bachelet, Mogherini
# earlier); Ban secretary-general until 2016-12-31 (Kerry until 2017-01-20). Uribe and Pastrana are named as former
# presidents; Londono ("Timochenko") is not in the knowledge base and is not Yulia Tymoshenko. Maduro appears only in
# "More from Costa Caribe Herald".
G["e136"] = dict(
    title="Colombia and FARC sign peace accord, ending half a century of war",
    date="2016-09-26", explicit_date=True, window=["2015-12-10", "2016-12-31"],
    leaders_required=["juan-manuel-santos", "ban-ki-moon", "john-kerry", "raul-castro", "enrique-pena-nieto",
                      "michelle-bachelet", "mauricio-macri", "federica-mogherini"],
    leaders_acceptable=["rodrigo-londono", "alvaro-uribe", "andres-pastrana"],
    leaders_forbidden=["nicolas-maduro",  # related link only
                       "yulia-tymoshenko",  # "Timochenko" is the FARC leader's nom de guerre
                       "lucia-ferrer-obando", "andres-pineda"],
    topics_required=["human-rights"],
    topics_acceptable=["defence", "sanctions"],
    must_contain=["signed a peace accord on Monday evening that ends 52 years of war between the state and the FARC, the oldest guerrilla army in the Americas",
                  "They used a pen made from a bullet",
                  "asked the victims of the conflict for forgiveness for all the pain the FARC had caused",
                  "He called on Colombians to vote for the accord in a plebiscite next Sunday.",
                  "What the accord says",
                  "Victims, truth and a Special Jurisdiction for Peace",
                  "will face between five and eight years of restricted liberty rather than ordinary prison",
                  "Kerry said Washington would review the FARC's designation as a terrorist organisation.",
                  "Former president Álvaro Uribe, who leads the campaign for a No vote",
                  "the winning side must receive at least 13 per cent of the registered electorate",
                  "Correction, September 27th: An earlier version of this article said the accord ran to 279 pages. It runs to 297 pages."],
    must_not_contain=["status: draft", "TODO: fill in date", "source_url:", "[Costa Caribe Herald](",
                      "Published September 26th, 2016", "Lucía Ferrer Obando", "7 min read", "[Share on Facebook]",
                      "[Tweet]", "WhatsApp", "![President Juan Manuel Santos", "Photo by Andrés Pineda for Costa Caribe Herald",
                      "This time they came to salute peace.", "From the speeches in Cartagena",
                      "Sign up for The Caribbean Briefing", "every weekday morning", "Subscribe now",
                      "More from Costa Caribe Herald", "recall referendum timetable", "Barranquilla carnival", "Tags:",
                      "© 2016 Costa Caribe Herald", "https://www.costa-caribe-herald.example"],
    headings=["What the accord says", "Guests from abroad", "The vote on Sunday"])

# Morales resigns and accepts asylum in Mexico, English edition of a Bolivian site, "11.11.2019 – 21:40" (stated).
# The whole page is UTF-8 encoded twice (read as Windows-1252 in between, twice): "’" is "Ã¢â‚¬â„¢". Window:
# Morales named as having resigned "on Sunday", so the article is later than the end of his term (2019-11-10;
# Lopez Obrador, Bolsonaro, Trump, Maduro, Diaz-Canel earlier); Macri president until 2019-12-10. Anez (a senator
# then), Mesa (a former president), Alberto Fernandez (president-elect), Ebrard, Kaliman, Garcia Linera, Salvatierra,
# Borda and Camacho hold no post the data records at this date. Morales, the story's subject, is required although
# his presidency ended the day before. Pinera and (Lenin) Moreno appear only in the site's
# lists. Phrases kept to ASCII because one pass of mojibake repair leaves the first layer.
G["e137"] = dict(
    title="Evo Morales accepts asylum in Mexico as Bolivia slides into chaos",
    date="2019-11-11", explicit_date=True, window=["2019-11-10", "2019-12-10"],
    leaders_required=["evo-morales", "andres-manuel-lopez-obrador", "nicolas-maduro", "miguel-diaz-canel",
                      "mauricio-macri", "jair-bolsonaro", "donald-trump"],
    leaders_acceptable=["jeanine-anez", "carlos-mesa", "alberto-fernandez", "marcelo-ebrard", "williams-kaliman",
                        "alvaro-garcia-linera", "adriana-salvatierra", "victor-borda", "luis-fernando-camacho"],
    leaders_forbidden=["sebastian-pinera",  # "Trending now" only
                       "lenin-moreno",  # "More from Andean Post" only
                       "mariela-condori-vargas", "rodrigo-quispe"],
    topics_required=["human-rights"],
    topics_acceptable=["defence"],
    must_contain=["accepted an offer of political asylum from Mexico on Monday, as looting spread through La Paz and El Alto",
                  "told a news conference in Mexico City that his government had granted asylum on humanitarian grounds",
                  "A Mexican air force plane was sent to collect him.",
                  "He announced his resignation in a televised address on Sunday afternoon from",
                  "HOW IT HAPPENED",
                  "reporting serious irregularities and saying it could not validate the result",
                  "That left the constitutional order of succession empty beyond them.",
                  "said she was ready to assume the presidency on an interim basis with the sole aim of calling new elections",
                  "Overnight, groups of protesters and looters burned buses and attacked shops and homes in La Paz and El Alto.",
                  "entered the empty Palacio Quemado on Sunday night carrying a Bible",
                  "There had been no coup, he said, but a popular uprising against an electoral fraud.",
                  "In the Chapare, his supporters set up roadblocks and said they would march on La Paz."],
    must_not_contain=["Ã¢â‚¬", "ÃƒÂ", "Ã‚Â", "â€™", "â€“", "Ã³", "ANDEAN POST", "English Edition",
                      "Click here to follow us on WhatsApp", "1.2K shares", "Comentarios (48)", "Mariela Condori Vargas",
                      "corresponsal en La Paz", "(Foto: APN/Rodrigo Quispe)", "block the road to El Alto airport",
                      "LA PAZ", "PUBLICIDAD", "Trending now", "who will control the salt flats", "tu comentario",
                      "new economic bill to Congress", "Todos los derechos reservados", "11.11.2019"],
    headings=["HOW IT HAPPENED", "A NIGHT OF FIRE", "THE REGION DIVIDES"])

# Kazakhstan's January unrest: Massimov's arrest announced "on Saturday" (8 January 2022). Central Asian site, no
# headline, no date ("Updated 3 hrs ago"; "last Sunday", "on Wednesday", "on Friday"). Window: Askar Mamin named as
# the prime minister whose government resigned "on Wednesday", so the article is later than the end of his term
# (2022-01-05; Blinken from 2021-01-26, Tokayev, Pashinyan, Putin, Xi earlier); Blinken secretary of state until
# 2025-01-20 (the others' terms are open-ended). Nazarbayev is named as former president and Security Council
# chairman, Massimov as former prime minister and security chief, Smailov as acting head of government before his
# recorded term. Lukashenko appears only in "More from Steppe & Silk".
G["e138"] = dict(
    title=None,
    date="2022-01-08", explicit_date=False, window=["2022-01-05", "2025-01-20"],
    leaders_required=["kassym-jomart-tokayev", "vladimir-putin", "nikol-pashinyan", "antony-blinken", "xi-jinping"],
    leaders_acceptable=["nursultan-nazarbayev", "karim-massimov", "askar-mamin", "alikhan-smailov"],
    leaders_forbidden=["alexander-lukashenko",  # related link only
                       "aigerim-sadykova", "daniyar-omarov"],
    topics_required=["defence", "human-rights"],
    topics_acceptable=["energy", "us-russia", "russia-china", "european-security", "sanctions"],
    must_contain=["had been detained on suspicion of high treason, as President Kassym-Jomart Tokayev moved to take full control of the state",
                  "was removed as head of the National Security Committee on Wednesday, at the height of the riots",
                  "he had ordered the security forces to open fire without warning on what he called armed bandits and terrorists",
                  "The true number of dead is likely to be higher.",
                  "How it started",
                  "after the price of liquefied petroleum gas, which most cars in the region run on, doubled at the start of the year",
                  "a freeze on petrol, diesel and gas prices across the country for 180 days",
                  "That evening crowds stormed and set fire to the mayor's office in Almaty and briefly seized the city's airport.",
                  "Late on Wednesday Tokayev asked the Collective Security Treaty Organization",
                  "once Russian troops were in a country it could be very hard to get them to leave",
                  "which bears the former president's first name",
                  "Whatever happens next, that is no longer true."],
    must_not_contain=["We value your privacy", "312 partners", "I ACCEPT", "SHOW PURPOSES", "REJECT ALL",
                      "STEPPE & SILK", "Central Asia, in depth", "News / Kazakhstan / Politics",
                      "Words by Aigerim Sadykova", "Pictures by Daniyar Omarov", "Updated 3 hrs ago", "6 min read",
                      "Listen to this article", "[Image:", "Pictured: Burnt-out cars",
                      "(Credit: Daniyar Omarov/Steppe & Silk)", "ALMATY", "Sign up for The Steppe Brief",
                      "Enter your email", "SUBSCRIBE", "More from Steppe & Silk", "Belarusian peacekeepers will stay",
                      "Show 48 comments", "Privacy settings", "Advertise with us"],
    headings=["How it started", "Foreign troops", "Who is in charge?"])

# China-Pacific foreign ministers' meeting in Suva ends without the regional deal; whole HTML page of a broadcaster,
# "Mon 30 May 2022 at 6:40pm" (Fiji time) and JSON-LD 2022-05-30T06:40:00Z (stated). Window: Penny Wong foreign
# minister and Albanese prime minister from 2022-05-23 (Wang Yi, Bainimarama, Xi earlier); Bainimarama prime minister
# of Fiji until 2022-12-24 (Wang Yi foreign minister until 2022-12-30). Panuelo and Fiame are not in the knowledge
# base. Morrison appears only in "the former Morrison government"; Ardern and Biden only in a related story's caption.
G["e139"] = dict(
    title="China fails to win Pacific backing for sweeping security and trade pact",
    date="2022-05-30", explicit_date=True, window=["2022-05-23", "2022-12-24"],
    leaders_required=["wang-yi", "frank-bainimarama", "xi-jinping", "penny-wong", "anthony-albanese"],
    leaders_acceptable=["david-panuelo", "fiame-naomi-mataafa"],
    leaders_forbidden=["scott-morrison",  # "the former Morrison government" only
                       "jacinda-ardern", "joe-biden",  # a related story's caption only
                       "losana-tuilagi", "sione-latu"],
    topics_required=["indo-pacific"],
    topics_acceptable=["us-china", "defence", "technology", "human-rights"],
    must_contain=["Pacific island nations have declined to sign up to a sweeping regional agreement with China on security, policing and trade",
                  "A written message from Chinese President Xi Jinping was read at the opening",
                  "the region would put consensus first when it came to new regional agreements",
                  "What was in the draft",
                  "carry out mapping of the islands’ marine resources",
                  "He urged other nations not to be too anxious or too nervous about China’s intentions.",
                  "warning that the agreement would draw the region into Beijing’s orbit",
                  "said that regional proposals should first be discussed among Pacific countries themselves",
                  "Labor had attacked the former Morrison government during the election campaign",
                  "told the Pacific Islands Forum secretariat that Australia would be a partner that did not come with strings attached",
                  "Diplomats in Suva said Beijing was likely to pursue the same goals through bilateral deals with individual countries.",
                  "This story has been updated to include comments from the Prime Minister."],
    must_not_contain=["<script", "<meta", "<p>", "<div", "<li", "class=", "dataLayer",
                      "NewsArticle", "- Southern Cross News", "Skip to main content",
                      "uses cookies and similar technologies", "Accept and continue", "where questions were not allowed",
                      "Losana Tuilagi", "Mon 30 May 2022 at 6:40pm", "Share on Facebook",
                      "(Credit: Southern Cross News/Sione Latu)", "&amp;quot;", "&#8217;", "Pacific Beat newsletter",
                      "Advertisement", "Related stories", "pictured in San Francisco", "State of Origin",
                      "Traditional Owners"],
    headings=["What was in the draft", "A letter from Palikir", "Canberra’s new government"])

# War between Sudan's army and the RSF, second day (Sunday 16 April 2023). Broadcaster page, UTF-8 BOM, no date
# ("Updated 3 hrs ago", "on Saturday", "on Sunday"). Window: Ruto president of Kenya from 2022-09-13 (Burhan,
# Dagalo, Guterres, Blinken, Faki, Kiir, el-Sisi earlier); Dagalo deputy chairman of the Sovereignty Council until
# 2023-05-19. Hamdok and Bashir are named with past posts; Perthes and Guelleh are not in the knowledge base. Abiy
# Ahmed appears only in a video caption about another story.
G["e140"] = dict(
    title="Sudan fighting: generals ignore truce as battle for Khartoum enters second day",
    date="2023-04-16", explicit_date=False, window=["2022-09-13", "2023-05-19"],
    leaders_required=["abdel-fattah-al-burhan", "mohamed-hamdan-dagalo", "antonio-guterres", "antony-blinken",
                      "moussa-faki", "william-ruto", "salva-kiir", "abdel-fattah-el-sisi"],
    leaders_acceptable=["abdalla-hamdok", "omar-al-bashir", "volker-perthes", "ismail-omar-guelleh"],
    leaders_forbidden=["abiy-ahmed"],  # a video caption about another story only
    topics_required=["defence"],
    topics_acceptable=["human-rights", "middle-east"],
    must_contain=["as a three-hour humanitarian pause agreed by both sides collapsed almost as soon as it began",
                  "Three employees of the World Food Programme were killed in fighting in North Darfur",
                  "Gen Mohamed Hamdan Dagalo",
                  "What each side claims",
                  "The RSF says it controls the presidential palace, Khartoum airport and the airport at Merowe in the north.",
                  "Hemedti called Burhan a criminal in an interview with a Gulf television channel",
                  "sitting on the ground surrounded by RSF fighters",
                  "The two generals seized power together in October 2021",
                  "the army wanted two years, the RSF ten",
                  "Residents said the shelling barely slowed.",
                  "said he would travel to Sudan immediately to try to persuade the generals to talk",
                  "Egypt's President Abdel Fattah el-Sisi and Kiir offered in a phone call to mediate between the two sides."],
    must_not_contain=["\ufeff", "Horizon World Service", "Home  News  Africa", "Africa › Sudan", "Updated 3 hrs ago",
                      "Listen (6 min)", "Share  ·  Save", "GETTY IMAGES/AFP", "Smoke billows above buildings",
                      "SPONSORED", "Nile cruise", "Click here to get our Africa Today newsletter", "[Video caption:",
                      "Tigray peace deal in Pretoria", "More from Africa:", "Adamawa row", "Shakahola",
                      "View 112 comments", "© 2023 Horizon World Service", "approach to external linking"],
    headings=["What each side claims", "Why are they fighting?", "The world calls for a ceasefire"])
