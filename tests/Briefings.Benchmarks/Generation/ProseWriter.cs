using System.Globalization;

namespace Briefings.Benchmarks.Generation;

/// <summary>
/// Writes the sentences of one article. Leaders are introduced once with their role and full name, then called by
/// their short name, as reporters do; topic terms are worked into ordinary sentences.
/// </summary>
internal sealed class ProseWriter(Random rng, IReadOnlyList<LeaderMention> leaders)
{
    private readonly HashSet<string> _introduced = new(StringComparer.Ordinal);

    public string SentenceWith(string term) => rng.Next(4) switch
    {
        0 => $"The question of {term} dominated the discussion {Any(Vocabulary.Clauses)}.",
        1 => $"{Any(Vocabulary.Actors)} {Any(Vocabulary.Verbs)} {Any(Vocabulary.Objects)}, pointing to {term} as the main concern.",
        2 => $"Much of the debate turned on {term}, {Any(Vocabulary.Clauses)}.",
        _ => $"“This is about {term} as much as anything else,” one official said.",
    };

    /// <summary>The opening paragraph introduces every leader the article is about.</summary>
    public string Lede() =>
        string.Join(' ', leaders.Select(LeaderSentence).Append(Any(Vocabulary.Observations)));

    public string Paragraph(Queue<string> pending)
    {
        var sentences = new List<string>();
        var count = rng.Next(3, 6);
        for (var i = 0; i < count; i++)
            sentences.Add(Sentence());
        if (pending.Count > 0)
            sentences.Insert(rng.Next(sentences.Count + 1), pending.Dequeue());
        return string.Join(' ', sentences);
    }

    public ListBlock List() =>
        new([.. Enumerable.Range(0, rng.Next(3, 6)).Select(_ => Capitalise($"{Any(Vocabulary.Objects)} {Any(Vocabulary.Clauses)}"))], rng.Next(2) == 0);

    public TableBlock Table(DateOnly date)
    {
        var rows = new List<IReadOnlyList<string>> { new[] { "Date", "Measure", "Agreed by" } };
        for (var i = 0; i < rng.Next(3, 5); i++)
        {
            var day = date.AddDays(-rng.Next(1, 60));
            rows.Add([day.ToString("MMMM d", CultureInfo.InvariantCulture), Capitalise(Any(Vocabulary.Objects)), Any(Vocabulary.Capitals)]);
        }
        return new TableBlock(rows);
    }

    private string Sentence() => rng.Next(6) switch
    {
        0 or 1 when leaders.Count > 0 => LeaderSentence(leaders[rng.Next(leaders.Count)]),
        2 => Any(Vocabulary.Observations),
        3 => $"In {Any(Vocabulary.Capitals)}, {Any(Vocabulary.Actors).ToLowerInvariant()} {Any(Vocabulary.Verbs)} {Any(Vocabulary.Objects)} {Any(Vocabulary.Clauses)}.",
        4 => $"“We have been clear about {Any(Vocabulary.Objects)},” said {Any(Vocabulary.FirstNames)} {Any(Vocabulary.LastNames)}, an analyst in {Any(Vocabulary.Capitals)}.",
        _ => $"{Any(Vocabulary.Actors)} {Any(Vocabulary.Verbs)} {Any(Vocabulary.Objects)} {Any(Vocabulary.Clauses)}.",
    };

    private string LeaderSentence(LeaderMention leader)
    {
        var name = _introduced.Add(leader.Id) ? leader.FirstMention : leader.ShortName;
        return rng.Next(2) == 0
            ? $"{name} {Any(Vocabulary.Verbs)} {Any(Vocabulary.Objects)} {Any(Vocabulary.Clauses)}."
            : $"Speaking in {Any(Vocabulary.Capitals)}, {name} {Any(Vocabulary.Verbs)} {Any(Vocabulary.Objects)}.";
    }

    private string Any(string[] words) => words[rng.Next(words.Length)];

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
