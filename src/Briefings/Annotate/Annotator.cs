using Briefings.Clean;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Annotate;

/// <summary>
/// The Annotate stage: adds leaders, topics, a date (explicit or inferred), a summary and a slug.
/// Pure and thread-safe for a given knowledge base.
/// </summary>
public sealed class Annotator(KnowledgeBase knowledge)
{
    /// <summary>Date used when an article has no dating evidence at all and no file date is known.</summary>
    public DateOnly FallbackDate { get; init; } = new(2000, 1, 1);

    public Article Annotate(CleanArticle clean, ProblemLog problems)
    {
        var fm = clean.FrontMatter;
        var leaders = fm.Leaders ?? FindLeaders(clean.Body);
        var topics = fm.Topics ?? FindTopics(clean.Title + "\n" + clean.Body);
        foreach (var id in fm.Leaders ?? [])
            if (knowledge.FindLeader(id) is null)
                problems.Warn(clean.Origin, 1, $"unknown leader id '{id}' in front matter", "add the person to data/leaders.yml");
        foreach (var id in fm.Topics ?? [])
            if (knowledge.FindTopic(id) is null)
                problems.Warn(clean.Origin, 1, $"unknown topic id '{id}' in front matter", "use an id from data/topics.yml");

        var (date, basis) = fm.Date is { } d ? (d, DateBasis.FrontMatter)
            : clean.ExplicitDate is { } e ? (e, DateBasis.Explicit)
            : (FallbackDate, DateBasis.Fallback);

        return new Article(
            Slug: fm.Slug ?? Slug.From(clean.Title),
            Title: clean.Title,
            Date: date,
            DateBasis: basis,
            DateEarliest: null,
            DateLatest: null,
            DateEvidence: [],
            Source: clean.Source,
            Leaders: leaders,
            Topics: topics,
            Summary: fm.Summary ?? SummaryOf(clean.Body),
            Body: clean.Body,
            Origin: clean.Origin,
            OtherPeople: []);
    }

    private List<string> FindLeaders(string body) =>
        [.. knowledge.Leaders
            .Where(l => new[] { l.Name }.Concat(l.Aliases).Any(n => body.Contains(n, StringComparison.Ordinal)))
            .Select(l => l.Id)
            .Order(StringComparer.Ordinal)];

    private List<string> FindTopics(string text)
    {
        var lower = text.ToLowerInvariant();
        return [.. knowledge.Topics
            .Where(t => t.Terms.Where(term => lower.Contains(term.Text.ToLowerInvariant(), StringComparison.Ordinal)).Sum(term => term.Weight) >= t.Threshold)
            .Select(t => t.Id)];
    }

    /// <summary>The lede's first one or two sentences, at most about 300 characters.</summary>
    internal static string SummaryOf(string body)
    {
        var lede = body.Split('\n').FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('|') && !l.StartsWith("- ", StringComparison.Ordinal)) ?? "";
        if (lede.Length <= 300)
            return lede;
        var cut = lede.LastIndexOf(". ", 300, StringComparison.Ordinal);
        return cut > 60 ? lede[..(cut + 1)] : lede[..lede.LastIndexOf(' ', 300)] + "…";
    }
}
