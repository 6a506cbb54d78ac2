using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefings.Clean;

/// <summary>
/// Reads an HTML page or fragment with AngleSharp: keeps the article body (title, paragraphs, headings, lists, quotes,
/// tables) and drops page furniture (navigation, figures and captions, share bars, related links, forms, scripts).
/// </summary>
internal static class HtmlArticleReader
{
    private static readonly string[] FurnitureWords =
    [
        "share", "social", "related", "newsletter", "signup", "sign-up", "subscribe", "promo", "advert", "cookie",
        "breadcrumb", "byline", "author", "tags", "comments", "caption", "credit", "recommend", "most-read", "sponsor",
        "toolbar", "footer", "masthead", "paywall",
        // A reader poll and a social post embedded in the story (its text is the poster's, not the article's).
        "poll", "embedded-post", "social-embed", "twitter-tweet", "instagram-media",
        // Navigation by another name, links for screen readers and what a page hides when printed.
        "navigation", "navbar", "navbox", "-nav", "nav-", "gnav", "topicpath", "pagetop", "page-top", "sidebar", "jump-link", "skip-link", "noprint",
        // A wiki's page furniture (MediaWiki's names): edit links, the citation markers and the list they point to,
        // categories, the tagline under the title, the personal and view tabs.
        "editsection", "reference", "reflist", "cite-backlink", "catlinks", "printfooter", "sitesub", "contentsub",
        "p-personal", "p-views",
        // A messaging channel's page (Telegram's names): service notices ("… pinned «…»"), a forward's source, a
        // link's preview card, and controls drawn as buttons ("Preview channel").
        "message_service", "service_message", "forwarded", "link_preview", "button", "btn",
        // A section's label over the headline, the reading time, an advertisement's slot and label.
        "kicker", "reading-time", "ad-slot", "ad-label",
        // A social network's post frame (Mastodon's names among others): the poster's name and handle, the post's
        // meta line and action bar, a content warning, the sign-in banner, the compose panel, the column's header.
        "display-name", "status__info", "__meta", "action-bar", "spoiler-text", "spoiler-link", "sign-in", "compose-panel", "column-header",
        // A word processor's page (Word's "Save as Web Page"): its comments' anchors and texts, its footnote markers.
        "msocom", "msofootnote", "msoendnote",
    ];

    private static readonly System.Buffers.SearchValues<string> FurnitureWordSearch = System.Buffers.SearchValues.Create(FurnitureWords, StringComparison.Ordinal);

    // A parser sets up a browsing context and its configuration; one per thread serves every article that thread
    // cleans (a parser is not safe to share between threads).
    [ThreadStatic]
    private static HtmlParser? t_parser;

    private static HtmlParser Parser => t_parser ??= new HtmlParser();

    /// <summary>What a page holds: its headline, its blocks, and the dates its markup states (see <see cref="PageDates"/>).</summary>
    public sealed record Page(string? Title, List<Block> Blocks, DateOnly? Published, DateOnly? FirstTime);

