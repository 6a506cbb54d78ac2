namespace Briefings.Clean;

/// <summary>
/// Removes page debris from the article's blocks, family by family, recording each removal and keeping what the
/// debris stated (date, source, byline). Order matters only at the top: the headline is taken before caption
/// heuristics run, because headlines and captions share a style.
/// </summary>
internal static class DebrisFilter
{
    public static void Apply(List<Block> blocks, ArticleFacts facts, RemovalLog log, bool titleKnown)
    {
        MailHeaders.Strip(blocks, facts, log);
        // A line on three pages or more is a running head even before the headline is known (a headline is never
        // printed three times); one on two pages only once the headline is known, so that it cannot be the headline.
        RemoveRunningHeads(blocks, facts, log, minimum: 3);
        RemoveLeadingFurniture(blocks, facts, log, titleKnown);
        if (!titleKnown)
            BoldHeadline.Unwrap(blocks);
        if (!titleKnown)
            TakeHeadline(blocks, facts, log);
        RemoveDuplicateTitle(blocks, facts, log);
        RemoveRunningHeads(blocks, facts, log, minimum: 2);
        NewspaperJumps.RemoveHeads(blocks, log);
        RemoveLines(blocks, facts, log);
        ForeignScript.RemoveLines(blocks, log);
        RemoveSectionLabels(blocks, facts, log);
        LedeDateline.Strip(blocks, facts, log);
        RemoveDuplicateTitle(blocks, facts, log);
        PullQuotes.RemoveEchoes(blocks, log);
    }

