"""Gold for e201-e210 (merged into gold.json by merge_gold.py). Each entry carries a comment on how its date window
was derived: terms of office (input/data) of people named with their posts, nothing else. A person named with a
former post only says the article is later than that term's end. Open-ended terms end at their scheduled end.
People the knowledge base does not hold appear, if at all, as slugs in leaders_acceptable (named in the text) or
leaders_forbidden (named only in chrome, or only inside "the X government" or a place's name); reporters, analysts
and photographers are invented and listed as forbidden where a careless annotator might take them for leaders."""

G = {}

# Indian daily's web page (UTF-8, LF): masthead with e-paper/sign-in, menu, hashtag "Trending:" row, "/" crumbs,
# deck, "Written by … | Edited by …", "Updated: Mar 2, 2022 23:55 IST", Google News / WhatsApp lines, font-size and
# share row, "[Photo] … | Image courtesy: …" caption plus "Representational image only.", three "Also Read:" lines
# inside the body, "ADVERTISEMENT / Story continues below this ad", "(With inputs from agencies)", "First Published:
# Mar 2, 2022, 23:41 IST" (stated date), tags, "Trending Now" and "Don't miss" blocks, app line, copyright.
# Window: Thomas-Greenfield US ambassador to the UN from 2021-02-25 (Kuleba 2020-03-04, Jaishankar 2019-05-30,
# Zelensky, Nebenzia, Guterres, Lavrov, Modi, Putin earlier) to Kuleba's end as foreign minister 2024-09-05. Tirumurti is not in the knowledge base. Imran Khan appears only in an
# "Also Read:" line; Indira Gandhi only as the airport's name.
G["e201"] = dict(
    title="India abstains again as UN General Assembly demands Russia withdraw from Ukraine",
    date="2022-03-02", explicit_date=True, window=["2021-02-25", "2024-09-05"],
    leaders_required=["subrahmanyam-jaishankar", "dmytro-kuleba", "sergey-lavrov", "narendra-modi", "vladimir-putin",
                      "volodymyr-zelensky", "linda-thomas-greenfield", "vassily-nebenzia", "antonio-guterres"],
    leaders_acceptable=["t-s-tirumurti", "ts-tirumurti"],
    leaders_forbidden=["imran-khan",  # only in an "Also Read:" line
                       "indira-gandhi",  # only the airport
                       "ritika-menon-chawla", "meenakshi-rao"],
    topics_required=["ukraine"],
    topics_acceptable=["european-security", "defence", "us-russia", "sanctions"],
    must_contain=["India on Wednesday abstained from a resolution of the United Nations General Assembly",
                  "was adopted with 141 votes in favour and five against, with 35 abstentions.",
                  "Its Permanent Representative, T.S. Tirumurti, told the Assembly",
                  "The explanation did not name Russia.",
                  "External Affairs Minister S. Jaishankar has spoken to his Ukrainian counterpart Dmytro Kuleba",
                  "two chartered flights touched down at Indira Gandhi International Airport in Delhi late in the evening.",
                  "the safety of Indian nationals still in Ukraine, which needs Russian cooperation in the east;",
                  "Moscow's past support for India at the Security Council on Kashmir.",
                  "\"End hostilities in Ukraine now.\"",
                  "The Assembly is expected to take up a second, humanitarian resolution later this month.",
                  "What India said", "Pressure from the West"],
    must_not_contain=["E-Paper | Subscribe | Sign In", "Trending: #RussiaUkraineWar", "Written by Ritika Menon Chawla",
                      "Updated: Mar 2, 2022 23:55 IST", "Follow us on Google News", "Join our WhatsApp channel",
                      "Font Size: A- A A+", "Share on WhatsApp", "Image courtesy: UN Photo via Reuters",
                      "Representational image only.", "Also Read: Operation Ganga",
                      "Also Read: Explained: Why India has abstained", "Also Read: Imran Khan's Moscow visit",
                      "ADVERTISEMENT", "Story continues below this ad", "(With inputs from agencies)",
                      "First Published: Mar 2, 2022, 23:41 IST", "Tags: Russia Ukraine war", "Trending Now",
                      "Hardik Pandya fitness update", "Don't miss", "Web Story: 10 photos",
                      "Download The Deccan Courier App", "Grievance Redressal"],
    headings=["What India said", "Students first", "Pressure from the West"])

