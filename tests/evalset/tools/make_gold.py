#!/usr/bin/env python3
"""Writes tests/evalset/gold.json. The gold lives here as Python so every entry can carry a comment on
how its date window was derived (terms of office of the people named with their posts)."""
import json, os

G = {}

# Minsk II, 12 Feb 2015. Window: Poroshenko president from 2014-06-07; Hollande president until 2017-05-14.
G["e01"] = dict(
    title="Ukraine ceasefire deal agreed after all-night talks in Minsk",
    date="2015-02-12", explicit_date=False, window=["2014-06-07", "2017-05-14"],
    leaders_required=["vladimir-putin", "petro-poroshenko", "angela-merkel", "francois-hollande", "sergey-lavrov"],
    leaders_acceptable=[],
    leaders_forbidden=["alexander-lukashenko"],  # named only in a photo caption
    topics_required=["ukraine"],
    topics_acceptable=["european-security", "sanctions", "us-russia", "defence"],
    must_contain=["not been the best night of his life but that it had been a good morning",
                  "a buffer zone at least 50 km wide for artillery",
                  "Ukraine is to regain control of its border with Russia only at the end of 2015",
                  "railway junction held by Ukrainian forces",
                  "Fighting around Debaltseve",
                  "which the Kremlin denies"],
    must_not_contain=["| World News | Reuters.example", "By Anna Kowalczyk and Pavel Grekov", "Updated 14:32 GMT", "3 Min Read",
                      "MINSK (Reuters)", "REUTERS/Vasily Fedosenko", "Palace of Independence", "Advertisement",
                      "Scroll to continue", "Reporting by", "Editing by Giles Harcourt", "Thomson Trust Principles",
                      "More from Reuters", "Greek bailout talks", "Read Next:"],
    headings=["Fighting around Debaltseve"])

# NATO Madrid summit, 29 Jun 2022 (stated). Window: Andersson PM 2021-11-30 .. 2022-10-18.
G["e02"] = dict(
    title="NATO names Russia its most direct threat and opens door to Finland and Sweden",
    date="2022-06-29", explicit_date=True, window=["2021-11-30", "2022-10-18"],
    leaders_required=["recep-tayyip-erdogan", "sauli-niinisto", "magdalena-andersson", "jens-stoltenberg", "joe-biden",
                      "pedro-sanchez"],
    leaders_acceptable=["vladimir-putin"],
    leaders_forbidden=[],
    topics_required=["nato"],
    topics_acceptable=["european-security", "defence", "us-china", "ukraine", "human-rights"],
    must_contain=["the most significant and direct threat",
                  "while Erdoğan, Finnish President Sauli Niinistö, Swedish Prime Minister Magdalena Andersson",
                  "High-readiness forces to rise to well over 300,000 troops",
                  "permanent headquarters for its Army V Corps in Poland",
                  "A new rulebook", "What Ankara got",
                  "from all strategic directions"],
    must_not_contain=["<p", "<div", "<li", "<h2", "<figure", "class=", "dataLayer", "gtag", "font-family", "NewsArticle",
                      "- The Atlantic Ledger", "847 partners", "Agree and close", "Manage preferences", "Published: 29.06.2022",
                      "6 min read", "Photograph: Pierre Albouy/EPA-EFE", "Advertisement", "Why Turkey held up",
                      "Kaliningrad transit", "Subscribe to continue reading", "Log in", "Share on Facebook", "Copy link",
                      "Most read", "Heatwave grips", "The Ledger Daily podcast", "All rights reserved", "Cookie settings",
                      "&ldquo;", "&rsquo;", "&#287;", "&ouml;", "&aacute;", "&quot;"],
    headings=["A new rulebook", "American reinforcements", "What Ankara got"])

