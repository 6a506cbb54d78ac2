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

    /// <summary>The date the text states, else the day it was forwarded.</summary>
    public DateOnly? Date => ExplicitDate ?? ForwardedOn;

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
