using Briefings.Load;

namespace Briefings.Benchmarks.Generation;

/// <summary>
/// Decides what one synthetic article says: its date (2000–2025), the leaders it names (preferring people in office
/// that day, named with their role), 1–4 topics whose rule terms it uses, a unique title, and ~700 words of prose.
/// </summary>
internal sealed class ArticlePlanner(KnowledgeBase knowledge)
{
    private static readonly DateOnly First = new(2000, 1, 1);
    private static readonly DateOnly Last = new(2025, 12, 31);
    private const int TargetWords = 700;

    private readonly HashSet<string> _usedSlugs = new(StringComparer.Ordinal);

    public ArticlePlan Plan(int index, Random rng)
    {
        var date = First.AddDays(rng.Next(Last.DayNumber - First.DayNumber + 1));
        var leaders = PickLeaders(date, rng);
        var topics = Pick(knowledge.Topics, rng.Next(1, 5), rng);
        var title = UniqueTitle(leaders, topics, rng);
        var prose = new ProseWriter(rng, leaders);
        var body = new List<Block> { new Paragraph(prose.Lede()) };
        var topicSentences = new Queue<string>(topics.SelectMany(t => TopicTerms(t)).Select(prose.SentenceWith));
        var section = 0;
        while (Words(body) < TargetWords)
        {
            if (body.Count % 4 == 0)
            {
                body.Add(new Heading(Vocabulary.HeadingWords[(index + section++) % Vocabulary.HeadingWords.Length]));
                if (rng.Next(3) == 0)
                    body.Add(rng.Next(2) == 0 ? prose.List() : prose.Table(date));
            }
            body.Add(new Paragraph(prose.Paragraph(topicSentences)));
        }
        while (topicSentences.Count > 0)
            body.Add(new Paragraph(prose.Paragraph(topicSentences)));
        return new ArticlePlan(index, title, date, leaders, [.. topics.Select(t => t.Id)], body);
    }

    private List<LeaderMention> PickLeaders(DateOnly date, Random rng)
    {
        if (knowledge.Leaders.Count == 0)
            return [];
        var inOffice = knowledge.Leaders.Where(l => KnowledgeFacts.OfficeOn(l, date) is not null).ToList();
        var pool = inOffice.Count > 0 ? inOffice : [.. knowledge.Leaders];
        return [.. Pick(pool, rng.Next(1, 4), rng).Select(l => Mention(l, date, rng))];
    }

    private static LeaderMention Mention(Leader leader, DateOnly date, Random rng)
    {
        var office = KnowledgeFacts.OfficeOn(leader, date);
        var first = office is { Roles.Count: > 0 }
            ? KnowledgeFacts.TitleCase(office.Roles[rng.Next(office.Roles.Count)]) + " " + leader.Name
            : leader.Name;
        return new LeaderMention(leader.Id, first, KnowledgeFacts.ShortName(leader));
    }

    /// <summary>The topic's heaviest terms until their weights reach the threshold, each used once in the text.</summary>
    private static IEnumerable<string> TopicTerms(Topic topic)
    {
        var total = 0.0;
        foreach (var term in topic.Terms.OrderByDescending(t => t.Weight).ThenBy(t => t.Text, StringComparer.Ordinal))
        {
            if (total >= topic.Threshold)
                yield break;
            total += term.Weight;
            yield return term.Text;
        }
    }

    private string UniqueTitle(List<LeaderMention> leaders, List<Topic> topics, Random rng)
    {
        for (var attempt = 0; ; attempt++)
        {
            var subject = leaders.Count > 0 && rng.Next(3) > 0
                ? leaders[rng.Next(leaders.Count)].ShortName
                : Vocabulary.Capitals[rng.Next(Vocabulary.Capitals.Length)];
            var title = $"{subject} {Any(Vocabulary.Verbs, rng)} {Any(Vocabulary.Objects, rng)}";
            title += rng.Next(2) == 0 || topics.Count == 0
                ? $" in {Any(Vocabulary.Capitals, rng)}"
                : $" as {topics[rng.Next(topics.Count)].Name} talks resume";
            // Headlines of a long archive repeat; a later one gets a distinguishing tail, as editors do.
            if (attempt > 3)
                title += $", part {attempt - 2}";
            if (_usedSlugs.Add(Slug.From(title)))
                return title;
        }
    }

    private static string Any(string[] words, Random rng) => words[rng.Next(words.Length)];

    private static List<T> Pick<T>(IReadOnlyList<T> items, int count, Random rng)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        var picked = new List<T>();
        while (picked.Count < count && indexes.Count > 0)
        {
            var at = rng.Next(indexes.Count);
            picked.Add(items[indexes[at]]);
            indexes.RemoveAt(at);
        }
        return picked;
    }

    private static int Words(List<Block> body) => new ArticlePlan(0, "", First, [], [], body).WordCount;
}
