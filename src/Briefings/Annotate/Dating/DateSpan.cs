namespace Briefings.Annotate.Dating;

/// <summary>A closed range of days; open ends use <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/>.</summary>
public readonly record struct DateSpan(DateOnly From, DateOnly To)
{
    public static DateSpan Always { get; } = new(DateOnly.MinValue, DateOnly.MaxValue);

    public bool IsEmpty => From > To;

    public DateSpan Intersect(DateSpan other) => new(From > other.From ? From : other.From, To < other.To ? To : other.To);

    public bool Contains(DateOnly day) => From <= day && day <= To;
}

/// <summary>A union of date spans: the terms of several offices, the gaps between terms.</summary>
public sealed record DateSet(IReadOnlyList<DateSpan> Spans)
{
    public static DateSet Always { get; } = new([DateSpan.Always]);

    public bool IsEmpty => Spans.Count == 0;

    public DateSet Intersect(DateSet other) =>
        new([.. Spans.SelectMany(a => other.Spans.Select(a.Intersect)).Where(s => !s.IsEmpty).OrderBy(s => s.From)]);

    public bool Overlaps(DateSet other) => !Intersect(other).IsEmpty;

    /// <summary>The smallest single span holding every part.</summary>
    public DateSpan Hull => Spans.Count == 0 ? new DateSpan(DateOnly.MaxValue, DateOnly.MinValue) : new(Spans.Min(s => s.From), Spans.Max(s => s.To));

    public static DateSet From(DateOnly from, DateOnly to) => new([new DateSpan(from, to)]);

    public static DateSet Since(DateOnly from) => From(from, DateOnly.MaxValue);

    public static DateSet Until(DateOnly to) => From(DateOnly.MinValue, to);
}
