using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Load;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Knowledge;

/// <summary>
/// The real knowledge base (data/leaders.yml and data/leaders/*.yml): a wrong date misdates articles and an ambiguous
/// alias puts an article on the wrong leader's page, so the data itself is checked here.
/// </summary>
public sealed class KnowledgeBaseDataTests
{
    private static readonly DateOnly Earliest = new(1945, 1, 1);

    private static readonly (IReadOnlyList<Leader> Leaders, IReadOnlyList<Problem> Problems) Loaded = LoadReal();

    private static IReadOnlyList<Leader> Leaders => Loaded.Leaders;

    private static (IReadOnlyList<Leader>, IReadOnlyList<Problem>) LoadReal()
    {
        var problems = new ProblemLog();
        var kb = KnowledgeBaseLoader.Load(RepoPaths.Input, problems);
        return (kb.Leaders, problems.All);
    }

    private static Leader Person(string id) =>
        Leaders.SingleOrDefault(l => l.Id == id) ?? throw new Xunit.Sdk.XunitException($"'{id}' is not in the knowledge base");

    [Fact]
    public void A_city_that_ends_in_a_leaders_short_name_is_not_the_leader()
    {
        var knowledge = KnowledgeBaseLoader.Load(RepoPaths.Input, new ProblemLog());
        var body = "Looting spread through La Paz and El Alto. By night La Paz was quiet, and La Paz police made arrests.";
        var article = new Annotator(knowledge).Annotate(Briefings.Tests.Annotate.TestKnowledge.Clean(body), new ProblemLog());
        Assert.DoesNotContain("rodrigo-paz", article.Leaders);
    }

    [Fact]
    public void The_leader_files_load_without_problems_and_hold_hundreds_of_people()
    {
        Assert.Empty(Loaded.Problems);
        Assert.True(Leaders.Count >= 300, $"only {Leaders.Count} people");
    }

    [Fact]
    public void Every_id_is_unique_and_the_slug_of_the_name_or_of_an_alias()
    {
        var duplicates = Leaders.GroupBy(l => l.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
        var bad = Leaders
            .Where(l => !Slug.IsValid(l.Id) || !new[] { l.Name }.Concat(l.Aliases).Any(n => Slug.From(n) == l.Id))
            .Select(l => $"{l.Source}:{l.Line}: {l.Id} ({l.Name})");
        Assert.Empty(bad);
    }

    [Fact]
    public void Every_person_has_a_country_and_an_office_and_every_office_has_a_title_and_role_words()
    {
        var bad = new List<string>();
        foreach (var leader in Leaders)
        {
            if (string.IsNullOrWhiteSpace(leader.Country) || leader.Offices.Count == 0)
                bad.Add($"{leader.Source}:{leader.Line}: {leader.Id} needs a country and at least one office");
            foreach (var office in leader.Offices)
            {
                if (string.IsNullOrWhiteSpace(office.Title) || office.Roles.Count == 0)
                    bad.Add($"{leader.Source}:{leader.Line}: {leader.Id} '{office.Title}' has no role words");
                if (office.Roles.Any(r => r.Trim() != r || r != r.ToLowerInvariant() || r.Length == 0))
                    bad.Add($"{leader.Source}:{leader.Line}: {leader.Id} '{office.Title}' has a role that is not lowercase and trimmed");
            }
        }
        Assert.Empty(bad);
    }

    [Fact]
    public void Every_term_starts_before_it_ends_inside_1945_to_today_and_a_persons_terms_are_in_order()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var bad = new List<string>();
        foreach (var leader in Leaders)
        {
            foreach (var o in leader.Offices)
            {
                var where = $"{leader.Source}:{leader.Line}: {leader.Id} '{o.Title}' {o.Start:yyyy-MM-dd}..{o.End:yyyy-MM-dd}";
                if (o.Start < Earliest || o.Start > today || o.End is { } end && (end < o.Start || end > today))
                    bad.Add(where);
            }
            var starts = leader.Offices.Select(o => o.Start).ToList();
            if (!starts.SequenceEqual(starts.Order()))
                bad.Add($"{leader.Source}:{leader.Line}: {leader.Id} offices are not ordered by start");
        }
        Assert.Empty(bad);
    }

    [Fact]
    public void No_person_holds_the_same_office_twice_at_once()
    {
        var bad = new List<string>();
        foreach (var leader in Leaders)
        {
            foreach (var group in leader.Offices.GroupBy(o => o.Title, StringComparer.Ordinal))
            {
                var terms = group.OrderBy(o => o.Start).ToList();
                for (var i = 1; i < terms.Count; i++)
                    if (terms[i - 1].End is not { } end || terms[i].Start < end)
                        bad.Add($"{leader.Source}:{leader.Line}: {leader.Id} '{group.Key}' terms overlap");
            }
        }
        Assert.Empty(bad);
    }

