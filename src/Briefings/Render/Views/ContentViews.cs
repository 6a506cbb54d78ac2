namespace Briefings.Render;

public sealed record HomeView(
    IReadOnlyList<ArticleSummaryView> Latest,
    string TotalText,
    string TimelineHref,
    string TopicsHref,
    string LeadersHref,
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<LinkView> Leaders);

/// <summary>Someone quoted or named who is not a leader: shown on the article page only.</summary>
public sealed record PersonView(string Name, string? Description);

public sealed record ArticleView(
    string Title,
    string DateIso,
    string DateText,
    bool DateIsEstimate,
    string DateNote,
    string? Source,
    string ReadingText,
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<LinkView> Leaders,
    IReadOnlyList<PersonView> PeopleQuoted,
    string BodyHtml,
    LinkView? Previous,
    LinkView? Next,
    IReadOnlyList<ArticleSummaryView> Related)
{
    /// <summary>The year, for the search index's year filter.</summary>
    public string Year => DateIso[..4];
}

public sealed record TopicEntryView(string Href, string Name, string Description, string CountText);

public sealed record TopicsIndexView(IReadOnlyList<TopicEntryView> Topics);

public sealed record TopicView(
    string Name,
    string Description,
    string CountText,
    IReadOnlyList<ArticleSummaryView> Articles,
    IReadOnlyList<LinkView> Leaders,
    string FeedHref,
    PaginationView? Pagination);

/// <summary>One country on the leaders index; <paramref name="Id"/> is its anchor.</summary>
public sealed record CountryView(string Id, string Name, string CountText, IReadOnlyList<LinkView> Leaders);

public sealed record LeadersIndexView(string CountText, IReadOnlyList<LinkView> Countries, IReadOnlyList<CountryView> Groups);

/// <summary>An office held: title, the country or organisation when it differs, and the term as readers see it.</summary>
public sealed record OfficeView(string Title, string? Country, string Term, string StartIso, string? EndIso);

public sealed record LeaderView(
    string Name,
    string Country,
    IReadOnlyList<OfficeView> Offices,
    string? OfficeFromText,
    bool InKnowledgeBase,
    string CountText,
    IReadOnlyList<ArticleSummaryView> Articles,
    IReadOnlyList<LinkView> MentionedWith,
    string FeedHref,
    PaginationView? Pagination);

public sealed record MonthView(string Id, string Name, string CountText, IReadOnlyList<ArticleSummaryView> Articles);

/// <param name="Approximate">Briefings only dated to about this year.</param>
public sealed record YearView(int Year, string Id, string CountText, IReadOnlyList<MonthView> Months, IReadOnlyList<ArticleSummaryView> Approximate);

// Geometry arrives as invariant-culture text: the template engine would format numbers in the machine's culture ("4,8").

/// <summary>One bar of the timeline strip, geometry precomputed; <paramref name="Href"/> points at the month's heading.</summary>
public sealed record BarView(string X, string Y, string Width, string Height, string Href, string Label);

public sealed record AxisLabelView(string X, string Y, string Text);

/// <summary>The inline SVG strip of article counts per month.</summary>
public sealed record StripView(string Width, string Height, string ViewBox, string BaselineY, IReadOnlyList<BarView> Bars, IReadOnlyList<AxisLabelView> Labels, string Description);

public sealed record TimelineView(string CountText, StripView? Strip, IReadOnlyList<LinkView> YearLinks, IReadOnlyList<YearView> Years);

public sealed record NotFoundView(string HomeHref, string TimelineHref, string TopicsHref, string LeadersHref);