# African news aggregator on a blog engine (UTF-8, LF), its template text stored as cp1252 and shown as UTF-8 in three
# chrome lines only (masthead "â€“ Africaâ€™s", "Sign up … â€“ itâ€™s free!", "Copyright Â©"): skip
# link, menu, "Search for:", "Posted on July 31, 2004 by digestdesk · Leave a comment" (stated date), "Spread the
# love" twice, "[Image: file.jpg] … (Credit: …)" caption, "Continue reading below…" inside the body, "Share this:" bar
# inside the body, a "What the numbers say:" colon heading with "•" bullets, an editor's note (body text), "Like
# this: / Like Loading...", a "Related" block with dates and "In "…"" categories, tags, categories, post navigation,
# comment form, sign-up line, copyright. Window: Danforth US ambassador to the UN from 2004-07-23 (Powell, Annan,
# Bashir, Obasanjo, Straw earlier) to Danforth's end 2005-01-20. Traps: "the Blair government" with Blair not named;
# Nnamdi Azikiwe only as an airport; Mandela only in the Related block.
G["e202"] = dict(
    title="UN Security Council gives Khartoum 30 days to disarm Darfur militias",
    date="2004-07-31", explicit_date=True, window=["2004-07-23", "2005-01-20"],
    leaders_required=["john-danforth", "omar-al-bashir", "kofi-annan", "olusegun-obasanjo", "jack-straw", "colin-powell"],
    leaders_acceptable=[],
    leaders_forbidden=["tony-blair",  # only "the Blair government"
                       "nelson-mandela",  # only in the Related block
                       "nnamdi-azikiwe",  # only the airport
                       "kwabena-asante-mills", "efua-mensah-bonsu"],
    topics_required=["human-rights", "sanctions"],
    topics_acceptable=["energy", "defence"],
    must_contain=["The United Nations Security Council on Friday gave the government of Sudan thirty days to disarm the Janjaweed militias",
                  "Resolution 1556, drafted by the United States, was adopted by 13 votes to none.",
                  "although the word \u201csanctions\u201d itself was removed from the final draft to win over wavering members.",
                  "The new US ambassador to the United Nations, John Danforth,",
                  "Sudan\u2019s government rejected the resolution within hours.",
                  "About 200,000 have crossed into neighbouring Chad.",
                  "at the Nnamdi Azikiwe International Airport before leaving for a regional meeting.",
                  "In London, the Blair government has said it does not rule out sending troops",
                  "\u201cA resolution does not fill a truck with sorghum,\u201d",
                  "Editor\u2019s note: An earlier version of this story said Resolution 1556 was adopted unanimously. China and Pakistan abstained.",
                  "Khartoum says no", "What the numbers say"],
    must_not_contain=["Skip to content", "GoldCoast Wire Digest \u00e2\u20ac\u201c Africa\u00e2\u20ac\u2122s news, every hour",
                      "Home | Politics | Africa", "Search for:", "Posted on July 31, 2004 by digestdesk",
                      "Leave a comment", "Spread the love", "[Image: darfur-camp-kalma.jpg]",
                      "(Credit: Ilse Brandvold/Relief Frame)", "Continue reading below\u2026", "Share this:",
                      "Twitter  Facebook  WhatsApp  Email  Print", "Like this:", "Like Loading...",
                      "AU summit in Addis: leaders pledge monitors", "Mandela Day lecture",
                      "Tags: Darfur, Janjaweed", "Post navigation", "Cedi holds steady", "Leave a Reply",
                      "Required fields are marked *", "[ Post Comment ]", "Sign up for our daily news digest",
                      "Copyright \u00c2\u00a9 2004", "Powered by WordPress"],
    headings=["Khartoum says no", "What the numbers say", "African troops", "Aid workers on the ground"])

