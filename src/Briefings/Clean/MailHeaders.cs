using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// An article that arrived by e-mail: a forward (<c>---------- Forwarded message ---------</c>) carries the sender's
/// headers and note above the marker, and the forwarded message's own headers below it. Neither is the article.
/// </summary>
internal static partial class MailHeaders
{
    /// <summary>How far down a forward marker is looked for, in blocks.</summary>
    private const int Reach = 40;

    public static void Strip(List<Block> blocks, RemovalLog log)
    {
        var marker = -1;
        for (var i = 0; i < Math.Min(Reach, blocks.Count); i++)
        {
            if (ForwardMarker().IsMatch(blocks[i].Text))
                marker = i;
        }
        for (var i = 0; i <= marker; i++)
            log.Add("metadata", blocks[i].Text);
        if (marker >= 0)
            blocks.RemoveRange(0, marker + 1);
        // The header block at the top: two header fields or more in a row (From:, Date:, Subject:, To:; a memo's too).
        var fields = 0;
        while (fields < blocks.Count && HeaderField().IsMatch(blocks[fields].Text))
            fields++;
        if (fields < 2)
            return;
        for (var i = 0; i < fields; i++)
            log.Add("metadata", blocks[i].Text);
        blocks.RemoveRange(0, fields);
    }

    [GeneratedRegex(@"^(?:-{3,}\s*(?:Forwarded message|Original Message)\s*-{3,}|Begin forwarded message:?|-{3,}\s*Weitergeleitete Nachricht\s*-{3,}|-{3,}\s*Message transféré\s*-{3,})$", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardMarker();

    /// <summary>A header field of an e-mail or a memo: <c>From: …</c>, <c>Subject: …</c>, <c>Distribution: …</c>.</summary>
    public static bool IsHeaderField(string line) => HeaderField().IsMatch(line);

    [GeneratedRegex(@"^(?:From|To|Cc|Bcc|Sent|Date|Subject|Reply-To|Classification|Distribution|Status)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderField();
}
