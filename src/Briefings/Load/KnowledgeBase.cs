namespace Briefings.Load;

/// <summary>A public office held for a term; <see cref="End"/> is null while in office.</summary>
/// <param name="Title">As written for readers: "Secretary of State".</param>
/// <param name="Roles">Role words that, placed before a name, point to this office: "secretary of state", "top diplomat".</param>
/// <param name="Country">Country or organisation of the office, when it differs from the person's.</param>
public sealed record Office(string Title, IReadOnlyList<string> Roles, DateOnly Start, DateOnly? End, string? Country = null);

/// <summary>A person the archive indexes, from <c>input/data/leaders.yml</c>.</summary>
/// <param name="Id">Lowercase ASCII slug of the canonical English name: <c>volodymyr-zelensky</c>.</param>
/// <param name="Aliases">Other spellings of the full name: Zelenskyy, Selenskyj.</param>
/// <param name="ShortNames">Forms that identify the person only after a full mention or with a role word: Zelensky, Xi.</param>
/// <param name="Line">Line where the entry starts, for error messages.</param>
/// <param name="Source">The knowledge-base file the entry comes from, relative to the input folder.</param>
public sealed record Leader(
    string Id,
    string Name,
    string Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ShortNames,
    IReadOnlyList<Office> Offices,
    int Line = 0,
    string Source = "data/leaders.yml");

/// <summary>One weighted term of a topic rule: a word or phrase, matched case-insensitively on word boundaries.</summary>
public sealed record TopicTerm(string Text, double Weight);

/// <summary>
/// A group of terms of which an article must reach <see cref="Minimum"/> weight for a topic to apply at all:
/// "US–Russia" needs both something American and something Russian.
/// </summary>
public sealed record TopicRequirement(IReadOnlyList<TopicTerm> Terms, double Minimum);

/// <summary>A topic of the editorial taxonomy, from <c>input/data/topics.yml</c>.</summary>
/// <param name="Threshold">Total weight of matched terms an article needs to be filed under this topic.</param>
public sealed record Topic(string Id, string Name, string Description, IReadOnlyList<TopicTerm> Terms, double Threshold, int Line = 0)
{
    /// <summary>Groups of terms that must each be present (the <c>requires</c> key); empty for most topics.</summary>
    public IReadOnlyList<TopicRequirement> Requires { get; init; } = [];
}

/// <summary>What the archive knows beyond the articles: people and topics.</summary>
public sealed record KnowledgeBase
{
    public KnowledgeBase(IReadOnlyList<Leader> leaders, IReadOnlyList<Topic> topics)
    {
        Leaders = leaders;
        Topics = topics;
    }

    public static KnowledgeBase Empty { get; } = new([], []);

    // Render looks ids up for every link on every page: the lists are indexed once, whenever they are set
    // (also by a `with` copy), so lookups never scan and never see a stale index.
    private readonly Dictionary<string, Leader> _leadersById = [];
    private readonly Dictionary<string, Topic> _topicsById = [];

    public IReadOnlyList<Leader> Leaders
    {
        get;
        init
        {
            field = value;
            _leadersById = Index(value, l => l.Id);
        }
    }

    public IReadOnlyList<Topic> Topics
    {
        get;
        init
        {
            field = value;
            _topicsById = Index(value, t => t.Id);
        }
    }

    public Leader? FindLeader(string id) => _leadersById.GetValueOrDefault(id);

    public Topic? FindTopic(string id) => _topicsById.GetValueOrDefault(id);

    // The first entry wins for a duplicated id, as a linear search would; the loader reports duplicates as errors.
    private static Dictionary<string, T> Index<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
            index.TryAdd(id(item), item);
        return index;
    }
}