# New Zealand public broadcaster's web story (UTF-8, LF, te reo Māori macrons): skip link, masthead, menu,
# "Loading…", section kicker, "By political reporter …", "Posted 13 June 2024, 6:52pm , updated 13 June 2024,
# 9:10pm" (stated date), "▶ Listen to this article · 5 min", "[Image] … Photo: TPM / …" caption, a "Key points:" box
# with "•" bullets summarising the story (junk), "–" list, "ADVERTISEMENT", a share appeal ("Help keep your whānau
# informed – share this story") and share row inside the body, a correction (body text), "Topics:" list, "More from
# Pacific" with an image caption about another story, "Most read", footer. Window: Luxon prime minister and Peters
# foreign minister from 2023-11-27 (Li Qiang premier from 2023-03-11, Wang Yi, Albanese earlier) to Kishida's end as
# prime minister 2024-10-01. The late Li Keqiang is named with his former post (acceptable). Traps: "the Ardern
# government" with Ardern not named; Macron only in the caption of a "More from Pacific" story.
G["e203"] = dict(
    title="Luxon raises human rights and Pacific security as Chinese Premier Li Qiang visits Wellington",
    date="2024-06-13", explicit_date=True, window=["2023-11-27", "2024-10-01"],
    leaders_required=["christopher-luxon", "li-qiang", "winston-peters", "wang-yi", "fumio-kishida", "anthony-albanese"],
    leaders_acceptable=["li-keqiang"],
    leaders_forbidden=["jacinda-ardern",  # only "the Ardern government"
                       "emmanuel-macron",  # only in a caption of another story
                       "hana-te-rangi-whitlock", "marama-ellison-tuck", "ruiwen-cha"],
    topics_required=["indo-pacific", "human-rights"],
    topics_acceptable=["us-china", "defence", "technology"],
    must_contain=["Prime Minister Christopher Luxon says he raised human rights, foreign interference and the security of the Pacific",
                  "the first by a Chinese premier since his predecessor, the late Li Keqiang, came in 2017.",
                  "\"We had a frank discussion,\" he said.",
                  "services trade negotiations under the upgraded free trade agreement;",
                  "cooperation on science and on the Antarctic;",
                  "whose citizens can visit for up to 15 days without a visa.",
                  "Foreign Minister Winston Peters, who hosted Chinese Foreign Minister Wang Yi in Wellington in March",
                  "Opposition figures say the tone marks a shift from the Ardern government,",
                  "Outside Parliament, around 60 people gathered with Tibetan, Uyghur and Hong Kong flags.",
                  "Correction: An earlier version of this story said China buys about a third of New Zealand's goods exports.",
                  "What was signed", "The AUKUS question"],
    must_not_contain=["Skip to main content", "Tasman Public Media \u2013 News", "Te Ao M\u0101ori  Business", "Loading\u2026",
                      "By political reporter Hana Te Rangi-Whitlock", "Posted 13 June 2024, 6:52pm",
                      "updated 13 June 2024, 9:10pm", "Listen to this article", "Photo: TPM / Sione Laumanu-Grey",
                      "Key points:", "Li Qiang is the first Chinese premier to visit New Zealand since 2017",
                      "The two leaders signed arrangements on trade, science and a visa waiver",
                      "Luxon says he raised Xinjiang, Hong Kong and the South China Sea", "ADVERTISEMENT",
                      "Help keep your wh\u0101nau informed", "Copy link", "Topics:",
                      "Politics, World, China, Foreign Affairs", "More from Pacific",
                      "French President Emmanuel Macron arrives in Noum\u00e9a last month.",
                      "curfew extended as Macron's mission", "Most read", "Heavy snow warning",
                      "Complaints process"],
    headings=["What was signed", "The AUKUS question", "Exporters pleased, activists outside"])

# Canadian public broadcaster's story (UTF-8 + CRLF): masthead with "Sign In", menu, section, deck, "Social Sharing"
# with a share row, "Name · MBC News · Posted: Aug 23, 2022 4:05 PM NT | Last Updated: August 23, 2022" (stated,
# Newfoundland time), "[Image] … (Photographer/The Canadian Wire)" caption, "Read more:" with "►" links inside the
# body, quoted heading, "ADVERTISEMENT", "With files from …" agency line, corrections/tip/report row, "Related
# Stories", comment-policy block with a count, "Audience Relations" footer, copyright. Window: Scholz chancellor from
# 2021-12-08 (Joly foreign minister from 2021-10-26, Trudeau, Putin earlier) to Trudeau's end 2025-03-14. Habeck,
# Wilkinson and Furey are not in the knowledge base (acceptable). Trap: "the Harper government" (and "Harper-era" in
# Related Stories) with Harper not named; "Toronto Pearson" is an airport.
G["e204"] = dict(
    title="Canada and Germany sign hydrogen deal, but Trudeau sees little 'business case' for LNG exports to Europe",
    date="2022-08-23", explicit_date=True, window=["2021-12-08", "2025-03-14"],
    leaders_required=["justin-trudeau", "olaf-scholz", "melanie-joly", "vladimir-putin"],
    leaders_acceptable=["robert-habeck", "jonathan-wilkinson", "andrew-furey"],
    leaders_forbidden=["stephen-harper",  # only "the Harper government" / "Harper-era"
                       "lester-b-pearson", "claire-bouchard-kwan", "aman-gill-lefebvre"],
    topics_required=["energy"],
    topics_acceptable=["sanctions", "ukraine", "european-security", "technology"],
    must_contain=["Prime Minister Justin Trudeau and German Chancellor Olaf Scholz signed an agreement on Tuesday to ship Canadian hydrogen to Germany within three years",
                  "Germany is trying to wean itself off Russian energy after Moscow cut flows through the Nord Stream 1 pipeline to a fifth of capacity.",
                  "\"there has never been a strong business case\"",
                  "\"Canada is going to be our partner of choice,\" he said.",
                  "The hydrogen alliance aims for the first shipments in 2025.",
                  "\"The question is not whether Germany wants to buy. It's whether anyone here is ready to sell at that price.\"",
                  "Ottawa granted a permit in July exempting the turbine from its sanctions against Russia",
                  "Critics also recalled that several East Coast LNG proposals date back to the Harper government.",
                  "The German delegation left from Toronto Pearson on Tuesday night.",
                  "'Three years is ambitious'", "The turbine that went to Germany"],
    must_not_contain=["\r", "MBC News | Maple Broadcasting", "Menu  Search", "Social Sharing",
                      "Facebook  X  Email  Reddit  LinkedIn", "Posted: Aug 23, 2022 4:05 PM NT",
                      "Last Updated: August 23, 2022", "(Graham Pike-Ludlow/The Canadian Wire)", "tour a wind-energy exhibit in Stephenville",
                      "Read more:",
                      "German chancellor in Montreal: 'Canada is a key partner for energy security'",
                      "What is 'green' hydrogen", "ADVERTISEMENT", "With files from The Canadian Wire",
                      "Submit a news tip", "Report error", "Related Stories", "Harper-era pipeline plans revisited",
                      "To encourage thoughtful and respectful conversations", "Sort by: Newest  (212)",
                      "Audience Relations", "Our goal is to create a safe and engaging place for users.",
                      "About MBC News", "\u00a92022 Maple Broadcasting Corporation."],
    headings=["'Three years is ambitious'", "The turbine that went to Germany"])