# Sochi memorandum on Idlib, 17 Sep 2018. Window: Akar defence minister from 2018-07-10;
# Rouhani president until 2021-08-03.
G["e03"] = dict(
    title="Erdoğan and Putin agreed in Sochi: demilitarized zone will be made in Idlib",
    date="2018-09-17", explicit_date=False, window=["2018-07-10", "2021-08-03"],
    leaders_required=["recep-tayyip-erdogan", "vladimir-putin", "sergei-shoigu", "hulusi-akar", "hassan-rouhani",
                      "bashar-al-assad"],
    leaders_acceptable=[],
    leaders_forbidden=[],
    topics_required=["middle-east"],
    topics_acceptable=["defence", "human-rights"],
    must_contain=["the zone will be of depth 15 to 20 kilometers",
                  "M4 (Aleppo–Latakia) and M5 (Aleppo–Hama)",
                  "Turkey, which already hosts about 3.5 million Syrian refugees",
                  "in the near future no military operation against Idlib is foreseen",
                  "Shoigu: no operation is planned",
                  "the problem of Hayat Tahrir al-Sham is not solved"],
    must_not_contain=["Haber Merkezi", "machine assisted translation", "Foto: AA", "Cumhurbaşkanı", "BU HABERİ PAYLAŞ",
                      "WhatsApp", "İLGİLİ HABERLER", "Dolar/TL", "Süper Lig", "Etiketler:", "Tüm hakları saklıdır",
                      "Yorum yapmak", ">>"],
    headings=["Erdoğan: humanitarian tragedy is avoided", "Shoigu: no operation is planned"])

# AUKUS, maintainer front matter (date stated). Window: Biden from 2021-01-20; Le Drian/Parly until 2022-05-20.
G["e04"] = dict(
    title="AUKUS: Australia to get nuclear-powered submarines in pact with US and UK",
    date="2021-09-16", explicit_date=True, window=["2021-01-20", "2022-05-20"],
    leaders_required=["joe-biden", "scott-morrison", "boris-johnson", "jean-yves-le-drian", "florence-parly",
                      "jacinda-ardern"],
    leaders_acceptable=["zhao-lijian"],
    leaders_forbidden=[],
    topics_required=["indo-pacific", "defence"],
    topics_acceptable=["us-china", "arms-control", "technology"],
    must_contain=["at least eight nuclear-powered boats, to be built in Adelaide",
                  "cooperation on cyber capabilities, artificial intelligence and quantum technologies",
                  "under an agreement dating from 1958",
                  "contrary to the letter and spirit of the cooperation between France and Australia",
                  "What was agreed", "Beijing and the neighbours"],
    must_not_contain=["Share this article", "Save for later", "![", "Photograph: Getty Images", "Sponsored:",
                      "apply by 30 September", "Related:", "Quad leaders meet", "Tags:"],
    headings=["What was agreed", "Anger in Paris", "Beijing and the neighbours"])

# Russia's full-scale invasion, live blog of 24 Feb 2022 (stated).
# Window: Scholz chancellor from 2021-12-08; Johnson PM until 2022-09-06.
G["e05"] = dict(
    title="Russia attacks Ukraine: what we know so far",
    date="2022-02-24", explicit_date=True, window=["2021-12-08", "2022-09-06"],
    leaders_required=["vladimir-putin", "volodymyr-zelensky", "olaf-scholz", "boris-johnson", "jens-stoltenberg",
                      "ursula-von-der-leyen", "dmytro-kuleba", "joe-biden"],
    leaders_acceptable=[],
    leaders_forbidden=[],
    topics_required=["ukraine"],
    topics_acceptable=["nato", "european-security", "sanctions", "energy", "us-russia", "defence"],
    must_contain=["Brent crude rose above $100 a barrel for the first time since 2014",
                  "a declaration of war against the whole of Europe",
                  "put the certification of the Nord Stream 2 pipeline on hold",
                  "called the attack a hideous and barbaric venture",
                  "more than 100 jets are on high alert",
                  "the demilitarisation and denazification of Ukraine"],
    must_not_contain=["\ufeff", "Live coverage by", "Key events", "Show key events only", "Please turn on JavaScript",
                      "Updated at 17.02 GMT", "Advertisement", "Sign up for our morning briefing", "in your inbox by 7am",
                      "Photograph: Sergei Supinsky/AFP/Getty Images", "Most viewed", "record heat in the Antarctic",
                      "Show more"],
    headings=[])

