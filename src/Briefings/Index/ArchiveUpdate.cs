using Briefings.Annotate;

namespace Briefings.Index;

/// <summary>
/// Brings an indexed archive up to date after edits that moved nothing in it: when every article still has the same
/// place, slug, dates, leaders, topics and people (<see cref="SameIndexFacts"/>), every grouping, the timeline,
/// related articles and the profiles are as they were, and only the article objects they hold need replacing. A
/// long-running process does this instead of indexing the whole archive again after an edit to an article's text.
/// </summary>
public static class ArchiveUpdate
{
    /// <summary>Whether two versions of an article sit in the same places of an archive (everything Index reads).</summary>
    public static bool SameIndexFacts(Article a, Article b) =>
        a.Origin == b.Origin
        && a.Slug == b.Slug
        && a.Title == b.Title
        && a.Date == b.Date
        && a.DateBasis == b.DateBasis
        && a.DateEarliest == b.DateEarliest
        && a.DateLatest == b.DateLatest
        && a.Leaders.SequenceEqual(b.Leaders)
        && a.Topics.SequenceEqual(b.Topics)
        && a.OtherPeople.SequenceEqual(b.OtherPeople);

    /// <summary>
    /// The same archive with each article object that is a key of <paramref name="replacements"/> (compared by
    /// reference) replaced by its value, which must have the same index facts. Lists holding none of them are shared.
    /// </summary>
    public static Archive Replace(Archive archive, IReadOnlyDictionary<Article, Article> replacements)
    {
        if (replacements.Count == 0)
            return archive;

        IReadOnlyList<Article> Map(IReadOnlyList<Article> list)
        {
            Article[]? copy = null;
            for (var i = 0; i < list.Count; i++)
                if (replacements.TryGetValue(list[i], out var next))
                    (copy ??= [.. list])[i] = next;
            return copy ?? list;
        }

        Dictionary<string, IReadOnlyList<Article>> MapGroups(IReadOnlyDictionary<string, IReadOnlyList<Article>> groups) =>
            groups.ToDictionary(g => g.Key, g => Map(g.Value), StringComparer.Ordinal);

        var leaders = archive.Leaders.ToDictionary(l => l.Key, l => l.Value with { Articles = Map(l.Value.Articles) }, StringComparer.Ordinal);
        return archive with
        {
            Articles = Map(archive.Articles),
            ByTopic = MapGroups(archive.ByTopic),
            ByLeader = MapGroups(archive.ByLeader),
            Timeline = [.. archive.Timeline.Select(y => y with
            {
                Months = [.. y.Months.Select(m => m with { Articles = Map(m.Articles) })],
                Approximate = Map(y.Approximate),
            })],
            Related = MapGroups(archive.Related),
            Topics = archive.Topics.ToDictionary(t => t.Key, t => t.Value with { Articles = Map(t.Value.Articles) }, StringComparer.Ordinal),
            Leaders = leaders,
            LeadersByCountry = [.. archive.LeadersByCountry.Select(c => c with { Leaders = [.. c.Leaders.Select(l => leaders[l.Id])] })],
        };
    }
}