# Southeast Asian news site copied as text (UTF-8, LF): masthead, "☰ Sections" menu, "›" crumbs, "Bookmark / Share /
# 4 min read" tool lines (twice), the lede ABOVE the by-line, "Published: 07 Sep, 2023 | 06:48 pm" (stated), a
# leftover <p class="img-caption"> caption with a handout credit, app/Telegram promo inside the body, ALL-CAPS
# headings, "ALSO ON OUR SITE:" link inside the body, "(i)"/"(ii)"/"(iii)" list, double-escaped "&amp;quot;" in a
# quote, "Source: Agencies/dh(ns)" desk line, app/QR and briefing line, "ALSO WORTH READING" links, "Advertisement",
# copyright with "&amp;". Window: Hun Manet prime minister from 2023-08-22 (Li Qiang 2023-03-11, Anwar 2022-11-24,
# Marcos 2022-06-30, Harris, Biden, Widodo, Retno, Lavrov, Putin, Lee earlier) to Lee Hsien Loong's end 2024-05-15.
# Hun Sen is named as the father who led the country (former post, acceptable). Traps: the Lee Kuan Yew School of
# Public Policy (an institution); Mahathir only in ALSO WORTH READING.
G["e205"] = dict(
    title="Harris and Li share a table at East Asia Summit as ASEAN leaders press China over new map",
    date="2023-09-07", explicit_date=True, window=["2023-08-22", "2024-05-15"],
    leaders_required=["kamala-harris", "li-qiang", "joko-widodo", "sergey-lavrov", "joe-biden", "ferdinand-marcos-jr",
                      "anwar-ibrahim", "retno-marsudi", "hun-manet", "lee-hsien-loong"],
    leaders_acceptable=["vladimir-putin", "hun-sen"],
    leaders_forbidden=["mahathir-mohamad",  # only in ALSO WORTH READING
                       "lee-kuan-yew",  # only the school's name
                       "dewi-hartono-lim", "farah-iskandar", "nicholas-oei"],
    topics_required=["indo-pacific", "us-china"],
    topics_acceptable=["human-rights", "defence", "russia-china"],
    must_contain=["US Vice-President Kamala Harris and Chinese Premier Li Qiang sat at the same table at the East Asia Summit in Jakarta on Thursday (Sep 7)",
                  "Russian Foreign Minister Sergey Lavrov attended in place of President Vladimir Putin.",
                  "which shows the ten-dash line covering most of the South China Sea.",
                  "He did not mention the map directly, according to a Chinese readout.",
                  "\"The United States has an enduring commitment to Southeast Asia,\" she said.",
                  "Myanmar, where the five-point consensus remains ASEAN's \"main reference\";",
                  "a decision that the Philippines, not Myanmar, will chair ASEAN in 2026.",
                  "weeks after taking over from his father Hun Sen",
                  "Mr Nicholas Oei of the Lee Kuan Yew School of Public Policy",
                  "Beijing handed the claimant states a reason to speak with one voice",
                  "Indonesia hands the ASEAN chair to Laos at the end of the year.",
                  "THE MAP ROW"],
    must_not_contain=["StraitsLine Asia", "\u2630 Sections", "Asia \u203a Southeast Asia", "Bookmark", "4 min read",
                      "By Dewi Hartono-Lim", "Published: 07 Sep, 2023 | 06:48 pm", "<p class=\"img-caption\">",
                      "Leaders pose for the family photo", "(Photo: Indonesian Presidential Secretariat/Handout via Antara)",
                      "Download our app or subscribe to our Telegram channel", "ALSO ON OUR SITE:",
                      "Myanmar loses 2026 ASEAN chair as Philippines steps in", "&amp;quot;", "Source: Agencies/dh(ns)",
                      "Get our app", "Scan the QR code", "Sign up for our morning briefing", "ALSO WORTH READING",
                      "Mahathir slams Anwar government", "Advertisement", "StraitsLine Media Pte Ltd",
                      "Terms & Conditions"],
    headings=["THE MAP ROW", "WHAT THE CHAIRMAN'S STATEMENT SAYS", "Newcomers at the table"])

