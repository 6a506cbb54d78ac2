"""Gold for e101-e110 (writer X; merged into gold.json by merge_gold.py). Each entry carries a comment on how its date
window was derived: terms of office (input/data) of people named with their posts, nothing else. A person named with a
former post, or with a post the knowledge base does not record, says nothing about the window and is acceptable, not
required. Open-ended terms end at their scheduled end. People the knowledge base does not hold appear, if at all, as
slugs in leaders_acceptable (named in the body) or leaders_forbidden (named only in chrome, or the invented authors,
reporters and chat members)."""

G = {}

# Word "Save as Web Page" export of a think tank's issue brief (Windows-1252 + CRLF): Word 10 namespaces and
# generator meta, a stale <title> ("Issue Brief 13 – draft template"), o:DocumentProperties (Created 25 May, LastSaved
# 27 May), w:WordDocument, font and MsoNormal style sheets, msoCommentShow script, a VML logo, a letterhead table with
# address and telephone, "ISSUE BRIEF No. 14 | May 27, 2002" with an st1:date smart tag, a red "DRAFT 3" line,
# MsoTitle, byline, st1:City/st1:place smart tags, tracked changes (<del>roughly</del><ins>about</ins>), comment
# anchors [MA1] and [TK2] with the comment list at the end, footnote references [1]-[4] with the footnote list,
# Symbol-font list bullets inside <![if !supportLists]>, a MsoTableGrid table, a page break, a disclaimer and a
# distribution line. Dated May 27, 2002 (stated in the header; the treaty was signed "on Friday", 24 May).
# Window: Sergei Ivanov defence minister from 2001-03-28 (Bush, Putin, Powell, Rumsfeld, Rice, Igor Ivanov earlier);
# Lord Robertson NATO secretary general until 2003-12-17. Senator Biden (a post the knowledge base does not record)
# and START II's signatories "George Bush" and Yeltsin (no post) are acceptable. Albright appears only in comment
# [TK2]; Igor and Sergei Ivanov are namesakes, both required; Susan Rice is not named.
G["e101"] = dict(
    title="Three Pages in the Kremlin: What the Moscow Treaty Does and Does Not Do",
    date="2002-05-27", explicit_date=True, window=["2001-03-28", "2003-12-17"],
    leaders_required=["george-w-bush", "vladimir-putin", "igor-ivanov", "sergei-ivanov", "colin-powell",
                      "donald-rumsfeld", "condoleezza-rice", "george-robertson"],
    leaders_acceptable=["joe-biden", "george-h-w-bush", "boris-yeltsin"],
    leaders_forbidden=["madeleine-albright",  # only in the comment list
                       "susan-rice", "miriam-achterberg", "tomasz-kowalczyk"],
    topics_required=["arms-control", "us-russia"],
    topics_acceptable=["nato", "defence", "european-security"],
    must_contain=["President George W. Bush and President Vladimir Putin signed the Treaty on Strategic Offensive Reductions.",
                  "about two-thirds below today’s levels.",
                  "The treaty runs to barely three pages and five articles.",
                  "Each party determines for itself the composition and structure of its strategic forces.",
                  "None of its own",
                  "Tactical nuclear weapons, of which Russia holds by far the larger stock, are not covered at all.",
                  "The defence minister, Sergei Ivanov, who is no relation,",
                  "and it took Mr. Putin’s insistence, and Secretary Powell’s support for it, to produce the three pages",
                  "Senator Joseph Biden, the chairman of the Foreign Relations Committee, has promised hearings this summer",
                  "START II, signed by George Bush and Boris Yeltsin in January 1993, banned multiple warheads on land-based missiles",
                  "NATO’s nineteen leaders and Mr. Putin open the NATO-Russia Council",
                  "Whether it is worth keeping will depend on what the two governments build around it in the ten years it gives them."],
    must_not_contain=["\r", "<o:p>", "MsoNormal", "mso-", "msoCommentShow", "Issue Brief 13 – draft template",
                      "POTOMAC ARMS FORUM", "1717 K Street NW", "Tel (202) 555-0164", "www.potomacarms.example",
                      "ISSUE BRIEF No. 14", "DRAFT 3", "NOT FOR CITATION", "By Miriam Achterberg", "roughly",
                      "[MA1]", "[TK2]", "Check the 1,700–2,200 wording", "Hearings not yet scheduled",
                      "Ibid., Article I, second sentence.", "Author’s conversations with Senate staff",
                      "Views expressed in Issue Briefs are the author’s own.", "© 2002 Potomac Arms Forum",
                      "Distribution: Board of Advisers"],
    headings=["What was signed", "What is missing", "The politics of ratification", "What to watch"])