# Lula in Beijing, 14 Apr 2023. Window: Li Qiang premier from 2023-03-11; Lula's term ends 2026-12-31.
G["e06"] = dict(
    title="Brazil's Lula courts Xi in Beijing, pushes peace 'club' for Ukraine",
    date="2023-04-14", explicit_date=False, window=["2023-03-11", "2026-12-31"],
    leaders_required=["luiz-inacio-lula-da-silva", "xi-jinping", "mauro-vieira", "li-qiang"],
    leaders_acceptable=["jair-bolsonaro", "dilma-rousseff"],
    leaders_forbidden=["joe-biden"],  # only "the Biden administration"
    topics_required=["ukraine"],
    topics_acceptable=["us-china", "technology", "russia-china", "sanctions"],
    must_contain=["a group of neutral countries that could broker an end to the war in Ukraine",
                  "trade between the two topped $150 billion last year",
                  "who had decided that the dollar would be the world's currency",
                  "nobody would stop Brazil from improving its relationship with China",
                  "A mediator's ambitions",
                  "has declined to pick sides in the standoff between the United States and China"],
    must_not_contain=["By CAROLINE MENDES", "Associated Press", "Published 5 hours ago", "Facebook  Twitter  Email  Print",
                      "BEIJING (AP)", "Pool Photo via AP", "ADVERTISEMENT", "contributed to this report",
                      "All Rights Reserved", "RELATED COVERAGE", "war games around Taiwan", "Watch:", "Carnival returns"],
    headings=["A mediator's ambitions"])

# Singapore summit, 12 Jun 2018. Window: Pompeo secretary of state from 2018-04-26; Abe PM until 2020-09-16.
G["e07"] = dict(
    title="Trump, Kim pledge new relations and work toward denuclearization in first summit",
    date="2018-06-12", explicit_date=False, window=["2018-04-26", "2020-09-16"],
    leaders_required=["donald-trump", "kim-jong-un", "mike-pompeo", "moon-jae-in", "shinzo-abe", "lee-hsien-loong"],
    leaders_acceptable=["kim-yo-jong"],
    leaders_forbidden=[],
    topics_required=["indo-pacific", "arms-control"],
    topics_acceptable=["defence", "sanctions", "human-rights"],
    must_contain=["work toward complete denuclearization of the Korean Peninsula",
                  "They will join efforts to build a lasting and stable peace regime on the Korean Peninsula.",
                  "It gives no timetable and does not mention verification",
                  "a very special bond",
                  "around S$20 million, about half of it for security",
                  "Four points", "Seoul, Tokyo react"],
    must_not_contain=["<div", "<p", "<li", "<ol", "<figure", "<script", "class=", "googletag", "Font size", "Print",
                      "All News | North Korea", "Seo Ji-hoon", "Photo courtesy of", "Not for sale", "SINGAPORE, (Yonhap)",
                      "Related Articles", "Won gains", "(END)", "jhseo@", "Keywords", "#Trump",
                      "Prohibited to be reproduced", "&quot;", "&#8217;", "&ldquo;", "&#39;"],
    headings=["Four points", "Seoul, Tokyo react"])

# Yoon in Tokyo, 16 Mar 2023 (stated). Window: Nishimura METI minister from 2022-08-10; Hayashi FM until 2023-09-13.
G["e08"] = dict(
    title="Kishida, Yoon agree to resume shuttle diplomacy as Tokyo lifts chip curbs",
    date="2023-03-16", explicit_date=True, window=["2022-08-10", "2023-09-13"],
    leaders_required=["fumio-kishida", "yoon-suk-yeol", "hirokazu-matsuno", "yasutoshi-nishimura", "park-jin",
                      "yoshimasa-hayashi"],
    leaders_acceptable=["moon-jae-in"],
    leaders_forbidden=["kim-jong-un"],
    topics_required=["indo-pacific"],
    topics_acceptable=["technology", "defence", "human-rights", "sanctions", "arms-control"],
    must_contain=["the first South Korean president to make a bilateral visit to Japan in 12 years",
                  "fluorinated polyimide, photoresists and hydrogen fluoride",
                  "fell into the Sea of Japan outside Japan's exclusive economic zone",
                  "a military intelligence-sharing pact known as GSOMIA",
                  "Export controls", "Missile launch"],
    must_not_contain=["\u00a0", "\u200b", "KYODO NEWS", "21:05 | All, Japan, World", "[Photo]", "==Kyodo", "RELATED:",
                      "youth fund", "Kyiv still under wraps", "Related coverage", "G7 summit in Hiroshima as guest",
                      "ADVERTISEMENT"],
    headings=["Export controls", "Missile launch"])

