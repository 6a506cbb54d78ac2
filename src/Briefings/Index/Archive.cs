using Briefings.Annotate;
using Briefings.Load;

namespace Briefings.Index;

/// <summary>Articles of one month of the timeline, oldest first.</summary>
public sealed record TimelineMonth(int Year, int Month, IReadOnlyList<Article> Articles);

/// <summary>One year of the timeline with its twelve months (empty months included, so the strip has no gaps).</summary>
public sealed record TimelineYear(int Year, IReadOnlyList<TimelineMonth> Months)
{
    public int Count => Months.Sum(m => m.Articles.Count);
}

/// <summary>The Index stage's result: the whole archive, sorted and grouped for rendering.</summary>
/// <param name="Articles">Every article, newest first; ties broken by slug so order is stable.</param>
/// <param name="ByTopic">Topic id to its articles, newest first; only topics with articles.</param>
/// <param name="ByLeader">Leader id to their articles, newest first; only leaders with articles.</param>
/// <param name="Timeline">Years, oldest first.</param>
/// <param name="Related">Slug to the most related other articles, best first.</param>
public sealed record Archive(
    IReadOnlyList<Article> Articles,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ByTopic,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> ByLeader,
    IReadOnlyList<TimelineYear> Timeline,
    IReadOnlyDictionary<string, IReadOnlyList<Article>> Related,
    KnowledgeBase Knowledge);
