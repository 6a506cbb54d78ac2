using System.Globalization;
using Briefings.Annotate.Dating;
using Briefings.Annotate.People;
using Briefings.Annotate.Text;
using Briefings.Annotate.Topics;
using Briefings.Clean;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Annotate;

/// <summary>
/// The Annotate stage: adds leaders, topics, a date (explicit or inferred), a summary and a slug.
/// Pure and thread-safe for a given knowledge base: lookups are built once, in the constructor.
/// </summary>
public sealed class Annotator
{
    private readonly KnowledgeBase _knowledge;
    private readonly LeaderLinker _linker;
    private readonly PeopleFinder _people;
    private readonly TopicScorer _topics;

    public Annotator(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        var names = new NameIndex(knowledge.Leaders);
        _linker = new LeaderLinker(names);
        _people = new PeopleFinder(names);
        _topics = new TopicScorer(knowledge.Topics);
    }

    /// <summary>Date used when an article has no dating evidence at all and no file date is known.</summary>
    public DateOnly FallbackDate { get; init; } = new(2000, 1, 1);

    /// <summary>An input file's commit date (or modification time), by origin (<c>articles/x.txt</c>): the fallback and an upper bound; asked only for an article that states no date.</summary>
    public Func<string, DateOnly?> FileDate { get; init; } = _ => null;

    public Article Annotate(CleanArticle clean, ProblemLog problems)
    {
        var fm = clean.FrontMatter;
        WarnUnknownTopics(clean, problems);
        var title = new ScannedText(clean.Title);
        var whole = new ScannedText(clean.Title + "\n" + clean.Body);
        var body = whole.From(clean.Title.Length + 1);

        var people = _people.Find(whole);
        var mentions = _linker.Find(whole, people.LocalSurnames, linked => Period(clean, linked, body)).Concat(people.KnownByVariant).ToList();
        var leaders = FrontMatterLeaders(clean, problems) ?? [.. mentions.Select(m => m.Leader.Id)
            .Concat(people.People.Where(p => p.IsLeader).Select(p => p.Id))
            .Distinct()
            .Order(StringComparer.Ordinal)];
        var topics = fm.Topics ?? _topics.Topics(title, body);
        var date = Date(clean, mentions, body);
        if (date.Basis == DateBasis.FrontMatter)
            date = CheckAgainstOfficeholders(clean, date, mentions, problems);

        return new Article(
            Slug: fm.Slug ?? SlugOf(clean),
            Title: clean.Title,
            Date: date.Date,
            DateBasis: date.Basis,
            DateEarliest: date.Earliest,
            DateLatest: date.Latest,
            DateEvidence: date.Evidence,
            Source: clean.Source,
            Leaders: leaders,
            Topics: topics,
            Summary: fm.Summary ?? Summary.Of(clean.Body),
            Body: clean.Body,
            Origin: clean.Origin,
            OtherPeople: people.People)
        { FileDate = date.FileDate };
    }

    /// <summary>Front matter wins, then a date the text states; otherwise a window inferred from the evidence.</summary>
    private InferredDate Date(CleanArticle clean, IReadOnlyList<LeaderMention> mentions, ScannedText body)
    {
        if (clean.FrontMatter.Date is { } d)
            return new InferredDate(d, DateBasis.FrontMatter, null, null, ["date given in the front matter"]);
        if (clean.ExplicitDate is { } e)
            return new InferredDate(e, DateBasis.Explicit, null, null, ["date stated in the article"]);
        return DateInference.Infer(Clues(mentions, body), FileDate(clean.Origin), FallbackDate);
    }

    /// <summary>What dates a text that states no date: its officeholders' terms, in the order named, and the years it gives.</summary>
    private static List<DateClue> Clues(IReadOnlyList<LeaderMention> mentions, ScannedText body) =>
        [.. OfficeClues.From(mentions.OrderBy(m => m.First)), .. YearClues.From(body)];

    /// <summary>
    /// When the text is about, for choosing among namesakes: its front matter's or stated date, else the window its
    /// officeholders and years allow; null when nothing in the text dates it (a file date says when it was filed, not
    /// whom a "President Bush" means).
    /// </summary>
    private static DateSet? Period(CleanArticle clean, IReadOnlyList<LeaderMention> linked, ScannedText body)
    {
        if ((clean.FrontMatter.Date ?? clean.ExplicitDate) is { } day)
            return DateSet.From(day, day);
        return DateInference.Infer(Clues(linked, body), null, default) is { Basis: DateBasis.Inferred, Earliest: { } from } window
            ? DateSet.From(from, window.Latest ?? DateOnly.MaxValue)
            : null;
    }