# Caribbean daily's website (Windows-1252 + CRLF: "•", "»", "á", "©"): masthead line with city and domain, weekday
# date line "Friday, September 12th 2008" (stated, ordinal form), menu, "You are here: … » …" crumbs, "Published:"
# line, by-line "…, Regional Affairs Editor, with wire reports", print/e-mail/text-size/comment-count row, "PICTURED:"
# caption with an ALL-CAPS "REUTERS PHOTO / …" credit, ALL-CAPS first word of the lede, "- Advertisement -",
# ">> RELATED:" links inside the body, bare headings, reader comments with user names, "[ Post a comment ]", MOST
# POPULAR, copyright. Window: Putin prime minister from 2008-05-08 (Medvedev president 2008-05-07; Chávez, Morales,
# Maduro foreign minister, Rice earlier) to Rice's end 2009-01-20. Fidel Castro is named as a former leader
# (acceptable). Traps: "the Bush administration" with Bush not named; Manning only in a RELATED link; Goldberg and
# Duddy are ambassadors (not in the knowledge base).
G["e206"] = dict(
    title="Russian bombers land in Venezuela as Chavez, Morales expel US envoys",
    date="2008-09-12", explicit_date=True, window=["2008-05-08", "2009-01-20"],
    leaders_required=["hugo-chavez", "evo-morales", "nicolas-maduro", "condoleezza-rice", "dmitry-medvedev",
                      "vladimir-putin"],
    leaders_acceptable=["fidel-castro", "philip-goldberg", "patrick-duddy"],
    leaders_forbidden=["george-w-bush",  # only "the Bush administration"
                       "patrick-manning",  # only in a RELATED link
                       "rennie-baptiste-garcia", "annelise-ramcharan-poole"],
    topics_required=["us-russia", "defence"],
    topics_acceptable=["energy", "european-security", "nato"],
    must_contain=["Russian strategic bombers landed in Venezuela on Wednesday for several days of training flights",
                  "the bombers were not carrying nuclear weapons and would carry out training flights over neutral waters",
                  "\"It is a warning,\" he said. \"Venezuela is no longer alone.\"",
                  "Bolivia's President Evo Morales ordered the US ambassador in La Paz, Philip Goldberg, to leave the country",
                  "gave the US ambassador in Caracas, Patrick Duddy, 72 hours to leave",
                  "from Secretary of State Condoleezza Rice in particular.",
                  "Former Cuban leader Fidel Castro, who handed over the presidency to his brother in February",
                  "many of which buy oil from Venezuela on soft terms under the PetroCaribe scheme",
                  "\"The bombers are about symbolism. The oil is about the real economy.\"",
                  "Analysts noted that the Bush administration has fewer than five months left in office",
                  "The Russian defence ministry said the aircraft would return home in the coming days.",
                  "Envoys sent home"],
    must_not_contain=["\r", "THE ANTILLES OBSERVER", "www.antillesobserver.example", "Friday, September 12th 2008",
                      "Home | News | Regional", "You are here: Home", "By Rennie Baptiste-Garcia",
                      "Regional Affairs Editor, with wire reports", "Print this page", "E-mail to a friend",
                      "Text size: [+] [-]", "Reader comments (7)", "PICTURED:",
                      "REUTERS PHOTO / JORGE SILVA-MONTEROS", "- Advertisement -", ">> RELATED:",
                      "CARICOM ministers to meet on food prices", "Manning: T&T will not take sides",
                      "Kervon_POS wrote:", "islandgyal88 wrote:", "[ Post a comment ]", "Read all comments",
                      "MOST POPULAR", "Soca Warriors squad", "Reproduction in whole or in part without permission"],
    headings=["Envoys sent home", "The Georgia factor", "What it means for the Caribbean"])