# EU's EUR 50bn Ukraine Facility after the 1 Feb 2024 summit. Window: Tusk PM from 2023-12-13;
# Michel European Council president until 2024-11-30.
G["e09"] = dict(
    title="Fifty billion euros and a lesson in leverage: what the Ukraine deal tells us about Europe's veto players",
    date="2024-02-05", explicit_date=False, window=["2023-12-13", "2024-11-30"],
    leaders_required=["charles-michel", "viktor-orban", "robert-fico", "donald-tusk", "ursula-von-der-leyen",
                      "mike-johnson", "volodymyr-zelensky"],
    leaders_acceptable=[],
    leaders_forbidden=["boris-johnson", "helena-marsh-okoye"],
    topics_required=["ukraine"],
    topics_acceptable=["european-security", "sanctions", "defence", "human-rights"],
    must_contain=["made up of €33bn in loans and €17bn in grants",
                  "Orbán left the room so that the other 26 leaders could agree to open accession talks",
                  "Robert Fico, Slovakia's prime minister since October",
                  "Isolation works better than payment.",
                  "Washington is no longer a backstop.",
                  "The December precedent", "The unanimity question",
                  "Without reform of unanimity, every future package for Kyiv will be hostage to the least willing member."],
    must_not_contain=["Home > Publications", "Download PDF", "Cite this", "Senior Fellow, Wider Europe Programme",
                      "The views expressed", "make a donation today", "Related publications",
                      "The Black Sea after the grain deal", "Keywords:"],
    headings=["The December precedent", "Why this matters beyond Hungary", "The unanimity question"])

# US chip export controls of 7 Oct 2022, blog post of 12 Oct 2022 (stated).
# Window: Raimondo commerce secretary from 2021-03-03; Rutte PM until 2024-07-02.
G["e10"] = dict(
    title="Washington just drew a line under China\u2019s chip ambitions. Here\u2019s what the October 7 rules actually do",
    date="2022-10-12", explicit_date=True, window=["2021-03-03", "2024-07-02"],
    leaders_required=["joe-biden", "jake-sullivan", "gina-raimondo", "xi-jinping", "mark-rutte"],
    leaders_acceptable=["mao-ning"],
    leaders_forbidden=["boris-johnson"],  # only "Johnson & Johnson" in a related link
    topics_required=["technology", "us-china"],
    topics_acceptable=["sanctions", "indo-pacific"],
    must_contain=["restricts sales to China of advanced computing chips",
                  "adds Chinese entities, including the memory maker YMTC, to the Unverified List",
                  "presumption of denial for Chinese-owned plants", "128 layers or more",
                  "keep as large a lead as possible",
                  "What the rules cover", "The allies problem"],
    must_not_contain=["Menu  Home  About", "Posted on October 12, 2022", "9 Comments", "Filed under:",
                      "Photo by Laurel Vance on Unsplash", "Subscribe to Silicon Curtain", "No spam, unsubscribe",
                      "[ Your email ]", "Share this:", "Like Loading", "Johnson & Johnson", "Previous post",
                      "9 thoughts on", "Leave a Reply", "Required fields are marked", "&#8217;", "&#8220;", "&#8212;",
                      "&middot;", "&laquo;"],
    headings=["What the rules cover", "Why now", "The allies problem"])

