using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Page chrome recognised by small multilingual word lists rather than sentences: related-story and tag headers,
/// share bars, comment counters and subscription calls in English, German, French, Spanish, Portuguese, Italian,
/// Turkish, Russian, Ukrainian and Chinese; consent dialogs; press-release tails; reader-funding appeals; agency desk slugs; tool bars and live-blog
/// controls; what embedded posts leave behind. Each family is a short pattern over words a page template uses, so it carries to unseen outlets.
/// </summary>
internal static partial class ChromeLexicon
{
    /// <summary>Headers above a list of links to other stories, in several languages.</summary>
    private const string ListHeader =
        @"(?:more on this (?:story|topic)|related(?:\s+\p{L}+){0,2}|read more(?:\s+\p{L}+)?|more from [\p{L}&'’. ]{1,40}|related\s*:\s*[\p{L}\p{N}'’ ]{1,30}|most (?:read|popular|viewed|shared)(?:\s+\p{L}+){0,3}|recommended(?: for you| stories| reading| by [\p{L}\p{N} ]{2,20})?|trending (?:in|on) [\p{L}\p{N} ]{2,30}|you (?:may|might) also (?:like|enjoy|be interested in)|see also|further reading|(?:internet|external|useful|web) links|top stories|more stories|what to read next|read next|trending(?: now)?|editor'?s picks|explore more on (?:this|these) (?:topics?|subjects?|stories)"
        + @"|weitere (?:meldungen|nachrichten|artikel|themen)|mehr zum thema|lesen sie (?:auch|mehr)|das könnte sie (?:auch )?interessieren|meistgelesen"
        + @"|(?:à )?lire aussi|sur le même sujet|à voir aussi|les plus lus"
        + @"|noticias relacionadas|más de [\p{L}&'’. ]{1,40}:|te puede interesar|lee también|lea también|más noticias|lo más leído"
        + @"|leia também|veja também|not[ií]cias relacionadas|mais lidas|saiba mais"
        + @"|leggi anche|potrebbe interessarti|articoli correlati"
        + @"|chapters|episode chapters|in this episode|more episodes|all episodes|latest episodes"
        + @"|ilgili haberler|diğer haberler|bunlar da ilginizi çekebilir|en çok okunanlar|benzer haberler"
        + @"|читайте (?:также|також)|смотрите также|дивіться також|по теме|новости по теме|другие новости|самое читаемое|популярное"
        + @"|相关新闻|相关阅读|延伸阅读|热点新闻"
        + @"|read also|also read|other news|latest (?:news|stories|headlines|dispatches)|documents and materials|dernières (?:dépêches|nouvelles|infos)|baca juga|berita (?:lainnya|terkait)|tin liên quan|tin khác)";

    /// <summary>True when the line is chrome; <paramref name="startsList"/> when headline lines follow it.</summary>
    public static bool IsChrome(string line, out bool startsList)
    {
        var verdict = LineVerdicts<ChromeVerdict>.Of(line, static l => new ChromeVerdict(Classify(l, out var list), list));
        startsList = verdict.StartsList;
        return verdict.IsChrome;
    }

    private readonly record struct ChromeVerdict(bool IsChrome, bool StartsList);

    /// <summary>A consent dialog's notice: <c>We and our 312 partners store and access information on your device …</c>.</summary>
    public static bool IsConsentNotice(string line) => line.Length >= 60 && line.AsSpan().ContainsAny(LooseTriggers) && Consent().IsMatch(line);

    // Every match of the five patterns MatchesLoosePattern tries holds one of these words. Those patterns look anywhere
    // in the line, so each is tried at almost every letter of every line; one vectorised search for the words spares
    // nearly all lines all five. ASCII words only, as for the reproduction stems.
    private static readonly System.Buffers.SearchValues<string> LooseTriggers = System.Buffers.SearchValues.Create(
        [
            "required fields",
            "partners", "vendors", "by clicking", "access information",
            "shareholders", "funded", "as little as", "contribution", "independent journalism", "subscribe ",
            "demo", "free trial", "try it free",
            "machine", "translated", "tradu", "maschinelle", "otomatik",
        ],
        StringComparison.OrdinalIgnoreCase);

    // Every match of NavigationAids and LiveOrderNotice holds one of these: one vectorised search spares most lines both.
    private static readonly System.Buffers.SearchValues<string> NavigationWords = System.Buffers.SearchValues.Create(
        ["skip to", "jump to", "accessibility", "navigation menu", "chronological order"], StringComparison.OrdinalIgnoreCase);

    private static bool MatchesLoosePattern(string t) =>
        RequiredFields().IsMatch(t)
        || Consent().IsMatch(t)
        || Funding().IsMatch(t)
        || DemoOffer().IsMatch(t)
        || MachineTranslation().IsMatch(t) && t.Length <= 160 && !LooksLikeSentence(t);