    public static Page Read(string html, RemovalLog log)
    {
        var document = Parser.ParseDocument(html);
        BrowserTranslation.Strip(html, document, log);
        EbookChapter.Strip(html, document, log);
        GoogleDocsExport.Strip(html, document, log);
        var blocks = new List<Block>();
        var state = new WalkState();
        IElement? story = null;
        if (document.Body is { } body)
        {
            state.MarksHeadlines = body.QuerySelector("h1") is not null;
            // A board's thread: only the story its first post carries is the article.
            story = ForumThread.Story(body);
            if (story is not null)
                state.Title = ForumThread.TakeBoldHeadline(story);
            Walk(story ?? body, blocks, log, state);
        }
        var title = state.Title;
        // Without a heading, the window title: "Headline | Site" or "Site - Section - Headline", the site's part dropped.
        // The page names its site in its text or in its metadata (Open Graph's site name).
        if (title is null && document.Title is { Length: > 0 } pageTitle)
            title = TitleRules.SplitSiteSuffix(TitleRules.WithoutNamedSite(Normalize(pageTitle),
                () => document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content") + "\n" + document.Body?.TextContent), null).Title;
        var published = PageDates.Published(document) ?? (story is not null ? ForumThread.FirstPostDate(story) : null) ?? state.MastheadDate;
        return new Page(title, blocks, published, PageDates.FirstTime(document));
    }

    /// <summary>Reads the rows of one HTML table (for a table embedded in otherwise plain text).</summary>
    public static List<string[]> ReadTable(string html)
    {
        var document = Parser.ParseDocument(html);
        return document.QuerySelector("table") is { } table ? Rows(table) : [];
    }

    private static void Walk(IElement element, List<Block> blocks, RemovalLog log, WalkState state)
    {
        // Text outside any paragraph element and the inline elements within it ("Updated: <b>2 March</b>") form one
        // run, up to the next block element; its line breaks and <br>s are paragraph breaks.
        var run = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                run.Append(text.Data);
                continue;
            }
            if (node is not IElement child)
                continue;
            var name = child.LocalName;
            if (FurnitureCategory(child) is { } category)
            {
                if (Normalize(child.TextContent) is { Length: > 0 } dropped)
                    log.Add(category, dropped);
                continue;
            }
            if (name == "br")
            {
                run.Append('\n');
                continue;
            }
            if (InlineElements.Contains(name) && child.QuerySelector(BlockElements) is null)
            {
                if (name == "font" && state.Title is null && !state.MarksHeadlines && IsHeadlineFont(child) && StandsAlone(child, run)
                    && Normalize(child.TextContent) is var headline && TitleRules.IsHeadline(new Block(BlockKind.Paragraph, headline)))
                {
                    AddLines(blocks, BlockKind.Paragraph, run.ToString());
                    run.Clear();
                    state.Title = headline;
                    state.MastheadDate = DropMastheadAbove(blocks, log);
                    continue;
                }
                if (name is "b" or "strong" && StandsAlone(child, run) && Normalize(child.TextContent) is var crosshead && LooksLikeCrosshead(crosshead))
                {
                    AddLines(blocks, BlockKind.Paragraph, run.ToString());
                    run.Clear();
                    blocks.Add(new Block(BlockKind.Heading, crosshead) { Level = 2, Explicit = true });
                    continue;
                }
                run.Append(InnerText(child));
                continue;
            }
            AddLines(blocks, BlockKind.Paragraph, run.ToString());
            run.Clear();
            switch (name)
            {
                // Word's title style stands for the first-level heading its pages lack.
                case "h1" or "p" when state.Title is null && (name == "h1" || child.ClassList.Contains("MsoTitle")):
                    state.Title = Normalize(child.TextContent);
                    state.MastheadDate = DropMastheadAbove(blocks, log);
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    AddText(blocks, BlockKind.Heading, child, b => { b.Level = Math.Max(2, name[1] - '0'); b.Explicit = true; });
                    break;
                case "p" when WhollyBold(child) is { } crosshead:
                    blocks.Add(new Block(BlockKind.Heading, crosshead) { Level = 2, Explicit = true });
                    break;
                // A paragraph the parser let hold blocks (an old page's unclosed <font> around the rest of the story, in
                // quirks mode) is walked like any container: read as one line, its lists and tables would be lost.
                case "p" or "dt" or "dd" or "pre" or "address" when name == "pre" || child.QuerySelector(BlockElements) is null:
                    AddText(blocks, BlockKind.Paragraph, child, null);
                    break;
                case "ul" or "ol":
                    // Its own items, also where the parser wrapped them in a formatting element it reopened (an old
                    // page's unclosed <font>: <ol><font><li>…), but not the items of a list inside one.
                    foreach (var item in child.QuerySelectorAll("li").Where(li => li.ParentElement?.Closest("ul, ol") == child))
                        AddText(blocks, BlockKind.ListItem, item, b => b.Ordered = name == "ol");
                    break;
                case "blockquote":
                    foreach (var part in QuoteParts(child))
                        blocks.Add(new Block(BlockKind.Quote, part));
                    break;
                case "table" when IsLayoutTable(child):
                    Walk(child, blocks, log, state);
                    break;
                case "table":
                    if (Rows(child) is { Count: > 0 } rows)
                        blocks.AddRange(Block.TableOrParagraphs(rows));
                    break;
                case "hr" or "img":
                    break;
                case "svg" or "object" or "embed" or "math":
                    // Unclosed foreign elements swallow the article text that follows them; keep walking it.
                    Walk(child, blocks, log, state);
                    break;
                default:
                    Walk(child, blocks, log, state);
                    break;
            }
        }
        AddLines(blocks, BlockKind.Paragraph, run.ToString());
    }

