using System.Text.RegularExpressions;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Clean;

/// <summary>
/// The Clean stage: one raw article in, clean Markdown and what the text states out. Pure and thread-safe.
/// Steps: decode and repair characters → read blocks (HTML via AngleSharp, text and Markdown line by line with tag
/// repair) → drop flattened tables → remove debris by family → recover headings and list labels → write Markdown.
/// </summary>
public static partial class ArticleCleaner
{
    /// <summary>Cleans one file; returns null (with a warning logged) when nothing of an article is left.</summary>
    public static CleanArticle? Clean(SourceFile file, ProblemLog problems)
    {
        var text = CentralEuropeanMojibake.Repair(TextDecoder.Decode(file.Bytes, out var legacy));
        if (legacy is not null)
            problems.Warn(file.RelativePath, 1, "file is not UTF-8; read as " + legacy, "save it as UTF-8 to be sure every character is right");
        var frontMatter = MaintainerFrontMatter.None;
        if (file.Kind == "md")
            (frontMatter, text, _) = FrontMatterReader.Split(file.RelativePath, text, problems);

        var log = new RemovalLog();
        var facts = new ArticleFacts();
        var blocks = ReadBlocks(file.Kind, text, facts, log);
        SweepDebris(blocks);
        BroadcastTeasers.Strip(blocks, log);
        EmbeddedPosts.Strip(blocks, log);
        AiSummaryBox.Strip(blocks, log);
        KeyEventsBox.Strip(blocks, log);
        BlogEngineFooter.Strip(blocks, log);
        ReaderComments.Strip(blocks, log);
        ThreadCounters.Strip(blocks, log);
        StoryToolRun.Strip(blocks, log);
        DashedAdLabel.Unlist(blocks);
        RelativeAgeStamp.Strip(blocks, log);
        IsoUpdateStamp.Strip(blocks, facts, log);
        StoryVersions.Strip(blocks, log);
        SyndicatedCopy.Strip(blocks, log);
        FlattenedTableDetector.Remove(blocks, log);
        ReplicaEdition.Strip(blocks, facts, log);
        BilingualPage.KeepEnglish(blocks, facts, log);
        var titleKnown = frontMatter.Title is not null || facts.Title is not null;
        if (!titleKnown)
            TitleRules.DropLabelLines(blocks, log);
        facts.OfferDate(MetadataRules.PublishedStamp(blocks));
        CapitalCrossheads.Mark(blocks);
        DebrisFilter.Apply(blocks, facts, log, titleKnown);
        PagedStory.RemoveContinuedHeadlines(blocks, facts.Title, log);
        OpinionPage.Strip(blocks, facts, log);
        ObituaryPage.Strip(blocks, log);
        var title = frontMatter.Title ?? facts.Title;
        var derived = false;
        if (title is null)
        {
            // The first paragraph of prose: menu items a page left above it ("Home", "My Network") name nothing.
            var lede = blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph && WordCount.IsSentence(b.Text, 10)) ?? blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph) ?? blocks.FirstOrDefault(b => b.Text.Length > 0);
            if (lede is null)
            {
                problems.Warn(file.RelativePath, 1, "article has no text after cleaning; skipped");
                return null;
            }
            title = TitleRules.FromLede(lede.Text);
            derived = true;
        }
        SweepDebris(blocks);
        StructureRecovery.DropContentsLists(blocks, log);
        RomanNumeralHeadings.Mark(blocks);
        StructureRecovery.Apply(blocks);
        DebrisFilter.RemoveTitleHeading(blocks, title, log);
        // Again on the paragraphs as written: a line the scrape put inside a trail ("Coming up after" / by-line / "the
        // break: …") or a summary box is gone, and what it split joined again, only by now.
        BroadcastTeasers.Strip(blocks, log);
        AiSummaryBox.Strip(blocks, log);
        // A heading with nothing after it headed what was removed (a wiki's "References", a page's "Related").
        while (blocks.Count > 0 && blocks[^1].Kind == BlockKind.Heading)
        {
            log.Add("layout", blocks[^1].Text);
            blocks.RemoveAt(blocks.Count - 1);
        }
        var body = MarkdownWriter.Write(blocks);
        if (body.Length == 0)
        {
            problems.Warn(file.RelativePath, 1, "article has no text after cleaning; skipped");
            return null;
        }
        return new CleanArticle(file.RelativePath, title, body, derived, facts.Date, frontMatter.Source ?? facts.Source,
            facts.Byline, frontMatter, log.Removals);
    }

    /// <summary>
    /// Character and tag repair over the text of every block, repeated until nothing changes: removing a tag can
    /// complete an entity or a mojibake sequence ("&amp;#<b>8212;") and decoding can create a tag, so a single pass
    /// would leave debris that a second cleaning would remove.
    /// </summary>
    private static void SweepDebris(List<Block> blocks)
    {
        foreach (var b in blocks)
        {
            b.Text = Sweep(b.Text);
            if (b.Rows is { } rows)
                for (var r = 0; r < rows.Count; r++)
                    rows[r] = [.. rows[r].Select(Sweep)];
        }
        // A line of nothing but Markdown links is a menu or a share bar in any file, not only in a maintainer's Markdown.
        blocks.RemoveAll(b => b.Kind != BlockKind.Table && (b.Text.Length == 0 && !b.TableDebris || MarkdownLinks.IsLinksOnly(b.Text)));
    }

    private static string Sweep(string text)
    {
        for (var round = 0; round < 4; round++)
        {
            var next = TagRepair.Strip(CharacterRepair.NormalizeSpaces(CharacterRepair.DecodeEntities(CharacterRepair.RepairMojibake(text)))).Trim();
            // An image in Markdown can appear once a broken tag inside its address is gone; no image is ever shown.
            if (next.Contains("![", StringComparison.Ordinal))
                next = MarkdownLinks.WithoutImages(next).Trim();
            if (next == text)
                break;
            text = next;
        }
        return text;
    }

    private static List<Block> ReadBlocks(string kind, string text, ArticleFacts facts, RemovalLog log)
    {
        text = RichText.ToText(text, facts) ?? Subtitles.ToText(text, facts, log) ?? text;
        text = CharacterRepair.RepairTexQuotes(CharacterRepair.RepairMojibake(text));
        if (kind != "md" && NitfDocument.Read(text) is { } story)
        {
            log.Add("metadata", "the NITF document's head, body.head, media and body.end");
            facts.Title = story.Headline;
            facts.OfferDate(story.Issued);
            facts.OfferByline(story.Byline);
            return story.Blocks;
        }
        if (kind == "txt" && MimeMessage.Read(text) is { } mail)
        {
            log.Add("metadata", "the e-mail's headers, MIME structure and the parts not read");
            facts.ForwardedOn = mail.Sent;
            if (mail.Html)
            {
                // An e-mail's <title> names the campaign ("Daily 512"), not the story: the headline is found in the text.
                var mailPage = HtmlArticleReader.Read(mail.Body, log);
                facts.OfferDate(mailPage.Published);
                return mailPage.Blocks;
            }
            text = MailBody.Clean(mail.Body, log, out var pastedHeadline);
            facts.Title = pastedHeadline;
            kind = "mail";
        }
        else if (ListArchivePage.Read(text) is { } post)
        {
            log.Add("layout", "the list archive's navigation, poster and date lines");
            text = MailBody.Clean(post.Body, log, out var pastedHeadline);
            facts.Title = pastedHeadline ?? post.Subject;
            facts.OfferDate(post.Date);
            kind = "mail";
        }
        // A feed's item, or (in scraped text, not a page or a maintainer's Markdown) a scraper's JSON record.
        if (kind != "mail" && (FeedItemReader.Read(text) ?? (kind == "txt" && !LooksLikeHtmlDocument(text) ? JsonRecordReader.Read(text) : null)) is { } item)
        {
            var itemPage = HtmlArticleReader.Read(item.Html, log);
            log.Add("layout", "the feed's channel and item fields");
            facts.Title = (item.Title ?? itemPage.Title) is { Length: > 0 } feedTitle ? TitleRules.StripFlag(feedTitle) : null;
            facts.OfferDate(item.Date);
            facts.OfferByline(item.Author);
            return itemPage.Blocks;
        }
        if (kind == "html" || (kind != "mail" && LooksLikeHtmlDocument(text)))
        {
            var page = HtmlArticleReader.Read(PagedStory.WithoutLaterHeads(FramesetPage.Unwrap(text, log), log), log);
            facts.Title = page.Title is { Length: > 0 } ? TitleRules.StripFlag(page.Title) : null;
            facts.OfferDate(page.Published);
            facts.MarkupTime = page.FirstTime;
            PandocSyntax.StripBlocks(page.Blocks, log);
            NewsroomDraft.ResolveBlocks(page.Blocks, log);
            return page.Blocks;
        }
        text = SplitTags.Rejoin(text);
        text = CharacterRepair.NormalizeSpaces(CharacterRepair.DecodeEntities(WithoutComments(text, log)));
        text = ReaderServiceMarkdown.Unwrap(text, facts, log, out var readerMarkdown);
        text = ReadLaterExport.Strip(text, facts, log);
        if (kind == "md" && !readerMarkdown)
            text = MarkdownLinks.StripFurniture(text, log);
        if ((SocialThread.Read(text, log) ?? ChannelPage.Read(text, log)) is { } thread)
        {
            facts.Title = thread.Title;
            facts.OfferDate(thread.Date);
            facts.OfferByline(thread.Author);
            return [.. thread.Posts.Select(post => new Block(BlockKind.Paragraph, post))];
        }
        text = DatabasePrintout.Extract(text, facts, log);
        text = ChatSharePage.Extract(text, log);
        text = FidoNetEchomail.Extract(text, facts, log);
        text = FaxTransmission.Extract(text, facts, log);
        text = DeclassifiedMemo.Clean(ReadingRoomRecord.Extract(text, facts, log), facts, log);
        text = TextBrowserDump.Resolve(text, log);
        // A converter's Markdown pasted into a text file keeps its markup there too.
        text = PandocSyntax.Strip(text, log);
        text = DrawnBoxes.Strip(text, log);
        text = WikiMarkup.Convert(text, facts, log);
        text = NewsroomDraft.Resolve(text, facts, log);
        if (kind != "md")
            text = MailQuotes.Unquote(text, log);
        var markdown = kind == "md" || readerMarkdown;
        var blocks = TextBlockReader.Read(text, markdown, joinLines: markdown || HardWrap.Detect(text), log);
        // A fence broken over lines is whole once its lines are joined, as the cleaned article is read again.
        PandocSyntax.StripBlocks(blocks, log);
        return blocks;
    }

    /// <summary>
    /// HTML comments (<c>&lt;!-- TODO: check the date --&gt;</c>): a Markdown page never shows them, and in scraped text
    /// they are the page's source. Each is replaced by its line breaks, so what follows keeps its line numbers.
    /// </summary>
    private static string WithoutComments(string text, RemovalLog log) =>
        !text.Contains("<!--", StringComparison.Ordinal) ? text : HtmlComment().Replace(text, m =>
        {
            log.Add("tag", m.Value);
            return new string('\n', m.Value.Count(c => c == '\n'));
        });

    [GeneratedRegex(@"<!--[\s\S]*?-->")]
    private static partial Regex HtmlComment();

    /// <summary>Scraped text that is really an HTML page or fragment: most of its lines are markup.</summary>
    private static bool LooksLikeHtmlDocument(string text)
    {
        if (!text.AsSpan().TrimStart().StartsWith("<"))
            return false;
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0 || !lines[0].StartsWith('<'))
            return false;
        var markup = lines.Count(l => l.StartsWith('<') && BlockTag().IsMatch(l));
        return markup * 2 >= lines.Count;
    }

    [GeneratedRegex(@"^<\s*/?\s*(?:html|head|body|div|p|article|section|main|header|nav|h[1-6]|ul|ol|li|table|tr|td|figure|blockquote|aside|span|a|!doctype)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();
}
