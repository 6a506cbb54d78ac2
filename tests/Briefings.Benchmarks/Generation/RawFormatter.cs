using System.Globalization;
using System.Text;

namespace Briefings.Benchmarks.Generation;

/// <summary>
/// An article as a scraper leaves it, in one of the families the seeds and the dev set show: wire copy (dateline,
/// byline, share bar, photo captions, adverts, copyright), tabloid (image credits, READ MORE, entities, no headline),
/// blog (Posted on … by, Unsplash credit, subscribe promos, tags) and raw HTML fragments; plus damage on top (broken
/// tags, CRLF, a BOM, cp1252 mojibake, NBSP and zero-width spaces).
/// </summary>
internal sealed class RawFormatter(Random rng)
{
    private enum Family { Wire, Tabloid, Blog, Html }

    public (string Extension, byte[] Bytes) Format(ArticlePlan plan)
    {
        var family = (Family)rng.Next(4);
        if (family == Family.Html && rng.Next(2) == 0)
            family = Family.Wire; // HTML pages are rarer than text in the archive
        var text = family == Family.Html ? HtmlPage(plan) : TextPage(plan, family);
        if (rng.Next(14) == 0)
            text = Mojibake(text);
        if (rng.Next(10) == 0)
            text = text.Replace("the ", "the\u00a0", StringComparison.Ordinal).Replace(". ", ".\u200b ", StringComparison.Ordinal);
        if (rng.Next(10) == 0)
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        if (rng.Next(20) == 0)
            bytes = [.. Encoding.UTF8.Preamble, .. bytes];
        return (family == Family.Html ? ".html" : ".txt", bytes);
    }

    private string TextPage(ArticlePlan plan, Family family)
    {
        var lines = new List<string>();
        var hasHeadline = family != Family.Tabloid || rng.Next(3) > 0;
        if (hasHeadline)
            lines.Add(plan.Title);
        var dated = rng.Next(2) == 0;
        switch (family)
        {
            case Family.Wire:
                lines.Add($"By {Person().ToUpperInvariant()} and {Person().ToUpperInvariant()}, {Any(Vocabulary.Outlets)}");
                if (dated)
                    lines.Add(plan.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
                lines.Add("Share on Facebook | Share on Twitter | Email this story");
                break;
            case Family.Tabloid:
                lines.Add($"By {Person()}");
                if (dated)
                    lines.Add("Published " + plan.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture).Replace(" ", "&nbsp;", StringComparison.Ordinal));
                break;
            default:
                lines.Add(dated ? $"Posted on {plan.Date:yyyy-MM-dd} by {Person()}" : $"Posted by {Person()}");
                lines.Add($"Photo by {Person()} / Unsplash");
                lines.Add($"Subscribe to {Any(Vocabulary.Outlets)} — free analysis every Friday.");
                break;
        }
        var paragraph = 0;
        foreach (var block in plan.Body)
        {
            lines.AddRange(TextBlock(block, family, ref paragraph, first: paragraph == 0 && block is Paragraph));
            if (block is Paragraph && paragraph == 2)
                lines.Add(Caption(plan, family));
            if (block is Paragraph && paragraph % 4 == 3)
                lines.Add(rng.Next(2) == 0 ? "Advertisement" : $"{(family == Family.Tabloid ? "READ MORE" : "Read more")}: {Any(Vocabulary.Objects)} on the table in {Any(Vocabulary.Capitals)}");
        }
        lines.Add(family switch
        {
            Family.Wire => $"Copyright {plan.Date.Year} {Any(Vocabulary.Outlets)}. All rights reserved.",
            Family.Tabloid => $"Comments ({rng.Next(1, 400)})",
            _ => "Tags: " + string.Join(", ", plan.Topics) + "\nLike · Restack · Leave a comment",
        });
        return string.Join('\n', lines) + "\n";
    }

    private IEnumerable<string> TextBlock(Block block, Family family, ref int paragraph, bool first)
    {
        switch (block)
        {
            case Paragraph p:
                paragraph++;
                var text = Entities(BrokenTags(p.Text));
                if (first && family == Family.Wire)
                    text = $"{Any(Vocabulary.Capitals).ToUpperInvariant()} ({Any(Vocabulary.Agencies)}) — {text}";
                else if (first && family == Family.Tabloid)
                    text = ShoutFirstWord(text);
                return [text];
            case Heading h:
                return [rng.Next(3) == 0 ? $"<strong>{h.Text}</strong>" : h.Text];
            case ListBlock l:
                return l.Items.Select((item, i) => (l.Ordered ? $"{i + 1}) " : "• ") + item);
            case TableBlock t:
                // Scrapers flatten tables into one run-together line, the caption fused on with a tag.
                return [$"<strong>{Any(Vocabulary.HeadingWords)}</strong>" + string.Concat(t.Rows.Select(r => string.Concat(r)))];
            default:
                return [];
        }
    }

