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

    /// <summary>Removes the headers; the message's own <c>Date:</c> (or Outlook's <c>Sent:</c>) is when it was published.</summary>
    public static void Strip(List<Block> blocks, ArticleFacts facts, RemovalLog log)
    {
        var marker = -1;
        for (var i = 0; i < Math.Min(Reach, blocks.Count); i++)
        {
            if (ForwardMarker().IsMatch(blocks[i].Text))
                marker = i;
        }
        for (var i = 0; i <= marker; i++)
        {
            log.Add("metadata", blocks[i].Text);
            // The forwarding message's date: a posting that passes a wire story on dates the story when nothing else does.
            if (facts.ForwardedOn is null && HeaderField().IsMatch(blocks[i].Text) && DateField().IsMatch(blocks[i].Text))
                facts.ForwardedOn = ExplicitDateParser.Find(blocks[i].Text)?.Date;
        }
        if (marker >= 0)
            blocks.RemoveRange(0, marker + 1);
        // The header block at the top: two header fields or more in a row (From:, Date:, Subject:, To:; a memo's too).
        var fields = 0;
        while (fields < blocks.Count && HeaderField().IsMatch(blocks[fields].Text))
            fields++;
        if (fields < 2)
            return;
        for (var i = 0; i < fields; i++)
            Take(blocks[i], facts, log);
        blocks.RemoveRange(0, fields);
        // Fields the scrape split from the run by a stray line ("Subject:" under an ad slot) are the header's too, up
        // to the first sentence of prose.
        for (var i = 0; i < Math.Min(Reach, blocks.Count) && !IsProse(blocks[i]); i++)
        {
            if (HeaderField().IsMatch(blocks[i].Text))
            {
                Take(blocks[i], facts, log);
                blocks.RemoveAt(i--);
            }
        }
    }

    private static void Take(Block field, ArticleFacts facts, RemovalLog log)
    {
        log.Add("metadata", field.Text);
        if (DateField().IsMatch(field.Text))
            facts.OfferDate(ExplicitDateParser.Find(field.Text)?.Date);
    }

    private static bool IsProse(Block block) =>
        block.Kind == BlockKind.Paragraph && WordCount.IsSentence(block.Text, 12);

    [GeneratedRegex(@"^(?:-{3,}\s*(?:Forwarded message|Original Message|begin forwarded (?:text|message))\s*-{3,}|Begin forwarded message:?|-{3,}\s*Weitergeleitete Nachricht\s*-{3,}|-{3,}\s*Message transféré\s*-{3,})$", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardMarker();

    /// <summary>A forward's marker line: <c>-----Original Message-----</c>, <c>Begin forwarded message:</c>.</summary>
    public static bool IsForwardMarker(string line) => ForwardMarker().IsMatch(line);

    /// <summary>A header field of an e-mail or a memo: <c>From: …</c>, <c>Subject: …</c>, <c>Distribution: …</c>.</summary>
    public static bool IsHeaderField(string line) => HeaderField().IsMatch(line);

    // E-mail, memo and Usenet header fields (Path:, Newsgroups:, Message-ID: … of a news posting), and the transport's
    // (Received:, DKIM-Signature:, X-…:) that a raw message's source carries.
    [GeneratedRegex(@"^(?:From|To|Cc|Bcc|Sent|Date|Subject|Reply-To|Classification|Distribution|Status|Path|Newsgroups|Message-ID|References|NNTP-Posting-Host|Organization|Lines|Followup-To|Sender|Xref|X-[A-Za-z-]+|In-Reply-To|MIME-Version|Content-Type|Content-Transfer-Encoding|Return-Path|Received|Received-SPF|Delivered-To|DKIM-Signature|List-Unsubscribe|List-Id)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^(?:Date|Sent)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DateField();

    /// <summary>The line that closes a forwarded text (<c>----- end forwarded text -----</c>): what follows is the sender's again.</summary>
    public static bool EndsForward(string line) => line.Length <= 120 && line.StartsWith("---", StringComparison.Ordinal) && ForwardEnd().IsMatch(line);

    [GeneratedRegex(@"^-{3,}\s*end (?:of )?forwarded (?:text|message)\s*-{3,}$", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardEnd();

    /// <summary>The most words a line of a signature has (name, post, address, phone, a list's footer line).</summary>
    private const int SignatureLineWords = 15;

    /// <summary>
    /// Whether block <paramref name="i"/> is the <c>--</c> line that opens a message's signature: everything after it
    /// is short lines (name, post, address, phone, the alert service's footer) or the sender's legal notice.
    /// </summary>
    public static bool OpensSignature(List<Block> blocks, int i) =>
        blocks[i].Text.Trim() == "--"
        && blocks.Skip(i + 1).All(b => WordCount.BySpaces(b.Text) <= SignatureLineWords || LegalNotice().IsMatch(b.Text));

    // "This e-mail and any files sent with it are confidential and intended solely for the addressee", "CONFIDENTIALITY
    // NOTICE: This message … intended only for the named recipients".
    [GeneratedRegex(@"^(?:confidentiality notice\b|this (?:e-?mail|message|communication)\b.{0,80}\b(?:confidential|privileged|intended (?:solely|only) for))", RegexOptions.IgnoreCase)]
    private static partial Regex LegalNotice();
}
