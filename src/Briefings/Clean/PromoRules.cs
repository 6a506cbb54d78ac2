using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Page furniture that is not the article: advertising slots, read-more and related links, newsletter and subscription
/// promos, share and reaction bars, cookie banners, follow-us lines, comment counts, tag lists, copyright and
/// republication notes.
/// </summary>
internal static partial class PromoRules
{
    /// <summary>True when the line is a promo; <paramref name="startsLinkList"/> when it heads a list of links that follows.</summary>
    public static bool IsPromo(string line, out bool startsLinkList)
    {
        var verdict = LineVerdicts<PromoVerdict>.Of(line, static l => new PromoVerdict(Classify(l, out var list), list));
        startsLinkList = verdict.StartsLinkList;
        return verdict.IsPromo;
    }

    private readonly record struct PromoVerdict(bool IsPromo, bool StartsLinkList);

    private static bool Classify(string line, out bool startsLinkList)
    {
        // Emphasis around a whole promo line ("*Watch: …*") does not make it prose, nor an emoji before it ("📱 Download …").
        line = line.Trim('*', '_', ' ');
        if (line.Length > 0 && char.IsSurrogate(line[0]))
            line = new string([.. line.SkipWhile(c => char.IsSurrogate(c) || c is ' ' or '\uFE0F')]);
        line = PointerGlyphs.AsPlainLabel(line);
        if (ChromeLexicon.IsChrome(line, out startsLinkList))
            return true;
        startsLinkList = LinkListHeader().IsMatch(line);
        if (startsLinkList)
            return true;
        // A host's sponsor read runs as long as a paragraph of the transcript around it.
        if (line.Length <= 1200 && Mentions(line, SponsorWords) && SponsorRead().IsMatch(line))
            return true;
        if (line.Length > 320)
            return false;
        return IsAdSlot(line)
            || ServicePromos.IsPromo(line)
            || WidgetLeftovers.IsLeftover(line)
            || EarlyWebFooter.IsFooter(line)
            || SectionTeaser.IsTeaser(line)
            || PollPromo.IsPromo(line)
            || ReadMore().IsMatch(line)
            || (line.Length <= 160 && !EndsWithSentence(line) && (Share().IsMatch(line) || Follow().IsMatch(line)))
            || ReactionBar().IsMatch(line)
            || Comments().IsMatch(line)
            || Cookies().IsMatch(line) && CookieContext().IsMatch(line)
            || Mentions(line, NewsletterWords) && Newsletter().IsMatch(line) && PromoVoice().IsMatch(line)
            || (line.Contains('©') || Mentions(line, CopyrightWords)) && Copyright().IsMatch(line)
            || line.Contains("material", StringComparison.OrdinalIgnoreCase) && ReuseNotice().IsMatch(line)
            || line.Length is > 0 and <= 200 && line[^1] is ')' or ']' && FileLink().IsMatch(line)
            || line.Length > 0 && line[0] is '»' or '›' && DatedLink().IsMatch(line)
            || Mentions(line, RepublishedWords) && Republished().IsMatch(line) && !IsPublicationStamp(line)
            || TagList().IsMatch(line)
            || AppPromo().IsMatch(line)
            || Mentions(line, EmailWords) && EmailChrome().IsMatch(line) || EmailControl().IsMatch(line)
            || line.Length <= 120 && CallToAction().IsMatch(line)
            // "TALKING POINT: Was he good for Russia? Click here to have your say": prose never asks for a click.
            || line.Length <= 240 && line.Contains("click here", StringComparison.OrdinalIgnoreCase)
            || line.Length <= 120 && line.Contains(" page", StringComparison.Ordinal) && LinksBelow().IsMatch(line)
            || Mentions(line, DisclaimerWords) && Disclaimer().IsMatch(line)
            || line.Length <= 200 && FooterLinks(line)
            || line.Length <= 200 && ProductionCredits().IsMatch(line)
            || line.Length <= 200 && Mentions(line, NoticeWords) && (ChannelPromo().IsMatch(line) || StoryNavigation().IsMatch(line) || OldWebNotice().IsMatch(line) || CiteOrAlerts().IsMatch(line));
    }