# Saudi-Iran deal in Beijing, 10 Mar 2023. Window: Amir-Abdollahian FM from 2021-08-25;
# Shamkhani SNSC secretary until 2023-05-22.
G["e11"] = dict(
    title="Saudi Arabia, Iran agree to restore ties in China-brokered deal",
    date="2023-03-10", explicit_date=False, window=["2021-08-25", "2023-05-22"],
    leaders_required=["wang-yi", "ali-shamkhani", "faisal-bin-farhan", "hossein-amir-abdollahian", "xi-jinping",
                      "mohammed-bin-salman", "ebrahim-raisi"],
    leaders_acceptable=["musaed-al-aiban", "john-kirby", "yair-lapid", "faisal-bin-farhan-al-saud"],
    leaders_forbidden=[],
    topics_required=["middle-east"],
    topics_acceptable=["us-china", "energy"],
    must_contain=["reopen their embassies within two months",
                  "in the presence of China's top diplomat Wang Yi",
                  "cut ties in 2016 after protesters stormed the Saudi embassy in Tehran",
                  "revive a security cooperation agreement signed in 2001",
                  "had been kept informed by the Saudis",
                  "Iran's currency, the rial, strengthened on the news."],
    must_not_contain=["\r", "Beijing (AFP) -", "AFP / Xinhua / Handout", "WATCH:", "seven-year freeze (2:41)",
                      "bur-tn/sw/lb", "© 2023 AFP", "You might also like", "OPEC+"],
    headings=[])

# Scholz's Zeitenwende speech, 27 Feb 2022 (stated). Windows-1252 file with CRLF.
# Window: Scholz government from 2021-12-08; Lambrecht defence minister until 2023-01-19 (Merz is named as
# party leader, not an office of state, so his start is not used).
G["e12"] = dict(
    title="Scholz announces €100 billion fund for Bundeswehr in „Zeitenwende“ speech",
    date="2022-02-27", explicit_date=True, window=["2021-12-08", "2023-01-19"],
    leaders_required=["olaf-scholz", "robert-habeck", "christian-lindner", "christine-lambrecht", "annalena-baerbock",
                      "volodymyr-zelensky", "vladimir-putin", "sergey-lavrov"],
    leaders_acceptable=["friedrich-merz", "andrij-melnyk", "andriy-melnyk"],
    leaders_forbidden=[],
    topics_required=["defence", "energy"],
    topics_acceptable=["ukraine", "european-security", "nato", "sanctions"],
    must_contain=["a special fund of 100 billion euros to modernise its armed forces",
                  "including 1,000 anti-tank weapons and 500 Stinger air-defence missiles",
                  "in Brunsbüttel and Wilhelmshaven",
                  "Energy: two LNG terminals",
                  "received standing applause",
                  "the assets in Europe of Kremlin chief Wladimir Putin and Foreign Minister Sergej Lawrow"],
    must_not_contain=["\r", "\ufffd", "dpa-AFX / Politik", "Published: 27.02.2022", "16:48 Uhr", "Berlin (dpa)",
                      "Foto: Michael Kappeler/dpa", "spricht bei der Sondersitzung", "dpa kal yydd", "Weitere Meldungen",
                      "Ölpreis steigt", "dpa-infocom", "Datenschutz", "Impressum", "Cookie-Einstellungen", "•"],
    headings=["Energy: two LNG terminals"])

