namespace Briefings.Search;

/// <summary>
/// The search page's model. <see cref="Available"/> is false when the build could not index the site; the page then
/// points readers to the other ways into the archive.
/// </summary>
public sealed record SearchPageView(bool Available, string TopicsHref, string LeadersHref, string TimelineHref);