    [Fact]
    public void No_full_name_or_alias_names_two_people_or_doubles_as_someone_elses_short_name()
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var leader in Leaders)
            foreach (var name in new[] { leader.Name }.Concat(leader.Aliases))
                Owners(owners, Key(name)).Add(leader.Id);
        var shared = owners.Where(kv => kv.Value.Count > 1).Select(kv => $"'{kv.Key}': {string.Join(", ", kv.Value.Order())}");
        Assert.Empty(shared);

        var clashes = Leaders
            .SelectMany(l => l.ShortNames.Select(s => (Leader: l, Short: s)))
            .Where(x => owners.TryGetValue(Key(x.Short), out var ids) && !ids.Contains(x.Leader.Id))
            .Select(x => $"short name '{x.Short}' of {x.Leader.Id} is the full name of {string.Join(", ", owners[Key(x.Short)])}");
        Assert.Empty(clashes);
    }

    private static HashSet<string> Owners(Dictionary<string, HashSet<string>> owners, string key)
    {
        if (!owners.TryGetValue(key, out var set))
            owners[key] = set = new HashSet<string>(StringComparer.Ordinal);
        return set;
    }

    /// <summary>Spelling variants that differ only by case, diacritics, dots or hyphens read as the same name.</summary>
    private static string Key(string name) => string.Join(' ', Slug.Fold(name)
        .Split([' ', '-', '.', '\u2010'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Short_names_are_capitalised_words_so_ordinary_prose_never_links()
    {
        string[] particles = ["al-", "el-", "bin ", "ibn ", "de ", "da ", "di ", "le ", "van ", "von ", "zu "];
        var bad = Leaders.SelectMany(l => l.ShortNames.Select(s => (l.Id, Short: s)))
            .Where(x => x.Short.Length < 2 || x.Short.Trim() != x.Short
                || !char.IsUpper(x.Short[0]) && !particles.Any(p => x.Short.StartsWith(p, StringComparison.Ordinal)))
            .Select(x => $"{x.Id}: '{x.Short}'");
        Assert.Empty(bad);
    }

    [Theory]
    [InlineData("antony-blinken", "United States Secretary of State", "2021-01-26", "2025-01-20")]
    [InlineData("jens-stoltenberg", "Secretary General of NATO", "2014-10-01", "2024-10-01")]
    [InlineData("mike-pence", "Vice President of the United States", "2017-01-20", "2021-01-20")]
    [InlineData("kaja-kallas", "Prime Minister of Estonia", "2021-01-26", "2024-07-23")]
    [InlineData("marco-rubio", "United States Secretary of State", "2025-01-21", null)]
    [InlineData("sergei-shoigu", "Minister of Defence of Russia", "2012-11-06", "2024-05-12")]
    [InlineData("andrei-belousov", "Minister of Defence of Russia", "2024-05-14", null)]
    [InlineData("oleksandr-turchynov", "President of Ukraine (acting)", "2014-02-23", "2014-06-07")]
    [InlineData("federica-mogherini", "High Representative of the Union for Foreign Affairs and Security Policy", "2014-11-01", "2019-11-30")]
    [InlineData("mark-esper", "United States Secretary of Defense", "2019-07-23", "2020-11-09")]
    [InlineData("emmanuel-macron", "President of France", "2017-05-14", null)]
    public void Famous_terms_have_their_public_record_dates(string id, string title, string start, string? end)
    {
        var terms = Person(id).Offices.Where(o => o.Title == title).ToList();
        Assert.Contains(terms, o => o.Start == DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)
            && o.End == (end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Trump", "donald-trump")]
    [InlineData("Donald J. Trump", "donald-trump")]
    [InlineData("Volodymyr Zelenskyy", "volodymyr-zelensky")]
    [InlineData("Wolodymyr Selenskyj", "volodymyr-zelensky")]
    [InlineData("Volodimir Zelensky", "volodymyr-zelensky")]
    [InlineData("Recep Tayyip Erdogan", "recep-tayyip-erdogan")]
    [InlineData("Kim Jong Un", "kim-jong-un")]
    [InlineData("Sergei Lavrov", "sergey-lavrov")]
    [InlineData("Sergey Ryabkov", "sergei-ryabkov")]
    [InlineData("Sergei Riabkov", "sergei-ryabkov")]
    [InlineData("Ayatollah Ali Khamenei", "ali-khamenei")]
    [InlineData("Dmitri Medvedev", "dmitry-medvedev")]
    [InlineData("Bashar al-Assad", "bashar-al-assad")]
    public void Common_spellings_reach_the_canonical_person(string spelling, string id)
    {
        var person = Person(id);
        var forms = new[] { person.Name }.Concat(person.Aliases).Concat(person.ShortNames).Select(Key);
        Assert.Contains(Key(spelling), forms);
    }

    [Theory]
    [InlineData("kim-jong-il", "kim-jong-un")]
    [InlineData("kaja-kallas", "siim-kallas")]
    [InlineData("boris-johnson", "mike-johnson")]
    [InlineData("jake-sullivan", "john-j-sullivan")]
    [InlineData("hillary-clinton", "bill-clinton")]
    public void People_who_share_a_surname_are_told_apart_by_their_full_names(string one, string other)
    {
        var a = Person(one);
        var b = Person(other);
        Assert.Empty(new[] { a.Name }.Concat(a.Aliases).Select(Key).Intersect(new[] { b.Name }.Concat(b.Aliases).Select(Key)));
        Assert.NotEmpty(a.ShortNames.Intersect(b.ShortNames));
    }

    [Theory]
    [InlineData("john-bolton")]
    [InlineData("wolfgang-ischinger")]
    [InlineData("karen-donfried")]
    [InlineData("yang-jiechi")]
    [InlineData("wang-yi")]
    [InlineData("bruno-macaes")]
    [InlineData("olaf-scholz")]
    [InlineData("angela-merkel")]
    [InlineData("xi-jinping")]
    [InlineData("vladimir-putin")]
    [InlineData("joe-biden")]
    public void Officials_named_in_the_seed_articles_are_known(string id) => Assert.NotNull(Person(id));
}
