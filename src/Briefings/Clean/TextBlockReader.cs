using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Reads scraped text or Markdown into blocks: repairs tag debris line by line, recognises Markdown structure
/// (headings, list markers, quotes, pipe tables) and parses embedded HTML tables.
/// </summary>
internal static partial class TextBlockReader
{
    /// <param name="markdown">Markdown input: <c>&gt;</c> quotes and <c>+</c> bullets are structure (in scraped text, prose).</param>
    /// <param name="joinLines">Consecutive lines of text form one paragraph (Markdown, hard-wrapped plain text); otherwise each line is one.</param>
    public static List<Block> Read(string text, bool markdown, bool joinLines, RemovalLog log)
    {
        var lines = text.Split('\n');
        var blocks = new List<Block>();
        var pipeRun = new List<(string Line, int Source)>();
        var paragraphOpen = false;
        var wrapWidth = !markdown && joinLines ? HardWrap.Width(lines) : 0;
        var shouted = wrapWidth > 0 && WordCount.IsShouted(text);

        void FlushPipes()
        {
            if (pipeRun.Count == 0)
                return;
            if (PipeTable.TryParse([.. pipeRun.Select(p => p.Line)]) is { } rows)
                blocks.Add(Block.Table(rows));
            else
                foreach (var (line, source) in pipeRun)
                    blocks.Add(new Block(BlockKind.Paragraph, Unescape(line)) { SourceLine = source });
            pipeRun.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            // A note app's callout (the reader's own notes) and its quoted lines; a line of wiki links alone.
            if (markdown && NoteSyntax.OpensCallout(lines[i]) || NoteSyntax.IsLinkLine(lines[i]))
            {
                log.Add("layout", lines[i]);
                while (lines[i].StartsWith('>') && i + 1 < lines.Length && lines[i + 1].StartsWith('>'))
                    log.Add("layout", lines[++i]);
                FlushPipes();
                paragraphOpen = false;
                continue;
            }
            if (GeneratorSyntax.MarkupLines(lines, i) is > 0 and var markup)
            {
                for (var k = i; k < i + markup; k++)
                    log.Add("layout", lines[k]);
                i += markup - 1;
                FlushPipes();
                paragraphOpen = false;
                continue;
            }
            if (HtmlTableStart().IsMatch(lines[i]))
            {
                FlushPipes();
                var end = i;
                while (end + 1 < lines.Length && !lines[end].Contains("</table", StringComparison.OrdinalIgnoreCase) && lines[end + 1].TrimStart().StartsWith('<'))
                    end++;
                var html = string.Join("\n", lines[i..(end + 1)]);
                if (HtmlArticleReader.ReadTable(html) is { Count: > 0 } rows)
                    blocks.AddRange(Block.TableOrParagraphs(rows));
                else
                    log.Add("table", html);
                log.Add("tag", "<table> markup");
                i = end;
                paragraphOpen = false;
                continue;
            }
            if (!markdown && SpacedColumns.Read(lines, i) is { } columns)
            {
                FlushPipes();
                blocks.Add(Block.Table(columns.Rows));
                i += columns.Lines - 1;
                paragraphOpen = false;
                continue;
            }
            if (!markdown && joinLines && i > 0 && (HardWrap.OpensIndentedParagraph(lines[i], lines[i - 1]) || HardWrap.EndsShort(lines[i - 1], lines[i], wrapWidth, shouted)))
                paragraphOpen = false;
            var spaced = lines[i].Contains("  ", StringComparison.Ordinal) && (SpacedItems().Count(lines[i]) >= 2 || WideSpace().IsMatch(lines[i]));
            foreach (var piece in TagRepair.Repair(lines[i], log))
            {
                var line = piece.Text;
                if (line == ">" && markdown)
                    line = "";
                if (line.Length == 0)
                {
                    FlushPipes();
                    // An empty piece that held table tags still marks where a flattened table was.
                    if (piece.TableDebris)
                        blocks.Add(new Block(BlockKind.Paragraph, "") { TableDebris = true, SourceLine = i });
                    paragraphOpen = false;
                    continue;
                }
                if (!piece.ListItem && piece.HeadingLevel == 0 && !HasBlockMarker(line) && PipeTable.IsCandidate(line))
                {
                    pipeRun.Add((line, i));
                    paragraphOpen = false;
                    continue;
                }
                FlushPipes();
                var block = Parse(line, piece, markdown);
                block.SourceLine = i;
                block.Spaced = spaced;
                if (joinLines && paragraphOpen && block.Kind == BlockKind.Paragraph && blocks.Count > 0 && blocks[^1].Kind == BlockKind.Paragraph
                    && !(blocks.Count == 1 && TitleRules.IsHeadline(blocks[0]) && char.IsUpper(block.Text[0]))
                    // A message's header fields (From:, Date:, Newsgroups: …) are one line each, however the text is wrapped,
                    // and so is a forward's marker above them.
                    && !(MailHeaders.IsHeaderField(block.Text) && MailHeaders.IsHeaderField(blocks[^1].Text))
                    && !MailHeaders.IsForwardMarker(block.Text) && !MailHeaders.IsForwardMarker(blocks[^1].Text)
                    && !LayoutRules.IsRuleLine(block.Text) && !LayoutRules.IsRuleLine(blocks[^1].Text)
                    // Nor a teletype's end of take ("MORE", "ENDIT"), which the story's last line runs into, nor a byline.
                    && !ChromeLexicon.IsTeletypeLine(block.Text) && !IsBylineLine(blocks[^1].Text)
                    // Nor a line in square brackets, an editor's or a record's note ("[Senate]", "[Pages S12505-S12512]").
                    && !IsBracketed(block.Text) && !IsBracketed(blocks[^1].Text))
                {
                    // Joining lines can complete a tag split across them ("<" at a line end).
                    blocks[^1].Text = TagRepair.Strip(HardWrap.Join(blocks[^1].Text, block.Text));
                    blocks[^1].Spaced = false;
                    continue;
                }
                blocks.Add(block);
                paragraphOpen = joinLines && block.Kind == BlockKind.Paragraph;
            }
            if (lines[i].Trim().Length == 0)
            {
                FlushPipes();
                paragraphOpen = false;
            }
        }
        FlushPipes();
        // On whole paragraphs, once lines are joined: a highlight or a link may span a line break, and so may a shortcode.
        foreach (var b in blocks)
            b.Text = NoteSyntax.Unwrap(b.Text);
        blocks.RemoveAll(b =>
        {
            var markup = b.Kind == BlockKind.Paragraph && GeneratorSyntax.IsMarkupParagraph(b.Text);
            if (markup)
                log.Add("layout", b.Text);
            return markup;
        });
        return blocks;
    }