    private string HtmlPage(ArticlePlan plan)
    {
        var sb = new StringBuilder("<div class=\"article\">\n<nav><a href=\"/\">Home</a> › <a href=\"/world\">World</a></nav>\n");
        sb.Append("<h1>").Append(Escape(plan.Title)).Append("</h1>\n");
        if (rng.Next(2) == 0)
            sb.Append($"<time datetime=\"{plan.Date:yyyy-MM-dd}\">{plan.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}</time>\n");
        sb.Append("<div class=\"share\">Share · Tweet · Copy link</div>\n");
        var paragraphs = 0;
        foreach (var block in plan.Body)
        {
            switch (block)
            {
                case Paragraph p:
                    sb.Append("<p>").Append(Escape(p.Text)).Append("</p>\n");
                    if (++paragraphs == 2)
                        sb.Append($"<figure><img src=\"photo.jpg\"><figcaption>{Escape(plan.Title)} (Photo: {Person()}/{Any(Vocabulary.Agencies)})</figcaption></figure>\n");
                    break;
                case Heading h:
                    sb.Append("<h2>").Append(Escape(h.Text)).Append("</h2>\n");
                    break;
                case ListBlock l:
                    var tag = l.Ordered ? "ol" : "ul";
                    sb.Append('<').Append(tag).Append('>').AppendJoin("", l.Items.Select(i => $"<li>{Escape(i)}</li>")).Append("</").Append(tag).Append(">\n");
                    break;
                case TableBlock t:
                    sb.Append("<table>").AppendJoin("", t.Rows.Select(r => "<tr>" + string.Concat(r.Select(c => $"<td>{Escape(c)}</td>")) + "</tr>")).Append("</table>\n");
                    break;
            }
        }
        sb.Append("<aside class=\"newsletter\"><h3>Get the briefing</h3><p>Sign up for our daily newsletter.</p></aside>\n</div>\n");
        return sb.ToString();
    }

    private string Caption(ArticlePlan plan, Family family)
    {
        var who = plan.Leaders.Count > 0 ? plan.Leaders[0].ShortName : "Delegates";
        var scene = $"{who}, centre, arrives for talks in {Any(Vocabulary.Capitals)}";
        return family switch
        {
            Family.Wire => $"{scene}. ({Any(Vocabulary.Agencies)} Photo/{Person()})",
            Family.Tabloid => $"{scene} (Image: GETTY)",
            _ => $"{scene}\nImage source: {Any(Vocabulary.Agencies)}",
        };
    }

    private string BrokenTags(string text)
    {
        if (rng.Next(3) > 0)
            return text;
        var words = text.Split(' ');
        var at = rng.Next(words.Length);
        words[at] = rng.Next(3) switch
        {
            0 => "< b >" + words[at],
            1 => words[at] + "</span>",
            _ => "<i>" + words[at],
        };
        return string.Join(' ', words) + (rng.Next(2) == 0 ? "</p>" : "");
    }

    private string Entities(string text) => rng.Next(3) switch
    {
        0 => text.Replace("“", "&quot;", StringComparison.Ordinal).Replace("”", "&quot;", StringComparison.Ordinal).Replace(" — ", " &#8212; ", StringComparison.Ordinal),
        1 => text.Replace("“", "&ldquo;", StringComparison.Ordinal).Replace("”", "&rdquo;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal),
        _ => text,
    };

    /// <summary>UTF-8 read as Windows-1252 and saved again: the common scraper damage.</summary>
    private static string Mojibake(string text) => text
        .Replace("’", "â€™", StringComparison.Ordinal)
        .Replace("“", "â€œ", StringComparison.Ordinal)
        .Replace("”", "â€\u009d", StringComparison.Ordinal)
        .Replace("—", "â€”", StringComparison.Ordinal);

    private static string ShoutFirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space].ToUpperInvariant() + text[space..];
    }

    private static string Escape(string s) => System.Net.WebUtility.HtmlEncode(s);

    private string Person() => $"{Any(Vocabulary.FirstNames)} {Any(Vocabulary.LastNames)}";

    private string Any(string[] words) => words[rng.Next(words.Length)];
}