# A TV evening bulletin's subtitle file (.srt) pasted into .txt with the download site's header (UTF-8 BOM + CRLF):
# file-name line, "Downloaded from SubVault · … downloads · Rating", release and uploader line, numbered cues with
# "00:00:04,120 --> 00:00:07,900" timings, sound tags [MUSIC] [CROWD SHOUTING] [CAR HORNS] [GRAPHIC: …], ASS
# positioning tags {\an8} on lower thirds, ">>" speaker changes with names in capitals, <i> italics for a
# translated voice, sentences split across cues, headline teasers before the story and a trailer after it, caption
# credits at the end. No headline (the file name is not one). Dated 10 Nov 2020 by the file name and release line.
# Window: Bayramov foreign minister from 2020-07-16 (Pashinyan, Aliyev, Putin, Erdogan, Sarkissian, Peskov,
# Pompeo earlier); Pompeo secretary of state until 2021-01-20. Mirzoyan is named as speaker of parliament (his
# foreign-minister term begins 2021-08-19 and must not date this); Heydar Aliyev as the president's late father;
# Harutyunyan is not in the knowledge base. Biden is named only in a teaser for another story.
G["e102"] = dict(
    title=None,
    date="2020-11-10", explicit_date=True, window=["2020-07-16", "2021-01-20"],
    leaders_required=["nikol-pashinyan", "ilham-aliyev", "vladimir-putin", "recep-tayyip-erdogan",
                      "armen-sarkissian", "jeyhun-bayramov", "mike-pompeo", "dmitry-peskov"],
    leaders_acceptable=["heydar-aliyev", "ararat-mirzoyan", "arayik-harutyunyan"],
    leaders_forbidden=["joe-biden",  # only in the headline teasers
                       "helen-marsh", "daniel-okafor", "leyla-hasanova", "tom-reyes"],
    topics_required=["defence"],
    topics_acceptable=["european-security", "human-rights", "middle-east"],
    must_contain=["The war over Nagorno-Karabakh is over, at least for now.",
                  "Prime Minister Nikol Pashinyan wrote that he had signed a statement that was",
                  "speaker of parliament, Ararat Mirzoyan, who was taken to hospital.",
                  "Nobody asked us before giving it away.",
                  "President Armen Sarkissian said he had learned of the deal from the media and",
                  "President Ilham Aliyev went on television to call the agreement a capitulation, and",
                  "Foreign Minister Jeyhun Bayramov said the hundreds of thousands of Azerbaijanis who",
                  "Russia deploys 1,960 troops with 90 armoured personnel carriers for five",
                  "The Kremlin spokesman, Dmitry Peskov, said there was no agreement to send Turkish",
                  "Recep Tayyip Erdogan called the outcome a great victory for Azerbaijan.",
                  "deal, and a ceasefire announced after Secretary of State Mike Pompeo met both",
                  "Tonight thousands of people who fled to Armenia are asking whether there is"],
    must_not_contain=["\ufeff", "\r", " --> ", "00:00:", "[MUSIC]", "[CROWD SHOUTING]", "[CAR HORNS]",
                      "[GRAPHIC: THE NINE POINTS]", "{\\an8}", ">>", "<i>", "Capital 6 Evening News",
                      "CAPITAL 6 EVENING NEWS", "SubVault", "214 downloads", "Rating 4.1/5",
                      "C6.Evening.News.2020.11.10.720p.WEB.x264", "caption_desk_42", "Please rate this subtitle!",
                      "Also tonight:", "Joe Biden's transition team", "Coming up after the break:",
                      "Subtitles by Capital Captioning Ltd", "captions@capital6.example"],
    headings=[])