# Newsletter digest of Friday 14 July 2023 (stated). Window: He Lifeng vice premier from 2023-03-12;
# Sunak PM until 2024-07-05.
G["e13"] = dict(
    title="The Friday Brief: Sweden's door opens, Ukraine's stays ajar",
    date="2023-07-14", explicit_date=True, window=["2023-03-12", "2024-07-05"],
    leaders_required=["recep-tayyip-erdogan", "ulf-kristersson", "jens-stoltenberg", "volodymyr-zelensky",
                      "gitanas-nauseda", "justin-trudeau", "joe-biden", "rishi-sunak", "janet-yellen", "li-qiang",
                      "he-lifeng"],
    leaders_acceptable=[],
    leaders_forbidden=[],
    topics_required=["nato", "ukraine", "us-china"],
    topics_acceptable=["european-security", "defence", "arms-control", "technology", "sanctions", "human-rights"],
    must_contain=["agreed to send Sweden's accession protocol to the Turkish parliament",
                  "when allies agree and conditions are met",
                  "dropping the requirement for a Membership Action Plan",
                  "to as many as 2,200 troops",
                  "More than 100 countries have banned the weapons under a 2008 convention",
                  "not a winner-take-all contest",
                  "Vilnius: Turkey lifts its block on Sweden", "Yellen in Beijing"],
    must_not_contain=["View this email in your browser", "Forwarded this email?", "Issue 212", "7 min read",
                      "Presented by Northgate Analytics", "Book a demo", "SPONSORED", "Learn Mandarin",
                      "Reply to this email", "Most read this week", "You're receiving this", "Unsubscribe",
                      "Rue des Tanneurs", "•"],
    headings=["Vilnius: Turkey lifts its block on Sweden", "Cluster munitions: a very difficult decision", "Yellen in Beijing"])

# New START suspension interview, early March 2023. Window: Blinken secretary of state 2021-01-26 .. 2025-01-20.
G["e14"] = dict(
    title="\u2018Nobody is counting anymore\u2019: a former negotiator on Russia\u2019s New START suspension",
    date="2023-03-01", explicit_date=False, window=["2021-01-26", "2025-01-20"],
    leaders_required=["vladimir-putin", "antony-blinken", "joe-biden", "dmitry-medvedev"],
    leaders_acceptable=["barack-obama", "hillary-clinton", "sergey-lavrov"],
    leaders_forbidden=["bill-clinton", "aleksandra-weiss"],
    topics_required=["arms-control", "us-russia"],
    topics_acceptable=["ukraine", "nato", "us-china", "defence"],
    must_contain=["It has not withdrawn. It has suspended its participation",
                  "1,550 deployed strategic warheads, 700 deployed missiles and bombers",
                  "called the decision deeply unfortunate and irresponsible",
                  "signed the treaty in Prague in 2010 as president, together with Barack Obama",
                  "it cannot be extended again",
                  "What happens when the treaty expires in February 2026?"],
    must_not_contain=["Listen to this article", "Gift this article", "Interview by Owen Cartwright", "[ADVERTISEMENT]",
                      "More interviews:", "Sanctions take years to bite", "Join the conversation", "&#8216;",
                      "&#8217;", "&#8212;", "&#8220;"],
    headings=[])

# Sweden joins NATO, press release of 7 March 2024 (stated). Window: Sulyok president from 2024-03-05;
# Stoltenberg secretary general until 2024-10-01.
G["e15"] = dict(
    title="Institute welcomes Sweden's accession as NATO's 32nd member",
    date="2024-03-07", explicit_date=True, window=["2024-03-05", "2024-10-01"],
    leaders_required=["ulf-kristersson", "antony-blinken", "jens-stoltenberg", "recep-tayyip-erdogan", "viktor-orban",
                      "tamas-sulyok"],
    leaders_acceptable=[],
    leaders_forbidden=["ingrid-halvorsen"],
    topics_required=["nato"],
    topics_acceptable=["european-security", "defence", "ukraine"],
    must_contain=["Good things come to those who wait",
                  "Sweden became the alliance's 32nd member",
                  "Sweden applied for membership on 18 May 2022",
                  "signed the ratification law on 5 March, the day he took office",
                  "the Baltic Sea is now bordered almost entirely by allies"],
    must_not_contain=["FOR IMMEDIATE RELEASE", "Notes to editors", "receives no government funding",
                      "available for interviews", "Media contact:", "press@balticrim.example", "+46 8",
                      "Follow us on LinkedIn", "To unsubscribe", "REMOVE"],
    headings=[])

