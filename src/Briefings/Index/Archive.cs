using Briefings.Annotate;
using Briefings.Load;

namespace Briefings.Index;

/// <summary>
/// Articles of one month of the timeline, oldest first: those whose date is known to the month
/// (stated, set by an editor, or estimated within a window that stays inside the month).
/// </summary>
public sealed record TimelineMonth(int Year, int Month, IReadOnlyList<Article> Articles);

/// <summary>
/// One year of the timeline with its twelve months (empty months included, so the strip has no gaps) and the
/// articles only estimated to about this year, which no single month can honestly claim.
/// </summary>
public sealed record TimelineYear(int Year, IReadOnlyList<TimelineMonth> Months, IReadOnlyList<Article> Approximate)
{
    public int Count => Months.Sum(m => m.Articles.Count) + Approximate.Count;
}

/// <summary>A leader with at least one article: who they are, where they come from, and their articles.</summary>
/// <param name="Offices">Offices from the knowledge base, oldest first; empty for people known only from the text.</param>
/// <param name="OfficeFromText">For someone the knowledge base does not know: the office as the text introduced it.</param>
/// <param name="Articles">Every article mentioning them, newest first.</param>
/// <param name="MentionedWith">Other leaders most often named in the same articles, with how often; most first.</param>
public sealed record LeaderProfile(
    string Id,
    string Name,
    string Country,
    IReadOnlyList<Office> Offices,
    string? OfficeFromText,
    bool InKnowledgeBase,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Tally> MentionedWith);

/// <summary>A topic with at least one article.</summary>
/// <param name="Articles">Newest first.</param>
/// <param name="Leaders">Leaders most present in the topic's articles, most first.</param>
public sealed record TopicProfile(string Id, string Name, string Description, IReadOnlyList<Article> Articles, IReadOnlyList<Tally> Leaders);

/// <summary>An id and how many times it was counted.</summary>
public sealed record Tally(string Id, int Count);

/// <summary>The leaders of one country, most mentioned first.</summary>
public sealed record CountryGroup(string Country, IReadOnlyList<LeaderProfile> Leaders);

/// <summary>The Index stage's result: the whole archive, sorted and grouped once, so rendering a page never scans it.</summary>
/// <param name="Articles">Every article, newest first; ties broken by slug so order is stable.</param>
/// <param name="ByTopic">Topic id to its articles, newest first; only topics with articles.</param>
/// <param name="ByLeader">Leader id to their articles, newest first; only leaders with articles.</param>
/// <param name="Timeline">Years, oldest first.</param>
/// <param name="Related">Slug to the most related other articles, best first.</param>
/// <param name="Topics">Topic id to its profile, for topics with articles.</param>
/// <param name="Leaders">Leader id to their profile, for leaders with articles (known or introduced by the text).</param>
/// <param name="LeadersByCountry">Countries in alphabetical order, each with its leaders.</param>
/// <param name="Positions">Slug to its index in <paramref name="Articles"/>, for previous/next links.</param>
public sealed record Archive(
    IReadOnlyList<Article> Articles,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ByTopic,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ByLeader,
    IReadOnlyList<TimelineYear> Timeline,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> Related,
    KnowledgeBase Knowledge,
    IReadOnlyDictionary<string, TopicProfile> Topics,
    IReadOnlyDictionary<string, LeaderProfile> Leaders,
    IReadOnlyList<CountryGroup> LeadersByCountry,
    IReadOnlyDictionary<string, int> Positions);