# A syndication copy in Rich Text Format stored with a .txt extension (plain ASCII + CRLF), as WordPad writes it:
# {\rtf1\ansi\ansicpg1252… group, font and colour tables, {\*\generator Riched20 …}, an {\info} group with the story
# slug as \title, author, \creatim (26 Feb 2019 18:40) and \revtim (27 Feb 2019 09:05), control words on every line
# (\pard \sa200 \f0 \fs22 \b \b0 \i \cf2 \par), \rquote and \ldblquote/\rdblquote for quotes, \emdash, \'a9, the
# syndication service's header (story ID, "Filed: 26 February 2019, 18:40 IST", desk, word count, usage and embargo
# lines), a headline in \fs32 bold, an italic byline, an embedded picture as a {\*\shppict{\pict … \pngblip} group of
# hex lines plus a {\nonshppict} fallback, a grey photo credit, bold crossheads, an "ALSO READ:" HYPERLINK field in the
# text, "ENDS", desk initials with a time code, an archive link field and the copyright and syndication-queries line.
# Dated 26 Feb 2019 (stated in the "Filed:" line; the text says "early hours of Tuesday"; \revtim is the next day).
# Window: Qureshi foreign minister from 2018-08-20 (Modi, Swaraj, Sitharaman, Doval, Imran Khan, Bajwa earlier); Swaraj
# and Sitharaman in their posts until 2019-05-30. Rajnath Singh is named as home minister and Jaitley as finance
# minister, posts the knowledge base does not record (its defence-minister terms must not date this); Rahul Gandhi,
# Gokhale, Ghafoor and the Azhars are not in it. Vajpayee is named only in the ALSO READ link and Indira Gandhi only in
# the archive link under the story.
G["e103"] = dict(
    title="IAF strikes JeM camp in Balakot, India says; Pakistan vows to respond",
    date="2019-02-26", explicit_date=True, window=["2018-08-20", "2019-05-30"],
    leaders_required=["narendra-modi", "nirmala-sitharaman", "sushma-swaraj", "ajit-doval", "imran-khan",
                      "qamar-javed-bajwa", "shah-mahmood-qureshi"],
    leaders_acceptable=["rajnath-singh", "arun-jaitley", "rahul-gandhi", "vijay-gokhale", "asif-ghafoor",
                        "masood-azhar", "yousuf-azhar"],
    leaders_forbidden=["atal-bihari-vajpayee",  # only in the ALSO READ link
                       "indira-gandhi",  # only in the archive link
                       "rajiv-gandhi", "ananya-rao"],
    topics_required=["defence"],
    topics_acceptable=["indo-pacific", "arms-control", "human-rights"],
    must_contain=["Indian Air Force jets struck what New Delhi described as the largest training camp of the Jaish-e-Mohammed militant group",
                  "non-military pre-emptive action",
                  "The camp, according to Mr Gokhale, was run by Maulana Yousuf Azhar",
                  "attended by Home Minister Rajnath Singh, Finance Minister Arun Jaitley, Defence Minister Nirmala Sitharaman, External Affairs Minister Sushma Swaraj and National Security Adviser Ajit Doval.",
                  "told the crowd the country was in safe hands and would not be allowed to bow its head.",
                  "Congress president Rahul Gandhi said on Twitter that he saluted the pilots of the air force.",
                  "on an empty hillside near Balakot, causing no casualties.",
                  "Prime Minister Imran Khan chaired a meeting of the National Security Committee, attended by the army chief, General Qamar Javed Bajwa.",
                  "Foreign Minister Shah Mahmood Qureshi called the strike an act of aggression",
                  "Residents on both sides of the Line of Control reported heavy shelling through the afternoon."],
    must_not_contain=["\r", "{\\rtf1", "\\par", "\\rquote", "\\ldblquote", "fonttbl",
                      "Riched20", "\\pngblip", "89504e470d0a1a0a", "HYPERLINK", "DL-NAT-2019-02-26-0417",
                      "THE DECCAN LEDGER CONTENT SERVICES", "Filed: 26 February 2019, 18:40 IST",
                      "Usage: print and web, one use per licence.", "By Ananya Rao, New Delhi",
                      "File photo: Mirage 2000 jets at an air base in Gwalior.", "ALSO READ:",
                      "When Vajpayee held back the jets", "ENDS", "(ar/sk) 261840 IST", "From the archive:",
                      "Indira Gandhi", "Syndication queries: syndication@deccanledger.example", "2019 The Deccan Ledger Pvt Ltd"],
    headings=["What Delhi says", "The view from Islamabad"])

# A picture desk's feed view of a photo-wire package (story + 9 pictures): client menu and signed-in account, feed
# and sort bar, package header with "Last update 27-May-2016 19:48 JST", picture boxes drawn with box characters
# (┌─ PICTURE 3 of 9, picture ID, time, pixel size, caption with PIXWIRE/… credit, restrictions, keywords, action
# buttons) before, inside and after the story, the story's ID/version/supersedes line, slug, advisory, byline,
# "HIROSHIMA, Japan, May 27 (PixWire) -" dateline, reporting credit and desk e-mail, "OTHER ITEMS ON THIS FEED",
# client footer. Dated 27 May 2016 (stated). Window: Wang Yi foreign minister from 2013-03-16 (Kishida, Abe, Obama
# earlier; Kerry from 2013-02-01); Obama and Kerry in office until 2017-01-20. Jimmy Carter is named as a former
# president; Truman, Caroline Kennedy and the two survivors are not in the knowledge base (Shigeaki Mori is not
# Yoshiro Mori). Ash Carter, Trudeau, Cameron, Renzi and Park Geun-hye appear only in other items on the feed.
G["e104"] = dict(
    title="Obama honours Hiroshima's dead and calls for a world without nuclear weapons",
    date="2016-05-27", explicit_date=True, window=["2013-03-16", "2017-01-20"],
    leaders_required=["barack-obama", "shinzo-abe", "fumio-kishida", "john-kerry", "wang-yi"],
    leaders_acceptable=["jimmy-carter", "harry-truman", "caroline-kennedy", "sunao-tsuboi", "shigeaki-mori"],
    leaders_forbidden=["ash-carter", "justin-trudeau", "david-cameron", "matteo-renzi", "park-geun-hye",  # other items
                       "yoshiro-mori", "kaito-nishimura", "rachel-ostrander", "kenji-arakawa"],
    topics_required=["arms-control"],
    topics_acceptable=["indo-pacific", "defence", "human-rights"],
    must_contain=["Barack Obama on Friday became the first sitting U.S. president to visit Hiroshima",
                  "with the skeleton of the domed exhibition hall behind him, Obama spoke for about 17 minutes.",
                  "He did not apologise for the decision President Harry Truman took in August 1945",
                  "said the visit opened a new chapter in the reconciliation of the two countries",
                  "Shigeaki Mori, 79, a historian who spent decades identifying twelve American prisoners of war killed by the bomb",
                  "two he gave to schoolchildren and two he left at the museum with a handwritten message.",
                  "when Secretary of State John Kerry became the most senior U.S. official to lay flowers at the cenotaph.",
                  "the stockpile has shrunk more slowly under Obama than under any president since the end of the Cold War.",
                  "Foreign Minister Wang Yi said Hiroshima deserved attention but that the victims of the Nanjing massacre deserved even more.",
                  "Jimmy Carter visited it in 1984, more than three years after leaving office",
                  "Three days after the bombing, a second bomb destroyed much of Nagasaki, and Japan surrendered on August 15."],
    must_not_contain=["PIXWIRE DESK", "Lightbox (0)", "picdesk@meridianpost.example",
                      "JAPAN-USA/OBAMA-HIROSHIMA", "PICTURE 3 of 9", "TOK305", "5568 x 3712 px", "EDITORIAL USE ONLY",
                      "NO RESALES. NO ARCHIVES.", "Keywords: JAPAN USA OBAMA", "[Add to lightbox]",
                      "[Download hi-res]", "PIXWIRE/Kenji Arakawa/Pool", "WLD-0527-118", "Advisory: Adds Wang Yi comment",
                      "By Kaito Nishimura and Rachel Ostrander", "(PixWire) -", "(Reporting by Kaito Nishimura",
                      "kaito.nishimura@pixwire.example", "OTHER ITEMS ON THIS FEED", "Justin Trudeau", "Ash Carter",
                      "© 2016 PixWire", "│"],
    headings=[])