    /// <summary>Drops the masthead above the headline (see <see cref="Masthead"/>); returns the date it states.</summary>
    private static DateOnly? DropMastheadAbove(List<Block> blocks, RemovalLog log)
    {
        if (!Masthead.IsChrome(blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote).Select(b => b.Text)))
            return null;
        var dated = Masthead.Date(blocks.Select(b => b.Text).Reverse());
        blocks.RemoveAll(b =>
        {
            if (Masthead.Keeps(b.Text))
                return false;
            log.Add("layout", b.Text);
            return true;
        });
        return dated;
    }

    /// <summary>What the walk has found so far besides blocks: the headline, and the date of the masthead above it.</summary>
    private sealed class WalkState
    {
        public string? Title { get; set; }

        public DateOnly? MastheadDate { get; set; }

        /// <summary>The page has a first-level heading: its headline is marked, not only set in large type.</summary>
        public bool MarksHeadlines { get; set; }
    }

    /// <summary>
    /// Large type outside a link (<c>&lt;FONT SIZE=5&gt;</c>, <c>SIZE="+2"</c>): how pages laid out before style sheets set
    /// the headline. A masthead in large type links to the home page.
    /// </summary>
    private static bool IsHeadlineFont(IElement font) =>
        font.GetAttribute("size")?.Trim() is "5" or "6" or "7" or "+2" or "+3" or "+4" && font.Closest("a") is null && font.QuerySelector("a") is null;

    /// <summary>
    /// Bold words on a line of their own, between line breaks, in running text: how pages laid out before style sheets
    /// (and stories pasted into a board's post) set a crosshead.
    /// </summary>
    private static bool StandsAlone(IElement bold, StringBuilder run)
    {
        for (var i = run.Length - 1; i >= 0 && run[i] != '\n'; i--)
            if (!char.IsWhiteSpace(run[i]))
                return false;
        var next = bold.NextSibling;
        while (next is IText text && string.IsNullOrWhiteSpace(text.Data))
            next = next.NextSibling;
        return next is null or IElement { LocalName: "br" } || next is IText { Data: var data } && data.TrimStart(' ', '\t').StartsWith('\n');
    }

    /// <summary>A paragraph that is all one run of bold words, set as a crosshead: its text, or null.</summary>
    private static string? WhollyBold(IElement paragraph) =>
        paragraph.Children is [{ LocalName: "b" or "strong" } bold] && Normalize(bold.TextContent) is var text && text == Normalize(paragraph.TextContent) && LooksLikeCrosshead(text)
            ? text
            : null;

    /// <summary>A short line that is not a sentence, a label ("Photo:"), a segmented line ("Digest | 21.09.2022") or a byline.</summary>
    private static bool LooksLikeCrosshead(string text) =>
        text.Length is > 0 and <= 80 && !".:;,!".Contains(text[^1]) && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains('|')
        && WordCount.Of(text) <= 12 && !BylineRules.IsByline(text, nearTop: true, out _, out _);

    // Elements that style words inside running text. Not span, time or label: a page's metadata bar is usually a row
    // of those (author, date, reading time), kept apart only by its style sheet, and each is read as a line of its own.
    private static readonly HashSet<string> InlineElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
        "q", "s", "samp", "small", "strike", "strong", "sub", "sup", "tt", "u", "var",
    };

    private const string BlockElements =
        "p, div, h1, h2, h3, h4, h5, h6, ul, ol, li, table, blockquote, section, article, header, footer, main, aside, nav, figure, form, pre, dl, address, hr";

    /// <summary>
    /// A table that lays out a page, as sites and e-mails did before style sheets: its cells hold headings, paragraphs,
    /// tables; or it has a single row (a masthead's logo beside its issue number, a pull quote beside a coloured rule),
    /// where data has rows.
    /// </summary>
    private static bool IsLayoutTable(IElement table) =>
        table.QuerySelectorAll("td, th").Any(cell => cell.QuerySelector("h1, h2, h3, table") is not null || cell.QuerySelectorAll("p, div, ul, ol, blockquote").Length >= 2)
        || Rows(table).Count <= 1;

    private static string? FurnitureCategory(IElement element)
    {
        switch (element.LocalName)
        {
            case "script" or "style" or "noscript" or "template" or "iframe" or "button" or "input" or "select":
                return "tag";
            case "nav" or "form":
                return "layout";
            case "figure" or "figcaption" or "picture":
                return "caption";
            case "aside":
                return "promo";
            case "table" when FloatedInsets.IsLinkBoxOrTeaser(element):
                return "promo";
            case "del":
                // A tracked change's deleted words, still in the page.
                return "layout";
        }
        // What the page never shows: an e-mail's preheader, a screen's hidden copy of a menu.
        if (element.HasAttribute("hidden") || element.GetAttribute("style") is { } style && IsHiddenStyle(style))
            return "layout";
        if (IsWordApparatus(element))
            return "layout";
        return FurnitureCategory(Marks(element));
    }

    /// <summary>
    /// A word processor's footnote, endnote and comment lists (Word marks the lists by their style alone, and each note
    /// by its id: ftn1, edn1, _com_1).
    /// </summary>
    private static bool IsWordApparatus(IElement element) =>
        element.Id is { } id && (id.StartsWith("ftn", StringComparison.Ordinal) || id.StartsWith("edn", StringComparison.Ordinal) || id.StartsWith("_com_", StringComparison.Ordinal))
        || element.GetAttribute("style") is { } style && style.Contains("mso-element:", StringComparison.OrdinalIgnoreCase)
            && (style.Contains("footnote-list", StringComparison.OrdinalIgnoreCase) || style.Contains("endnote-list", StringComparison.OrdinalIgnoreCase) || style.Contains("comment-list", StringComparison.OrdinalIgnoreCase));

    private static bool IsHiddenStyle(string style)
    {
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("mso-hide:all", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An element's class and id names, lower case: what a page's markup says a block is.</summary>
    public static string Marks(IElement element) =>
        ((element.GetAttribute("class") ?? "") + " " + (element.GetAttribute("id") ?? "")).ToLowerInvariant();

    /// <summary>What a block is by its class and id names (<c>share-bar</c>, <c>related-links</c>), or null when they name no furniture.</summary>
    public static string? FurnitureCategory(string classAndId)
    {
        var marks = classAndId.ToLowerInvariant();
        if (marks.Trim().Length == 0)
            return null;
        if (marks.Contains("byline", StringComparison.Ordinal) || marks.Contains("author", StringComparison.Ordinal))
            return "byline";
        if (marks.Contains("caption", StringComparison.Ordinal) || marks.Contains("credit", StringComparison.Ordinal))
            return "caption";
        return marks.AsSpan().ContainsAny(FurnitureWordSearch) ? "promo" : null;
    }

    private static void AddText(List<Block> blocks, BlockKind kind, IElement element, Action<Block>? configure)
    {
        // Lines a paragraph breaks with <br> are paragraphs of their own; in a heading or list item they run on.
        if (kind == BlockKind.Paragraph)
        {
            AddLines(blocks, kind, InnerText(element));
            return;
        }
        var text = Normalize(InnerText(element));
        if (text.Length == 0)
            return;
        var block = new Block(kind, text);
        configure?.Invoke(block);
        blocks.Add(block);
    }

    private static void AddLines(List<Block> blocks, BlockKind kind, string text)
    {
        foreach (var line in text.Split('\n'))
            if (Normalize(line) is { Length: > 0 } normalized)
                blocks.Add(new Block(kind, normalized));
    }

    private static IEnumerable<string> QuoteParts(IElement quote)
    {
        var parts = quote.Children.Where(c => c.LocalName is "p" or "cite" or "footer").Select(c => Normalize(InnerText(c))).Where(t => t.Length > 0).ToList();
        return parts.Count > 0 ? parts : [Normalize(InnerText(quote))];
    }

    /// <summary>Text of an element without its nested lists' or scripts' furniture; a <c>&lt;br&gt;</c> is a line break.</summary>
    private static string InnerText(IElement element)
    {
        var clone = (IElement)element.Clone();
        // Also a wiki's citation markers ("[4]") and "[edit]" links, inline in the text they follow, and a post's content warning.
        foreach (var junk in clone.QuerySelectorAll("script, style, button, figure, img, del, .reference, .mw-editsection, .spoiler-text, .msocomanchor, .MsoCommentReference, .MsoFootnoteReference").ToList())
            junk.Remove();
        if (element.LocalName == "p")
            TrailingStoryLink.Remove(clone);
        // The source's own line breaks inside a paragraph are spaces (an editor wraps its HTML at 80 columns); only a
        // <br> breaks the line, and a <pre> keeps its lines.
        if (element.LocalName != "pre")
            foreach (var text in clone.Descendants<IText>())
                if (text.Data.Contains('\n') && text.ParentElement?.Closest("pre") is null)
                    text.Data = text.Data.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
        foreach (var br in clone.QuerySelectorAll("br").ToList())
            br.Replace(clone.Owner!.CreateTextNode("\n"));
        return clone.TextContent;
    }

    private static List<string[]> Rows(IElement table) =>
        [.. table.QuerySelectorAll("tr")
            .Select(tr => tr.Children.Where(c => c.LocalName is "td" or "th").Select(c => Normalize(c.TextContent)).ToArray())
            .Where(r => r.Length > 0 && r.Any(c => c.Length > 0))];

    /// <summary>Whitespace collapsed, and tag debris the parser kept as text (<c>&lt; / li &gt;</c>) removed.</summary>
    internal static string Normalize(string text) =>
        TagRepair.Strip(string.Join(' ', CharacterRepair.NormalizeSpaces(text).Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
}
