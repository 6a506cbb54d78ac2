using System.Globalization;
using Briefings.Index;

namespace Briefings.Search;

/// <summary>
/// The search page's model. <see cref="Available"/> is false when the build could not index the site; the page then
/// points readers to the other ways into the archive. The filter choices are listed here rather than read from the
/// index, so a first search downloads no filter data: Pagefind fetches a filter's file only when it is used.
/// </summary>
/// <param name="Topics">Topic names, as the article pages file them for the index's "topic" filter.</param>
/// <param name="Leaders">Leader names, for the "leader" filter.</param>
/// <param name="Years">Years with articles, newest first, for the "year" filter.</param>
public sealed record SearchPageView(
    bool Available,
    string TopicsHref,
    string LeadersHref,
    string TimelineHref,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Leaders,
    IReadOnlyList<string> Years)
{
    /// <summary>The model of <c>search/index.html</c>, whose links go up one level to the site root.</summary>
    public static SearchPageView For(Archive archive, bool available) => new(
        available,
        "../topics/",
        "../leaders/",
        "../timeline/",
        Names(archive.ByTopic.Keys, id => archive.Knowledge.FindTopic(id)?.Name),
        Names(archive.ByLeader.Keys, id => archive.Knowledge.FindLeader(id)?.Name),
        [.. archive.Articles.Select(a => a.Date.Year).Distinct().OrderDescending().Select(y => y.ToString(CultureInfo.InvariantCulture))]);

    private static string[] Names(IEnumerable<string> ids, Func<string, string?> name) =>
        [.. ids.Select(id => name(id) ?? id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