# A FidoNet echomail message as a DOS reader (GoldED) shows it, saved to a file in code page 437 with CRLF: box-drawn
# area bar and header (Msg n of m, From/To/Subj with node addresses, written and received stamps), kludge lines
# (@MSGID, @REPLY, @PID, @CHRS), a quoted previous message with "ML>" initials, the poster's own lines, his report
# with a capitals headline underlined by dashes and 70-column hard-wrapped paragraphs indented by three spaces, his
# closing remark and signature, tear line, " * Origin:" line, SEEN-BY and @PATH, then the next message (a reply with
# "DA>" quotes, a tagline, another tear line and origin) and the reader's key bar. Dated 13 Sep 1993 (stated in the
# header and the dateline "Sept. 13"; the received stamps say 14 Sep 93). Window: Clinton and Christopher in office
# from 1993-01-20 (Rabin and Peres in their posts from 1992-07-13, Kozyrev earlier); Rabin prime minister until
# 1995-11-04. Abbas is named as a PLO official (no post the knowledge base records for 1993), Carter and "George Bush"
# as former presidents (the father, not George W. Bush), Assad and King Hussein in passing; Holst is not in the
# knowledge base. Netanyahu is named only in the quoted message, Saddam only in the reply.
G["e105"] = dict(
    title="ISRAEL AND PLO SIGN ACCORD; RABIN AND ARAFAT SHAKE HANDS",
    date="1993-09-13", explicit_date=True, window=["1993-01-20", "1995-11-04"],
    leaders_required=["yitzhak-rabin", "yasser-arafat", "bill-clinton", "shimon-peres", "warren-christopher",
                      "andrei-kozyrev"],
    leaders_acceptable=["mahmoud-abbas", "jimmy-carter", "george-h-w-bush", "hafez-al-assad", "hussein-of-jordan",
                        "johan-jorgen-holst"],
    leaders_forbidden=["benjamin-netanyahu",  # only in the quoted message
                       "saddam-hussein",  # only in the reply
                       "george-w-bush", "dov-amitai", "moshe-levin", "karim-haddad"],
    topics_required=["middle-east"],
    topics_acceptable=["human-rights"],
    must_contain=["Israel and the Palestine Liberation Organization signed an agreement on Palestinian self-rule on the South Lawn of the White House this morning",
                  "the crowd, which included former presidents Jimmy Carter and George Bush, rose to its feet.",
                  "was signed by Foreign Minister Shimon Peres for Israel and for the Palestinians by Mahmoud Abbas",
                  "Secretary of State Warren Christopher and the Russian foreign minister, Andrei Kozyrev, signed as witnesses.",
                  "contacts with the organization were a crime under Israeli law until January of this year.",
                  "the PLO recognized Israel's right to exist in peace and renounced terrorism",
                  "Talks on the permanent settlement must begin no later than the start of the third year.",
                  "told the Palestinians that enough blood and tears had been shed.",
                  "President Hafez al-Assad of Syria has said nothing in public.",
                  "The hardest questions have all been postponed: Jerusalem, the refugees of 1948 and 1967, the settlements and the final borders.",
                  "and Rabin's coalition has only a narrow majority."],
    must_not_contain=["\r", "MIDEAST.NEWS", "Msg  : 412 of 587", "From : Dov Amitai", "1:270/101",
                      "13 Sep 93  23:41:07", "Subj : Handshake on the South Lawn", "@MSGID:", "@PID: GoldED 2.41+",
                      "@CHRS: IBMPC 2", "ML> Tomorrow they sign.", "Netanyahu says it's a Trojan horse",
                      "OK Moshe, here is mine.", "My own two agorot", "--- GoldED 2.41+",
                      " * Origin: The Olive Branch BBS", "SEEN-BY:", "@PATH:", "Saddam must be furious",
                      "FREQ magic name", "Shalom, salaam, peace", "[Alt-X] Quit", "ÍÍÍÍÍÍÍÍÍÍ", "ÄÄÄÄÄÄÄÄÄÄ",
                      "----------"],
    headings=[])