    /// <summary>
    /// An editor's date that none of the officeholders the text names could have been in office on is most likely a
    /// typo. When one digit of its year, changed, gives the only year whose same day falls in the window the offices
    /// allow (2013 for 2023), that day is taken, and said; otherwise the editor's date is kept and the window reported.
    /// </summary>
    private InferredDate CheckAgainstOfficeholders(CleanArticle clean, InferredDate stated, IReadOnlyList<LeaderMention> mentions, ProblemLog problems)
    {
        var offices = OfficeClues.From(mentions.OrderBy(m => m.First)).ToList();
        if (offices.Count == 0 || DateInference.Infer(offices, null, FallbackDate) is not { Earliest: { } from, Latest: { } to } window)
            return stated;
        var date = stated.Date;
        if (date >= from && date <= to)
            return stated;
        var outside = $"the front matter's date {date:yyyy-MM-dd} is outside {from:yyyy-MM-dd} to {to:yyyy-MM-dd}, when the officeholders the text names held their offices ({string.Join("; ", window.Evidence.Take(2))})";
        if (YearOneDigitAway(date, from, to) is not { } corrected)
        {
            problems.Warn(clean.Origin, 1, outside, "check the year, or the office the text gives them");
            return stated;
        }
        problems.Warn(clean.Origin, 1, $"{outside}: read as {corrected:yyyy-MM-dd}", "correct the year in the front matter");
        return stated with { Date = corrected, Evidence = [$"date given in the front matter, its year read as {corrected.Year} (not {date.Year}): the officeholders the text names held their offices then"] };
    }

    /// <summary>The same day in the one year that differs from the date's in a single digit and falls in the window; null if none or several.</summary>
    private static DateOnly? YearOneDigitAway(DateOnly date, DateOnly from, DateOnly to)
    {
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        var fits = new List<DateOnly>();
        for (var y = from.Year; y <= to.Year; y++)
        {
            var other = y.ToString(CultureInfo.InvariantCulture);
            if (other.Length == year.Length && other.Zip(year).Count(p => p.First != p.Second) == 1
                && ExplicitDateParser.DateOf(y, date.Month, date.Day) is { } candidate && candidate >= from && candidate <= to)
                fits.Add(candidate);
        }
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>
    /// The front matter's leaders: an id the knowledge base lacks is read as the one id a slip of two letters or fewer
    /// away (<c>xi-jingping</c> for <c>xi-jinping</c>), and said; otherwise it is kept and reported.
    /// </summary>
    private IReadOnlyList<string>? FrontMatterLeaders(CleanArticle clean, ProblemLog problems)
    {
        if (clean.FrontMatter.Leaders is not { } ids)
            return null;
        var leaders = new List<string>(ids.Count);
        foreach (var id in ids)
        {
            if (_knowledge.FindLeader(id) is not null)
                leaders.Add(id);
            else if (_knowledge.Leaders.Where(l => EditDistance.Of(l.Id, id) <= 2).Take(2).ToList() is [var near])
            {
                problems.Warn(clean.Origin, 1, $"unknown leader id '{id}' in front matter: read as '{near.Id}' ({near.Name})", "correct the id in the front matter");
                leaders.Add(near.Id);
            }
            else
            {
                problems.Warn(clean.Origin, 1, $"unknown leader id '{id}' in front matter", "add the person to data/leaders.yml");
                leaders.Add(id);
            }
        }
        return [.. leaders.Distinct(StringComparer.Ordinal)];
    }

    private void WarnUnknownTopics(CleanArticle clean, ProblemLog problems)
    {
        foreach (var id in clean.FrontMatter.Topics ?? [])
            if (_knowledge.FindTopic(id) is null)
                problems.Warn(clean.Origin, 1, $"unknown topic id '{id}' in front matter", "use an id from data/topics.yml");
    }

    /// <summary>The title's slug; a title with no Latin letters falls back to the file name.</summary>
    private static string SlugOf(CleanArticle clean)
    {
        var slug = Load.Slug.From(clean.Title);
        return slug.Length > 0 ? slug : Load.Slug.From(Path.GetFileNameWithoutExtension(clean.Origin));
    }
}
