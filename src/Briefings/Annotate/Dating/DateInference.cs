using System.Globalization;

namespace Briefings.Annotate.Dating;

/// <summary>The dating result for an article without a stated date.</summary>
public sealed record InferredDate(DateOnly Date, DateBasis Basis, DateOnly? Earliest, DateOnly? Latest, IReadOnlyList<string> Evidence)
{
    /// <summary>The file date the inference was given, if any (<see cref="Article.FileDate"/>).</summary>
    public DateOnly? FileDate { get; init; }
}

/// <summary>
/// Intersects dating clues into a window. When clues conflict, the weakest (then the least supported by the others)
/// is dropped and the reason recorded. The date shown is the best single estimate inside the window.
/// </summary>
public static class DateInference
{
    /// <summary>How far past the earliest possible date to place an article whose window is bounded only by the file date.</summary>
    private const int TypicalLagDays = 182;

    public static InferredDate Infer(IReadOnlyList<DateClue> clues, DateOnly? fileDate, DateOnly fallback)
    {
        var all = clues.ToList();
        if (fileDate is { } file)
            all.Add(new DateClue($"file added to the archive on {Iso(file)}: not later", DateSet.Until(file), ClueStrength.FileDate));
        var (window, used, dropped) = Agreed(all);
        // A window of single days where one term ends and another begins is a handover, and almost never the story's
        // day: the outgoing holder is named for a past act ("after President Trump pulled out", beside "President
        // Biden"). The earliest such day's outgoing holder is set aside.
        if (window.Spans is [var first, ..] && window.Spans.All(s => s.From == s.To)
            && used.Any(c => c.Allowed.Spans.Any(s => s.From == first.From && s.To > s.From))
            && used.Where(c => c.Strength == ClueStrength.Office && c.Allowed.Spans.Any(s => s.To == first.From && s.From < s.To)).ToList() is { Count: > 0 } ending)
        {
            (window, used, dropped) = Agreed([.. all.Except(ending)]);
            dropped.AddRange(ending);
        }
        var hull = window.Hull;
        var textClues = used.Where(c => c.Strength != ClueStrength.FileDate).ToList();
        if (textClues.Count == 0 || hull.From == DateOnly.MinValue)
        {
            var evidence = new List<string> { fileDate is { } f ? $"no dating evidence in the text: using the file's commit date {Iso(f)}" : $"no dating evidence in the text and no file date: using {Iso(fallback)}" };
            return new InferredDate(fileDate ?? fallback, DateBasis.Fallback, null, null, evidence) { FileDate = fileDate };
        }
        var reasons = used.Select(c => c.Reason).Concat(dropped.Select(c => $"ignored {c.Reason}, which conflicts with the rest")).ToList();
        var latest = hull.To == DateOnly.MaxValue ? (DateOnly?)null : hull.To;
        var openEnded = latest is null || fileDate == latest;
        var estimate = openEnded
            ? Min(hull.From.AddDays(TypicalLagDays), latest ?? DateOnly.MaxValue)
            : hull.From.AddDays((hull.To.DayNumber - hull.From.DayNumber) / 2);
        return new InferredDate(Inside(window, estimate), DateBasis.Inferred, hull.From, latest, reasons) { FileDate = fileDate };
    }

    /// <summary>The window the clues agree on, the clues used for it and those set aside.</summary>
    private static (DateSet Window, List<DateClue> Used, List<DateClue> Dropped) Agreed(List<DateClue> all)
    {
        var support = all.ToDictionary(c => c, c => all.Count(o => !ReferenceEquals(o, c) && o.Allowed.Overlaps(c.Allowed)));
        var ordered = all.Select((c, i) => (Clue: c, Index: i))
            .OrderByDescending(x => x.Clue.Strength).ThenByDescending(x => support[x.Clue]).ThenBy(x => x.Index)
            .Select(x => x.Clue);
        var window = DateSet.Always;
        var used = new List<DateClue>();
        var dropped = new List<DateClue>();
        foreach (var clue in ordered)
        {
            var next = window.Intersect(clue.Allowed);
            if (next.IsEmpty)
            {
                dropped.Add(clue);
                continue;
            }
            window = next;
            used.Add(clue);
        }
        return dropped.Count > 0 ? MostAgreed(all) : (window, used, dropped);
    }

    /// <summary>
    /// When clues conflict, the day the most clues allow (stronger clues first: one officeholder outweighs any number
    /// of years mentioned), and the clues that allow it. Dropping clues one by one, by how many others each overlaps,
    /// can keep the wrong side: a president named for a past act ("after President Trump pulled out") overlaps nearly
    /// everything through a later second term, yet agrees with few of the clues together.
    /// </summary>
    private static (DateSet Window, List<DateClue> Used, List<DateClue> Dropped) MostAgreed(List<DateClue> clues)
    {
        // The count of clues allowing a day only rises where one of them starts: those days are the candidates.
        var best = DateOnly.MinValue;
        var bestScore = -1L;
        foreach (var day in clues.SelectMany(c => c.Allowed.Spans).Select(s => s.From).Distinct().Order())
        {
            var score = clues.Where(c => c.Allowed.Spans.Any(s => s.Contains(day))).Sum(c => Weight(c.Strength));
            if (score > bestScore)
                (best, bestScore) = (day, score);
        }
        var used = clues.Where(c => c.Allowed.Spans.Any(s => s.Contains(best))).ToList();
        var window = used.Aggregate(DateSet.Always, (w, c) => w.Intersect(c.Allowed));
        return (window, used, [.. clues.Where(c => !used.Contains(c))]);
    }

    private static long Weight(ClueStrength strength) => strength switch
    {
        ClueStrength.Office => 1_000_000,
        ClueStrength.FileDate => 10_000,
        ClueStrength.NearStart => 100,
        _ => 1,
    };

    /// <summary>The estimate, moved to the nearest allowed day when it falls between two allowed spans (between two terms).</summary>
    private static DateOnly Inside(DateSet window, DateOnly estimate)
    {
        if (window.Spans.Any(s => s.Contains(estimate)))
            return estimate;
        return window.Spans.SelectMany(s => new[] { s.From, s.To })
            .Where(d => d != DateOnly.MinValue && d != DateOnly.MaxValue)
            .OrderBy(d => Math.Abs(d.DayNumber - estimate.DayNumber)).ThenBy(d => d)
            .First();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