# A Polish daily's page translated into English by the browser and saved "complete": every text node wrapped in two
# <font style="vertical-align: inherit;"> tags (sentences in separate inner fonts), html lang="pl"
# class="translated-ltr", the translate banner iframe and styles, the translator's hidden tooltip with its own <h1>
# "Original text" and "Contribute a better translation", the untranslated Polish <title>, meta, JSON-LD and image
# alt, translated chrome (cookie bar, date and weather bar, log in and subscribe, menu, breadcrumbs, kicker, share
# bar, "Read also:" box in the text, ad slot, metered-paywall teaser, tags, comments, most read, footer), a
# machine-translated caption that renders Szydło as "Awl". Dated 08.07.2016, 21:47 (stated; "Updated: 09.07.2016").
# Window: Szydło, Waszczykowski and Macierewicz in office from 2015-11-16 (Duda, Stoltenberg, Obama, Tusk, Juncker,
# Merkel, Hollande, Peskov earlier); Cameron prime minister until 2016-07-13. Lech Kaczyński is named as the late
# president, Jarosław Kaczyński as a party leader, Poroshenko with his post in passing. Trump appears only in "Most
# read" (Donald Tusk is the Donald in the text).
G["e106"] = dict(
    title="NATO summit in Warsaw: battalions on the eastern flank and a \"new chapter\" for the alliance",
    date="2016-07-08", explicit_date=True, window=["2015-11-16", "2016-07-13"],
    leaders_required=["andrzej-duda", "beata-szydlo", "antoni-macierewicz", "witold-waszczykowski",
                      "jens-stoltenberg", "barack-obama", "david-cameron", "donald-tusk", "jean-claude-juncker",
                      "angela-merkel", "francois-hollande", "dmitry-peskov"],
    leaders_acceptable=["lech-kaczynski", "jaroslaw-kaczynski", "petro-poroshenko"],
    leaders_forbidden=["donald-trump",  # only in "Most read"
                       "agnieszka-wroblewska", "marek-zielinski"],
    topics_required=["nato"],
    topics_acceptable=["european-security", "defence", "us-russia", "ukraine", "arms-control"],
    must_contain=["The leaders of the North Atlantic Alliance decided on Friday in Warsaw to deploy four multinational battalions to Poland and the Baltic states.",
                  "\"This is the biggest reinforcement of collective defence since the end of the Cold War,\" said NATO Secretary General Jens Stoltenberg",
                  "President Andrzej Duda, opening the deliberations, said that the decisions taken in Warsaw close the period",
                  "The United States will lead the battalion in Poland, Germany in Lithuania, Canada in Latvia and the United Kingdom in Estonia.",
                  "recognised cyberspace as a domain of operations, like land, air and sea.",
                  "Prime Minister Beata Szydło and Foreign Minister Witold Waszczykowski said that Poland had achieved everything it had asked for.",
                  "who warned in Tbilisi in August 2008 that Russia would not stop at Georgia.",
                  "the President of the European Council Donald Tusk, the President of the European Commission Jean-Claude Juncker and Jens Stoltenberg signed a joint declaration",
                  "the United States was concerned about the dispute surrounding the Constitutional Tribunal",
                  "he assured the allies that the United Kingdom's role in NATO would not change",
                  "He said that for France Russia is neither an adversary nor a threat",
                  "meet President Petro Poroshenko in the NATO-Ukraine Commission."],
    must_not_contain=["vertical-align", "<font", "Szczyt NATO w Warszawie", "This website uses cookies.",
                      "Privacy policy", "Warsaw 27°C", "Subscribe for PLN 1",
                      "NATO SUMMIT 2016", "Agnieszka Wróblewska", "Updated:", "Comments (57)",
                      "Prime Minister Beata Awl", "Photo: Marek Zieliński / GN", "Read also:",
                      "The Balts are waiting for the soldiers", "Advertisement",
                      "You are reading one of 10 free articles this month", "Tags:", "A thousand soldiers is not an army.",
                      "Most read", "Trump announces his running mate", "© 2016 Gazeta Nadwiślańska", "Original text",
                      "Contribute a better translation"],
    headings=["Four battalions, a thousand soldiers each", "Obama: concerns about the Tribunal", "Moscow's response"])