    private static bool Classify(string line, out bool startsList)
    {
        startsList = false;
        // Turkish dotted and dotless i have no case pair outside the Turkish culture; fold them for the word lists.
        var t = line.TrimStart('>', '\\', '—', '–', '-', '•', '·', ' ').Trim().Replace('İ', 'I').Replace('ı', 'i');
        if (t.Length == 0)
            return false;
        // "Baca juga / Read also: …": a label in two languages is read by its English half.
        if (t.Contains(" / ", StringComparison.Ordinal) && BilingualLabel.SecondHalf(t) is { } english && (HeaderOnly().IsMatch(english) || HeaderInline().IsMatch(english)))
        {
            startsList = HeaderOnly().IsMatch(english);
            return true;
        }
        if (PromoListHeaders.IsHeader(t, out startsList))
            return true;
        // "Kyodo News | Related coverage:" — a header may close a segmented line.
        if (HeaderOnly().IsMatch(t) || TagHeaderOnly().IsMatch(t) || t.Contains('|') && HeaderOnly().IsMatch(t[(t.LastIndexOf('|') + 1)..].Trim()))
        {
            startsList = true;
            return true;
        }
        // Before the length test: a digest of the cycle's stories runs long.
        if (IsTeletypeLine(t))
            return true;
        if (t.Length > 320)
            return false;
        return HeaderInline().IsMatch(t)
            || TagLine().IsMatch(t)
            || Hashtags().IsMatch(t)
            || ShareWords().IsMatch(t) && t.Length <= 160 && !LooksLikeSentence(t)
            || SocialBar(t)
            || CommentCount().IsMatch(t)
            || CommentForm().IsMatch(t)
            || Subscribe().IsMatch(t) && t.Length <= 200
            || ConsentButton().IsMatch(t)
            || SupportLine().IsMatch(t)
            || DeskSlug().IsMatch(t)
            || ContactLine().IsMatch(t)
            || ToolBar(t)
            || Feedback().IsMatch(t)
            || Sponsor().IsMatch(t)
            || IsReproductionNotice(t)
            || t.AsSpan().ContainsAny(NavigationWords) && (NavigationAids().IsMatch(t) || LiveOrderNotice().IsMatch(t))
            || t.Contains(':') && HandleLine().IsMatch(t)
            || Standards().IsMatch(t)
            || t.Length <= 80 && IssueNumber().IsMatch(t)
            || Embed().IsMatch(t)
            || Paywall().IsMatch(t)
            || t.Length <= 320 && (OfficialBanner().IsMatch(t) || ArchiveNotice().IsMatch(t))
            || t.Length <= 100 && SocialPostChrome().IsMatch(t)
            // Cheap tests first: most lines hold no colon, no slash, and open with neither a bracket nor "all".
            || t.Length <= 200 && t.Contains(':') && BroadcastFields().IsMatch(t)
            || t.Length <= 240 && (t.Contains('/') || t[0] is 'P' or 'p') && PrintFurniture().IsMatch(t)
            || t.Length <= 240 && t[0] is '(' or 'A' or 'a' && WireDeskLines().IsMatch(t)
            || t.Length <= 240 && PosterEdit().IsMatch(t)
            || TranscriptNotice().IsMatch(t)
            || t.Length <= 100 && (EditorCredit().IsMatch(t) || SeriesKicker().IsMatch(t) && !".!?".Contains(t[^1]))
            || t.Length <= 160 && (Classification().IsMatch(t) || MeetingLine().IsMatch(t) || Counters().IsMatch(t))
            || t.Length <= 240 && t[0] == '(' && WireAdvisory().IsMatch(t)
            || t.Length <= 240 && char.IsAsciiLetterUpper(t[0]) && t.Contains('-') && WireVersionSlug().IsMatch(t)
            || t.Length <= 240 && t.Contains("notifications", StringComparison.OrdinalIgnoreCase) && PushPrompt().IsMatch(t)
            || t.Length <= 120 && t.Contains("____", StringComparison.Ordinal) && SearchField().IsMatch(t)
            || t.Length <= 100 && t.Contains(',') && t.Contains('.') && SourcesRow().IsMatch(t)
            || t.Length <= 320 && TranslationCredit().IsMatch(t)
            || ProductionCredits.IsCredit(t)
            || CommentWidgets.IsWidget(t) || DeskNotes.IsNote(t) || ReaderPrompts.IsPrompt(t) || CurrencyRates.IsRateLine(t) || PostedBylineBar.IsBar(t) || LinkDefinitions.IsDefinitionList(t)
            || GlyphShareRow.IsRow(t)
            || SiteImprint.IsImprint(t)
            || PublisherDisclaimer.IsDisclaimer(t)
            || PrintEditionPage.IsFurniture(t)
            || HijriDatedPage.IsFurniture(t)
            || t.Length <= 120 && WireSlug().IsMatch(t)
            || IsWebArchiveLine(t)
            || t.Length <= 200 && (NewspaperPage().IsMatch(t) || EndsWithCoverPrice(t))
            || t.Length <= 200 && t.Contains('|') && FieldRow().IsMatch(t)
            || t[0] == '[' && t.Length <= 120 && ButtonRow().IsMatch(t)
            || t.Length <= 200 && (AppPromo().IsMatch(t) || ActionBar().IsMatch(t))
            || t.AsSpan().ContainsAny(LooseTriggers) && MatchesLoosePattern(t)
            || t.Length <= 160 && !".!?".Contains(t[^1]) && CompanyForm().IsMatch(t) && PostalAddress().IsMatch(t)
            || CountryAcknowledgement().IsMatch(t)
            || t.AsSpan().ContainsAny(FactCheckTriggers) && FactCheckChrome().IsMatch(t);
    }

