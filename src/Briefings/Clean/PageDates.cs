using AngleSharp.Dom;

namespace Briefings.Clean;

/// <summary>
/// The dates an HTML page's markup states, which its text may not: the publication date in its metadata (Open Graph's
/// <c>article:published_time</c>, schema.org's <c>datePublished</c> in microdata or JSON-LD, Dublin Core and the older
/// <c>date</c> and <c>pubdate</c> names), and the first <c>&lt;time datetime&gt;</c> in its content.
/// </summary>
internal static class PageDates
{
    // Metadata names for the publication date, as sites write them (Open Graph's in "property", the rest in "name" or
    // microdata's "itemprop"); modification dates are left out on purpose.
    private static readonly HashSet<string> PublishedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "article:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "dc.date",
        "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    };

    /// <summary>The publication date the page's metadata states, or null.</summary>
    public static DateOnly? Published(IDocument document)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && PublishedNames.Contains(name) && DateIn(meta.GetAttribute("content")) is { } date)
                return date;
        }
        foreach (var time in document.GetElementsByTagName("time"))
        {
            if ((time.HasAttribute("pubdate") || time.GetAttribute("itemprop") == "datePublished") && DateIn(time.GetAttribute("datetime")) is { } stamped)
                return stamped;
        }
        foreach (var script in document.GetElementsByTagName("script"))
        {
            if (script.GetAttribute("type") != "application/ld+json")
                continue;
            var json = script.TextContent;
            var at = json.IndexOf("\"datePublished\"", StringComparison.Ordinal);
            if (at < 0)
                continue;
            var open = json.IndexOf('"', json.IndexOf(':', at) + 1);
            var close = open < 0 ? -1 : json.IndexOf('"', open + 1);
            if (close > open && DateIn(json[(open + 1)..close]) is { } ld)
                return ld;
        }
        return null;
    }

    /// <summary>
    /// The date of the first <c>&lt;time datetime&gt;</c> not in a box of other stories or comments (whose times are
    /// theirs), or null. A post's footer or an article's metadata bar, page furniture for its text, is where it is.
    /// </summary>
    public static DateOnly? FirstTime(IDocument document)
    {
        if (document.Body is null)
            return null;
        foreach (var time in document.Body.GetElementsByTagName("time"))
        {
            if (time.GetAttribute("datetime") is { } value && !AncestorsAndSelf(time).Any(IsOtherStories) && DateIn(value) is { } date)
                return date;
        }
        return null;
    }

    private static readonly string[] OtherStoriesWords = ["related", "recommend", "most-read", "popular", "sidebar", "comment", "promo", "more-"];

    private static bool IsOtherStories(IElement element)
    {
        if (element.LocalName is "aside" or "nav")
            return true;
        var marks = HtmlArticleReader.Marks(element);
        return OtherStoriesWords.Any(w => marks.Contains(w, StringComparison.Ordinal));
    }

    private static IEnumerable<IElement> AncestorsAndSelf(IElement element)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
            yield return e;
    }

    /// <summary>The calendar date an ISO 8601 value begins with (<c>2022-09-21T06:14:03+00:00</c>, <c>2022-09-21</c>).</summary>
    private static DateOnly? DateIn(string? value) =>
        value is { Length: >= 10 } && value[4] == '-' && value[7] == '-'
        && int.TryParse(value.AsSpan(0, 4), out var year) && int.TryParse(value.AsSpan(5, 2), out var month) && int.TryParse(value.AsSpan(8, 2), out var day)
            ? ExplicitDateParser.DateOf(year, month, day)
            : null;
}