# A wire story as an NITF 3.2 XML file saved as .txt: XML declaration and DOCTYPE, the root's change.date="October
# 10, 2003" (the DTD's version date, not the story's), head title with slug, meta, tobject subject codes, docdata
# (doc-id, urgency, fixture, date.issue/release/expire, du-key, copyright, usage rights, key-list, identified-content
# persons), pubdata, two revision-history entries, hedline hl1 and deck hl2, editors' note, byline with byttl,
# dateline with story.date "Dec 14", abstract, a media block with caption and producer, a lede with its location
# tag and "(GLW) &#8211;", section heads as <hl2> inside body.content (the deck is an <hl2> too), tagline and
# bibliography; numeric character references. Dated 14 Dec 2003 (date.issue norm="20031214T161500Z" and "Dec 14").
# Window: Bremer administrator from 2003-05-12 (Bush, Rumsfeld, Blair, Aznar, Annan earlier); Aznar prime minister
# until 2004-04-17. Saddam is "the former Iraqi president", named throughout with a past office only, so acceptable
# (as in tests/evalset4 e80) and no bound on the window; Talabani is named as a council member, not as the later
# president; Sanchez and Saddam's sons are not in the knowledge base. Chirac appears only in the identified-content
# metadata.
G["e107"] = dict(
    title="U.S. forces capture Saddam Hussein near Tikrit",
    date="2003-12-14", explicit_date=True, window=["2003-05-12", "2004-04-17"],
    leaders_required=["paul-bremer", "george-w-bush", "donald-rumsfeld", "tony-blair", "jose-maria-aznar",
                      "kofi-annan"],
    leaders_acceptable=["saddam-hussein", "jalal-talabani", "ricardo-sanchez", "uday-hussein", "qusay-hussein"],
    leaders_forbidden=["jacques-chirac",  # only in <identified-content>
                       "hussein-of-jordan", "laurence-whitby", "hannah-ferris"],
    topics_required=["middle-east"],
    topics_acceptable=["defence", "human-rights"],
    must_contain=["American soldiers captured Saddam Hussein on Saturday night",
                  "“Ladies and gentlemen, we got him,” Bremer told a news conference in Baghdad",
                  "He was hiding in a hole six to eight feet deep, covered by a foam plug, bricks and dirt, with a pistol and about $750,000 in cash.",
                  "He said the prisoner had been talkative and cooperative, and that DNA tests had confirmed his identity.",
                  "said a dark and painful era in Iraq was over and a hopeful day had arrived",
                  "“The former dictator of Iraq will face the justice he denied to millions,” Bush said.",
                  "The council, whose members include the Kurdish leader Jalal Talabani",
                  "a car bomb exploded outside a police station in Khalidiya, west of Baghdad, killing at least 17 people.",
                  "In Madrid, Prime Minister José María Aznar called the capture great news for Iraqis and for the world.",
                  "adding that the United Nations opposed the death penalty in any trial.",
                  "more than 300 of them since Bush declared major combat over on May 1."],
    must_not_contain=["<?xml", "<nitf", "change.date=\"October 10, 2003\"", "tobject.subject", "GLW-20031214-0412-U4",
                      "Subscriber use only", "<keyword", "Jacques Chirac", "revision-history",
                      "UPDATE 4: adds Bush address", "EDITORS: UPDATES with Bush address", "pvs BAGHDAD",
                      "By Laurence Whitby", "Global Line Wire", "Saddam Hussein is seized without a fight",
                      "A bearded Saddam Hussein is examined by a U.S. military doctor",
                      "U.S. Army handout via GLW photo / Pool", "(Additional reporting by Hannah Ferris",
                      "GLW-20031214-0398-U2", "(GLW) –", "</p>", "&#8220;"],
    headings=["A dark and painful era", "Reaction abroad"])

# A chapter of an e-book (calibre-converted XHTML) as an online reader shows it: XML declaration, epub namespaces,
# <title> "Lawns and Deserts — Chapter 7 — ReadShelf", Dublin Core metas with the book's 2009 date, reader toolbar
# (← My Library, "Chapter 7 of 22 · 31% · 14 min left in chapter", Aa/Bookmark/Highlights/Search), the book's whole
# contents list as a nav, calibre classes and a filepos anchor, "Chapter 7" label over the chapter title, a
# dateline, a drop cap split from its word, page markers "[p. 143]" inside sentences, note references as
# superscript links, a reader highlight <mark> with the user's note pin, a "* * *" break, the chapter's notes with
# "↩" back links, previous/next chapter links, location and page counters, the book's copyright and ISBN, the
# reader's sync and help line. Dated March 26, 1979 (the dateline; the book is © 2009). Window: Begin prime minister
# and Weizman defence minister from 1977-06-20 (Sadat, Carter, Vance, Brzezinski, Mondale, Callaghan, Schmidt,
# Arafat earlier); Callaghan prime minister until 1979-05-04. Dayan and Khalil are not in the knowledge base;
# Khomeini is named without a post (his supreme-leader term, from 1979-12-03, must not date this); King Hussein in
# passing. Thatcher appears only in the contents list.
G["e108"] = dict(
    title="Three Signatures on the North Lawn",
    date="1979-03-26", explicit_date=True, window=["1977-06-20", "1979-05-04"],
    leaders_required=["anwar-sadat", "menachem-begin", "jimmy-carter", "cyrus-vance", "zbigniew-brzezinski",
                      "walter-mondale", "ezer-weizman", "yasser-arafat", "james-callaghan", "helmut-schmidt"],
    leaders_acceptable=["moshe-dayan", "mustafa-khalil", "ruhollah-khomeini", "hussein-of-jordan",
                        "mohammad-reza-pahlavi"],
    leaders_forbidden=["margaret-thatcher",  # only in the contents list
                       "eleanor-voss-hartley", "ash-carter"],
    topics_required=["middle-east"],
    topics_acceptable=["defence", "energy"],
    must_contain=["Anwar Sadat and Menachem Begin signed the treaty that ends thirty years of war between Egypt and Israel",
                  "Begin, who followed him, read from the psalms and said, in English and then in Hebrew, that there should be no more war and no more bloodshed between the two peoples.",
                  "the first of them, to a line running from El Arish to Ras Muhammad, within nine months.",
                  "Israel will be able to buy oil from the Sinai fields it gives up.",
                  "much of it to move two air bases out of Sinai into the Negev",
                  "Secretary of State Cyrus Vance, who spent much of the winter in the air between the two capitals",
                  "Vice President Walter Mondale and the national security adviser, Zbigniew Brzezinski, were beside him.",
                  "on the Egyptian side by Prime Minister Mustafa Khalil.",
                  "In Beirut, the PLO chairman, Yasser Arafat, called the treaty a betrayal and promised to fight it.",
                  "the men around the Ayatollah Ruhollah Khomeini now decide what Iran does.",
                  "from the British Prime Minister, James Callaghan, and from Chancellor Helmut Schmidt in Bonn.",
                  "Tonight there is a dinner for thirteen hundred in a tent on the South Lawn."],
    must_not_contain=["ReadShelf", "← My Library", "Chapter 7 of 22", "14 min left in chapter", "Highlights (2)",
                      "Search in book", "Mrs Thatcher Comes to Call", "Kabul, Christmas Eve", "[p. 143]", "[p. 144]",
                      "✎ Note: check Vance timeline", "Quandt book", "The oil clause was the last point settled",
                      "I owe the description of Weizman", "↩", "Previous: 6. Six Months of Haggling",
                      "Next: 8. Baghdad Says No", "Location 2214–2290 of 7180", "Copyright © 2009 Eleanor Voss-Hartley",
                      "ISBN 978-0-000-00000-0", "last synced 2 min ago", "Report a content problem"],
    headings=[])