    // Every match of FactCheckChrome holds one of these: one vectorised search spares nearly all lines the pattern.
    private static readonly System.Buffers.SearchValues<string> FactCheckTriggers = System.Buffers.SearchValues.Create(
        ["share the facts", "fact-checking program", "fact checking program", "tipline", "tip line", "rating scale"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A fact checker's page furniture around the verdict: the rating scale's legend (<c>Rating scale: True · Mostly
    /// true · …</c>), the "Share the Facts" card that repeats the claim for search engines, the disclosure of a platform's
    /// third-party fact-checking programme, and the call to send claims to the tipline.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:our )?rating scale\s*:|share the facts\b|(?:this|the) (?:fact[- ]check|article|story) is part of\b.{0,120}\bthird[- ]party fact[- ]checking program|(?:spotted|seen|found|got|have) an? (?:claim|post|rumou?r|video|story|tip)\b.{0,120}\btip ?line\b|(?:message|contact|text|write to) (?:our|the) tip ?line\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FactCheckChrome();

    /// <summary>
    /// A site's acknowledgement of the land's traditional custodians, in its own voice (<c>Southern Cross Broadcasting
    /// acknowledges Aboriginal and Torres Strait Islander peoples as …</c>); someone reported doing so says it, and is text.
    /// </summary>
    [GeneratedRegex(@"^(?:we|[\p{Lu}][\p{L}&'’ -]{1,60}) acknowledges? (?:and (?:pays|pay) respects? to )?(?:the )?(?:Aboriginal|Traditional|First|Indigenous)\b(?!.*\bsaid\b).{0,240}\b(?:Traditional (?:Custodians|Owners)|custodians|traditional (?:territor|lands))", RegexOptions.IgnoreCase)]
    private static partial Regex CountryAcknowledgement();

    /// <summary>A company's legal form (<c>The Long Table Ltd</c>): with a postal address, a newsletter's or site's imprint.</summary>
    [GeneratedRegex(@"\b(?:Ltd|Limited|LLC|Inc|GmbH|plc|PLC|Pty|S\.A\.|B\.V\.|S\.p\.A\.|SARL|AG)\b")]
    private static partial Regex CompanyForm();

    /// <summary>A street address (<c>14 Wharf Lane</c>, <c>Rue des Tanneurs 14</c>) or a British or American postcode.</summary>
    [GeneratedRegex(@"\b\d{1,5}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Street|St|Lane|Road|Rd|Avenue|Ave|Boulevard|Blvd|Square|Place|Way|Drive|Court|Quay|Wharf|Row|Strasse|Straße)\b|\b(?:Rue|Via|Calle|Avenida|Avenue|Boulevard|Place)\s+(?:\p{L}+\s+){0,3}\p{Lu}[\p{L}'’-]+,?\s+\d{1,4}\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b")]
    private static partial Regex PostalAddress();

    /// <summary>A rights notice, also when a page's "(c)" made it look like a list item.</summary>
    public static bool IsRightsNotice(string line) => line.Length <= 320 && IsReproductionNotice(line);

    // Every wording of the notice holds one of these stems; a vectorised search for them spares the pattern most lines.
    // ASCII stems only ("reprodu" for reproduction and reprodução): one non-ASCII stem makes the search a slow automaton.
    private static readonly System.Buffers.SearchValues<string> ReproductionStems = System.Buffers.SearchValues.Create(
        ["reprodu", "republish", "redistribu", "difusi", "reprint", "riproduzione", "nachdruck"], StringComparison.OrdinalIgnoreCase);

    private static bool IsReproductionNotice(string line) => line.AsSpan().ContainsAny(ReproductionStems) && Reproduction().IsMatch(line);

    /// <summary>
    /// A header after which the rest is boilerplate: a press release's notes to editors and media contacts, an
    /// end-of-copy mark, a read-later app's list of the reader's highlights, an archive's permission notice.
    /// </summary>
    public static bool StartsPressTail(string line) => PressTail().IsMatch(line.Trim().Trim('*', '_', ' '));

    /// <summary>
    /// Where a text reprinted inside an article begins or ends, naming what (<c>----- PRESS NOTICE BEGINS -----</c>,
    /// <c>=== STATEMENT ENDS ===</c>, <c>[End of text]</c>): the news site's framing, not the text.
    /// </summary>
    public static bool IsReprintMark(string line) => line.Length <= 60 && ReprintMark().IsMatch(line);

    /// <summary>A reprint's end mark (<see cref="IsReprintMark"/>): the article's own text may follow it.</summary>
    public static bool EndsReprint(string line) => IsReprintMark(line) && line.Contains("end", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[-–—=*#_\s\[(]*(?:(?:end|start|beginning) of (?:the )?(?:(?:press )?(?:release|notice|statement)|text|document|transcript)|(?:(?:press )?(?:release|notice|statement)|text) (?:ends|begins|follows))[-–—=*#_\s\])]*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReprintMark();

    /// <summary>
    /// A paywall's call to subscribe (<c>Subscribe to continue reading</c>): with no paragraph of prose after it, the
    /// scrape stopped at the wall and what follows is offers, sign-in lines and the page's footer.
    /// </summary>
    public static bool StartsPaywall(string line) => line.Length <= 120 && PaywallCall().IsMatch(line.Trim().Trim('*', '_', '#', ' '));

    [GeneratedRegex(@"^(?:(?:subscribe|sign up|register|log ?in|sign in|join) (?:now )?to (?:continue|keep) reading|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log ?in|register)|(?:this|the rest of this) (?:article|story) is (?:for|available to|only available to) (?:subscribers|members))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaywallCall();

    /// <summary>The header of a readers' comment thread (<c>412 comments</c>, <c>sorted by: best</c>, <c>Load comments</c>): the article is over.</summary>
    public static bool StartsComments(string line) => line.Length <= 80 && CommentsHeader().IsMatch(line.Trim().Trim('*', '_', '#', ' '));

    /// <summary>Prose: a line of more than eight words that ends like a sentence.</summary>
    private static bool LooksLikeSentence(string t) => WordCount.IsSentence(t, 9);

    /// <summary>
    /// An "About Northgate Institute" header followed by the organisation's self-description ("Northgate Institute is
    /// an independent …"): the boilerplate that closes a press release.
    /// </summary>
    public static bool StartsAboutBoilerplate(string line, string? following)
    {
        if (following is null || AboutOrg().Match(line.Trim().Trim('*', '_', ' ', ':')) is not { Success: true } about)
            return false;
        var org = about.Groups[1].Value;
        var description = following.StartsWith("The ", StringComparison.Ordinal) ? following[4..] : following;
        return description.StartsWith(org + " is ", StringComparison.Ordinal) || description.StartsWith(org + " (", StringComparison.Ordinal);
    }

    /// <summary>A line that may be an "About …" header (a cheap test before the text after it is looked for).</summary>
    public static bool MayBeAboutHeader(string line) => line.Contains("About ", StringComparison.Ordinal);

    /// <summary>A line of share targets: at least two network names and hardly any other words.</summary>
    private static bool SocialBar(string t)
    {
        if (t.Length > 160)
            return false;
        var networks = Network().Matches(t).Count;
        if (networks < 2)
            return false;
        var rest = Network().Replace(t, " ");
        return rest.Split([' ', '|', '·', '•', ',', ':', '/'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) <= 4;
    }

    /// <summary>A bar whose every segment is a tool or status word ("Updated · 6 min read · Gift this article").</summary>
    private static bool ToolBar(string t)
    {
        if (t.Length > 140)
            return false;
        // Most lines are not bars: without a separator the line is its own single segment.
        if (t.AsSpan().IndexOfAny("|·•") < 0)
            return t.Trim('*', '_', ' ') is { Length: > 0 } only && (Tool().IsMatch(only) || LayoutRules.IsReadingTime(only) || only.Length <= 100 && IsToolRun(only));
        var segments = t.Split(['|', '·', '•'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Trim('*', '_', ' '))
            .Where(s => s.Length > 0)
            .ToList();
        return segments.Count > 0 && segments.All(s => Tool().IsMatch(s) || LayoutRules.IsReadingTime(s) || StoryToolLinks.IsTool(s));
    }

    [GeneratedRegex("^" + ListHeader + @"\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderOnly();

    /// <summary>A page's links for keyboard and screen-reader users, alone on a line: <c>Skip to content Accessibility Help</c>, <c>Jump to content</c>.</summary>
    [GeneratedRegex(@"^(?:(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|footer)|accessibility(?: help| statement| links)?|navigation menu)\s*[|·•]?\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationAids();

    /// <summary>An outlet's accounts, alone on a line: <c>Twitter: @MeridianWorld</c>, <c>Instagram: meridian.world | Telegram: @meridian</c>.</summary>
    [GeneratedRegex(@"^(?:(?:twitter|x|instagram|facebook|threads|bluesky|mastodon|tiktok|youtube|telegram|linkedin|whatsapp)\s*:\s*@?[\w.@/-]+\s*(?:[|·•,/]\s*|$))+$", RegexOptions.IgnoreCase)]
    private static partial Regex HandleLine();

    /// <summary>A live page's note on the order of its entries: <c>This page is in chronological order. Scroll down for the latest updates.</c></summary>
    [GeneratedRegex(@"^this (?:page|live ?blog|blog|feed|coverage) (?:is|runs|is shown|is displayed) in (?:reverse )?chronological order\b.{0,100}$", RegexOptions.IgnoreCase)]
    private static partial Regex LiveOrderNotice();

    [GeneratedRegex("^" + ListHeader + @"\s*(?::|\||»|>>)\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderInline();

    private const string TagWords = @"(?:(?:[\p{L}]+(?: [\p{L}]+){0,3} / )?(?:people|persons|names) (?:in|mentioned in) this (?:story|article)|tagi|słowa kluczowe|štítky|klíčová slova|tags|tagged|keywords|topics|geography|persons|regions|countries|categories|filed under|subjects|etiketler|anahtar kelimeler|schlagwörter|schlagworte|stichwörter|themen|mots[- ]clés|étiquettes|etiquetas|palabras clave|palavras[- ]chave|tag|argomenti)";

    [GeneratedRegex("^" + TagWords + @"\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TagHeaderOnly();

    [GeneratedRegex("^" + TagWords + @"\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex TagLine();

    [GeneratedRegex(@"^(?:#[\p{L}\p{N}_]+[\s,·|]*)+$")]
    private static partial Regex Hashtags();

    [GeneratedRegex(@"^(?:(?:bu )?haber(?:i|ini)? paylaş|paylaş|compartilh[ae]r?|compartir|comparte|partager|partagez|teilen|artikel teilen|condividi|share (?:this|on|via))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareWords();

    [GeneratedRegex(@"\b(?:facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|flipboard|bluesky|threads|messenger|e-?mail|x)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Network();

    // Also under a label in the page's own language first ("Komentarze", or Greek shown as mojibake: "Ó÷üëéá / Comments
    // (48)"), and with the call to comment after a dash ("Comments (12) — Add a comment »").
    [GeneratedRegex(@"^(?:[^\s/]{1,20}\s*/\s*)?(?:comments?|coment[aá]rios?|commentaires?|kommentare?|yorumlar?|commenti|komentarze|komentáře|hozzászólások)\s*\(\d+\)(?:\s*[—–|·-]\s*(?:add|post|write|leave|log in to|sign in to) (?:a |your )?comment|\s*[—–|·-]\s*dodaj komentarz)?\s*[»›>]?$|^.{0,80}\(\d[\d,.]*\s+(?:comments?|coment[aá]rios?|commentaires?|kommentare?|yorum|commenti)\)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentCount();

    // The patterns of a family that look anywhere in the line are kept apart from those anchored at its start: in one
    // alternation the anchored half made the engine try a match at almost every letter of every line.
    [GeneratedRegex(@"^(?:like this:|comments are (?:closed|disabled)\b|your email address will not be published|yorum yapmak için|kommentar schreiben|laisser un commentaire|dej[aá] (?:un|tu) comentario|deixe (?:um|seu) comentário|(?:like|liked by)\s+loading)", RegexOptions.IgnoreCase)]
    private static partial Regex CommentForm();

    [GeneratedRegex(@"\brequired fields are marked\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequiredFields();

    [GeneratedRegex(@"^(?:assine|assinar|abonnieren|jetzt abonnieren|abonnez-vous|abonnez|suscr[ií]bete|suscríbase|abone ol|abbonati)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subscribe();

    [GeneratedRegex(@"\b(?:we and our (?:\d+ )?(?:partners|vendors)|our \d+ (?:partners|vendors)|by clicking [""“]?(?:accept|agree|i agree|ok)|store and(?:/or)? access information on (?:a|your) device)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Consent();

    [GeneratedRegex(@"^(?:agree and close|accept and close|manage (?:preferences|settings|cookies)|reject all|accept all(?: cookies)?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ConsentButton();

    [GeneratedRegex(@"\b(?:we have no shareholders|funded by (?:our )?readers|reader-funded|support us (?:from|with) as little as|as little as [€$£]\s?\d|make a (?:one-off |single )?contribution|support independent journalism|subscribe (?:from|for) (?:just |only )?[€$£]\s?\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Funding();

    [GeneratedRegex(@"^support (?:the|our|us|independent)\b(?:\s+[\p{L}'’-]+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex SupportLine();

    /// <summary>A desk's slug closing the story: <c>bur-jm/rc</c>, <c>dpa jm xx</c>, its sources in brackets and the editor's initials <c>(RNI / wire services) kb</c>.</summary>
    [GeneratedRegex(@"^(?:bur(?:-[a-z]{1,4})+(?:/[a-z]{1,4})*|(?:dpa|afp|ap|rtr|apa|sda|ansa|efe)(?:\s+[a-z0-9]{1,5}){2,6}|[a-z]{2,4}(?:/[a-z]{2,4}){2,}|[a-z]{2,4}-[a-z]{2,4}(?:/[a-z]{2,4})+|\((?:\p{Lu}[\p{L}.&-]*|wire services|wires|agencies)(?:\s*[/,]\s*(?:\p{Lu}[\p{L}.&-]*|wire services|wires|agencies|news agencies)){0,4}\)\s*[a-z]{2,4})$")]
    private static partial Regex DeskSlug();

    [GeneratedRegex(@"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^(?:media|press|for media|for press|news desk|contact)\b[^.]{0,40}(?::|\s)[^.]{0,80}(?:@|\+\d)|^(?:(?:tel(?:ephone)?|phone|mobile|fax|direct|[tmfpd])\.?\s*:?\s*\+?[\d ()/.-]{7,}?\s*(?:[|·,]\s*|$))+$|^\+\d[\d ()/.-]{7,}$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    /// <summary>A tool or status word of an article's bar: one segment of a bar (<see cref="ToolBar"/>).</summary>
    private const string ToolWord = @"(?:updated|live|pinned(?: post)?|breaking|font size|text size|(?:font|text) size\s*:?\s*(?:a\s*[+-]?\s*){1,3}|print|share|listen|save|bookmark|gift this article|gift article|a\s*a\s*a|key events|show key events only|show all|\d+\s*(?:min|mins|minutes|h|hours?)\s+ago|printable version|follow|following|contents|table of contents|best viewed (?:with|in) [\p{L}\p{N} .,/-]{2,60}|(?:permanent link|permalink|short(?:ened)? (?:link|url))(?:\s*:\s*\S+)?|show notes|episode notes|facebook|twitter|linkedin|whatsapp|reddit|telegram|pinterest|flipboard|bluesky|messenger|e-?mail|copy link|link copied|yesterday|today|just now|notifications?(?:\s+\d+)?|(?:tap|click) to (?:view|see|open|enlarge)(?: (?:in )?full[- ]?screen| larger| (?:the )?(?:image|gallery|photo))?|load more(?: updates| posts| stories| articles| comments| news| results)?|show (?:less|more)|scroll to (?:the )?(?:bottom|top)|(?:back to|return to|go to) (?:the )?top|(?:previous|next) (?:debate|story|article|post|item)(?:\s*[>›»])?|(?:[<‹«]\s*)?(?:previous|prev) (?:debate|story|article|post|item)|listen to (?:this|the) (?:article|story|page)|readers?'?’? (?:comments|letters)(?:\s*\(\d+\))?|\d+ (?:readers?'? )?comments?|add (?:your|a) comment|write to the editor|(?:click here to )?have your say|(?:(?:sort|order|sorted by)\s*:?\s*)?[◉○●◯]?\s*(?:oldest|newest|latest|earliest) first(?:\s*[◉○●◯]?\s*(?:oldest|newest|latest|earliest) first)?|(?:full |episode )?transcript|printer[- ]friendly(?: version| page| format)?|print this (?:page|story|article)|e-?mail this(?: story| article| page)?(?: to a friend)?|subscribed?|type your e-?mail(?:…|\.\.\.)?|enter your e-?mail(?: address)?|download (?:the )?(?:pdf|full report|report)(?: \(\d+(?:\.\d+)? ?[km]b\))?|reuse this content|this (?:article|story) is more than (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?) old)";

    [GeneratedRegex("^" + ToolWord + "$", RegexOptions.IgnoreCase)]
    private static partial Regex Tool();

    /// <summary>
    /// Tool words one after another with no separator the bar's own spacing survived: <c>E-mail this story to a friend
    /// Printable version</c>, <c>▶ Listen to this article 🎁 Gift this article</c>, <c>^^ Back to top</c>, and bracketed links <c>[ Back to top ] [ Asia index ] [ Next story &gt; ]</c>.
    /// </summary>
    private static bool IsToolRun(string line)
    {
        // Three patterns, not one alternation: with the tool words three times over, one pattern's matcher was too big
        // for the JIT to optimise (it ran unoptimised on every short line). The marked and bracketed forms are tried
        // only where their first character can begin them.
        if (line.AsSpan().TrimStart() is not [var first, ..])
            return false;
        return ToolWords().IsMatch(line)
            || !char.IsLetterOrDigit(first) && MarkedTool().IsMatch(line)
            || first == '[' && BracketedTools().IsMatch(line);
    }

    [GeneratedRegex(@"^(?:[\s\[\]()^↑▶►›»<>\p{So}\p{Cs}\uFE0F]*" + ToolWord + @"){2,}[\s\[\]()\p{So}\p{Cs}\uFE0F]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ToolWords();

    [GeneratedRegex(@"^(?:\^\^|↑|[▶►\p{So}\p{Cs}\uFE0F]+)\s*" + ToolWord + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedTool();

    [GeneratedRegex(@"^(?:\s*\[\s*(?:" + ToolWord + @"|(?:\p{L}+ ){0,2}index)\s*\])+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedTools();

    [GeneratedRegex(@"^(?:was this (?:article|story|page|explainer|fact[- ]check|answer|guide) (?:helpful|useful)|did you find this (?:article |story )?(?:helpful|useful)|how (?:useful|helpful) was this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Feedback();

    /// <summary>A sponsor's or advertiser's label opening a paid insert (<c>SPONSORED · The Harbour Forum</c>, <c>Anzeige</c>).</summary>
    public static bool IsSponsorLabel(string line) => Sponsor().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:(?:sponsored|advertisement|anzeige|publicidad|publicité|publicidade|reklam)\s*(?:[·•|:—–-]|$)|(?:presented|sponsored|powered|brought to you|supported) by\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Sponsor();

    [GeneratedRegex(@"\b(?:book a demo|request a demo|start (?:your )?free trial|try it free)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DemoOffer();

    [GeneratedRegex(@"\b(?:prohibited|forbidden|not (?:be )?allowed) to be (?:reproduced|redistributed|republished)|\breproduction (?:is )?(?:prohibited|forbidden)|\bmay not be (?:reproduced|republished|redistributed)\b|\bmay be (?:freely )?(?:reproduced|republished|reprinted) (?:provided|as long as|with attribution)|\breproduction (?:is )?(?:permitted|allowed|authori[sz]ed) provided|\bqueda prohibida (?:la|su) (?:reproducción|difusión|redistribución)|\breproduction (?:interdite|prohibée)|\bvietata la riproduzione|\bé proibida a reprodução|\bnachdruck (?:verboten|nur mit)", RegexOptions.IgnoreCase)]
    private static partial Regex Reproduction();

    [GeneratedRegex(@"^(?:our (?:editorial )?standards|editorial standards|our principles)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Standards();

    /// <summary>
    /// What an embedded post leaves in scraped text: the tweet's signature line (<c>— Name (@handle) July 8, 2025</c>),
    /// the players' prompts (<c>View this post on Instagram</c>, <c>Watch on YouTube</c>, <c>Loading...</c>) and the
    /// notice shown instead of an embed blocked by consent settings.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:[—–-]\s*)?[^()]{1,60}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}|view this (?:post|profile|video) on (?:instagram|facebook|tiktok|x|twitter|threads)|a (?:post|video) shared by .{1,80}|watch on (?:youtube|vimeo|x|tiktok|facebook)|loading(?:…|\.\.\.)?|(?:this|the) (?:content|embed|video|post|tweet) (?:is not|isn't|cannot be|can't be) (?:available|displayed|shown)\b.{0,160})$", RegexOptions.IgnoreCase)]
    private static partial Regex Embed();

    /// <summary>A paywall's counter or notice, or the label of a machine-read audio version.</summary>
    [GeneratedRegex(@"^(?:you have (?:\d+|one|two|three|no) (?:free )?(?:articles?|stories) (?:left|remaining)\b.{0,60}|this (?:article|story|content) is (?:for|only available to|reserved for) (?:subscribers|members)\b.{0,60}|already a (?:subscriber|member)\?.{0,60}|audio (?:generated|produced|created) (?:by|with|using) (?:ai|artificial intelligence|automated voice)\b.{0,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex Paywall();

    /// <summary>A newsletter's issue line: <c>THE WEEKLY BRIEF | Issue #214</c>, <c>Vol. 3, No. 12</c>.</summary>
    [GeneratedRegex(@"(?:^|[|·•—–]\s*)(?:issue|edition)\s*(?:#\s*|no\.\s*)\d+$|^vol(?:ume)?\.?\s*\d+,?\s*(?:no|issue)\.?\s*\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex IssueNumber();

    [GeneratedRegex(@"\b(?:machine translation|machine[- ]translated|automatically translated|tradução automática|traducción automática|traduction automatique|maschinelle übersetzung|traduzione automatica|otomatik çeviri)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MachineTranslation();

    [GeneratedRegex(@"^About (?:the )?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,7})$")]
    private static partial Regex AboutOrg();

    // The last alternatives are the end-of-copy marks of wire and press copy: "-30-", "# # #", "END", "(END)", "-0-", "Enditem".
    [GeneratedRegex(@"^(?:reproduced with permission of the copyright (?:holder|owner)\b.*|(?:my |your )?highlights(?: (?:&|and) notes)?(?: \(\d+\))?|notes? (?:&|and) highlights(?: \(\d+\))?|notes? (?:to|for) editors|editors?'? notes?|media (?:contacts?|enquiries|inquiries)|press (?:contacts?|enquiries|inquiries)|for (?:further|more) information,? (?:please )?contact|ends?|-ends?-|###|# # #|-\s?30\s?-|-0-|\(ends?\)|end ?item|\[?end of (?:document|transcript|text)\]?|\[?item ends\]?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex PressTail();

    /// <summary>
    /// What a browser prints around a page (<c>4/8/10 3:52 PM   Title - Site</c> above, <c>http://…   Page 1 of 2</c> below)
    /// and a printer-friendly page's source line (<c>Printed from The Capital Ledger: http://…</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+[^.!?]+|\S+://\S+\s+(?:page\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}|printed from\b.{0,120})$", RegexOptions.IgnoreCase)]
    private static partial Regex PrintFurniture();

    /// <summary>
    /// A wire desk's lines for its terminal clients: the desk's contacts in double brackets (<c>((newsroom@…; +90 …))</c>),
    /// click-through codes (<c>(For a FACTBOX …, click [nL8N1A40Q2])</c>), the market data's delay notice.
    /// </summary>
    [GeneratedRegex(@"^(?:\(\(.{5,200}\)\)|\(?for (?:an? |the )?.{0,120}?(?:double )?click \[n[A-Z0-9]{2,}\].{0,120}|all quotes (?:are )?delayed\b.{0,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex WireDeskLines();

    /// <summary>
    /// A broadcast transcript's programme block and log lines (<c>PROGRAMME: DAYBREAK  CHANNEL: …</c>, <c>RUNNING
    /// ORDER: …</c>, <c>NEXT ITEM: …</c>, <c>Transcript ref: … Typed by: …</c>); its transmission line (<c>TX: 17/12/98</c>)
    /// is a stamp (<see cref="MetadataRules.IsStamp"/>).
    /// </summary>
    [GeneratedRegex(@"^(?:PROGRAMME|PROGRAM|CHANNEL|STATION|ITEM|DURATION|CONTRIBUTORS|RUNNING ORDER|NEXT ITEM|PREVIOUS ITEM)\s*:\s*\S|^transcript ref(?:erence)?\s*:|^typed by\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex BroadcastFields();

    /// <summary>
    /// The frame of a post on a professional or social network: the author's connection degree (<c>Name • 2nd</c>), the
    /// post's age (<c>2mo • Edited</c>), the follow button, a cut post's <c>…see more</c>, the reactions line
    /// (<c>Name and 1,481 others</c>), the site's trial offer (<c>Try Premium for €0</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:.{2,60}\s•\s(?:1st|2nd|3rd\+?)|\d{1,2}\s?(?:mo|w|d|h|m|y|yr)s?\s•\s.{0,40}|\+\s?Follow|(?:…|\.\.\.)\s?see more|see more|.{2,40}\sand\s[\d,.]+[KkMm]?\sothers|try premium(?: for (?:free|[€$£]\s?0))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SocialPostChrome();

    /// <summary>
    /// An archive's banner over a page it keeps (<c>This is historical material "frozen in time"</c>, <c>You are viewing
    /// material from a past administration</c>, <c>Archived content</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:archived? (?:notice|content|page|information)\s*[:.-]?\s*)?(?:you are (?:viewing|reading|looking at) (?:an? )?(?:archived|historical|material from a (?:past|previous|former) administration)|this (?:is )?(?:an? )?(?:archived|historical) (?:material|page|content|document|website|site)\b|this (?:page|content|document|website|site|material) (?:has been|was|is) archived\b|archived (?:content|page|information)$)", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveNotice();

    /// <summary>The banner government sites put above every page (<c>An official website of the United States government</c>, <c>Here's how you know</c>, the .gov and padlock notes).</summary>
    [GeneratedRegex(@"^(?:an official website of the (?:united states|u\.s\.|european union)(?: government)?|here['’]s how you know|official websites use \.gov\b.*|secure \.gov websites use https\b.*|look for \.gov|an? \.gov website belongs to an official government organization\b.*|websites ending in \.gov\b.*|an? (?:padlock|lock)\b.*(?:https|\.gov)\b.*|a (?:padlock|lock) means a secure connection|share sensitive information only on official,? secure websites\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficialBanner();

    [GeneratedRegex(@"^(?:sorted by:?\s*(?:best|top|new|newest|oldest|old|controversial|q&a)|\d[\d,.]*k?\s+(?:comments?|responses?|replies)|(?:comments?|responses?|kommentare|commentaires|comentarios|commenti)\s*\(\d+\)|(?:show|load|view|read)\s+(?:all\s+)?(?:\d+\s+)?comments?|join the (?:conversation|discussion)|level 1|what do you think\?)(?:\s*[·|:]\s*.{0,40}|\s+\S.{0,40})?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsHeader();

    /// <summary>A forum poster's note on their own post: <c>Edit: formatting.</c>, <c>Edit 2: thanks for the gold!</c></summary>
    [GeneratedRegex(@"^edit(?:\s*\d+)?\s*:\s", RegexOptions.IgnoreCase)]
    private static partial Regex PosterEdit();

    /// <summary>
    /// A note on how a transcript was made (<c>This transcript was generated automatically …</c>) or on the terms of a
    /// briefing (<c>(ON THE RECORD UNLESS OTHERWISE NOTED)</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:this|the following) transcript (?:was|has been|is|may be) (?:generated|produced|created|machine-generated|auto(?:matically)?-generated|computer-generated|edited|lightly edited|typed|transcribed)\b|^uncorrected transcript\b|^transcripts? (?:are|is) (?:generated|produced|machine-generated)\b|^\(?(?:on the record|on background|off the record)(?: unless otherwise (?:noted|indicated))?\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptNotice();

    /// <summary>The web editor's credit under or after a story: <c>Editor: Huang Lin</c>, <c>[Editor: Huang Lin]</c>, <c>Edited by: …</c>.</summary>
    [GeneratedRegex(@"^\[?(?:editor|edited by|web editor|responsible editor)\s*:\s*\p{Lu}[\p{L}\p{M} .'’-]{1,40}\]?$", RegexOptions.IgnoreCase)]
    private static partial Regex EditorCredit();

    /// <summary>The series a story belongs to, as a kicker: <c>Special: Putin's state visit to China</c>, <c>In focus: …</c>.</summary>
    [GeneratedRegex(@"^(?:special|special report|special coverage|spotlight|in focus|in depth|series|dossier)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex SeriesKicker();

    /// <summary>
    /// A wire service's note to editors on what a new version of a story changed, in brackets on its own line:
    /// <c>(Adds minister's comments in paragraphs 5-6)</c>, <c>(ATTN: UPDATES with casualties; ADDS reaction)</c>.
    /// </summary>
    [GeneratedRegex(@"^\((?:adds|updates|recasts|corrects|refiles|repeats|rewrites|writes through|changes|fixes|inserts|removes|moves|attn)\b[^()]*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex WireAdvisory();

    /// <summary>
    /// A wire's slug with the story's version, as a client's page prints it above the dateline, perhaps with the
    /// advisory after it: <c>UPDATE 2-PHILIPPINES-USA/DEFENCE (Adds reaction)</c>, <c>REFILE-UPDATE 1-CHINA-ECONOMY/GDP</c>.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:UPDATE|REFILE|CORRECTED|RPT|WRAPUP|INSIGHT|ANALYSIS|FACTBOX|TIMELINE|EXCLUSIVE|BREAKINGVIEWS)(?: \d{1,2})?-)+[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)+(?:\s*\((?i:adds|updates|recasts|corrects|refiles|repeats|rewrites|writes through|changes|fixes|inserts|removes|moves|attn)\b[^()]*\))?$")]
    private static partial Regex WireVersionSlug();

    /// <summary>
    /// A broadcaster's line naming where a story's copy came from, its own site first and the agencies after, once the
    /// time beside it is gone: <c>BPM.example, BWA, Reuters ·</c>.
    /// </summary>
    [GeneratedRegex(@"^(?:www\.)?[A-Za-z][\w-]*\.[a-z]{2,}(?:,\s*(?:[A-Z]{2,6}|Reuters|Associated Press|Agence France-Presse|Bloomberg|Xinhua|Interfax|Anadolu|(?:www\.)?[A-Za-z][\w-]*\.[a-z]{2,})){1,5}\s*[·|•]?$")]
    private static partial Regex SourcesRow();

    /// <summary>A search form as text: its label, the field drawn in underscores and the button (<c>Search: ________ [Go]</c>).</summary>
    [GeneratedRegex(@"^[^_]{0,40}_{4,}\s*(?:\[\s*[^\]]{1,20}\]|\(\s*[^)]{1,20}\))?$")]
    private static partial Regex SearchField();

    /// <summary>A site's prompt to allow push notifications: <c>🔔 Turn on notifications to get breaking news first. [Not now] [Allow]</c>.</summary>
    [GeneratedRegex(@"^[^\p{L}\p{N}]*(?:turn on|enable|allow|get|switch on|activate) (?:push |browser |desktop |our )?(?:news )?(?:notifications|alerts)\b.{0,120}$", RegexOptions.IgnoreCase)]
    private static partial Regex PushPrompt();

    /// <summary>
    /// The note that a translation's text came from elsewhere: <c>Translated from the German by Clara Weitz.</c>, an
    /// editor's note that says so (<c>Editor's note: This article first appeared in German in … Translated from …</c>),
    /// and a ministry's <c>(Provisional translation)</c> with its note that only the original text is authentic.
    /// </summary>
    [GeneratedRegex(@"^(?:editor['’]?s note\s*:.{0,200}?)?translated (?:from (?:the )?[a-z]+ )?by [a-z]|^\(?(?:provisional|unofficial) translation\)?$|^\(?note\)?\s*:?\s*this is (?:a|an) (?:provisional|unofficial) translation\b|\bonly the original [a-z]+ (?:text|version) (?:is|shall be) (?:authentic|authoritative)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TranslationCredit();

    /// <summary>
    /// A wire service's transmission lines around a story: the slug with its budget code (<c>WW0417 2315 GMT
    /// BC-Bosnia-Peace, 3rd Ld-Writethru, 0861</c>), the desk's sign-off (<c>AP-NY-mjt</c>) and its time stamp
    /// (<c>11-21-95 1815EST</c>).
    /// </summary>
    [GeneratedRegex(@"\bBC-[A-Za-z]+(?:-[A-Za-z]+)*\b.*\b(?:Ld|Writethru|Adv\d*|URGENT|Bulletin)\b|^[A-Z]{2,4}-[A-Z]{2,4}-[a-z]{2,4}(?:\s+\d{2}-\d{2}-\d{2}\s+\d{4}\s?(?:[ECMP][SD]T|GMT))?$|^\d{2}-\d{2}-\d{2}\s+\d{4}\s?(?:[ECMP][SD]T|GMT)$")]
    private static partial Regex WireSlug();

    /// <summary>
    /// A printed newspaper's page furniture in an archive's text of it: the jump lines of a story continued on another
    /// page (<c>Continued on Page A12, Column 1</c>, <c>Continued From Page A1</c>), a transcriber's page-break mark, the
    /// front page's weather ear and cover price (<c>TODAY: Hazy and hot, high near 94. … 35 CENTS</c>), and its pointers to
    /// other pages (<c>Poland: further reports, page 6; Leading article, page 13</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:continued (?:on|from) (?:page|p\.)\s*[A-Z]?\d+[A-Z]?(?:,?\s*col(?:umn|\.)?\s*\d+)?\.?|" + PagePointer + @"(?:;\s*" + PagePointer + @")*\.?|\[(?:page|column) break\b[^\]]*\]|(?:today|tonight|weather)\s*:\s.*\b(?:highs?|lows?)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NewspaperPage();

    /// <summary>One pointer to another page of the paper: <c>Leading article, page 13</c>, <c>Poland: further reports, pages 6-7</c>.</summary>
    private const string PagePointer = @"(?:[\p{L}’' -]{1,30}:\s*)?[\p{L}’' -]{2,40},\s*(?:pages?|p\.)\s*[A-Z]?\d{1,3}(?:\s*(?:[-–]|and)\s*\d{1,3})?";

    /// <summary>A front page's cover price, closing its ear: <c>… Details, A2.  ***  35 CENTS</c>.</summary>
    private static bool EndsWithCoverPrice(string t) =>
        (t.EndsWith("CENTS", StringComparison.Ordinal) || t.EndsWith('¢')) && CoverPrice().IsMatch(t);

    [GeneratedRegex(@"(?:^|\s)\d{1,3}\s?(?:CENTS|¢)$")]
    private static partial Regex CoverPrice();

    /// <summary>A news app's calls to install or open it: <c>Download the app for the full story</c>, <c>Get … on the App Store and Google Play</c>.</summary>
    [GeneratedRegex(@"^[^\p{L}\p{N}]*(?:(?:download|get|install) (?:the|our) (?:[\p{L}]+ ){0,2}app\b|open in (?:the )?app\b)|\bon the app store\b|\bgoogle play\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppPromo();

    /// <summary>A post's or story's action bar, its emoji and counts between: <c>👍 React   💬 Comment   ↗️ Share   🔖 Save</c>.</summary>
    [GeneratedRegex(@"^(?:[^\p{L}\p{N}]*(?:react|like|comment|share|save|reply|repost|bookmark|follow|copy link)s?\s*[\d.,]*[km]?\s*){2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionBar();

    /// <summary>A row of controls in brackets, a text-size widget or a comment count after them: <c>[Print] [Close]  Font: A+ A A-</c>, <c>[ E-mail this story ]  Comments (0)</c>.</summary>
    [GeneratedRegex(@"^(?:\[\s*[\p{L}][\p{L} -]{0,24}\s*\]\s*)+(?:(?:font|text)(?: size)?\s*:?\s*(?:a\s*[+-]?\s*){1,3}|(?:comments?|reactions?)\s*\(\d+\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonRow();

    /// <summary>A record's fields in a row: <c>Document type: Front Page Article | Word count: 412</c>; not a byline's (<c>Written By: …</c>).</summary>
    [GeneratedRegex(@"^(?!.*\b[Bb]y\s*:)(?:[\p{L} ]{2,25}:\s*[^|:]{1,40}?\s*\|\s*)+[\p{L} ]{2,25}:\s*[^|:]{1,40}$")]
    private static partial Regex FieldRow();

    /// <summary>
    /// A news agency's teletype framing around a story: the message's start and end (<c>ZCZC CPA0398 1 B 0058</c>,
    /// <c>NNNN</c>), priorities (<c>BULLETIN</c>, <c>URGENT</c>), cycle slugs and digests (<c>AM-IRAN-IRAQ 1STLD-WRITETHRU
    /// 07-18</c>, <c>AM-NICARAGUA ORTEGA DEFENDS … 600.</c>), editors' notes (<c>EDS: …</c>), pick-up lines, <c>MORE</c>,
    /// <c>ENDIT</c>, the desk's initials and time (<c>CPA-DV-RH 1412GMT</c>) and the staff line under the byline.
    /// </summary>
    public static bool IsTeletypeLine(string line) =>
        line.Length is > 0 and <= 600 && (char.IsAsciiLetterUpper(line[0]) || char.IsAsciiDigit(line[0])) && !line.Any(char.IsLower) && Teletype().IsMatch(line);

    [GeneratedRegex(@"^(?:ZCZC\b.*|NNNN|\(?MORE\)?|ENDIT|ENDALL|END ADV\b.*|BULLETIN|URGENT|FLASH|ADVISORY|XXX\s.*|EDS?:\s.*|(?:AM|PM|BC)-[A-Z0-9-]+(?:\s+\S.*)?|[A-Z]{2,5}(?:-[A-Z]{2,5}){1,3}\s+\d{3,4}\s?(?:GMT|UTC|[ECMP][SD]T)|[A-Z]{2,5}(?:-[A-Z]{2,5})*-DESK|\d{3,4}\s?(?:GMT|UTC|[ECMP][SD]T)|[A-Z]{2,5} CYCLE DIGEST\b.*|[A-Z]{2,12} (?:STAFF WRITER|SPECIAL CORRESPONDENT|CORRESPONDENT))$")]
    private static partial Regex Teletype();

    /// <summary>
    /// A web archive's toolbar above a captured page: <c>The Wayback Machine - https://web.archive.org/web/2006…</c>,
    /// <c>14 captures</c>, the captures' time span (<c>02 Jan 2006 - 19 Aug 2014</c>), <c>success: 20060102031522 | fail:
    /// none</c>, <c>About this capture</c>; a search engine's cached copy (<c>This is Google's cache of …</c>, <c>Full
    /// version  Text-only version  View source</c>, its find-bar tip); a capture service's bar (<c>webpage capture</c>,
    /// <c>Saved from</c>, <c>All snapshots</c>, <c>&lt;&lt; prev  1 of 3 snapshots  next &gt;&gt;</c>, <c>Webpage | Screenshot</c>);
    /// and a printable page's <c>Find this article at:</c>.
    /// </summary>
    public static bool IsWebArchiveLine(string line) => line.Length <= 400 && WebArchive().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:the wayback machine\b|\S*web\.archive\.org/web/\d{8,14}\S*$|\d[\d,]*\s+captures?\b|success:\s*\d{8,14}|about this capture$|find this article at:?$|\d{1,2} [a-z]{3} \d{4} - \d{1,2} [a-z]{3} \d{4}$|this is [\w ]{2,20}'s cache of\b|(?:full version\s+)?text-only version(?:\s+view source)?$|tip: to quickly find your search term\b|webpage capture$|saved from(?:\s*\|?\s*search)?$|all snapshots\b|(?:<<\s*prev\s+)?\d+ of \d+ snapshots\b|webpage\s*\|\s*screenshot$|download \.zip$|report (?:a )?(?:bug|error)(?: or abuse)?$)", RegexOptions.IgnoreCase)]
    private static partial Regex WebArchive();

    /// <summary>A classification marking a document repeats on every page: <c>CONFIDENTIAL – for internal distribution only</c>.</summary>
    [GeneratedRegex(@"^(?:strictly )?(?:confidential|restricted|internal|secret|official)\b[\s–—:-]*(?:for |not for )?(?:internal|official|limited|external)? ?(?:distribution|use|circulation) only\b.*$|^(?:classification|distribution|status)\s*:\s*\S|^classified by\s*:\s*\S.*\breasons?\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Classification();

    /// <summary>A meeting's number in official records (<c>3890th Meeting (AM)</c>) and their note (<c>For information media. Not an official record.</c>).</summary>
    [GeneratedRegex(@"^\d+(?:st|nd|rd|th) meeting\s*\((?:am|pm|am & pm|night)\)$|^for information media\b.{0,20}not an official record\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingLine();

    /// <summary>A line of counters: reactions, claps and followers (<c>Reactions: 👍 188 😮 21</c>, <c>1.2K</c>, <c>4.3K Followers</c>, <c>👍 1.2K 😮 214 💬 348 comments</c>, <c>Full article 14 comments</c>).</summary>
    [GeneratedRegex(@"^(?:full (?:article|story)\s+|reactions?\s*:\s*)?(?:[^\p{L}\p{N}\s]*\s*\d[\d,.]*[kKmM]?\s*(?:followers|following|claps|likes|reactions|responses|comments|views|shares|subscribers|restacks|reposts|retweets|bookmarks|saves)?\s*[^\p{L}\p{N}\s]*\s*)+(?:share)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Counters();
}
