using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The body of one e-mail as a list archive or a raw message keeps it: a PGP-signed message's armour (the
/// <c>-----BEGIN PGP SIGNED MESSAGE-----</c> line, its <c>Hash:</c> header, the signature block and the <c>- </c> that
/// escapes the signed text's dashes), quoted-printable the archive never decoded, the reply's quoted lines with their
/// "X wrote:" line, the list's footer, and — when the poster pastes a piece set off between rules with its headline —
/// the poster's own note around it. What is left is the text a reader came for.
/// </summary>
internal static partial class MailBody
{
    /// <summary>The fewest words a piece between rules has for the poster's note around it to be dropped.</summary>
    private const int MinimumPastedWords = 120;

    /// <summary>The body without the mail's apparatus; <paramref name="headline"/> is a pasted piece's headline, if any.</summary>
    public static string Clean(string text, RemovalLog log, out string? headline)
    {
        text = Unarmour(text, log);
        if (QuotedPrintable.HasLeftovers(text))
        {
            log.Add("layout", "quoted-printable escapes the archive left undecoded");
            text = QuotedPrintable.DecodeLeftovers(text);
        }
        var lines = text.Split('\n').ToList();
        DropListFooter(lines, log);
        DropQuotedReply(lines, log);
        headline = KeepPastedPiece(lines, log);
        return string.Join('\n', lines);
    }

    /// <summary>A clearsigned message: armour lines and the signature block go, dash-escaping is undone.</summary>
    private static string Unarmour(string text, RemovalLog log)
    {
        const string Begin = "-----BEGIN PGP SIGNED MESSAGE-----";
        var at = text.IndexOf(Begin, StringComparison.Ordinal);
        if (at < 0)
            return text;
        log.Add("metadata", "the PGP signature's armour and signature block");
        var lines = text[(at + Begin.Length)..].Split('\n').ToList();
        var kept = new List<string> { text[..at] };
        var i = 1;
        // The armour's headers ("Hash: SHA1") up to the blank line.
        while (i < lines.Count && ArmourHeader().IsMatch(lines[i]))
            i++;
        var inSignature = false;
        for (; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.StartsWith("-----BEGIN PGP SIGNATURE-----", StringComparison.Ordinal))
                inSignature = true;
            else if (line.StartsWith("-----END PGP SIGNATURE-----", StringComparison.Ordinal))
                inSignature = false;
            else if (!inSignature)
                kept.Add(lines[i].StartsWith("- ", StringComparison.Ordinal) ? lines[i][2..] : lines[i]);
        }
        return string.Join('\n', kept);
    }

    /// <summary>
    /// The list's footer: a rule of underscores, then "<c>name mailing list</c>", the list's address and its page.
    /// </summary>
    private static void DropListFooter(List<string> lines, RemovalLog log)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!UnderscoreRule().IsMatch(lines[i]))
                continue;
            var next = lines.Skip(i + 1).Where(l => l.Trim().Length > 0).Take(1).FirstOrDefault();
            if (next is not null && next.Contains("mailing list", StringComparison.OrdinalIgnoreCase) && lines.Count - i <= 12)
            {
                log.Add("promo", string.Join(' ', lines.Skip(i)));
                lines.RemoveRange(i, lines.Count - i);
                return;
            }
        }
    }

    /// <summary>
    /// A reply's quotation: lines marked <c>&gt;</c> and the line that introduces them ("On Thu, 11 Mar, Jan wrote:").
    /// Only when they are the lesser part of the message; a forward that quotes the whole article is
    /// <see cref="MailQuotes"/>' to unmark.
    /// </summary>
    private static void DropQuotedReply(List<string> lines, RemovalLog log)
    {
        var written = lines.Count(l => l.Trim().Length > 0);
        var quoted = lines.Count(IsQuoted);
        if (quoted == 0 || 2 * quoted >= written)
            return;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!IsQuoted(lines[i]))
                continue;
            log.Add("layout", lines[i]);
            lines.RemoveAt(i);
            // The introduction stands just above the first quoted line, perhaps over a blank line.
            var above = i - 1;
            while (above >= 0 && lines[above].Trim().Length == 0 && i - above <= 2)
                above--;
            if (above >= 0 && !IsQuoted(lines[above]) && QuoteIntro().IsMatch(lines[above].Trim()))
            {
                log.Add("layout", lines[above]);
                lines.RemoveAt(above);
                i = above;
            }
        }
    }

    private static bool IsQuoted(string line) => line.TrimStart().StartsWith('>');

    /// <summary>
    /// A piece the poster pasted between rules under its headline (<c>-----</c> / headline / <c>-----</c> … <c>-----</c>):
    /// the note above the first rule and what follows the closing one (a reposting notice, the signature) are the
    /// poster's, not the piece's. The headline is returned: it is the piece's title, better than the message's subject.
    /// </summary>
    private static string? KeepPastedPiece(List<string> lines, RemovalLog log)
    {
        for (var i = 0; i + 2 < lines.Count; i++)
        {
            if (!Rule().IsMatch(lines[i]) || !Rule().IsMatch(lines[i + 2]) || !IsHeadline(lines[i + 1]))
                continue;
            var close = i + 3;
            while (close < lines.Count && !Rule().IsMatch(lines[close]))
                close++;
            var piece = lines.Skip(i + 3).Take(close - i - 3).ToList();
            var note = lines.Take(i).ToList();
            if (WordCount.BySpaces(string.Join(' ', piece)) < MinimumPastedWords || WordCount.BySpaces(string.Join(' ', note)) * 2 > WordCount.BySpaces(string.Join(' ', piece)))
                return null;
            var headline = lines[i + 1].Trim();
            foreach (var line in note.Concat(lines.Skip(close)).Where(l => l.Trim().Length > 0))
                log.Add("layout", line);
            lines.RemoveRange(close, lines.Count - close);
            // The headline stays above the piece, where the reader looks for it as its first line.
            lines.RemoveAt(i + 2);
            lines.RemoveRange(0, i + 1);
            return headline;
        }
        return null;
    }

    private static bool IsHeadline(string line)
    {
        var t = line.Trim();
        return t.Length is >= 8 and <= 160 && !t.EndsWith('.') && WordCount.BySpaces(t) is >= 2 and <= 25;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z-]*: \S")]
    private static partial Regex ArmourHeader();

    [GeneratedRegex(@"^\s*_{20,}\s*$")]
    private static partial Regex UnderscoreRule();

    [GeneratedRegex(@"^\s*(?:-{20,}|={20,}|_{20,}|\*{20,}|~{20,})\s*$")]
    private static partial Regex Rule();

    // "On Thu, 11 Mar 1999 22:14:09 -0600, Jan Prochazka wrote:", "Jan Prochazka <jan@…> writes:", "Le 3 mars, X a écrit :".
    [GeneratedRegex(@"^.{0,160}\b(?:wrote|writes|said|a écrit|schrieb|escribió|scrisse)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteIntro();
}