# An e-edition (digital replica) article in the reader's text view: app bar (Library, Today's paper, Saved),
# masthead with edition date, page pager "Page 9 of 32" and view toggles (Thumbnails, Text view ●, Replica view ○),
# section and kicker, headline and standfirst, byline over two lines, action bar with emoji (Listen, Translate,
# A– A+, Save, Print, Share), a photo caption with "Picture:" credit, a pull quote in capitals, soft hyphens (U+00AD)
# left in words from the print layout's hyphenation, bare crossheads, the distributor's "Printed and distributed by
# …" and "COPYRIGHT AND PROTECTED BY APPLICABLE LAW" lines, "ON THIS PAGE" teasers of the page's other stories,
# previous/next article links and an edition/page line. Dated Wednesday, 3 February 2021 (the edition; the coup was
# "on Monday", 1 February, and the council "on Tuesday"). Window: Min Aung Hlaing named chairman of the State
# Administration Council "on Tuesday", 2021-02-02 (Biden, Blinken, Guterres, Prayut, Hun Sen, Mahuta, Payne earlier);
# Payne foreign minister until 2022-05-23. Suu Kyi ("the country's elected leader") and Win Myint ("the deposed
# president") are named without a current post, and their terms, which the knowledge base ends on 2021-02-01, must
# not date this; Myint Swe and Wang Wenbin are not in it (Wang Wenbin is not Wang Yi). Ardern and Navalny appear only
# in the page's other stories.
G["e109"] = dict(
    title="Myanmar's generals seize power and detain Suu Kyi",
    date="2021-02-03", explicit_date=True, window=["2021-02-02", "2022-05-23"],
    leaders_required=["min-aung-hlaing", "joe-biden", "antony-blinken", "antonio-guterres", "prayut-chan-o-cha",
                      "hun-sen", "nanaia-mahuta", "marise-payne"],
    leaders_acceptable=["aung-san-suu-kyi", "win-myint", "myint-swe", "wang-wenbin"],
    leaders_forbidden=["jacinda-ardern", "alexei-navalny",  # only in "ON THIS PAGE"
                       "wang-yi", "rebecca-thornbury"],
    topics_required=["human-rights"],
    topics_acceptable=["indo-pacific", "sanctions", "defence"],
    must_contain=["Myanmar's military seized power in a coup on Monday, detaining the country's elected leader, Aung San Suu Kyi",
                  "handed legislative, executive and judicial power to its commander-in-chief, Senior General Min Aung Hlaing.",
                  "the general made himself chairman of a new ruling body, the State Administration Council.",
                  "signed by Vice-President Myint Swe, a former general who became acting president",
                  "was marred by fraud, a claim the election commission has rejected.",
                  "residents of Yangon leaned out of their windows to bang pots and pans, a traditional way of driving out evil spirits.",
                  "Ms Suu Kyi, 75, spent fifteen of the years between 1989 and 2010 under house arrest.",
                  "President Joe Biden threatened to reimpose sanctions",
                  "A closed meeting of the Security Council on Tuesday ended without a joint statement",
                  "the foreign ministry spokesman Wang Wenbin said China, as a friendly neighbour, hoped all sides would settle their differences",
                  "Thailand's Prime Minister Prayut Chan-o-cha, who himself came to power in a coup in 2014, called it an internal affair, as did Cambodia's Prime Minister Hun Sen.",
                  "In Wellington, Foreign Minister Nanaia Mahuta said New Zealand was deeply concerned"],
    must_not_contain=["\u00ad", "PaperShelf", "☰ Library", "Today's paper", "Saved (4)", "The Harbour Courier",
                      "Page 9 of 32", "Text view ●", "Replica view ○", "Rebecca Thornbury",
                      "Asia correspondent, with agencies", "🔊 Listen", "🌐 Translate",
                      "Picture: Naypyitaw Pool", "Soldiers stand guard at a checkpoint",
                      "“SHE REMAINS OVERWHELMINGLY POPULAR AT HOME”", "Printed and distributed by PaperShelf",
                      "+64 4 555 0190", "COPYRIGHT AND PROTECTED BY APPLICABLE LAW", "ON THIS PAGE",
                      "Waitangi Day events", "Jacinda Ardern", "Navalny jailed", "Next article ›"],
    headings=["Streets quiet, phones cut", "Condemnation and caution"])

