using System.Text;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The raw source of an e-mail (a mail program's "Show original", an .eml saved as text): the transport's headers
/// (<c>Received:</c>, <c>DKIM-Signature:</c>, <c>Message-ID:</c>), then a MIME body whose parts are set apart by a
/// boundary line (<c>------=_Part_…</c>), each with its own <c>Content-Type</c> and transfer encoding. A newsletter
/// sends its issue twice, as plain text and as HTML, and may attach a PDF. The issue is read once: the HTML part
/// through the page reader when it holds the text, else the plain part; encodings are undone, attachments dropped.
/// </summary>
internal static partial class MimeMessage
{
    /// <summary>The part to read: its text, whether it is HTML, and the message's <c>Date:</c>.</summary>
    public sealed record Message(string Body, bool Html, DateOnly? Sent);

    /// <summary>How many header lines are read before the text is taken for something other than a message.</summary>
    private const int MaxHeaderLines = 200;

    /// <summary>The message the text is the source of, or null when it is not a raw message.</summary>
    public static Message? Read(string text)
    {
        // Cheap test first: a raw message opens with a header field and names its transport or its MIME structure.
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]) || !text.AsSpan(0, Math.Min(text.Length, 20000)).ContainsAny(TransportFields))
            return null;
        if (ReadHeaders(text, out var bodyStart) is not { } headers || !IsRawMessage(headers))
            return null;
        var parts = new List<(string Type, string Text)>();
        Collect(headers, text[bodyStart..], parts, depth: 0);
        var html = parts.FirstOrDefault(p => p.Type == "text/html").Text;
        var plain = parts.FirstOrDefault(p => p.Type == "text/plain").Text;
        var sent = headers.TryGetValue("date", out var date) ? ExplicitDateParser.Find(date)?.Date : null;
        if (html is null && plain is null)
            return null;
        return plain is null || (html is not null && HtmlHoldsText(html, plain))
            ? new Message(html!, true, sent)
            : new Message(plain, false, sent);
    }

    private static readonly System.Buffers.SearchValues<string> TransportFields = System.Buffers.SearchValues.Create(
        ["\nReceived:", "\nReturn-Path:", "\nMIME-Version:", "\nContent-Type:", "\nDKIM-Signature:", "Return-Path:", "Received:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A message from the wire, not a forward's few fields (<c>From:</c>, <c>Sent:</c>, <c>Subject:</c>), which
    /// <see cref="MailHeaders"/> reads: the transport's or MIME's own fields are there.
    /// </summary>
    private static bool IsRawMessage(Dictionary<string, string> headers) =>
        headers.Count >= 4 && (headers.ContainsKey("content-type") || headers.ContainsKey("mime-version") || headers.ContainsKey("received") || headers.ContainsKey("return-path"));

    /// <summary>
    /// The header section: fields up to the first empty line, continuation lines folded in (the first of a repeated
    /// field is kept). Null when a line is neither a field nor a continuation.
    /// </summary>
    private static Dictionary<string, string>? ReadHeaders(string text, out int bodyStart)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var value = new StringBuilder();
        var at = 0;
        var lines = 0;
        bodyStart = text.Length;
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            var line = end < 0 ? text[at..] : text[at..end];
            var next = end < 0 ? text.Length : end + 1;
            if (line.Trim().Length == 0)
            {
                bodyStart = next;
                break;
            }
            if (++lines > MaxHeaderLines)
                return null;
            if (line[0] is ' ' or '\t')
            {
                if (current is null)
                    return null;
                value.Append(' ').Append(line.Trim());
            }
            else if (FieldName().Match(line) is { Success: true } m)
            {
                Keep(headers, current, value);
                current = m.Groups[1].Value.ToLowerInvariant();
                value.Clear().Append(line[m.Length..].Trim());
            }
            else
                return null;
            at = next;
        }
        Keep(headers, current, value);
        return headers;
    }

    private static void Keep(Dictionary<string, string> headers, string? name, StringBuilder value)
    {
        if (name is not null)
            headers.TryAdd(name, value.ToString());
    }

    /// <summary>The text parts of an entity, in order, decoded; attachments and other media are left out.</summary>
    private static void Collect(Dictionary<string, string> headers, string body, List<(string Type, string Text)> parts, int depth)
    {
        var contentType = headers.GetValueOrDefault("content-type", "text/plain");
        var type = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (depth > 8 || headers.GetValueOrDefault("content-disposition", "").StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
            return;
        if (type.StartsWith("multipart/", StringComparison.Ordinal))
        {
            if (Parameter(contentType, "boundary") is not { Length: > 0 } boundary)
                return;
            foreach (var part in Split(body, boundary))
            {
                if (ReadHeaders(part, out var start) is { } partHeaders)
                    Collect(partHeaders, part[start..], parts, depth + 1);
                else
                    Collect([], part, parts, depth + 1);
            }
        }
        else if (type == "message/rfc822")
        {
            if (ReadHeaders(body, out var start) is { } inner)
                Collect(inner, body[start..], parts, depth + 1);
        }
        else if (type is "text/plain" or "text/html")
            parts.Add((type, Decode(body, headers.GetValueOrDefault("content-transfer-encoding", ""), Parameter(contentType, "charset"))));
    }

    /// <summary>The parts between the boundary lines (<c>--boundary</c>), up to the closing one (<c>--boundary--</c>).</summary>
    private static List<string> Split(string body, string boundary)
    {
        var parts = new List<string>();
        var delimiter = "--" + boundary;
        StringBuilder? part = null;
        foreach (var line in body.Split('\n'))
        {
            var t = line.TrimEnd();
            if (t.StartsWith(delimiter, StringComparison.Ordinal))
            {
                if (part is not null)
                    parts.Add(part.ToString());
                if (t.AsSpan(delimiter.Length).StartsWith("--"))
                    return parts;
                part = new StringBuilder();
            }
            else
                part?.Append(line).Append('\n');
        }
        if (part is not null)
            parts.Add(part.ToString());
        return parts;
    }

    private static string Decode(string body, string transferEncoding, string? charsetName)
    {
        var charset = CharsetOf(charsetName);
        switch (transferEncoding.Trim().ToLowerInvariant())
        {
            case "quoted-printable":
                return TextDecoder.NormalizeNewlines(QuotedPrintable.Decode(body, charset));
            case "base64":
                try
                {
                    return TextDecoder.NormalizeNewlines(charset.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))));
                }
                catch (FormatException)
                {
                    return "";
                }
            default:
                // 7bit and 8bit parts were read with the rest of the file.
                return body;
        }
    }

    private static Encoding CharsetOf(string? name)
    {
        if (name is null)
            return Encoding.UTF8;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    /// <summary>
    /// Whether the HTML part carries the issue: its text is at least half as long as the plain part's. Some senders
    /// put only a picture and a link in the HTML; then the plain part is the article.
    /// </summary>
    private static bool HtmlHoldsText(string html, string plain)
    {
        var visible = TagRepair.Strip(AnyTag().Replace(html, " "));
        return WordCount.BySpaces(visible) * 2 >= WordCount.BySpaces(plain);
    }

    private static string? Parameter(string field, string name)
    {
        foreach (Match m in ParameterPattern().Matches(field))
        {
            if (m.Groups[1].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
                return m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
        }
        return null;
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9-]*)[ \t]*:")]
    private static partial Regex FieldName();

    [GeneratedRegex(@";\s*([A-Za-z-]+)\s*=\s*(?:""([^""]*)""|([^;\s]+))")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"<(?:style|script)\b[\s\S]*?</(?:style|script)>|<[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex AnyTag();
}
