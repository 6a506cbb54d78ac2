using System.Globalization;
using Briefings.Annotate.People;
using Briefings.Load;

namespace Briefings.Annotate.Dating;

/// <summary>
/// Dating evidence from people named with an office: "Secretary of State Antony Blinken" puts the article inside
/// Blinken's term, "former President Donald Trump" after a term ended, "the new chancellor" near a term's start.
/// A person named without an office proves nothing: people stay in the news after leaving office.
/// </summary>
internal static class OfficeClues
{
    private const int NewDays = 365;
    private const int IncomingDays = 120;

    public static IEnumerable<DateClue> From(IEnumerable<LeaderMention> mentions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Phrase is not { IsOffice: true } phrase || phrase.Has("then") || phrase.Has("late") || phrase.Has("future"))
                continue;
            var offices = mention.Offices;
            if (offices.Count == 0)
                continue;
            var clue = Clue(mention.Leader, phrase, offices);
            if (clue is not null && seen.Add(clue.Reason))
                yield return clue;
        }
    }

    internal static DateClue? Clue(Leader leader, OfficePhrase phrase, IReadOnlyList<Office> offices)
    {
        var title = offices[0].Title;
        if (phrase.Has("former") || phrase.Has("ex"))
        {
            var gaps = FormerGaps(offices);
            return gaps.IsEmpty ? null : new DateClue($"{leader.Name} called former {title}: after the term ended ({Span(gaps)})", gaps, ClueStrength.Office);
        }
        if (phrase.Has("incoming") || phrase.Has("elect") || phrase.Has("designate"))
        {
            var set = new DateSet([.. offices.Select(o => new DateSpan(o.Start.AddDays(-IncomingDays), o.Start))]);
            return new DateClue($"{leader.Name} called incoming {title}: shortly before the term began ({Span(set)})", set, ClueStrength.NearStart);
        }
        if (phrase.Has("new") || phrase.Has("newly"))
        {
            var set = new DateSet([.. offices.Select(o => new DateSpan(o.Start, Min(o.Start.AddDays(NewDays), o.End ?? DateOnly.MaxValue)))]);
            return new DateClue($"{leader.Name} called the new {title}: within a year of taking office ({Span(set)})", set, ClueStrength.NearStart);
        }
        var terms = new DateSet([.. offices.Select(o => new DateSpan(o.Start, o.End ?? DateOnly.MaxValue)).OrderBy(s => s.From)]);
        return new DateClue($"{leader.Name} named as {title} ({Span(terms)})", terms, ClueStrength.Office);
    }

    /// <summary>The times when the person had held one of these offices and did not hold any of them.</summary>
    private static DateSet FormerGaps(IReadOnlyList<Office> offices)
    {
        var ordered = offices.OrderBy(o => o.Start).ToList();
        var gaps = new List<DateSpan>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].End is not { } end)
                continue;
            var next = ordered.Skip(i + 1).Where(o => o.Start >= end).Select(o => (DateOnly?)o.Start).FirstOrDefault();
            if (ordered.Any(o => o.Start <= end && (o.End ?? DateOnly.MaxValue) > end && o != ordered[i]))
                continue;
            gaps.Add(new DateSpan(end, next is { } n ? n.AddDays(-1) : DateOnly.MaxValue));
        }
        return new DateSet(gaps);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    internal static string Span(DateSet set) => string.Join(" or ", set.Spans.Select(Span));

    internal static string Span(DateSpan s)
    {
        var from = s.From == DateOnly.MinValue ? "…" : s.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = s.To == DateOnly.MaxValue ? "…" : s.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{from} to {to}";
    }
}