# An OCR'd fax from an archive (Windows-1252 + CRLF, a form feed between pages): archive scan line with OCR
# confidence, the sending machine's header on every page ("JAN-19-2009 18:47  FROM:… T-412 P.001/004 F-877"), a
# cover sheet (letter-spaced letterhead with address and numbers, To/Fax/From/Date/Pages/Re, tick boxes, message
# with a plug for another note, confidentiality notice), the receiving machine's "Received: … Page n" line at the
# foot of every page, the note's running head with OCR slips ("C8EA Cl1ent Note … 2OO9"), "CLIENT NOTE 09/04",
# authors, Wingdings bullets come out as "§", bare headings, OCR slips in the prose ("Gazprorn", "tbe"), running foot,
# archive end line. Dated 19 January 2009 (the cover sheet and the fax headers). Window: Putin prime minister from
# 2008-05-08 (Medvedev president from 2008-05-07; Tymoshenko, Yushchenko, Topolánek, Barroso, Fico, Stanishev
# earlier); Topolánek prime minister until 2009-05-08. Obama is named as president-elect (his term, from 2009-01-20,
# must not date this: a linker that takes his presidency puts the window after the date); Alexei Miller and Dubyna
# are not in the knowledge base (Miller is not Leszek Miller). Merkel appears only on the cover sheet.
G["e110"] = dict(
    title="Moscow deal ends the gas war, for now",
    date="2009-01-19", explicit_date=True, window=["2008-05-08", "2009-05-08"],
    leaders_required=["vladimir-putin", "yulia-tymoshenko", "viktor-yushchenko", "dmitry-medvedev",
                      "mirek-topolanek", "jose-manuel-barroso", "robert-fico", "sergei-stanishev"],
    leaders_acceptable=["barack-obama", "alexei-miller", "oleh-dubyna"],
    leaders_forbidden=["angela-merkel",  # only on the cover sheet
                       "leszek-miller", "helena-marchetti", "dmitri-soloviev"],
    topics_required=["energy"],
    topics_acceptable=["ukraine", "european-security", "us-russia", "sanctions"],
    must_contain=["Russia and Ukraine signed ten-year contracts for gas supply and transit in Moscow this afternoon",
                  "in the presence of Prime Minister Vladimir Putin and Ukraine's Prime Minister Yulia Tymoshenko, who agreed the terms in the early hours of Sunday.",
                  "Price: Ukraine moves to European formula prices from 2010.",
                  "RosUkrEnergo, the Swiss-registered trader half-owned by Gazprom, is cut out.",
                  "Deliveries to Ukraine stopped on 1 January and all transit to Europe on 7 January.",
                  "Slovakia's prime minister, Robert Fico, travelled to Kiev and Moscow last week",
                  "Bulgaria's prime minister, Sergei Stanishev, called the dispute blackmail of the whole of Europe.",
                  "President Viktor Yushchenko, her likely rival in next year's presidential election",
                  "President Dmitry Medvedev left the negotiation to Mr Putin",
                  "the Czech prime minister, Mirek Topolánek, whose country holds the presidency",
                  "Commission President José Manuel Barroso said today that the EU would believe the deal when the gas arrived.",
                  "Our view: flows resume this week, and the argument resumes by the autumn."],
    must_not_contain=["\r", "\f", "FROM:CASPIAN BALTIC ENERGY", "T-412 P.002/004 F-877", "C A S P I A N",
                      "F A C S I M I L E", "14 Carlow Yard", "Energy Desk / Subscribers",
                      "Helena Marchetti, Head of Gas Research", "(including this cover sheet)", "CLIENT NOTE 09/04",
                      "[X] For review", "Full tables in the PDF version", "Merkel, the coalition and the Nord Stream vote",
                      "CONFIDENTIALITY NOTICE", "Received: 19/01/2009", "NORDLICHT ENERGIE HAMBURG",
                      "C8EA Cl1ent Note", "Not for redistribution", "www.cbea-energy.example", "[Archive scan",
                      "OCR confidence 91%", "Helena Marchetti and Dmitri Soloviev", "§"],
    headings=["Summary", "The terms", "What it cost", "The politics", "Risks"])