# Gulf English-language daily's 2002 website, raw HTML page (Windows-1252 + CRLF): <TITLE> with "::" site/section
# path, META description with double-escaped "&amp;quot;", META date "29-03-2002", poll-popup SCRIPT, upper-case
# layout TABLE, masthead ALT with "&middot;", date bar "Friday, 29-03-2002" (stated, dd-mm-yyyy) with prayer times,
# weather and an Arabic link as character references, left menu with spacer and poll link, crumb "Front Page &gt;
# Arab World", deck, by-line and "Beirut, 29-03-2002", photo table whose IMG ALT has an unclosed quote (closed with
# "&quot;"), caption "… – WAM / Ledger Photo Service" (cp1252 en dash), cp1252 curly quotes in two paragraphs, tags split over two lines ("<P\n>", "<H3\nCLASS=…>"), H3
# headings, advertisement with a banner ALT ("Click here to book a viewing"), an italic editor's note (body text),
# "© Gulf Ledger & agencies", print/e-mail/feedback links, "Also in today's paper" column, currency box, footer.
# Window: Amr Moussa Arab League secretary-general from 2001-05-15 (Sharon prime minister 2001-03-07, Peres foreign
# minister 2001-03-07; Abdullah, Arafat, Mubarak, Abdullah II, Lahoud, Assad, Hariri, Annan, Solana earlier) to
# Peres's end as foreign minister 2002-11-02. Sheikh Sabah is named as foreign minister (an office the knowledge base
# does not hold: acceptable); Izzat Ibrahim is not in it. Traps: "Crown Prince Abdullah" and "King Abdullah II" are
# two people; Zayed University (an institution) with Sheikh Zayed not named; King Fahd only as the causeway in the
# side column.
G["e207"] = dict(
    title="Arab leaders offer Israel peace for land at Beirut summit",
    date="2002-03-29", explicit_date=True, window=["2001-05-15", "2002-11-02"],
    leaders_required=["abdullah-bin-abdulaziz", "yasser-arafat", "hosni-mubarak", "abdullah-ii-of-jordan",
                      "emile-lahoud", "bashar-al-assad", "rafic-hariri", "amr-moussa", "ariel-sharon", "shimon-peres",
                      "kofi-annan", "javier-solana"],
    leaders_acceptable=["sabah-al-ahmad-al-jaber-al-sabah", "izzat-ibrahim-al-douri"],
    leaders_forbidden=["zayed-bin-sultan-al-nahyan",  # only Zayed University
                       "fahd-bin-abdulaziz",  # only the causeway, in the side column
                       "tariq-al-mansoori-haddad", "mariam-al-khouri"],
    topics_required=["middle-east"],
    topics_acceptable=["defence", "human-rights"],
    must_contain=["Arab leaders meeting in Beirut yesterday adopted a Saudi plan offering Israel peace and normal relations with the whole Arab world",
                  "for a \"just solution\" to the problem of Palestinian refugees in line with UN General Assembly resolution 194.",
                  "In return, the Arab states would \"consider the Arab-Israeli conflict ended\"",
                  "Only ten heads of state attended.",
                  "Egypt's President Hosni Mubarak and Jordan's King Abdullah II also did not come",
                  "the Iraqi delegate, Izzat Ibrahim, embraced Crown Prince Abdullah in the conference hall.",
                  "Arab League Secretary General Amr Moussa called the summit \"a turning point\".",
                  "At least 19 people were killed.",
                  "said Dr Mariam Al-Khouri, a political scientist at Zayed University in Dubai.",
                  "Editor's note: An earlier edition gave the number of heads of state present as eleven. Ten attended.",
                  "A summit of empty chairs"],
    must_not_contain=["<TITLE>", "Gulf Ledger Online :: Front Page ::", "&amp;quot;", "function openPoll()",
                      "Gulf Ledger \u00b7 Abu Dhabi", "Prayer times", "Weather: Abu Dhabi", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
                      "Today's poll: Will the Arab initiative bring peace?", "Front Page > Arab World",
                      "By Tariq Al-Mansoori-Haddad, Gulf Ledger Correspondent", "Beirut, 29-03-2002",
                      "Crown Prince Abdullah speaks at the opening session on Wednesday.", "WAM / Ledger Photo Service",
                      "- - - ADVERTISEMENT - - -", "Click here to book a viewing", "\u00a9 Gulf Ledger & agencies",
                      "Printer-friendly version", "E-mail this story", "Send your views", "Also in today's paper",
                      "King Fahd Causeway", "US$ 1 = AED 3.6725", "Best viewed at 800x600", "<P\r\n>"],
    headings=["A summit of empty chairs", "Iraq and Kuwait", "Israel's response"])

# Solomon Islands online newspaper (UTF-8 with BOM, LF): masthead and motto, menu, radio "Listen live" line, section
# line, "17.09.2019 – 16:12" (stated, dd.mm.yyyy), by-line, share row with Viber, "[Picture] … – Star Photo/…"
# caption, bare headings, "– Story continues below –" and an advertisement for a phone company inside the body, a
# pipe/dash table with misaligned rows and a source line, "Related stories:" with a bullet list holding a picture
# caption about another story, comment count, login line, copyright, footer. Window: Payne Australia's foreign
# minister from 2018-08-28 (Wu 2018-02-26, Tsai earlier) to Payne's end 2022-05-23. Sogavare, Geng Shuang and Wale
# are not in the knowledge base (acceptable). Traps: "the Morrison government" with Morrison not named; Xi Jinping
# only in a Related stories picture line.
G["e208"] = dict(
    title="Cabinet votes to switch ties from Taiwan to China",
    date="2019-09-17", explicit_date=True, window=["2018-08-28", "2022-05-23"],
    leaders_required=["joseph-wu", "tsai-ing-wen", "marise-payne"],
    leaders_acceptable=["manasseh-sogavare", "geng-shuang", "matthew-wale"],
    leaders_forbidden=["scott-morrison",  # only "the Morrison government"
                       "xi-jinping",  # only in Related stories
                       "judith-kenilorea-watts", "ellen-qurusu-hart", "eddie-tohaika-fox"],
    topics_required=["indo-pacific"],
    topics_acceptable=["us-china"],
    must_contain=["Solomon Islands has cut its diplomatic ties with Taiwan after 36 years and will recognise the People's Republic of China",
                  "Government sources said 27 ministers voted in favour of the switch and six abstained.",
                  "\"We are not turning our backs on our friends. We are making a decision about our future,\" he said.",
                  "Taiwan's Foreign Minister Joseph Wu told a news conference in Taipei",
                  "President Tsai Ing-wen said Taiwan would not enter a bidding war with China over aid",
                  "\"This is a decision for generations, and it was made in a closed room,\" Mr Wale said.",
                  "Marshall Islands", "The loss leaves Taiwan with 16 diplomatic allies worldwide.",
                  "But officials of the Morrison government have privately expressed concern",
                  "Parliament is expected to debate the decision when it meets next month.",
                  "Taiwan moves first", "Taiwan's remaining Pacific allies"],
    must_not_contain=["\ufeff", "Melanesia Star Online", "The voice of the Solomons since 1992",
                      "HOME | NATIONAL | PROVINCES", "Listen live: Star FM 98.1 Honiara", "Pacific \u00b7 Politics",
                      "17.09.2019 \u2013 16:12", "By Judith Kenilorea-Watts", "Share: f | t | WhatsApp | Viber",
                      "[Picture]", "Star Photo/Eddie Tohaika-Fox", "\u2013 Story continues below \u2013",
                      "ADVERTISEMENT: Solomon Telekom", "Dial *123# now", "Related stories:",
                      "Task force report on China ties tabled", "President Xi Jinping welcomes Pacific leaders",
                      "Comments (34)", "Login to comment | Community guidelines", "Advertise with us",
                      "Subscribe to the e-paper"],
    headings=["Taiwan moves first", "What changes for Solomon Islands", "Canberra and Washington watch"])