    /// <summary>
    /// A printed or PDF page's running head or foot ("Foreign Office | Press Release FCO/PR/18/0314", "THE LEDGER,
    /// TUESDAY, MAY 12, 1998") repeats on every page: a short paragraph that is not a sentence and occurs twice or more
    /// goes wherever it occurs. Repeats of the headline are left to the duplicate-title rule.
    /// </summary>
    /// <param name="minimum">How many times the line must occur.</param>
    private static void RemoveRunningHeads(List<Block> blocks, ArticleFacts facts, RemovalLog log, int minimum)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in blocks)
            if (IsRunningHeadShape(b))
                counts[b.Text] = counts.GetValueOrDefault(b.Text) + 1;
        if (!counts.Values.Any(count => count >= minimum))
            return;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // A related-links header ("Mehr zum Thema") over each box of links is left to open its list (RemoveLines).
            if (IsRunningHeadShape(b) && counts[b.Text] >= minimum && !(facts.Title is { } title && SameText(title, b.Text))
                && !(PromoRules.IsPromo(b.Text, out var startsList) && startsList))
            {
                log.Add("layout", b.Text);
                blocks.RemoveAt(i--);
            }
        }
    }

    // Words, not marks: separators ("--", "* * *") are left to the rules that read them (a signature's "--" ends an
    // e-mail), and so are ad slots (the text around one is rejoined where the slot cut a sentence).
    private static bool IsRunningHeadShape(Block b) =>
        b.Kind == BlockKind.Paragraph && b.Text.Length is > 0 and <= 100 && WordCount.BySpaces(b.Text) <= 14 && !".!?\"”:".Contains(b.Text[^1])
        && b.Text.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0 && !PromoRules.IsAdSlot(b.Text);

    private static void RemoveLeadingFurniture(List<Block> blocks, ArticleFacts facts, RemovalLog log, bool titleKnown)
    {
        while (blocks.Count > 0 && blocks[0].Kind == BlockKind.Paragraph && TopCategory(blocks, facts, titleKnown) is { } category)
        {
            log.Add(category, blocks[0].Text);
            var removed = blocks[0].Text;
            blocks.RemoveAt(0);
            // A masthead's strapline under its name goes with it.
            if (!titleKnown && blocks.Count > 1 && blocks[0].Kind == BlockKind.Paragraph && HeadlineFinder.IsStrapline(removed, blocks[0].Text))
            {
                log.Add("layout", blocks[0].Text);
                blocks.RemoveAt(0);
            }
        }
    }

    /// <summary>Kickers and breadcrumbs are recognised only above a headline still to be found.</summary>
    private static string? TopCategory(List<Block> blocks, ArticleFacts facts, bool titleKnown)
    {
        if (Classify(blocks, 0, facts, nearTop: true) is { } category)
        {
            facts.OfferDate(PrintEditionPage.EditionDate(blocks[0].Text));
            return category;
        }
        if (titleKnown || !LayoutRules.IsKicker(blocks[0].Text))
            return null;
        facts.OfferDate(ExplicitDateParser.Find(blocks[0].Text)?.Date);
        return "layout";
    }

    private static void TakeHeadline(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        // A newsletter's salutation ("Good morning. …") may come before the headline of its first story; it stays.
        // A headline the source marks as one (a teletype's "^HEADLINE<", read as a first-level heading) is the headline
        // wherever it stands: a bulletin's first lines may come before it.
        if (blocks.FindIndex(0, Math.Min(blocks.Count, MarkedHeadlineReach), b => b.Kind == BlockKind.Heading && b.Level == 1) is >= 0 and var marked)
        {
            facts.Title = blocks[marked].Text;
            blocks.RemoveAt(marked);
            return;
        }
        if (CableSubject(blocks, facts, log) is { } subject)
        {
            facts.Title = subject;
            return;
        }
        var at = blocks.Count > 2 && TitleRules.IsGreeting(blocks[0].Text) ? 1 : 0;
        // Masthead, menus, banners and header fields above the headline are the page's: what they state is kept.
        if (at == 0 && HeadlineFinder.Find(blocks) is > 0 and var found)
            RemoveTop(blocks, found, facts, log);
        if (!IsHeadlineAt(blocks, at))
        {
            // A page without a headline: its consent dialog, masthead or trail above the text still go, and what stands above them.
            if (at == 0 && HeadlineFinder.LastPageFurniture(blocks) is >= 0 and var last)
                RemoveTop(blocks, last + 1, facts, log);
            return;
        }
        // A blog's or newsletter's name above the post's headline ("The Long View" / "Why Ankara keeps hedging …").
        if (at == 0 && blocks.Count > 2 && TitleRules.IsPublicationName(blocks[0], blocks[1]) && IsHeadlineAt(blocks, 1))
        {
            log.Add("layout", blocks[0].Text);
            blocks.RemoveAt(0);
        }
        var next = blocks[at + 1].Kind == BlockKind.Paragraph ? blocks[at + 1].Text : null;
        var (title, site) = TitleRules.SplitSiteSuffix(blocks[at].Text, next);
        facts.Title = title;
        facts.OfferSource(site);
        if (site is not null)
            log.Add("duplicate-title", "site name: " + site);
        blocks.RemoveAt(at);
    }

    /// <summary>Removes the first <paramref name="count"/> blocks, the page's above the text, keeping what they state.</summary>
    private static void RemoveTop(List<Block> blocks, int count, ArticleFacts facts, RemovalLog log)
    {
        for (var i = 0; i < count; i++)
        {
            var category = Classify(blocks, i, facts, nearTop: true);
            // A date bar the stamp rules do not read ("Tuesday, 21 Jumada al-Awwal 1442 AH - 5 January 2021 AD") still dates the page.
            if (category is null && blocks[i].Text.Length <= 100)
                facts.OfferDate(ExplicitDateParser.Find(blocks[i].Text)?.Date);
            facts.OfferDate(PrintEditionPage.EditionDate(blocks[i].Text));
            log.Add(category ?? "layout", blocks[i].Text);
        }
        blocks.RemoveRange(0, count);
    }

    private static bool IsHeadlineAt(List<Block> blocks, int at) =>
        blocks.Count >= at + 2 && TitleRules.IsHeadline(blocks[at]) && !HeadlineFinder.IsPageLine(blocks[at]) && !HeadlineFinder.IsMenuRow(blocks[at].Text)
        && !HeadlineFinder.IsPageFurniture(blocks, at);

    /// <summary>
    /// Between the headline and the first paragraph of prose, a line of a few capitalised words ("Briefing Room",
    /// "Statements and Releases", "Al-Ula - Hamad Al-Mutairi") is a section label or a credit, not a heading of the text.
    /// </summary>
    private static void RemoveSectionLabels(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        var prose = HeadlineFinder.ProseStart(blocks);
        // Labels sit above prose; a page with no prose yet has nothing to label.
        if (prose >= Math.Min(blocks.Count, LabelReach))
            return;
        for (var i = prose - 1; i >= 0; i--)
        {
            var b = blocks[i];
            // An advertising slot stays for the line rules, which join the sentence it cut in two.
            // A label stands alone: the text after it does not carry on its sentence in lower case.
            if (b.Kind != BlockKind.Paragraph || b.Text.Length > 40 || ".!?:;,".Contains(b.Text[^1]) || !IsLabel(b.Text) || PromoRules.IsAdSlot(b.Text)
                || HeadlineFinder.ContinuesBelow(blocks, i))
                continue;
            // A byline among them ("Selin Arat" above the date) still names the author.
            log.Add(Classify(blocks, i, facts, nearTop: true) ?? "layout", b.Text);
            blocks.RemoveAt(i);
        }
    }

    private const int LabelReach = 8;

    /// <summary>Headings a text may open with before its first paragraph.</summary>
    private static readonly HashSet<string> SectionHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "Key Points", "Key Takeaways", "At a Glance", "Executive Summary", "In Brief", "The Background", "What Happened",
    };

    private static bool IsLabel(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // One word alone ("Summary", "Background") is as likely the text's first heading as a label.
        return words.Length is >= 2 and <= 4 && words.Any(w => w.Count(char.IsLetter) >= 4) && !SectionHeadings.Contains(text)
            && words.All(w => char.IsUpper(w[0]) || w is "and" or "of" or "the" or "&" or "-" or "–" or "—" or "in" or "for");
    }

    /// <summary>
    /// The headline again near the top: a forum post, feed or aggregator page above the article's own copy of it.
    /// What lies between the two copies (the poster's note, the page's counters) is the page's, not the article's.
    /// </summary>
    private static void RemoveDuplicateTitle(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        if (facts.Title is null)
            return;
        for (var i = 0; i < Math.Min(RepeatReach, blocks.Count); i++)
        {
            if (blocks[i].Kind is BlockKind.Paragraph or BlockKind.Heading && SameText(blocks[i].Text, facts.Title))
            {
                for (var above = 0; above < i; above++)
                    log.Add(Classify(blocks, above, facts, nearTop: true) ?? "layout", blocks[above].Text);
                log.Add("duplicate-title", blocks[i].Text);
                blocks.RemoveRange(0, i + 1);
                return;
            }
        }
    }

    /// <summary>
    /// The title printed again as the first heading (a maintainer's title over the text of a pasted page, <c># EU and
    /// Mercosur reach a trade agreement</c> under front matter that names it): a copy of the title, as a page's headline
    /// is. Asked once the headings are recovered, whatever gave the title, so that cleaning the cleaned article (its
    /// title then in front matter) finds nothing more to remove. Only a heading with text after it: a first paragraph
    /// the title was derived from is the text itself.
    /// </summary>
    public static void RemoveTitleHeading(List<Block> blocks, string title, RemovalLog log)
    {
        if (blocks is [{ Kind: BlockKind.Heading } first, _, ..] && SameText(first.Text, title))
        {
            log.Add("duplicate-title", first.Text);
            blocks.RemoveAt(0);
        }
    }

    /// <summary>
    /// A diplomatic cable's or a government memo's subject line in capitals (<c>SUBJECT: MEDVEDEV'S FIRST ADDRESS:
    /// ISKANDERS FOR KALININGRAD,</c>, carried on over the next line) is its headline; null when there is none.
    /// </summary>
    private static string? CableSubject(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        var at = blocks.FindIndex(0, Math.Min(blocks.Count, MarkedHeadlineReach), b => b.Text.StartsWith("SUBJECT: ", StringComparison.Ordinal) || b.Text.StartsWith("SUBJ: ", StringComparison.Ordinal));
        if (at < 0)
            return null;
        var subject = blocks[at].Text[(blocks[at].Text.IndexOf(':') + 1)..].Trim();
        if (WordCount.LettersIfAllCapitals(subject) < 8)
            return null;
        // Above the subject is the cable's header (routing, its date-time group, classification, tags) and the
        // archive's page around it: none of it is the text, and the date-time group dates it.
        foreach (var b in blocks.Take(at))
        {
            facts.OfferDate(MetadataRules.DateTimeGroupDate(b.Text));
            log.Add("metadata", b.Text);
        }
        log.Add("duplicate-title", blocks[at].Text);
        blocks.RemoveRange(0, at + 1);
        at = 0;
        // A subject wrapped at the field's width goes on in capitals on the next line.
        if (at < blocks.Count && HardWrap.StopsMidSentence(subject) && WordCount.LettersIfAllCapitals(blocks[at].Text) >= 2
            && blocks[at].Text.Length <= 80 && !blocks[at].Text.Contains(':'))
        {
            subject += " " + blocks[at].Text;
            log.Add("duplicate-title", blocks[at].Text);
            blocks.RemoveAt(at);
        }
        return subject;
    }

    /// <summary>How far down a marked headline is looked for, in blocks.</summary>
    private const int MarkedHeadlineReach = 30;

    /// <summary>How far below the headline its repeat is looked for, in blocks.</summary>
    private const int RepeatReach = 12;

    private static void RemoveLines(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        InsetPromotions.RejoinAroundAds(blocks, log);
        InsetPromotions.RemoveAdCopy(blocks, log);
        InsetPromotions.RemoveBoxes(blocks, log);
        TrailingTags.Remove(blocks, log);
        var inLinkList = false;
        BlockKind? linkKind = null;
        string? lastLink = null;
        char? linkMark = null;
        var removedLast = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            // After a removal the block before this one was not its neighbour in the page.
            var previousAdjacent = !removedLast;
            removedLast = false;
            var b = blocks[i];
            if (b.Kind == BlockKind.Table)
            {
                inLinkList = false;
                if (b.Rows is { } rows && LayoutRules.IsCaptureCalendar(rows))
                {
                    log.Add("layout", string.Join(" | ", rows[0]));
                    blocks.RemoveAt(i--);
                    removedLast = true;
                }
                continue;
            }
            if (b.Kind is BlockKind.Paragraph or BlockKind.Heading && BoilerplateTail.Starts(blocks, i))
            {
                var notes = BoilerplateTail.StartsNotes(blocks, i);
                // A press notice reprinted inside an article: its tail ends at its end mark, and the article goes on.
                var reprintEnd = BoilerplateTail.ReprintEnd(blocks, i);
                var count = reprintEnd < 0 ? blocks.Count - i : reprintEnd - i + 1;
                foreach (var tail in blocks.Skip(i).Take(count))
                {
                    facts.OfferSource(PromoRules.RepublishedFrom(tail.Text));
                    log.Add(notes ? "notes" : "promo", tail.Text);
                }
                blocks.RemoveRange(i, count);
                if (reprintEnd >= 0)
                {
                    i--;
                    removedLast = true;
                    continue;
                }
                if (notes)
                    foreach (var kept in blocks)
                        kept.Text = Endnotes.WithoutMarkers(kept.Text);
                break;
            }
            if (LayoutRules.IsLayoutJunk(b.Text))
            {
                // A rule under the links of a "See also" box closes the box: what follows is the article again.
                if (linkKind is not null && LayoutRules.IsRuleLine(b.Text))
                    (inLinkList, linkKind) = (false, null);
                log.Add("layout", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            // A list of links is one kind of block: a paragraph after bulleted links is the article again.
            if (inLinkList && b.Kind is BlockKind.Paragraph or BlockKind.ListItem && PromoRules.IsLinkLine(b.Text)
                && (linkKind is null || linkKind == b.Kind && LinkListMark.Continues(linkMark, b.Text, i + 1 < blocks.Count ? blocks[i + 1] : null))
                && LinkListMarks.SameMarking(lastLink, b.Text, i + 1 < blocks.Count ? blocks[i + 1].Text : null))
            {
                linkMark = linkKind is null ? LinkListMark.Of(b.Text) : linkMark;
                linkKind = b.Kind;
                lastLink = b.Text;
                // The next box's header ("Most read") opens a list of its own, which may be bulleted where this one was not.
                if (PromoRules.IsPromo(b.Text, out var opensBox) && opensBox)
                    (linkKind, lastLink) = (null, null);
                log.Add("promo", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            inLinkList = false;
            linkKind = null;
            if (b.Kind == BlockKind.Heading && StampBarRules.IsStampBar(b.Text, out var headingDate, out _))
            {
                facts.OfferDate(headingDate);
                log.Add("metadata", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            if (b.Kind == BlockKind.Heading && PromoRules.IsPromo(b.Text, out var headsList))
            {
                inLinkList = headsList;
                (linkKind, lastLink) = (null, null);
                log.Add("promo", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            // "- Advertisement -": an ad's label set between dashes reads as a list item.
            if (b.Kind == BlockKind.ListItem && (PromoRules.IsFooterLink(b.Text) || ChromeLexicon.IsRightsNotice(b.Text) || PromoRules.IsAdSlot(b.Text)))
            {
                log.Add("promo", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            if (b.Kind is not (BlockKind.Paragraph or BlockKind.Quote))
                continue;
            if (ChromeLexicon.IsReprintMark(b.Text))
            {
                log.Add("layout", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            if (b.Caption)
            {
                log.Add("caption", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            if (PromoRules.IsPromo(b.Text, out var startsList))
            {
                inLinkList = startsList;
                (linkKind, lastLink) = (null, null);
                facts.OfferSource(PromoRules.RepublishedFrom(b.Text));
                // A bare date is chrome on a masthead (the edition's day) but dates the article right under its headline.
                if (i == 0 && MetadataRules.IsStamp(b.Text, out var underHeadline, out _))
                    facts.OfferDate(underHeadline);
                log.Add("promo", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            var captionBefore = previousAdjacent && i > 0 && CaptionRules.CouldBeCaption(blocks[i - 1]) && !AgencyEndMark.ClosesStory(blocks, i);
            if (CaptionRules.IsLoneCredit(b.Text, captionBefore))
            {
                log.Add("credit", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                if (captionBefore)
                {
                    log.Add("caption", blocks[i].Text);
                    blocks.RemoveAt(i--);
                    removedLast = true;
                }
                continue;
            }
            if (Classify(blocks, i, facts, nearTop: i < 4, screened: true) is { } category)
            {
                log.Add(category, b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            if (CaptionRules.HasCredit(b.Text))
            {
                if (b.Text.Length <= 360)
                {
                    log.Add("caption", b.Text);
                    blocks.RemoveAt(i--);
                    removedLast = true;
                }
                else
                {
                    var stripped = CaptionRules.StripCredit(b.Text);
                    if (stripped != b.Text)
                        log.Add("credit", b.Text);
                    b.Text = stripped;
                }
                continue;
            }
            if (i > 0 && CaptionRules.DescribesPhoto(b.Text))
            {
                log.Add("caption", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
        }
        foreach (var b in blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Quote))
            TidyLayout(b, log);
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (blocks[i].Kind != BlockKind.Table && blocks[i].Text.Length == 0)
                blocks.RemoveAt(i);
        }
    }



    /// <summary>
    /// Families that a line matches on its own: layout, metadata, source lines, bylines, promos. <paramref
    /// name="screened"/>: the caller has already found the line is neither layout junk nor a promo, so those two
    /// rules (a good part of the cleaning time on prose lines) are not run again.
    /// </summary>
    private static string? Classify(List<Block> blocks, int i, ArticleFacts facts, bool nearTop, bool screened = false)
    {
        var text = blocks[i].Text;
        // A web archive's toolbar comes first: its capture dates ("02 Jan 2006 - 19 Aug 2014") must not date the page.
        if (!screened && LayoutRules.IsLayoutJunk(text) || LayoutRules.IsReadingTime(text) || ChromeLexicon.IsWebArchiveLine(text))
            return "layout";
        if (StampBarRules.IsStampBar(text, out var barDate, out var barByline))
        {
            facts.OfferDate(barDate);
            facts.OfferByline(barByline);
            return "metadata";
        }
        if (MetadataRules.IsStamp(text, out var date, out var byline))
        {
            facts.OfferDate(date);
            facts.OfferByline(byline);
            return "metadata";
        }
        // "Source: Joint Coordination Centre" under a table is the table's note, part of the text, not the article's source.
        if (MetadataRules.SourceLine(text) is { } source && !(i > 0 && blocks[i - 1].Kind == BlockKind.Table))
        {
            if (facts.Title is not null && SameText(source, facts.Title))
                return "duplicate-title";
            // "Source: Xinhua | 2023-04-14 21:05:12 | Editor: huaxia": the first piece names the source, a date dates it.
            var name = source.Split(',', '|')[0].Trim();
            if (WordCount.BySpaces(name) <= 6)
                facts.OfferSource(name);
            facts.OfferDate(ExplicitDateParser.Find(source)?.Date);
            return "metadata";
        }
        if (BylineRules.IsByline(text, nearTop, out var author, out var outlet))
        {
            facts.OfferByline(author);
            if (outlet is null || !NamedAsPlace(blocks, outlet))
                facts.OfferSource(outlet);
            // "Note by A. Author, Editor · posted 16/03/2022": the byline carries the stamp.
            facts.OfferDate(MetadataRules.PublishedStampIn(text) ?? BylineRules.StampedPart(text));
            return "byline";
        }
        // Under a blog post's headline: the author's bare name above the date, and the like and comment counters.
        if (nearTop && i + 1 < blocks.Count && BylineRules.IsBareName(text) && MetadataRules.IsStamp(blocks[i + 1].Text, out _, out _))
        {
            facts.OfferByline(text);
            return "byline";
        }
        if (nearTop && text.Length <= 5 && text.All(char.IsAsciiDigit))
            return "layout";
        if (!screened && PromoRules.IsPromo(text, out _))
            return "promo";
        // An info bar under a known headline ("News | Asia | Reporter Name"): short piped segments, no sentence.
        if (nearTop && (text.Contains('|') || text.Contains('·') || text.Contains(" / ", StringComparison.Ordinal)) && LayoutRules.IsKicker(text))
        {
            facts.OfferDate(ExplicitDateParser.Find(text)?.Date);
            return "layout";
        }
        if (nearTop && CaptionRules.HasCredit(text) && text.Length <= 360)
            return "caption";
        return null;
    }


    private static void TidyLayout(Block b, RemovalLog log)
    {
        var tidy = LayoutRules.StripInline(b.Text);
        if (tidy.EndsWith(". . .", StringComparison.Ordinal))
            tidy = tidy[..^5].TrimEnd();
        if (tidy != b.Text)
        {
            log.Add("layout", b.Text);
            // What is left may be layout itself once the debris inside it is gone ("Review Page $ $ $ 3 of 3").
            b.Text = LayoutRules.IsLayoutJunk(tidy) ? "" : tidy;
        }
    }

    /// <summary>
    /// True when the text uses a byline's last part as a place ("in Seoul", "from Seoul", a "SEOUL, Sept. 3" dateline):
    /// "By Min-ji Seo, Seoul" names where the reporter filed from, not the publisher.
    /// </summary>
    private static bool NamedAsPlace(List<Block> blocks, string part) =>
        blocks.Any(b => b.Text.Contains("in " + part, StringComparison.Ordinal) || b.Text.Contains("from " + part, StringComparison.Ordinal)
            || b.Text.StartsWith(part.ToUpperInvariant() + ",", StringComparison.Ordinal));

    /// <summary>The same letters and digits in the same order, ignoring case, spaces and punctuation.</summary>
    internal static bool SameText(string a, string b)
    {
        // Walked in step rather than by comparing copies stripped of everything else: most lines differ at once.
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
                i++;
            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
                j++;
            if (i == a.Length || j == b.Length)
                return i == a.Length && j == b.Length;
            if (!a.AsSpan(i++, 1).Equals(b.AsSpan(j++, 1), StringComparison.OrdinalIgnoreCase))
                return false;
        }
    }
}
