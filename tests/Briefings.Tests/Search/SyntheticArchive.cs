using System.Globalization;
using System.Text;

namespace Briefings.Tests.Search;

/// <summary>
/// Writes a synthetic archive of Markdown articles (about 700 words each, with front matter) and a knowledge base of
/// 150 people and 25 topics, so the search index and its filters are as large as a real archive's. The words follow
/// a Zipf-like distribution over a made-up vocabulary; every article also carries one word no other article has
/// (<see cref="UniqueWord"/>), so a test knows exactly what a query must find. Deterministic for a given seed.
/// </summary>
public static class SyntheticArchive
{
    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ra", "ve", "do", "sa", "tu", "ne", "pi", "zo", "ar", "en", "ol", "us", "ix", "bra", "cor", "del", "fin",
         "gar", "hel", "jor", "kas", "lum", "mor", "nar", "pol", "quin", "rus", "sto", "tal", "ur", "vin", "wes", "yal", "zan"];

    private static readonly string[] Common = ["the", "of", "and", "to", "in", "a", "that", "is", "for", "on", "with", "as", "was", "by", "said", "its", "at", "from", "his", "it"];

    public static string UniqueWord(int article) => "qz" + Letters(article) + "vq";

    /// <summary>Writes <paramref name="count"/> articles into <c>input/articles/</c> and the knowledge base into <c>input/data/</c>.</summary>
    public static void Write(string inputDir, int count, int seed = 7)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(random, 30000);
        var cumulative = ZipfWeights(vocabulary.Length);
        var people = Enumerable.Range(0, 150).Select(i => (Id: $"person-{i:D3}", Name: $"{Word(random)} {Word(random)}", Country: Word(random))).ToArray();
        var topics = Enumerable.Range(0, 25).Select(i => (Id: $"topic-{i:D2}", Name: $"{Word(random)} {Word(random)}")).ToArray();

        Directory.CreateDirectory(Path.Combine(inputDir, "articles"));
        Directory.CreateDirectory(Path.Combine(inputDir, "data"));
        File.WriteAllText(Path.Combine(inputDir, "site.yml"), "title: Briefings\ndescription: A synthetic archive.\nbase_url: /\ntheme: default\nlanguage: en\n");
        File.WriteAllText(Path.Combine(inputDir, "data", "leaders.yml"), string.Concat(people.Select(p =>
            $"- id: {p.Id}\n  name: {p.Name}\n  country: {p.Country}\n  aliases: []\n  short_names: []\n  offices: []\n")));
        File.WriteAllText(Path.Combine(inputDir, "data", "topics.yml"), string.Concat(topics.Select(t =>
            $"- id: {t.Id}\n  name: {t.Name}\n  description: A synthetic topic.\n  threshold: 1000\n  terms:\n    {t.Name.ToLowerInvariant()}: 1\n")));

        for (var k = 0; k < count; k++)
        {
            var leaders = people.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToArray();
            var filed = topics.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray();
            var date = new DateOnly(random.Next(2000, 2026), random.Next(1, 13), random.Next(1, 29));
            var title = string.Join(' ', Enumerable.Range(0, random.Next(4, 9)).Select(_ => Capitalise(Pick(vocabulary, cumulative, random, limit: 3000))));
            var text = new StringBuilder();
            text.Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: {title} {k}\n")
                .Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\n")
                .Append(CultureInfo.InvariantCulture, $"source: {Word(random)} News\n")
                .Append(CultureInfo.InvariantCulture, $"leaders: [{string.Join(", ", leaders.Select(l => l.Id))}]\n")
                .Append(CultureInfo.InvariantCulture, $"topics: [{string.Join(", ", filed.Select(t => t.Id))}]\n")
                .Append("---\n");
            var words = 0;
            var paragraph = 0;
            while (words < 700)
            {
                if (paragraph == 3 && k % 3 == 0)
                    text.Append("## ").Append(Capitalise(Pick(vocabulary, cumulative, random, limit: 2000))).Append("\n\n");
                for (var s = random.Next(2, 6); s > 0; s--)
                {
                    var sentence = Enumerable.Range(0, random.Next(8, 23))
                        .Select(_ => random.NextDouble() < 0.35 ? Common[random.Next(Common.Length)] : Pick(vocabulary, cumulative, random))
                        .ToList();
                    if (random.NextDouble() < 0.3)
                        sentence.Insert(random.Next(sentence.Count), leaders[random.Next(leaders.Length)].Name);
                    if (paragraph == 0 && s == 1)
                        sentence.Add(UniqueWord(k));
                    words += sentence.Count;
                    text.Append(Capitalise(string.Join(' ', sentence))).Append(". ");
                }
                text.Append("\n\n");
                paragraph++;
            }
            File.WriteAllText(Path.Combine(inputDir, "articles", $"{k:D5}.md"), text.ToString());
        }
    }

    private static string[] Vocabulary(Random random, int size)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
            words.Add(Word(random).ToLowerInvariant());
        return [.. words.Order(StringComparer.Ordinal).OrderBy(_ => random.Next())];
    }

    private static double[] ZipfWeights(int size)
    {
        var cumulative = new double[size];
        var total = 0.0;
        for (var i = 0; i < size; i++)
            cumulative[i] = total += 1.0 / Math.Pow(i + 20, 0.9);
        return cumulative;
    }

    private static string Pick(string[] vocabulary, double[] cumulative, Random random, int? limit = null)
    {
        var end = limit ?? vocabulary.Length;
        var target = random.NextDouble() * cumulative[end - 1];
        var index = Array.BinarySearch(cumulative, 0, end, target);
        return vocabulary[index < 0 ? ~index : index];
    }

    private static string Word(Random random) =>
        Capitalise(string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => Syllables[random.Next(Syllables.Length)])));

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Letters(int n)
    {
        var letters = new StringBuilder();
        do
        {
            letters.Insert(0, (char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return letters.ToString();
    }
}
