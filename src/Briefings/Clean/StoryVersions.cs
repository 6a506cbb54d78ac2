using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// What a page says about its own versions rather than about the news: a story updated through the day carries a
/// banner (<c>THIS STORY HAS BEEN UPDATED</c>, <c>This story has been updated several times. Latest version: …</c>), an
/// update log under a header (<c>Story history (3 versions)</c>, <c>Updates to this story</c>) whose items are times with
/// what changed (<c>10:05 – First published as "…"</c>), or one line of them (<c>Version history: 10.08 09:14 first
/// version · …</c>), or a time note (<c>This article was updated at 17:45 with …</c>); an AMP or lite page says it is a
/// simplified version of the full article; an archive says the story was migrated to its new site. None of it is the
/// story, and the log quotes the first headline. A note that says what an update corrected is the outlet's
/// accountability to the reader and stays (<c>This article was updated on … to correct …</c>).
/// </summary>
internal static partial class StoryVersions
{
    /// <summary>Removes the page's notes on its versions and update logs from <paramref name="blocks"/>.</summary>
    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        if (!blocks.Any(b => b.Text.Length < 400 && b.Text.AsSpan().ContainsAny(Triggers)))
            return;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (blocks[i].Kind == BlockKind.Table || text.Length >= 400 || !text.AsSpan().ContainsAny(Triggers))
                continue;
            if (LogHeader().IsMatch(text))
            {
                log.Add("layout", text);
                blocks.RemoveAt(i);
                // The log's entries: each opens with the time of its version.
                while (i < blocks.Count && blocks[i].Kind == BlockKind.ListItem && LogEntry().IsMatch(blocks[i].Text))
                {
                    log.Add("layout", blocks[i].Text);
                    blocks.RemoveAt(i);
                }
                i--;
            }
            else if (IsVersionNote(text))
            {
                log.Add("layout", text);
                blocks.RemoveAt(i--);
            }
        }
    }

    private static bool IsVersionNote(string text) =>
        UpdateBanner().IsMatch(text) || InlineLog().IsMatch(text) || SimplifiedVersion().IsMatch(text) || MigrationNotice().IsMatch(text)
        || UpdateTime().IsMatch(text) && !text.Contains("correct", StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> Triggers = System.Buffers.SearchValues.Create(
        ["updated", "update", "history", "version", "migrated"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The header over an update log: <c>Story history (3 versions)</c>, <c>Updates to this story</c>.</summary>
    [GeneratedRegex(@"^(?:(?:story|update|version|revision) history(?:\s*\(\d+ (?:versions?|updates?)\))?|updates? to this (?:story|article|report)|(?:earlier|previous) versions(?: of this (?:story|article))?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LogHeader();

    /// <summary>An entry of an update log: a time, perhaps a date, then what changed.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}[./]\d{1,2}\.?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*(?:[–—:-]|\s)\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex LogEntry();

    /// <summary>The whole log on one line: <c>Version history: 10.08 09:14 first version · …</c>.</summary>
    [GeneratedRegex(@"^(?:story|update|version|revision) history\s*:\s*.*\d{1,2}[:.]\d{2}", RegexOptions.IgnoreCase)]
    private static partial Regex InlineLog();

    /// <summary><c>THIS STORY HAS BEEN UPDATED</c>, <c>This story has been updated several times. Latest version: adds …</c>.</summary>
    [GeneratedRegex(@"^this (?:story|article|report|page) (?:has been|was|is being) updated(?: (?:several|many|multiple|a number of) times| throughout the day| since (?:it was )?first published)?\s*[.!]?(?:\s+(?:latest|last) (?:version|update)\s*:.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateBanner();

    /// <summary>A time note: <c>This article was updated at 17:45 with comments by …</c>.</summary>
    [GeneratedRegex(@"^\(?this (?:story|article|report|page) (?:has been|was) (?:last )?updated (?:at|on)\b[^.]{0,40}?\b\d{1,2}[:.]\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateTime();

    /// <summary>An AMP or lite page's notice: <c>You are viewing a simplified version of this page. View the full article</c>.</summary>
    [GeneratedRegex(@"^you(?:'re| are) (?:viewing|reading|seeing) (?:a|the) (?:simplified|lite|light|mobile|text-only|accelerated|amp|basic|low-bandwidth) version of this (?:page|article|story|site)\b.{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex SimplifiedVersion();

    /// <summary>An archive's notice on a story carried over from its old site: <c>… It was migrated to our new website on …; some formatting may have been lost.</c></summary>
    [GeneratedRegex(@"^this (?:article|story|report|page) is (?:part of|from) (?:our|the) archives?\b.{0,200}\b(?:migrated|formatting|presented as (?:originally )?(?:filed|published))\b.{0,160}$", RegexOptions.IgnoreCase)]
    private static partial Regex MigrationNotice();
}