# html2text-style Markdown dump of a Moscow English-language weekly's archive page (UTF-8, LF): skip link, logo as a
# linked image "[![alt](…)](/)", "* [..](..)" menu with a reference-style "[Subscribe][1]", "»" crumbs, "# " headline,
# italic two-name by-line, print/e-mail/PDF links with icon images and an escaped "p\_1", "* * *" rules, a linked
# image whose alt text repeats the caption, an italic caption line "Photo: … for the Moscow Courier", "## " headings,
# html2text-escaped numbered list "1\.", a footnote marker "\*" and its note (body text), a "> **Read also:**" /
# "> **In this issue:**" blockquote, tags with escaped "\_" in URLs, share links, a digitisation notice, "© 1993-2011
# … Page generated in 0.212 s." and the reference list of URLs at the foot. Undated (Sunday 3 January 1993; the
# copyright range and the archive path give only the year). Window: Chernomyrdin prime minister from 1992-12-14
# (Yeltsin, Bush, Kozyrev, Grachev, Kravchuk, Nazarbayev earlier) to Bush's end 1993-01-20 ("who leaves office on
# January 20"). Bill Clinton is named as president-elect (required: he is named; his term starts only on 1993-01-20).
# Trap: Gaidar only in an "In this issue" link.
G["e209"] = dict(
    title="Bush and Yeltsin sign START II, agreeing to cut strategic arsenals by two-thirds",
    date="1993-01-03", explicit_date=False, window=["1992-12-14", "1993-01-20"],
    leaders_required=["boris-yeltsin", "george-h-w-bush", "andrei-kozyrev", "nursultan-nazarbayev",
                      "leonid-kravchuk", "pavel-grachev", "viktor-chernomyrdin", "bill-clinton"],
    leaders_acceptable=[],
    leaders_forbidden=["yegor-gaidar",  # only in an "In this issue" link
                       "george-w-bush", "nikolai-verbitsky-lowe", "anne-marchetti-orlova", "grigory-azarkin-stone"],
    topics_required=["arms-control", "us-russia"],
    topics_acceptable=["defence", "ukraine"],
    must_contain=["President Boris Yeltsin and President George Bush on Sunday signed a treaty in the Kremlin",
                  "obliges each country to reduce its deployed strategic warheads to between 3,000 and 3,500",
                  "Mr Bush, who leaves office on January 20, said it would leave the next generation a safer world.",
                  "Submarine-launched missiles may carry no more than 1,750 warheads in total on each side.",
                  "a concession that Russian negotiators, led by Foreign Minister Andrei Kozyrev, fought for until the last week of December.",
                  "where some 1,800 of the former Soviet warheads remain.",
                  "Ukrainian President Leonid Kravchuk said last week that Kiev wanted security guarantees",
                  "The new Prime Minister, Viktor Chernomyrdin, who was chosen by the Congress of People's Deputies last month",
                  "In Washington, aides to President-elect Bill Clinton said he supported the treaty",
                  "\"Russia does not have the funds to dismantle these missiles on schedule.",
                  "Warhead totals are those given by the two delegations at the signing."],
    must_not_contain=["[Skip to content](#main)", "[![Moscow Courier - English-language weekly since 1990]",
                      "/static/img/mc_logo.gif", "* [News](/news/)", "[Subscribe][1]", "[Archive](/archive/) \u00bb",
                      "By Nikolai Verbitsky-Lowe and Anne Marchetti-Orlova",
                      "PDF of the original page (p\\_1)", "/archive/img/1993/01/bush_yeltsin_kremlin_800.jpg",
                      "Photo: Sergei Kalugin-Marsh for the Moscow Courier",
                      "exchange pens after signing the treaty in St Vladimir's Hall", "**Read also:**",
                      "Parliament's hardliners promise a long ratification fight", "**In this issue:**",
                      "Gaidar's successor names his cabinet", "**Tags:**", "(/tag/start\\_ii)", "**Share:**",
                      "Digitised from the Moscow Courier print archive.", "[Report an error][7]",
                      "\u00a9 1993-2011 Moscow Courier.", "Page generated in 0.212 s.",
                      "[1]: https://moscowcourier.example/subscribe/?utm_source=archive",
                      "https://vk.com/share.php", "mailto:archive@moscowcourier.example"],
    headings=["What the treaty does", "The Ukrainian question", "Opposition at home"])