    /// <param name="markdown">Only Markdown input uses <c>&gt;</c> quotes and <c>+</c> bullets; in scraped text they are prose.</param>
    private static Block Parse(string line, RepairedLine piece, bool markdown)
    {
        if (piece.HeadingLevel > 0)
            return new Block(BlockKind.Heading, Unescape(StripHashes(line))) { Level = Math.Max(2, piece.HeadingLevel), Explicit = true };
        if (!markdown && TeletypeHeadline().Match(line) is { Success: true } tt)
            return new Block(BlockKind.Heading, tt.Groups[1].Value.Trim()) { Level = 1, Explicit = true };
        if (AtxHeading().Match(line) is { Success: true } h)
            return new Block(BlockKind.Heading, Unescape(h.Groups[2].Value)) { Level = Math.Max(2, h.Groups[1].Length), Explicit = true };
        var junk = LayoutRules.IsLayoutJunk(line);
        // A separator row ("- - - -") or a page number ("- 2 -") is no bullet; a bullet whose item has words is, whatever
        // its marker adds ("- | Signed | Status |" is a list item, as the cleaned file writes one).
        if (Bullet().Match(line) is { Success: true } b && (markdown || line[0] != '+') && (!junk || b.Groups[1].Value.Any(char.IsLetter) && !LayoutRules.IsLayoutJunk(b.Groups[1].Value)))
            return new Block(BlockKind.ListItem, Unescape(b.Groups[1].Value));
        if (!junk)
        {
            if (Numbered().Match(line) is { Success: true } n)
                return new Block(BlockKind.ListItem, Unescape(n.Groups[1].Value)) { Ordered = true };
            if (markdown && Quote().Match(line) is { Success: true } q)
                return new Block(BlockKind.Quote, Unescape(q.Groups[1].Value));
        }
        if (piece.ListItem)
            return new Block(BlockKind.ListItem, Unescape(line));
        return new Block(BlockKind.Paragraph, Unescape(line)) { TableDebris = piece.TableDebris, Caption = piece.Caption };
    }

    private static bool IsBracketed(string text) => text.Length > 2 && text[0] == '[' && text[^1] == ']';

    /// <summary>"By Harold Wentworth-Cole": a byline stands on its line; what follows it (its role, the dateline) is not its.</summary>
    private static bool IsBylineLine(string text) =>
        text.Length <= 60 && text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && WordCount.BySpaces(text) <= 6 && HardWrap.StopsMidSentence(text);

    private static bool HasBlockMarker(string line) =>
        AtxHeading().IsMatch(line) || Bullet().IsMatch(line) || Numbered().IsMatch(line) || Quote().IsMatch(line);

    private static string StripHashes(string line) => AtxHeading().Match(line) is { Success: true } h ? h.Groups[2].Value : line;

    /// <summary>Markdown backslash escapes of punctuation become the literal character (the writer escapes again).</summary>
    public static string Unescape(string text) => text.Contains('\\') ? Escaped().Replace(text, "$1") : text;

    [GeneratedRegex(@"^\s*<table\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTableStart();

    [GeneratedRegex(@"^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$")]
    private static partial Regex AtxHeading();

    // A teletype's headline between its format codes: "^IRAN ACCEPTS U.N. CEASEFIRE RESOLUTION<".
    [GeneratedRegex(@"^\^([^\^<]{3,160})<$")]
    private static partial Regex TeletypeHeadline();

    [GeneratedRegex(@"^(?:[-*+•▪●◦‣·]|\u2013)\s+(\S.*)$")]
    private static partial Regex Bullet();

    // Not "(c) 2010 …": a copyright sign before its year, not item (c).
    [GeneratedRegex(@"^(?!\([cC]\)\s+\d{4}\b)\(?(?:\d{1,2}|[a-z]|[ivx]{2,5})[.)]\s+(\S.*)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^>\s?(.*\S.*)$")]
    private static partial Regex Quote();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escaped();

    /// <summary>Two or more spaces between two words: one gap of a row laid out with spaces.</summary>
    [GeneratedRegex(@"(?<=\S) {2,}(?=\S)")]
    private static partial Regex SpacedItems();

    [GeneratedRegex(@"(?<=\S) {3,}(?=\S)")]
    private static partial Regex WideSpace();
}
