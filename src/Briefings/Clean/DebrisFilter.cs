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
        StripDateline(blocks, facts, log);
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
        RejoinAroundAds(blocks, log);
        RemoveAdCopy(blocks, log);
        RemoveBoxedPromotions(blocks, log);
        RemoveTrailingTags(blocks, log);
        var inLinkList = false;
        BlockKind? linkKind = null;
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
            if (b.Kind is BlockKind.Paragraph or BlockKind.Heading && StartsBoilerplateTail(blocks, i))
            {
                var notes = StartsNotes(blocks, i);
                // A press notice reprinted inside an article: its tail ends at its end mark, and the article goes on.
                var reprintEnd = ReprintEnd(blocks, i);
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
                log.Add("layout", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            // A list of links is one kind of block: a paragraph after bulleted links is the article again.
            if (inLinkList && b.Kind is BlockKind.Paragraph or BlockKind.ListItem && PromoRules.IsLinkLine(b.Text)
                && (linkKind is null || linkKind == b.Kind))
            {
                linkKind = b.Kind;
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
                log.Add("promo", b.Text);
                blocks.RemoveAt(i--);
                removedLast = true;
                continue;
            }
            if (b.Kind == BlockKind.ListItem && (PromoRules.IsFooterLink(b.Text) || ChromeLexicon.IsRightsNotice(b.Text)))
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
    /// An inset set off from the text (a text dump of a page's box): drawn with line characters around a promotion, when
    /// any line inside it is one ("Sign up free ›"), so are the others (the newsletter's name, its pitch); between two
    /// rules, when its first line is a sponsor's label ("SPONSORED · The Harbour Forum"), what follows is the paid
    /// message; under an advertising label, between the two rules drawn below it, the advertisement's own words
    /// ("Advertisement" / "-----" / "Fly Gulf Air to Dhaka" / "-----"). Each goes whole.
    /// </summary>
    private static void RemoveBoxedPromotions(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            int end;
            if (IsBoxEdge(blocks[i], "┌╔╭"))
            {
                end = blocks.FindIndex(i + 1, Math.Min(BoxLines, blocks.Count - i - 1), b => IsBoxEdge(b, "└╚╰"));
                if (end < 0 || !blocks.Skip(i + 1).Take(end - i - 1).Any(b => PromoRules.IsPromo(b.Text.Trim('│', '║', ' '), out _)))
                    continue;
            }
            else if (IsRule(blocks[i]) && i + 1 < blocks.Count && ChromeLexicon.IsSponsorLabel(blocks[i + 1].Text))
            {
                end = blocks.FindIndex(i + 2, Math.Min(SponsoredLines, blocks.Count - i - 2), IsRule);
                if (end < 0)
                    continue;
            }
            else if (i + 2 < blocks.Count && IsRule(blocks[i + 1]) && PromoRules.IsAdSlot(blocks[i].Text))
            {
                end = blocks.FindIndex(i + 2, Math.Min(SponsoredLines, blocks.Count - i - 2), IsRule);
                if (end < 0)
                    continue;
            }
            else
                continue;
            foreach (var b in blocks.GetRange(i, end - i + 1))
                log.Add("promo", b.Text);
            blocks.RemoveRange(i, end - i + 1);
            i--;
        }
    }

    /// <summary>
    /// A blog platform's topic tags under the post, one per line (<c>China</c> / <c>Foreign Policy</c> / <c>US
    /// Politics</c>): three or more short capitalised lines in a row after the last paragraph of prose; and there, a
    /// link back to the page's section (<c>Back to Japan-Republic of Korea Relations</c>).
    /// </summary>
    private static void RemoveTrailingTags(List<Block> blocks, RemovalLog log)
    {
        var lastProse = blocks.FindLastIndex(b => b.Kind == BlockKind.Paragraph && WordCount.BySpaces(b.Text) >= TailProseWords);
        if (lastProse < 0)
            return;
        for (var i = lastProse + 1; i < blocks.Count; i++)
        {
            if (PromoRules.IsSectionBackLink(blocks[i].Text))
            {
                log.Add("layout", blocks[i].Text);
                blocks.RemoveAt(i--);
                continue;
            }
            var end = i;
            while (end < blocks.Count && IsTag(blocks[end]))
                end++;
            if (end - i < 3)
                continue;
            foreach (var tag in blocks.GetRange(i, end - i))
                log.Add("promo", tag.Text);
            blocks.RemoveRange(i, end - i);
        }
    }

    private const int TailProseWords = 30;

    private static bool IsTag(Block b)
    {
        var words = b.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return b.Kind == BlockKind.Paragraph && words.Length is >= 1 and <= 3 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '&' or '\''));
    }

    private const int BoxLines = 10;

    private const int SponsoredLines = 5;

    private static bool IsRule(Block b) => b.Kind == BlockKind.Paragraph && LayoutRules.IsRuleLine(b.Text);

    private static bool IsBoxEdge(Block b, string corners)
    {
        var t = b.Text.Trim();
        return b.Kind == BlockKind.Paragraph && t.Length >= 3 && corners.Contains(t[0]) && t.All(c => c is >= '\u2500' and <= '\u257F' or ' ');
    }

    /// <summary>
    /// An advertising slot dropped into a sentence leaves it in two paragraphs ("as the two governments" /
    /// "warned of …"), and so does another story's box on a printed page set into the column (its headline and first
    /// lines, an archive's OCR reads them in place): when the paragraph before stops without closing punctuation and
    /// the one after starts in lower case, what stands between goes and they are one paragraph again, judged by the
    /// rules below as a whole.
    /// </summary>
    private static void RejoinAroundAds(List<Block> blocks, RemovalLog log)
    {
        for (var i = 1; i + 1 < blocks.Count; i++)
        {
            var before = blocks[i - 1];
            // Prose cut off mid-sentence, not a heading or a label without a full stop.
            if (before.Kind != BlockKind.Paragraph || !HardWrap.StopsMidSentence(before.Text) || WordCount.BySpaces(before.Text) < 10)
                continue;
            var count = IntrusionLength(blocks, i);
            if (count == 0)
                continue;
            var after = blocks[i + count];
            foreach (var intruder in blocks.Skip(i).Take(count))
                log.Add(count == 1 && PromoRules.IsAdSlot(intruder.Text) ? "promo" : "layout", intruder.Text);
            before.Text += " " + after.Text;
            // Rejoined, the two halves may turn out to be a flattened table's run-together cells.
            if (FlattenedTableDetector.IsJumble(before.Text))
            {
                log.Add("table", before.Text);
                before.Text = "";
            }
            blocks.RemoveRange(i, count + 1);
            i--;
        }
    }

    /// <summary>
    /// An advertisement's own words set under its label, the two lines kept together apart from the paragraphs around
    /// them (<c>— Advertisement —</c> then <c>Christmas at Binns: late opening every Thursday.</c>): in text whose
    /// paragraphs are set apart by blank lines, a short line glued to the label is the advertisement, not the story.
    /// </summary>
    private static void RemoveAdCopy(List<Block> blocks, RemovalLog log)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            var (label, copy) = (blocks[i], blocks[i + 1]);
            if (copy.Kind != BlockKind.Paragraph || copy.SourceLine != label.SourceLine + 1 || copy.Text.Length > 160
                || i > 0 && blocks[i - 1].SourceLine >= label.SourceLine - 1
                || i + 2 < blocks.Count && blocks[i + 2].SourceLine <= copy.SourceLine + 1
                || label.Kind != BlockKind.Paragraph || !PromoRules.IsAdSlot(label.Text))
                continue;
            log.Add("promo", copy.Text);
            blocks.RemoveAt(i + 1);
        }
    }

    /// <summary>Another story's box is its headline and its first lines, no more.</summary>
    private const int MaximumIntrusion = 4;

    /// <summary>
    /// How many blocks from <paramref name="i"/> on stand inside a sentence that resumes after them in lower case: an
    /// ad slot, or a box that opens with a headline of its own (a few capitalised words) and runs to at most <see
    /// cref="MaximumIntrusion"/> paragraphs, none ending a sentence (its text is cut off by the column); 0 otherwise.
    /// </summary>
    private static int IntrusionLength(List<Block> blocks, int i)
    {
        var first = blocks[i];
        if (first.Kind == BlockKind.Paragraph && PromoRules.IsAdSlot(first.Text))
            return i + 1 < blocks.Count && ResumesSentence(blocks[i + 1]) ? 1 : 0;
        if (!IsBoxHeadline(first.Text))
            return 0;
        for (var count = 1; count <= MaximumIntrusion && i + count < blocks.Count; count++)
        {
            var inside = blocks[i + count - 1];
            // Paragraphs only: a heading the text marks as one ("## …") is its own, and a second cleaning reads the
            // first one's recovered headings as such.
            if (inside.Kind != BlockKind.Paragraph || !HardWrap.StopsMidSentence(inside.Text))
                return 0;
            if (ResumesSentence(blocks[i + count]))
                return count;
        }
        return 0;
    }

    /// <summary>Two to ten words, each capitalised, and no closing punctuation: "Ortega Defends Expulsion Of American Ambassador".</summary>
    private static bool IsBoxHeadline(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 10 && words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0])) && HardWrap.StopsMidSentence(text);
    }

    /// <summary>A paragraph in lower case that is not a date line ("miércoles, 18 de octubre de 2023").</summary>
    private static bool ResumesSentence(Block block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length > 0 && char.IsLower(block.Text[0]) && !MetadataRules.IsStamp(block.Text, out _, out _);

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

    private static void StripDateline(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        // The lede is the first paragraph that will not become a heading; after a standfirst (a short first paragraph
        // without a dateline, "**The US exit … the ministry said**"), a wire's or a newspaper's dateline opens the second.
        // Only one that names its agency ("/TASS/", "(Reuters)") or a date ("WARSAW, Dec 13.—"): a capitalised name and a
        // colon there is a speaker ("MAYA OLSEN:").
        // Without its dateline the first may read as a heading, as it will when the cleaned text is cleaned again: the
        // ledes are looked for again, so that the second cleaning finds nothing more to strip.
        var ledes = Ledes(blocks);
        if (ledes.Count == 0)
            return;
        if (StripDateline(ledes[0], facts, log, certainOnly: false))
        {
            ledes = Ledes(blocks);
            if (ledes.Count > 0)
                StripDateline(ledes[0], facts, log, certainOnly: false);
        }
        if (ledes.Count == 2 && WordCount.BySpaces(ledes[0].Text) <= StandfirstWords)
            StripDateline(ledes[1], facts, log, certainOnly: true);
    }

    private static List<Block> Ledes(List<Block> blocks) =>
        [.. blocks.Where(b => b.Kind == BlockKind.Paragraph && !StructureRecovery.IsHeadingLine(b.Text)).Take(2)];

    /// <summary>The most words a standfirst above a wire story's dateline has.</summary>
    private const int StandfirstWords = 45;

    /// <summary>Strips a stamp and a dateline from the start of <paramref name="lede"/>; true when a dateline was there.</summary>
    /// <param name="certainOnly">Only a certain dateline counts (<see cref="IsCertain"/>).</param>
    private static bool StripDateline(Block lede, ArticleFacts facts, RemovalLog log, bool certainOnly)
    {
        DateOnly? date = null;
        var stamp = certainOnly ? 0 : MetadataRules.PrefixStamp(lede.Text, out date);
        if (stamp > 0 && stamp < lede.Text.Length)
        {
            facts.OfferDate(date);
            log.Add("metadata", lede.Text[..stamp]);
            lede.Text = lede.Text[stamp..].TrimStart();
        }
        var length = DatelineRules.Match(lede.Text, out var agency, out var dateline);
        if (length == 0 || length >= lede.Text.Length || certainOnly && !IsCertain(dateline, agency))
            return false;
        facts.OfferSource(agency);
        facts.OfferDate(ExplicitDateParser.Find(dateline)?.Date);
        log.Add("dateline", dateline);
        lede.Text = lede.Text[length..].TrimStart();
        return true;
    }

    /// <summary>
    /// A dateline no speaker's label or capitalised opening could be: it names an agency ("(Reuters) -"), a date
    /// ("WARSAW, Dec 13.—"), or a place in capitals before an em dash ("PARIS —"), or the two hyphens a plain-text
    /// page types for one ("TOKYO --").
    /// </summary>
    private static bool IsCertain(string dateline, string? agency) =>
        agency is not null || dateline.AsSpan().IndexOfAnyInRange('0', '9') >= 0
        || (dateline.EndsWith(" —", StringComparison.Ordinal) || dateline.EndsWith(" --", StringComparison.Ordinal)) && WordCount.LettersIfAllCapitals(dateline) >= 5;

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
    /// Whether block <paramref name="i"/> starts the boilerplate that ends a text: notes to editors and media contacts
    /// close a press release, readers' comments an article, a signature or the end of a forwarded text an e-mail, a
    /// paywall with no sentence after it a scrape.
    /// </summary>
    private static bool StartsBoilerplateTail(List<Block> blocks, int i)
    {
        var text = blocks[i].Text;
        if (ChromeLexicon.StartsPressTail(text) || ChromeLexicon.MayBeAboutHeader(text) && ChromeLexicon.StartsAboutBoilerplate(text, NextText(blocks, i)))
            return true;
        // These also occur near the top (a comment count, a forward's first marker): only once the text has had its prose.
        if ((ChromeLexicon.StartsComments(text) || NewsletterSignOff.EndsLetter(blocks, i) || MailHeaders.OpensSignature(blocks, i) || MailHeaders.EndsForward(text) || StartsNotes(blocks, i))
            && ProseParagraphs(blocks, i) >= 3)
            return true;
        // An author's bio closes the article ("Eleanor Hayes is a contributing writer at …"); a quoted expert
        // introduced the same way in the text has more of the article after her.
        if (BylineRules.IsAuthorBio(text) && ProseParagraphs(blocks, i) >= 3 && !SentencesAfter(blocks, i))
            return true;
        // A statement of numbered points has few paragraphs of prose above the list of its summit's other documents.
        if (OtherItemsHeader.Starts(text) && ProseParagraphs(blocks, i) >= 1)
            return true;
        return ChromeLexicon.StartsPaywall(text) && ProseParagraphs(blocks, i) >= 1 && !SentencesAfter(blocks, i);
    }

    /// <summary>
    /// The end mark of a text the article reprints (<c>----- PRESS NOTICE ENDS -----</c>, <c>[End of statement]</c>)
    /// after block <paramref name="i"/>, with the article's own prose after it; -1 when there is none.
    /// </summary>
    private static int ReprintEnd(List<Block> blocks, int i)
    {
        for (var j = i + 1; j < blocks.Count; j++)
            if (blocks[j].Kind == BlockKind.Paragraph && ChromeLexicon.EndsReprint(blocks[j].Text))
                return SentencesAfter(blocks, j) && blocks.Skip(j + 1).Any(b => b.Kind == BlockKind.Paragraph && WordCount.BySpaces(b.Text) >= 20) ? j : -1;
        return -1;
    }

    // Under a notes header, or the first bracketed note itself when the text above points at it ("…two decades,[1] and").
    private static bool StartsNotes(List<Block> blocks, int i) =>
        Endnotes.IsHeader(blocks[i].Text) && Endnotes.IsFirstNote(NextText(blocks, i))
        || blocks[i].Text.StartsWith("[1] ", StringComparison.Ordinal) && blocks.Take(i).Any(b => Endnotes.PointsAtFirstNote(b.Text));

    /// <summary>The text of the next block that is not layout junk (a separator row between a header and its text is skipped).</summary>
    private static string? NextText(List<Block> blocks, int i) =>
        blocks.Skip(i + 1).FirstOrDefault(b => b.Kind == BlockKind.Table || !LayoutRules.IsLayoutJunk(b.Text))?.Text;

    /// <summary>Whether a sentence of the text follows block <paramref name="i"/> (a paywall's offers are shorter).</summary>
    private static bool SentencesAfter(List<Block> blocks, int i) =>
        blocks.Skip(i + 1).Any(b => b.Kind == BlockKind.Paragraph && WordCount.IsSentence(b.Text, 15));

    /// <summary>
    /// True when the text uses a byline's last part as a place ("in Seoul", "from Seoul", a "SEOUL, Sept. 3" dateline):
    /// "By Min-ji Seo, Seoul" names where the reporter filed from, not the publisher.
    /// </summary>
    private static bool NamedAsPlace(List<Block> blocks, string part) =>
        blocks.Any(b => b.Text.Contains("in " + part, StringComparison.Ordinal) || b.Text.Contains("from " + part, StringComparison.Ordinal)
            || b.Text.StartsWith(part.ToUpperInvariant() + ",", StringComparison.Ordinal));

    private static int ProseParagraphs(List<Block> blocks, int before) =>
        blocks.Take(before).Count(b => b.Kind == BlockKind.Paragraph && WordCount.BySpaces(b.Text) >= 20);

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