# Black Sea Grain Initiative explainer, 2023-07-20 (stated, ISO). Window: Zelensky president from 2019-05-20;
# Shoigu defence minister until 2024-05-12.
G["e16"] = dict(
    title="The Black Sea grain deal is dead. What it did, who got the grain, and what comes next",
    date="2023-07-20", explicit_date=True, window=["2019-05-20", "2024-05-12"],
    leaders_required=["antonio-guterres", "recep-tayyip-erdogan", "sergei-shoigu", "volodymyr-zelensky"],
    leaders_acceptable=["oleksandr-kubrakov", "dmitry-peskov"],
    leaders_forbidden=[],
    topics_required=["ukraine"],
    topics_acceptable=["sanctions", "european-security", "energy", "defence", "middle-east"],
    must_contain=["Odesa, Chornomorsk and Pivdennyi",
                  "they were inspected in Turkish waters by joint teams from Russia, Ukraine, Turkey and the UN",
                  "About 32.9 million tonnes of food left Ukraine under the deal",
                  "Netherlands", "24%",
                  "reconnecting the state agricultural bank, Rosselkhozbank, to the SWIFT payments system",
                  "Why did Russia pull out?", "What happens now?"],
    must_not_contain=["EXPLAINER | WORLD", "By the Explainers Desk", "11 min read", "[Shutterstock]",
                      "editorial use only", "<table", "<tr", "<td", "<th", "</td>", "ADVERTISEMENT",
                      "Read more explainers", "What is a price cap", "Was this article helpful"],
    headings=["What was the Black Sea Grain Initiative?", "How did it work?",
              "How much grain got out, and where did it go?", "Why did Russia pull out?", "What happens now?"])

# Soleimani killed, 3 Jan 2020 (stated). Window: Esper defense secretary from 2019-07-23;
# Abdul-Mahdi prime minister until 2020-05-07.
G["e17"] = dict(
    title="US kills Iran's Qassem Soleimani in Baghdad airport strike",
    date="2020-01-03", explicit_date=True, window=["2019-07-23", "2020-05-07"],
    leaders_required=["donald-trump", "ali-khamenei", "hassan-rouhani", "mohammad-javad-zarif", "adil-abdul-mahdi",
                      "mike-pompeo", "mark-esper", "nancy-pelosi"],
    leaders_acceptable=["qassem-soleimani", "abu-mahdi-al-muhandis", "mahdi-al-muhandis", "ayatollah-ali-khamenei"],
    leaders_forbidden=["abraham-lincoln"],  # a carrier, in a most-popular link
    topics_required=["middle-east"],
    topics_acceptable=["defence", "energy"],
    must_contain=["at the direction of the president",
                  "had taken action to stop a war, not to start one",
                  "declared three days of national mourning",
                  "a breach of the conditions under which American troops are stationed",
                  "29 December: US strikes on Kataib Hezbollah sites in Iraq and Syria",
                  "Oil prices jumped about 4%",
                  "Tehran vows revenge"],
    must_not_contain=["<p", "<li", "<h2", "<figure", "class=", "_sf_async_config", "track.js", "nav a{",
                      "| World news | The Meridian", "Skip to main content", "Available for everyone",
                      "Last modified on", "02.18 GMT", "Share on Facebook", "Photograph: Iraqi Prime Minister Press Office",
                      "Related:", "Protesters storm US embassy compound", "small favour to ask", "no shareholders",
                      "Support The Meridian", "Most popular", "Mallacoota", "Abraham Lincoln", "All rights reserved",
                      "Cookie policy", "&rsquo;", "&ldquo;", "&lsquo;", "&hellip;", "&euro;", "&amp;"],
    headings=["Tehran vows revenge", "Washington braces"])