    // Trigger words: every match of the pattern named after them contains one. Those patterns are not anchored at the
    // start of the line (or not only), so the regex engine tries them at almost every letter of every line; one
    // vectorised search for the words rules out nearly all lines first (the first three were half of the time spent on
    // promo rules).
    private static readonly SearchValues<string> NewsletterWords = SearchValues.Create(
        ["newsletter", "inbox", "sign", "subscri", "receive in your e", "thanks for reading", "support ", "register now", "become a member", "donat", "small favo"],
        StringComparison.OrdinalIgnoreCase);

    // ASCII words only: one non-ASCII word ("©") turns the whole search into a slow per-character Unicode automaton.
    private static readonly SearchValues<string> CopyrightWords = SearchValues.Create(["(c)", "copyright", "all rights reserved"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SponsorWords = SearchValues.Create(["supported by", "sponsored by", "brought to you by", "presented by", "made possible by"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> RepublishedWords = SearchValues.Create(["originally", "published", "appeared", "story from"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> EmailWords = SearchValues.Create(["browser", "forwarded", "receiv", "unsubscribe", "preferences", "reply", "subscription", "change your"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> DisclaimerWords = SearchValues.Create(["the views ", "javascript", "translated", "not responsible", "disclaimer", "confidential", "does not constitute", "not vouch", "delay"], StringComparison.OrdinalIgnoreCase);

    // Every match of ChannelPromo, StoryNavigation, OldWebNotice and CiteOrAlerts holds one of these.
    private static readonly SearchValues<string> NoticeWords = SearchValues.Create(
        ["whatsapp", "telegram", "signal", "viber", "google n", "youtube", "instagram", "tiktok", "broadcast", "back to", "return to", "next story", "next article", "next page", "next item", "next post", "previous story", "previous article", "previous page", "previous item", "previous post", "prev", "visitor", "best viewed", "archive ", "text-only", "cite", "alerts"],
        StringComparison.OrdinalIgnoreCase);

    private static bool Mentions(string line, SearchValues<string> words) => line.AsSpan().ContainsAny(words);

    /// <summary>A footer or consent bar: every segment is a site link such as "Privacy policy" or "Cookie settings".</summary>
    private static bool FooterLinks(string line)
    {
        // Most lines have no separator: one segment, nothing to split.
        if (line.AsSpan().IndexOfAny(FooterSeparators) < 0)
            return line.Trim() is { Length: > 0 } only && FooterLink().IsMatch(only);
        var segments = line.Split(FooterSeparatorChars, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return segments.Length > 0 && segments.All(FooterLink().IsMatch);
    }

    private static readonly char[] FooterSeparatorChars = ['|', '·', '•'];
    private static readonly SearchValues<char> FooterSeparators = SearchValues.Create(FooterSeparatorChars);

    /// <summary>A footer link on its own ("Cookie policy", "Impressum"), as pages list them in a bulleted footer.</summary>
    public static bool IsFooterLink(string line) => FooterLink().IsMatch(line.Trim('*', '_', ' ', '.'));

    /// <summary>A link line under a "More on this story" header: a short headline without sentence punctuation, or a short question.</summary>
    public static bool IsLinkLine(string line) =>
        line.Length <= 140 && (!EndsWithSentence(line) || line.EndsWith('?') && line.Length <= 100) && !line.EndsWith(':')
        // A date stamp under the links ("Sunday, January 1, 2006 Posted: 1847 GMT") is the page's, and dates it.
        && !MetadataRules.IsStamp(line, out _, out _);

    /// <summary>Publisher named by a republication note (<c>Originally published at The Kyiv Dispatch.</c>).</summary>
    public static string? RepublishedFrom(string line) =>
        OriginallyAt().Match(line) is { Success: true } m && !IsPublicationStamp(line) ? m.Groups[1].Value.Trim() : null;

    /// <summary>
    /// "First published on Wednesday 20 September 2023 08.12 BST": the page's own publication stamp at its foot, which
    /// dates the story, not a note that it appeared elsewhere first.
    /// </summary>
    private static bool IsPublicationStamp(string line) =>
        line.Length <= 80 && line.Contains(" on ", StringComparison.Ordinal) && ExplicitDateParser.Find(line[(line.IndexOf(" on ", StringComparison.Ordinal) + 4)..]) is { Index: < 12 };

    private static bool EndsWithSentence(string line) => WordCount.IsSentence(line, 7);

    [GeneratedRegex(@"^(?:more on this (?:story|topic)|related(?:\s+\p{L}+){0,2}|read (?:more|also)(?:\s+\p{L}+)?|also read|more from [\p{L} ]{1,40}|more \p{L}+|more (?:\p{L}+ ){0,3}(?:news|stories|coverage|headlines)(?: (?:on|from|at) \S(?:.{0,40}\S)?)?|most (?:read|popular|viewed|shared)(?:\s+\p{L}+){0,3}|recommended(?: for you| stories)?|you (?:may|might) also (?:like|enjoy|be interested in)|see also|further reading|top stories|more stories|latest(?: news| stories)?|what to read next|read next|trending(?: now)?(?: (?:in|on|across) (?:the )?[\p{L}]+(?: [\p{L}]+)?)?|explore more|editor's picks|also (?:on|in) [\p{L} ]{1,30}|advertiser links|sponsored links|mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|weitere artikel|(?:à )?lire aussi|sur le même sujet|voir aussi|leer más|(?:también )?te puede interesar|noticias relacionadas|leggi anche|potrebbe interessarti|leia também|veja também)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkListHeader();

    [GeneratedRegex(@"^(?:(?:advertisement|advertising|sponsored(?: content)?|ad|ads|quảng cáo|iklan|werbung|anzeige|annonce|annonse|annons|advertentie|mainos|publicité|publicidade|publicidad|pubblicità|реклама|story continues below(?: this)?(?: advertisement| ad)?|continue reading(?: below| the main story)?|skip advert(?:isement)?|scroll to continue(?: with content)?|article continues below|ad feedback|paid content|promoted)\s*[↓⬇▼▾]?\s*\.?\s*(?:[·|•]\s*|$))+$", RegexOptions.IgnoreCase)]
    private static partial Regex AdSlot();

    [GeneratedRegex(@"^(?:read more|read also|also read|see also|related|related article|related story|more|watch|listen|watch now|watch video|video|read next|don['’]?t miss|recommended|more on|also see|click here|latest|trending|sponsored|promoted|partner content|advertisement|more \p{L}+)\s*(?::|\||»|>>|—|–)\s*\S|^(?:sponsored|presented|brought to you|supported) by\b|^\[(?:watch|video|listen|audio|podcast)\]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"^(?:share\b|share this|tweet\b|email this|copy link|print\b|listen to (?:this )?(?:article|story)|save (?:article|story)|gift this article)", RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    [GeneratedRegex(@"^follow (?:us|me|@|[\p{L} ]{1,30} on\b|[\p{L} ]{1,40}:\s*\S|(?-i:\p{Lu}[\p{L}'’-]*)(?: (?-i:\p{Lu}[\p{L}'’-]*)){1,4}$)", RegexOptions.IgnoreCase)]
    private static partial Regex Follow();

    [GeneratedRegex(@"^(?:(?:like|likes|leave a comment|leave a reply|add a comment|comment|comments|share|shares|restack|reply|save|tweet|email|print|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|flipboard|copy link|download pdf|download|cite this|cite|font size|text size|a|listen|bookmark|gift this article|gift article|like loading\.*|loading\.*|\d+)\s*(?:[·•|,/]\s*|\s+|$)){2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex ReactionBar();

    [GeneratedRegex(@"^(?:comments?\s*\(\d+\)|\d+\s+comments?|(?:join|start) the (?:debate|conversation|discussion)\b.*|leave a (?:comment|reply)|view comments|show comments|add (?:a|your) comment|comment on this (?:story|article)|\d+\s+responses?|discussion \(\d+\)|\d+ (?:thoughts|responses|replies|comments) on\b.*|comments are closed|required fields are marked.*|like loading\.*|leave a reply(?: cancel reply)?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Comments();

    [GeneratedRegex(@"\bcookies?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cookies();

    [GeneratedRegex(@"\b(?:we use|we value your privacy|(?:and )?our partners use|(?:this|our) (?:web)?site (?:uses|sets)|(?:your )?privacy choices|accept|consent|privacy (?:policy|settings)|manage (?:settings|preferences)|by continuing|cookie policy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieContext();

    [GeneratedRegex(@"\b(?:newsletters?|in(?:to)? your inbox|to your inbox|sign(?:ing)? up|subscribe|subscribers?|subscription|receive in your e-?mail|thanks for reading|support (?:my|our) work|register now|become a member|donat(?:e|ion)|support (?:us|our journalism|independent journalism)|small favou?r to ask)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Newsletter();

    [GeneratedRegex(@"\b(?:your?|free|here|today|now)\b|^(?:sign|subscribe|get|receive|join|thanks|register|enter|click|download|don't miss|want)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PromoVoice();

    /// <summary>A copyright notice: at the start of the line, after the owner's name (<c>Southern Cross Broadcasting © 2022 | Terms of Use</c>), or its reservation.</summary>
    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b)|^[^.!?©]{1,60}©\s*(?:\d{4}|\p{Lu})|\ball rights reserved\b|^(?:distributed|syndicated|supplied) by [^.!?]{1,60}\.\s*(?:copyright\b|©|\(c\))", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    /// <summary>
    /// A site's terms for reusing its text, common on agency and government sites: <c>Use of materials from this site
    /// requires a link to …</c>, <c>When quoting materials, a hyperlink to … is required</c>.
    /// </summary>
    [GeneratedRegex(@"^(?:the |any )?(?:use|reproduction|reprinting|copying|republication|quoting|citation) of (?:the |our |its )?(?:site'?s? )?materials?\b.{0,100}\b(?:link|hyperlink|reference|permission)\b|^when (?:using|quoting|reprinting|citing|reproducing) (?:the |our )?materials?\b.{0,100}\b(?:link|hyperlink|reference)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReuseNotice();

    /// <summary>A link to a file, named with its type and size: <c>Annex: Humanitarian assistance (PDF, 38 KB)</c>, <c>Full text [DOC 1.2 MB]</c>.</summary>
    [GeneratedRegex(@"[(\[]\s*(?:PDF|DOCX?|XLSX?|PPTX?|RTF|ODT|ZIP|EPUB|MP3|MP4|TXT)\s*[,;:-]?\s*\d+(?:[.,]\d+)?\s*(?:[KMG]B|[km]b|kB|bytes)\s*[)\]]$", RegexOptions.IgnoreCase)]
    private static partial Regex FileLink();

    /// <summary>A press centre's list of dated headlines, each a link: <c>» 15.07.2006 Leaders hold talks in Strelna</c>.</summary>
    [GeneratedRegex(@"^[»›]\s*\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b.{3,160}$")]
    private static partial Regex DatedLink();

    [GeneratedRegex(@"^(?:originally (?:published|appeared)|this (?:article|story|post) (?:was )?(?:originally |first )?(?:published|appeared)|republished (?:with|by|under)|first published (?:at|in|by|on)\b|story from [^:]{2,40}:$)|\brepublished with permission\b", RegexOptions.IgnoreCase)]
    private static partial Regex Republished();

    [GeneratedRegex(@"^(?:originally (?:published|appeared)|first published) (?:at|in|on|by) ([^.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex OriginallyAt();

    [GeneratedRegex(@"^(?:tags|tagged|topics|filed under|categories|category|keywords|related topics|more about|explore)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex TagList();

    [GeneratedRegex(@"\b(?:view (?:this email|it|this) in (?:your|a|the) browser|view (?:online|in browser|on (?:the )?web)$|having trouble (?:reading|viewing|seeing) this (?:e-?mail|newsletter|message)|forwarded this email|you(?:'|’)re receiving this|you (?:are|were) receiving this|you received this (?:e-?mail|newsletter|message)|unsubscribe|update your preferences|(?:to )?change your (?:delivery|e-?mail|subscription|newsletter) (?:options|preferences|settings)|reply to this e-?mail|(?:just )?hit reply(?! ?-?all)|manage your subscription)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmailChrome();

    /// <summary>An advertising slot's label on a line of its own: <c>Advertisement</c>, <c>Story continues below advertisement</c>.</summary>
    public static bool IsAdSlot(string line)
    {
        var label = line.Trim('*', '_', ' ', '—', '–', '-');
        // "IKLAN / ADVERTISEMENT": the label in the home language and in English.
        return AdSlot().IsMatch(label) || label.Contains(" / ", StringComparison.Ordinal) && BilingualLabel.SecondHalf(label) is { } english && AdSlot().IsMatch(english);
    }

    /// <summary>A newsletter's controls on a line of their own: <c>Forward to a friend</c>, <c>View online</c>.</summary>
    [GeneratedRegex(@"^(?:sent from my [\p{L}\p{N}®™ .-]{2,40}|get outlook for (?:ios|android)|forward (?:this (?:e-?mail|newsletter) )?to a friend|view (?:this (?:e-?mail|newsletter) |it )?online|read (?:this (?:e-?mail|newsletter) |it )?(?:online|in (?:a|your) browser)|share this (?:e-?mail|newsletter))\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex EmailControl();

    /// <summary>A call to action: <c>Click here to start your trial</c>.</summary>
    [GeneratedRegex(@"^(?:click|tap) here\b|^catch (?:all )?the latest\b|^read the (?:original|full (?:story|article))\b(?: (?:at|on|in) .{1,60})?$|^vous souhaitez lire la suite\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    /// <summary>A broadcaster's note on where its links are: <c>Links to more Europe stories are at the foot of the page.</c></summary>
    [GeneratedRegex(@"^links to (?:more |other )?[\p{L} ]{1,40} (?:stories|news) (?:are )?(?:at|in) the (?:foot|bottom|end) of (?:the|this) page\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinksBelow();

    [GeneratedRegex(@"^(?:the views (?:expressed|in this)|(?:please )?(?:turn on|enable) javascript|this (?:article|story) (?:is|was) (?:machine[- ])?translated)|\bjavascript (?:is )?(?:disabled|required)\b|\bis not responsible for the content of external (?:internet )?(?:web)?sites\b|^disclaimer\s*:|^confidentiality notice\b|\bdoes not constitute (?:investment|legal|financial|tax|professional) advice\b|\bdoes not vouch for\b|^(?:all )?(?:market )?(?:data|quotes|prices) (?:are |is )?(?:shown |displayed |provided )?(?:with a delay|delayed by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^(?:cookie (?:settings|preferences|policy)|cookie-einstellungen|privacy(?: policy| settings| notice)?|terms(?: of (?:use|service))?|impressum|datenschutz|imprint|contact(?: us)?|about(?: us)?|accessibility|sitemap|advertise(?: with us)?|agree and close|accept(?: all)?(?: cookies)?|reject all|manage (?:settings|preferences|cookies)|skip to (?:main )?content)$", RegexOptions.IgnoreCase)]
    private static partial Regex FooterLink();

    [GeneratedRegex(@"^(?:download (?:our|the)(?: [\p{L}\p{N}-]+){0,3} app|get the(?: [\p{L}\p{N}-]+){0,3} app|open in app|install (?:our|the)(?: [\p{L}\p{N}-]+){0,3} app)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppPromo();

    [GeneratedRegex(@"\b(?:this|today's|the) (?:episode|show|podcast|programme|program|newsletter|note|brief|briefing|bulletin|digest|edition|issue) is (?:supported|sponsored|brought to you|presented|made possible) by\b", RegexOptions.IgnoreCase)]
    private static partial Regex SponsorRead();

    /// <summary>
    /// A call to follow the outlet on a messaging app or news service: <c>📲 Join our WhatsApp Channel for breaking news</c>,
    /// <c>Síguenos en Google Noticias | Únete a nuestro canal de Telegram</c>.
    /// </summary>
    [GeneratedRegex(@"^(?:join|follow|subscribe to|get|síguenos|siguenos|sigue|únete|unete|suscríbete|suscribete|siga-nos|segue-nos|junte-se|suivez-nous|rejoignez|folgen sie uns|folge uns)\b[^.!?|]{0,60}\b(?:whatsapp|telegram|signal|viber|google (?:news|noticias|notícias|actualités)|(?:youtube|instagram|tiktok|broadcast) (?:channel|canal))\b.{0,120}$", RegexOptions.IgnoreCase)]
    private static partial Regex ChannelPromo();

    /// <summary>A page's links back to its index and on to the next story: <c>&lt;&lt; Back to the December 1994 index | Next story: … &gt;&gt;</c>.</summary>
    [GeneratedRegex(@"^(?:(?:<<|«|‹)?\s*(?:(?:back|return) to (?:the )?[\p{L}\p{N}' ]{1,40}(?:index|archive|contents|list|overview|front page|home ?page|home|top)|(?:next|previous|prev\.?) (?:story|article|page|item|post)\s*:\s*[^|]{1,100}?)\s*(?:>>|»|›)?\s*(?:\||$))+$", RegexOptions.IgnoreCase)]
    private static partial Regex StoryNavigation();

    /// <summary>
    /// A page's link back to the section it sits in, named in title case: <c>Back to Japan-Republic of Korea Relations</c>,
    /// <c>« Return to Press Releases</c>. A line of text that starts so goes on in lower case ("Back to the table, the
    /// delegates …"); a heading can start so too ("Return to Power"), so only the lines after the last paragraph of
    /// prose are asked.
    /// </summary>
    public static bool IsSectionBackLink(string line) => line.Length <= 120 && line.Contains(" to ", StringComparison.Ordinal) && SectionBackLink().IsMatch(line);

    [GeneratedRegex(@"^(?:<<|«|‹|←)?\s*(?:Back|Return) to (?!the )\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|and|&|for|in|on|the)\s+)?\p{Lu}[\p{L}\p{N}'’.-]*){0,5}\s*(?:>>|»|›)?$")]
    private static partial Regex SectionBackLink();

    /// <summary>An old site's notices: a visit counter, the browser it was made for, its archive keeper.</summary>
    [GeneratedRegex(@"^(?:\[counter\]\s*)?you are (?:visitor|the) (?:number |no\.? ?|#)?\d[\d,]*(?:st|nd|rd|th)?\b(?: visitor)?.{0,60}$|^(?:this (?:page|site|website) is )?best viewed (?:with|in|using)\b.{0,160}$|^archive (?:copy|version) (?:maintained|kept|provided|hosted) by\b.{0,160}$|^text-only version(?: is)? available\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OldWebNotice();

    /// <summary>How to cite the page, or an offer of alerts by e-mail: <c>Cite as: A. Author, "…", 16 March 2022.</c>, <c>Get case alerts by e-mail: …</c>.</summary>
    [GeneratedRegex(@"^(?:cite (?:as|this (?:article|page|note|story|brief))|how to cite(?: this (?:article|page|note|story|brief))?)\s*:|^(?:get|sign up for|receive|subscribe to) (?:[\p{L}-]+ ){0,3}alerts? (?:by|via|in your|to your|on your) (?:e-?mail|inbox|phone|app)\b.{0,120}$", RegexOptions.IgnoreCase)]
    private static partial Regex CiteOrAlerts();

    /// <summary>A programme's credits, the whole line: <c>Produced by Owen Rees. Music by Blue Halyard.</c></summary>
    [GeneratedRegex(@"^(?:(?i:produced|edited|mixed|hosted|presented|engineered|music|theme music|sound design|artwork|illustration)(?: and (?:edited|mixed|produced|hosted))? by \p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|and|&))*[.;,]?\s*)+$")]
    private static partial Regex ProductionCredits();
}
