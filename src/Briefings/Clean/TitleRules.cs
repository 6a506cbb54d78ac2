using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>Recognises a headline line and derives a title from the lede when the page has none.</summary>
internal static partial class TitleRules
{
    /// <summary>The small words of a sentence: no headline ends on one, and a headline in capitals has some.</summary>
    public static readonly IReadOnlySet<string> FunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that",
        "which", "who", "its", "their", "his", "her", "is", "are", "was", "were", "into", "than", "this", "these", "after",
        "before", "over", "under", "about", "between", "while", "when", "where", "if", "so", "not", "be", "has", "have", "had",
    };

    public static bool IsHeadline(Block block) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Heading && block.Text.Length > 0 && IsHeadline(block.Text[0] == '(' ? StripFlag(block.Text) : block.Text);

    private static bool IsHeadline(string text) =>
        text.Length is >= 12 and <= 160
        && WordCount.BySpaces(text) >= 3
        && !text.EndsWith('.') && !text.EndsWith(':') && !text.EndsWith(',')
        && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '"' or '“' or '‘' or '\'' || NameParticle().IsMatch(text))
        && !NewsroomDraft.IsCopyField(text);

    /// <summary>
    /// A publication's name above a headline: three capitalised words at most, no digits or closing punctuation, and
    /// below it a headline of five words or more, at least twice as long.
    /// </summary>
    public static bool IsPublicationName(Block name, Block headline)
    {
        var words = name.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return name.Kind is BlockKind.Paragraph or BlockKind.Heading && words.Length <= 3 && name.Text.Length <= 30
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '\'' or '’' or '&' or '-'))
            && IsHeadline(headline) && WordCount.BySpaces(headline.Text) >= 5 && headline.Text.Length >= 2 * name.Text.Length;
    }

    /// <summary>A newsletter's salutation above the headline of its first story: <c>Good morning. Here is what happened this week.</c></summary>
    public static bool IsGreeting(string line) => line.Length <= 120 && Greeting().IsMatch(line);

    /// <summary>How many blocks from the top label lines are looked for.</summary>
    private const int LabelReach = 6;

    /// <summary>
    /// Removes label lines above the headline that are not the headline themselves: translation notices
    /// (<c>English version · machine translation</c>) and blog or newsletter mastheads (<c>Name — notes on …</c>)
    /// followed by a headline. Only the first few blocks are looked at.
    /// </summary>
    public static void DropLabelLines(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < Math.Min(LabelReach, blocks.Count); i++)
        {
            var b = blocks[i];
            if (b.Kind is not (BlockKind.Paragraph or BlockKind.Heading) || b.Text.Length > 90)
                continue;
            var label = TranslationNotice().IsMatch(b.Text) || IsNavigation(b.Text)
                || Masthead().IsMatch(b.Text) && blocks.Skip(i + 1).Take(3).Any(IsHeadline);
            if (!label)
                continue;
            log.Add("layout", b.Text);
            blocks.RemoveAt(i--);
        }
    }

    private static readonly HashSet<string> NavigationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "home", "about", "archive", "archives", "newsletter", "subscribe", "contact", "search", "login", "blog",
        "news", "opinion", "sport", "sports", "culture", "lifestyle", "podcasts", "videos", "shop", "donate", "account",
    };

    /// <summary>A site menu flattened into a line: three or more capitalised words, most of them menu words.</summary>
    private static bool IsNavigation(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 3 and <= 10 && words.All(w => char.IsUpper(w[0]) && w.All(char.IsLetter))
            && words.Count(NavigationWords.Contains) * 3 >= words.Length * 2;
    }

    /// <summary><c>LIVE Russia attacks…</c>, <c>Exclusive: …</c> → the headline without its flag.</summary>
    public static string StripFlag(string title)
    {
        var m = FlagPrefix().Match(title);
        return m.Success && title.Length - m.Length >= 12 ? title[m.Length..].Trim() : title;
    }

    /// <summary><c>Headline | Site Name</c> → (headline, site); the site part is only split off after a pipe.</summary>
    public static (string Title, string? Site) SplitSiteSuffix(string line, string? nextLine)
    {
        var (title, site) = SplitSite(line, nextLine);
        return (StripFlag(DomainTag().Replace(title, "")), site);
    }

    /// <summary>
    /// A window title's <c>Headline - Outlet Name</c> without the outlet, when the page names it elsewhere (a byline, a
    /// footer): a dash alone does not tell a site's name from a headline's second half, a name in capitals that the page
    /// repeats does. The title as it is otherwise.
    /// </summary>
    /// <param name="pageText">The page's text, asked for only when the title has such a suffix (it is the whole page's text).</param>
    public static string WithoutNamedSite(string title, Func<string?> pageText)
    {
        if (SiteSuffix().Match(title) is not { Success: true } m || m.Groups[2].Value == "|")
            return title;
        var words = m.Groups[3].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6 || !words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "&" or "on"))
            return title;
        // The name without a word for the kind of site, and at most its first three words: "Capital Wire" stands for
        // "Capital Wire Archive".
        var count = words.Length;
        while (count > 1 && SiteKindWords.Contains(words[count - 1]))
            count--;
        var name = string.Join(' ', words.Take(Math.Min(count, 3)));
        return name.Length >= 4 && pageText() is { } text && text.Contains(name, StringComparison.OrdinalIgnoreCase) ? m.Groups[1].Value.Trim() : title;
    }

    private static readonly HashSet<string> SiteKindWords = new(["Archive", "Archives", "Online", "Homepage", "Website", "Site", "Web", "Edition", "Digital"], StringComparer.OrdinalIgnoreCase);

    private static (string Title, string? Site) SplitSite(string line, string? nextLine)
    {
        // "Headline | Section | Site": everything after the first pipe is short site furniture.
        var parts = line.Split(" | ");
        if (parts.Length > 2 && parts[0].Length >= 12 && parts.Skip(1).All(p => WordCount.BySpaces(p) <= 5))
            return (parts[0].Trim(), parts[^1].Trim());
        // "EuroNet Daily :: NATO & Defence :: Allies invoke Article 5": an old portal's site, section and headline, in
        // either order. No headline has a double colon; the headline is the longest piece.
        if (line.Contains(" :: ", StringComparison.Ordinal))
        {
            var portal = line.Split(" :: ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var longest = portal.Length < 2 ? -1 : portal.Select((p, i) => (Words: WordCount.BySpaces(p), Index: i)).MaxBy(p => (p.Words, p.Index)).Index;
            if (longest >= 0 && portal[longest].Length >= 12)
                return (portal[longest], longest == 0 ? portal[^1] : portal[0]);
        }
        if (SiteSuffix().Match(line) is { Success: true } m)
        {
            var head = m.Groups[1].Value.Trim();
            var separator = m.Groups[2].Value;
            if (separator == "|" || nextLine is not null && string.Equals(head, nextLine.Trim(), StringComparison.Ordinal))
                return (head, m.Groups[3].Value.Trim());
        }
        // "GNN.com - Asia - Six-party talks end …": a site, perhaps its section, then the headline.
        var pieces = SitePrefix().Split(line);
        if (pieces.Length >= 2 && WordCount.BySpaces(pieces[^1]) >= 5 && pieces[..^1].All(p => WordCount.BySpaces(p) <= 3)
            && (pieces.Length >= 3 || Domain().IsMatch(pieces[0])))
            return (pieces[^1].Trim(), pieces[0].Trim());
        return (line, null);
    }

    /// <summary>
    /// A title made from the lede: its first sentence in sentence case, cut at a word boundary near 100 characters. A
    /// dateline still on the lede (<c>ALMATY –</c>) names where the story was filed, not what it says: it is left out.
    /// </summary>
    public static string FromLede(string lede)
    {
        var text = lede.Replace("*", "", StringComparison.Ordinal).Trim();
        if (DatelineRules.Match(text, out _, out _) is > 0 and var dateline && text.Length - dateline >= 40)
            text = text[dateline..].TrimStart();
        var sentence = FirstSentence().Match(text) is { Success: true } m ? m.Value : text;
        // A presenter's "Good evening." names nothing; the sentence after it does.
        if (IsGreeting(sentence) && text.Length > sentence.Length + 12)
        {
            text = text[sentence.Length..].Trim();
            sentence = FirstSentence().Match(text) is { Success: true } next ? next.Value : text;
        }
        sentence = sentence.TrimEnd('.', ' ');
        if (sentence.Length > 100 && ClauseCut(sentence) is { } clause)
        {
            sentence = clause;
        }
        else if (sentence.Length > 100)
        {
            var words = sentence[..101].Split(' ').ToList();
            if (sentence.Length > 101 && sentence[101] != ' ')
                words.RemoveAt(words.Count - 1);
            while (words.Count > 3 && (FunctionWords.Contains(words[^1].Trim(',', ';', ':', '—', '–', '-')) || words[^1] is "—" or "–" or "-"))
                words.RemoveAt(words.Count - 1);
            sentence = string.Join(' ', words).TrimEnd(',', ';', ':', '—', '–', '-', ' ');
        }
        sentence = BalanceQuotes(sentence);
        sentence = SentenceCaseFirstWord(sentence);
        if (sentence.Length < 12)
            sentence = text.Length <= 100 ? text : text[..100].Trim();
        return sentence;
    }

    /// <summary>The sentence cut at its last clause boundary (colon, semicolon, dash, comma, opening quote) between 40 and 110 characters.</summary>
    private static string? ClauseCut(string sentence)
    {
        var cut = ClauseBoundary().Matches(sentence).Where(m => m.Index is >= 40 and <= 110).Select(m => m.Index).LastOrDefault();
        return cut > 0 ? sentence[..cut].TrimEnd(',', ' ') : null;
    }

    private static string BalanceQuotes(string text)
    {
        if (text.Count(c => c == '“') != text.Count(c => c == '”') || text.Count(c => c == '"') % 2 == 1)
            text = text.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>An ALL-CAPS opening word (<c>RUSSIA will…</c>) becomes <c>Russia</c>; short acronyms (NATO, US) stay.</summary>
    public static string SentenceCaseFirstWord(string text)
    {
        var m = FirstWord().Match(text);
        if (!m.Success)
            return text;
        var word = m.Value;
        var letters = word.Where(char.IsLetter).ToList();
        if (letters.Count > 4 && letters.All(char.IsUpper) || letters.Count > 0 && text.Where(char.IsLetter).Take(8).All(char.IsUpper))
        {
            var lower = CultureInfo.InvariantCulture.TextInfo.ToLower(word);
            var fixedWord = char.ToUpperInvariant(lower[0]) + lower[1..];
            text = fixedWord + text[word.Length..];
        }
        return text;
    }

    /// <summary>
    /// A flag in capitals (<c>LIVE</c>, <c>BREAKING:</c>), a title-case flag with its colon or dash (<c>Exclusive:</c>),
    /// a wire's version or story-type mark (<c>UPDATE 3-</c>, <c>REFILE-</c>, <c>TIMELINE-</c>) or a desk's mark in brackets (<c>(2nd LD)</c>, <c>(LEAD)</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|INSIGHT|FACTBOX|ANALYSIS|EXCLUSIVE|URGENT|TIMELINE|PREVIEW|EXPLAINER|QUOTEBOX|COLUMN|FEATURE|INTERVIEW|GRAPHIC|POLL|SPECIAL REPORT|BREAKINGVIEWS)(?: \d{1,2})?-|\((?:LEAD|\d(?:st|nd|rd|th) LD|URGENT|News Focus|News Analysis|Yonhap Feature|Yonhap Interview|UPDATE|CORRECTED|REPEAT)[^()]{0,24}\))\s*|(?:(?:LIVE(?: UPDATES)?|UPDATED?|EXCLUSIVE|BREAKING(?: NEWS)?|WATCH|VIDEO|PHOTOS|JUST IN|DEVELOPING)\b\s*[:|—–-]?|(?:Live(?: updates)?|Updated?|Exclusive|Breaking(?: news)?|Watch|Video|Just in|Developing)\s*[:|—–])\s+)(?=[\p{Lu}\d""“‘'])")]
    private static partial Regex FlagPrefix();

    [GeneratedRegex(@"(?:^(?:English|German|French|Spanish|Portuguese)\s+(?:version|translation|edition)\b|^Vers[ãa]o em ingl[êe]s\b|^Versi[óo]n en ingl[ée]s\b|^Version (?:anglaise|en anglais|française)\b|^Englische (?:Fassung|Version|Übersetzung)\b|\b(?:machine|automatic|automated)(?:[- ]translated|\s+translation)\b|\btradu[çc][ãa]o autom[áa]tica\b|\btraducci[óo]n autom[áa]tica\b|\btraduction automatique\b|\bmaschinelle [ÜU]bersetzung\b|^Translated (?:from|by)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TranslationNotice();

    /// <summary>
    /// <c>Blog Name — notes on chips and power</c>, <c>The Brief: a newsletter about Europe</c>, a tagline alone
    /// (<c>A weekly briefing on summits and treaties</c>), an edition's line (<c>Abendpost — Germany and the world, in English</c>).
    /// </summary>
    [GeneratedRegex(@"^[^—–|:.!?]{2,40}\s*[—–|:-]\s+(?:(?:notes|thoughts|essays|writing|reflections|dispatches|commentary|musings|letters|observations)\s+(?:on|about|from)\b|(?:an?|the|your)\s+(?:\w+\s+){0,2}(?:newsletter|blog|substack|digest|briefing)\b|[^.!?]{0,60}\bin English$)|^(?:an?|the|your)\s+(?:\w+\s+){0,2}(?:newsletter|briefing|digest|round-?up|bulletin|letter|dispatch)\s+(?:on|about|from|of|for|covering)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Masthead();

    [GeneratedRegex(@"^(.{12,}?)\s+(\||—|–|-|::)\s+([^|—–]{2,50})$")]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"^.+?(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Prof|No|Jr|Sr|Th|Wm|U\.S|U\.K|U\.N|[A-Z]))[.!?](?=\s+[\p{Lu}""“‘]|$)")]
    private static partial Regex FirstSentence();

    [GeneratedRegex(@"[:;,](?=\s)|\s[—–-]\s|\s[“""(]")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"^\S+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^(?:good (?:morning|afternoon|evening)|(?:hello|hi)(?: (?:there|everyone|all|readers|friends))?|welcome (?:back )?to (?:the |this )?(?:[\p{L}'’-]+ ){0,4}(?:newsletter|briefing|digest|edition|issue))[.,!—–]", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+[-–|]\s+")]
    private static partial Regex SitePrefix();

    [GeneratedRegex(@"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|info|co\.uk|co|news|int|[a-z]{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    /// <summary>A forum's link tag after a post title: <c>(self.worldnews)</c>, <c>(bbc.co.uk)</c>.</summary>
    [GeneratedRegex(@"\s*\((?:self\.\w+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})\)$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainTag();

    /// <summary>A headline may open with a name's lower-case particle: <c>bin Salman</c>, <c>de Gaulle</c>, <c>van der Leyen</c>.</summary>
    [GeneratedRegex(@"^(?:bin|ibn|al|el|de|da|di|du|van|von|der|le|la)\s+(?:der\s+|den\s+)?\p{Lu}")]
    private static partial Regex NameParticle();
}
