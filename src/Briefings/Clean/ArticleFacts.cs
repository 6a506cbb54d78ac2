namespace Briefings.Clean;

/// <summary>What the article text states about itself, gathered while its debris is removed.</summary>
internal sealed class ArticleFacts
{
    public string? Title { get; set; }

    public DateOnly? ExplicitDate { get; set; }

    public string? Source { get; set; }

    public string? Byline { get; set; }

    public void OfferDate(DateOnly? date) => ExplicitDate ??= date;

    /// <summary>When the text was passed on (the <c>Date:</c> of the message that forwarded it): its date only if it states none of its own.</summary>
    public DateOnly? ForwardedOn { get; set; }

    /// <summary>
    /// The first <c>&lt;time datetime&gt;</c> in a page's text: a post's or an entry's time, weaker than a stamp the text
    /// states in words, which may say "Published" where the markup dates an update.
    /// </summary>
    public DateOnly? MarkupTime { get; set; }

    /// <summary>The date the text states, else the first time its markup gives, else the day it was forwarded.</summary>
    public DateOnly? Date => ExplicitDate ?? MarkupTime ?? ForwardedOn;

    public void OfferSource(string? source)
    {
        if (Source is null && source is { Length: > 1 and <= 60 })
            Source = source.Trim().TrimEnd('.');
    }

    public void OfferByline(string? byline)
    {
        if (Byline is null && byline is { Length: > 1 })
            Byline = byline.Trim();
    }
}