# Text-browser dump (lynx/w3m style, UTF-8, LF) of a Korean English-language daily's article: "[n]" link numbers
# inline (also inside the body: "[23]World Trade Organization"), "[IMG]" placeholders, "(BUTTON)" controls, search and
# comment form fields "[____]", "Home > … > …" crumbs, a centred headline, two-name by-line, "Updated 3 hrs ago" only
# (the page states no date), share/print/font-size row, image caption with "(Yonhap) / … file photo", body wrapped at
# 77 columns with a three-space indent, ALL-CAPS headings, a line ending in a colon before an "(a)"/"(b)"/"(c)"
# list, a correction (body text), the reporter's e-mail, "Top 10 Most Read", comment count and form, footer, and the
# "References" list of URLs (article URLs carry 20190704 / 20190630 / 20190703: junk, not a stated date). Undated
# (Thursday 4 July 2019). Window: Kono foreign minister from 2017-08-03 (Moon 2017-05-10, Lee Nak-yon 2017-05-31, Kang
# 2017-06-18, Abe earlier) to Kono's end 2019-09-11. Traps: "the Park government" with Park Geun-hye not named (a
# reporter is called Park Seo-jin); Trump and Kim only in Most Read.
G["e210"] = dict(
    title="Seoul vows WTO fight as Japan's chip-material curbs take effect",
    date="2019-07-04", explicit_date=False, window=["2017-08-03", "2019-09-11"],
    leaders_required=["lee-nak-yon", "kang-kyung-wha", "moon-jae-in", "shinzo-abe", "taro-kono"],
    leaders_acceptable=[],
    leaders_forbidden=["park-geun-hye",  # only "the Park government"
                       "donald-trump", "kim-jong-un",  # only in Top 10 Most Read
                       "yoon-ha-neul", "park-seo-jin", "choi-jae-won"],
    topics_required=["technology"],
    topics_acceptable=["sanctions", "indo-pacific"],
    must_contain=["South Korea said Thursday it would take Japan to the",
                  "World Trade Organization after Tokyo's new restrictions on exports of three materials",
                  "Japanese companies must apply for a licence, a process that can take up to 90 days",
                  "Officials in Seoul, and most analysts, see them as retaliation for rulings by Korea's Supreme Court last October",
                  "Prime Minister Lee Nak-yon told ministers this week",
                  "Foreign Minister Kang Kyung-wha said Seoul would pursue diplomacy first but kept every option open",
                  "President Moon Jae-in has not commented in public",
                  "In Tokyo, Prime Minister Shinzo Abe said the controls were not a countermeasure",
                  "Display makers that use fluorinated polyimide for foldable screens are most exposed.",
                  "reached under the Park government and later effectively shelved by Seoul.",
                  "Correction: An earlier version of this article said the licence process takes up to 60 days. It takes up to 90 days.",
                  "Industry fears"],
    must_not_contain=["[1]Skip to main content", "[2][IMG] The Han River Herald", "[3]National [4]Politics",
                      "Search: [____________________] (BUTTON) Search", "[12]Login [13]Subscribe [14]E-Paper",
                      "[16]Home > [17]Business > [18]Industry", "By Yoon Ha-neul and Park Seo-jin", "Updated 3 hrs ago",
                      "(BUTTON) Share (BUTTON) Print", "[21][IMG] KakaoStory", "[22][IMG]",
                      "Workers in clean-room suits at a semiconductor plant south of Seoul.",
                      "(Yonhap) / Han River Herald file photo", "[23]", "yoonhn@hanriverherald.example",
                      "[24]Top 10 Most Read", "BTS to release new single", "Trump says he may meet Kim at DMZ",
                      "Comments (58)", "Name: [__________] Password: [__________]", "(BUTTON) Post",
                      "Copyright (c) The Han River Herald.", "References",
                      "https://www.hanriverherald.example/view/20190704000612"],
    headings=["SEOUL'S RESPONSE", "TOKYO HOLDS ITS GROUND"])

