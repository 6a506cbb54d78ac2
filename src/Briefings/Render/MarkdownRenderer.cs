using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Render;

/// <summary>
/// Markdown to HTML that treats article text as data: raw HTML is disabled (it shows as text), links keep only safe
/// schemes, and images become plain links so a page never loads anything from outside the site.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        // A link or image is written with a bracket, an autolink with an angle bracket: most bodies have neither, and
        // looking for them in the text is far cheaper than two walks over every inline of the document.
        if (markdown.AsSpan().IndexOfAny('[', '<') >= 0)
            Defuse(document);
        // Markdig keeps a pool of renderers set up for the pipeline: no renderer is built per page.
        return Markdown.ToHtml(document, Pipeline);
    }

    /// <summary>True for URLs a reader may follow: http(s), mailto, and relative or fragment links.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return false;
        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so judge without them.
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':');
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
            return true;
        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    private static void Defuse(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafeUrl(link.Url))
                Unwrap(link);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.Url))
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>Replaces a link or image by its text, so the words stay and the target goes.</summary>
    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        if (children.Count == 0)
        {
            link.Remove();
            return;
        }
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }
}