# Power of Siberia contract, 21 May 2014, translated with a double-encoded middle.
# Window: Turchynov acting president 2014-02-23 .. 2014-06-07.
G["e18"] = dict(
    title="Russia and China close gas mega-contract after ten years of negotiation",
    date="2014-05-21", explicit_date=False, window=["2014-02-23", "2014-06-07"],
    leaders_required=["vladimir-putin", "xi-jinping", "oleksandr-turchynov"],
    leaders_acceptable=["alexei-miller", "alexey-miller", "zhou-jiping"],
    leaders_forbidden=["barack-obama"],  # only "the Obama administration"
    topics_required=["russia-china", "energy"],
    topics_acceptable=["sanctions", "ukraine"],
    must_contain=["a contract for supply of natural gas during 30 years",
                  "the total value of the contract is around of 400 billion dollars",
                  "delivery of 38 billion cubic meters per year, during 30 years",
                  "What the contract foresees",
                  "if Europe does not want Russian gas, Asia wants",
                  "a consultancy in São Paulo"],
    must_not_contain=["â€", "Ã£", "\u009d", "MUNDO ›", "tradução automática", "Foto: Alexei Druzhinin",
                      "cerimônia de assinatura", "Leia também", "Teresópolis", "Compartilhe:", "Comentários (3)",
                      "Assine o jornal", "R$ 1,90", "•"],
    headings=["What the contract foresees"])

# Oval Office clash, maintainer front matter without a date; written 1 Mar 2025.
# Window: Rubio secretary of state from 2025-01-21; Macron's term ends 2027-05-13.
G["e19"] = dict(
    title="Oval Office clash leaves Zelensky's minerals deal unsigned and Europe scrambling",
    date="2025-03-01", explicit_date=False, window=["2025-01-21", "2027-05-13"],
    leaders_required=["donald-trump", "volodymyr-zelensky", "jd-vance", "marco-rubio", "keir-starmer",
                      "emmanuel-macron", "donald-tusk", "kaja-kallas"],
    leaders_acceptable=["j-d-vance"],
    leaders_forbidden=["john-f-kennedy", "kennedy-center"],
    topics_required=["ukraine"],
    topics_acceptable=["european-security", "us-russia", "energy"],
    must_contain=["without signing the minerals deal he had come for",
                  "he was gambling with World War Three",
                  "Ukraine to contribute half of future revenue from state-owned resources",
                  "There is an aggressor, Russia, and a victim, Ukraine",
                  "the free world needed a new leader",
                  "How it unravelled", "Europe closes ranks"],
    must_not_contain=["Gift this article", "6 min read", "Watch:", "(video, 10:48)", "Recommended",
                      "Kennedy Center", "rare earths are harder to mine", "Support independent journalism",
                      "subscribe from $1 a week"],
    headings=["How it unravelled", "What was in the deal", "Europe closes ranks"])

# Aftermath of the Kaesong liaison office demolition, 17 Jun 2020; no headline.
# Window: Kim Yeon-chul unification minister 2019-04-08 .. 2020-06-19 (resignation accepted).
G["e20"] = dict(
    title=None,
    date="2020-06-17", explicit_date=False, window=["2019-04-08", "2020-06-19"],
    leaders_required=["moon-jae-in", "kim-jong-un", "kim-yeon-chul", "chung-eui-yong", "suh-hoon", "donald-trump"],
    leaders_acceptable=["kim-yo-jong"],
    leaders_forbidden=[],
    topics_required=["indo-pacific"],
    topics_acceptable=["defence", "human-rights", "arms-control", "sanctions"],
    must_contain=["blowing up of the inter-Korean liaison office in the border town of Kaesong",
                  "had submitted his resignation",
                  "destroyed in a controlled explosion on Tuesday afternoon",
                  "the South would soon see the useless office completely collapsed",
                  "national security adviser Chung Eui-yong and intelligence chief Suh Hoon",
                  "a summit in Hanoi broke down in February last year"],
    must_not_contain=["Text size", "Print  |  Email", "By Park Min-soo", "Seoul Bureau",
                      "Ministry of Unification handout", "Advertisement", "The Peninsula Post", "All rights reserved",
                      "Comments are closed", "You may also like", "K-pop agencies"],
    headings=[])

KEYS = ["title", "date", "explicit_date", "window", "leaders_required", "leaders_acceptable", "leaders_forbidden",
        "topics_required", "topics_acceptable", "must_contain", "must_not_contain", "headings"]
out = {k: {f: v[f] for f in KEYS} for k, v in G.items()}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
