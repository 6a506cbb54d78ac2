using System.Globalization;
using Briefings.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Briefings.Load;

/// <summary>Reads <c>data/leaders.yml</c> and <c>data/topics.yml</c>; every problem is reported with its line.</summary>
public static class KnowledgeBaseLoader
{
    public const string LeadersPath = "data/leaders.yml";
    public const string LeadersFolder = "data/leaders";
    public const string TopicsPath = "data/topics.yml";

    /// <summary>
    /// Reads <c>data/leaders.yml</c> and every <c>data/leaders/*.yml</c> (one file per region keeps a world-wide
    /// knowledge base easy to review), and <c>data/topics.yml</c>. An id defined twice, in any files, is an error.
    /// </summary>
    public static KnowledgeBase Load(string inputDir, ProblemLog problems)
    {
        var leaders = new List<Leader>();
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relative in LeaderFiles(inputDir))
        {
            foreach (var leader in ReadIfExists(inputDir, relative, problems, ParseLeaders) ?? [])
            {
                if (firstSeen.TryGetValue(leader.Id, out var where))
                {
                    problems.Error(relative, leader.Line, $"duplicate id '{leader.Id}' (first defined in {where})");
                    continue;
                }
                firstSeen[leader.Id] = $"{relative}:{leader.Line}";
                leaders.Add(leader with { Source = relative });
            }
        }
        var topics = ReadIfExists(inputDir, TopicsPath, problems, ParseTopics) ?? [];
        return new KnowledgeBase(leaders, topics);
    }

    private static IEnumerable<string> LeaderFiles(string inputDir)
    {
        yield return LeadersPath;
        var folder = Path.Combine(inputDir, LeadersFolder);
        if (!Directory.Exists(folder))
            yield break;
        foreach (var file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
            yield return $"{LeadersFolder}/{Path.GetFileName(file)}";
    }

    public static IReadOnlyList<Leader> ParseLeaders(string path, string text, ProblemLog problems)
    {
        if (YamlReader.Parse(path, text, problems) is not { } root)
            return [];
        if (root is not YamlSequenceNode seq)
        {
            problems.Error(path, YamlReader.LineOf(root), "expected a list of people", "each entry starts with '- id: ...'");
            return [];
        }
        var leaders = new List<Leader>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in seq.Children)
        {
            var line = YamlReader.LineOf(node);
            if (node is not YamlMappingNode map)
            {
                problems.Error(path, line, "expected a person (a mapping with id, name, country)");
                continue;
            }
            var id = YamlReader.Scalar(map, "id");
            var name = YamlReader.Scalar(map, "name");
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
            {
                problems.Error(path, line, "a person needs both 'id' and 'name'");
                continue;
            }
            if (!Slug.IsValid(id))
                problems.Error(path, line, $"id '{id}' is not a lowercase ASCII slug", "use letters, digits and hyphens: vladimir-putin");
            if (seen.TryGetValue(id, out var first))
            {
                problems.Error(path, line, $"duplicate id '{id}' (first defined on line {first})");
                continue;
            }
            seen[id] = line;
            leaders.Add(new Leader(
                id,
                name,
                YamlReader.Scalar(map, "country") ?? "",
                YamlReader.Strings(map, "aliases"),
                YamlReader.Strings(map, "short_names"),
                ParseOffices(path, map, problems),
                line));
        }
        return leaders;
    }

    private static IReadOnlyList<Office> ParseOffices(string path, YamlMappingNode person, ProblemLog problems)
    {
        if (YamlReader.Child(person, "offices") is not YamlSequenceNode seq)
            return [];
        var offices = new List<Office>();
        foreach (var node in seq.Children.OfType<YamlMappingNode>())
        {
            var line = YamlReader.LineOf(node);
            var title = YamlReader.Scalar(node, "title");
            var start = ParseDate(path, line, YamlReader.Scalar(node, "start"), "start", problems);
            var endText = YamlReader.Scalar(node, "end");
            var end = string.IsNullOrEmpty(endText) || endText is "null" or "~" ? null : ParseDate(path, line, endText, "end", problems);
            if (title is null || start is null)
            {
                problems.Error(path, line, "an office needs 'title' and 'start'");
                continue;
            }
            if (end is { } e && e < start)
                problems.Error(path, line, $"office '{title}' ends ({e:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})");
            offices.Add(new Office(title, YamlReader.Strings(node, "roles"), start.Value, end, YamlReader.Scalar(node, "country")));
        }
        return offices;
    }

    public static IReadOnlyList<Topic> ParseTopics(string path, string text, ProblemLog problems)
    {
        if (YamlReader.Parse(path, text, problems) is not { } root)
            return [];
        if (root is not YamlSequenceNode seq)
        {
            problems.Error(path, YamlReader.LineOf(root), "expected a list of topics", "each entry starts with '- id: ...'");
            return [];
        }
        var topics = new List<Topic>();
        foreach (var node in seq.Children)
        {
            var line = YamlReader.LineOf(node);
            if (node is not YamlMappingNode map || YamlReader.Scalar(map, "id") is not { Length: > 0 } id)
            {
                problems.Error(path, line, "a topic needs an 'id'");
                continue;
            }
            var terms = ParseTerms(path, YamlReader.Child(map, "terms"), problems);
            var thresholdText = YamlReader.Scalar(map, "threshold") ?? "3";
            if (!double.TryParse(thresholdText, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold))
                problems.Error(path, line, $"threshold '{thresholdText}' is not a number");
            topics.Add(new Topic(id, YamlReader.Scalar(map, "name") ?? id, YamlReader.Scalar(map, "description") ?? "", terms, threshold, line)
            {
                Requires = ParseRequirements(path, YamlReader.Child(map, "requires"), problems),
            });
        }
        return topics;
    }

    private static List<TopicTerm> ParseTerms(string path, YamlNode? node, ProblemLog problems)
    {
        var terms = new List<TopicTerm>();
        if (node is not YamlMappingNode termMap)
            return terms;
        foreach (var (key, value) in termMap.Children)
        {
            var weightText = (value as YamlScalarNode)?.Value;
            if (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                problems.Error(path, YamlReader.LineOf(value), $"weight of term '{key}' is not a number");
                continue;
            }
            terms.Add(new TopicTerm(((YamlScalarNode)key).Value ?? "", weight));
        }
        return terms;
    }

    /// <summary>
    /// <c>requires:</c> a list of groups, each <c>{min: 2, terms: {...}}</c>: the topic applies only when every group
    /// reaches its minimum weight.
    /// </summary>
    private static List<TopicRequirement> ParseRequirements(string path, YamlNode? node, ProblemLog problems)
    {
        var groups = new List<TopicRequirement>();
        if (node is not YamlSequenceNode seq)
            return groups;
        foreach (var group in seq.Children.OfType<YamlMappingNode>())
        {
            var minText = YamlReader.Scalar(group, "min") ?? "1";
            if (!double.TryParse(minText, NumberStyles.Float, CultureInfo.InvariantCulture, out var min))
                problems.Error(path, YamlReader.LineOf(group), $"min '{minText}' is not a number");
            groups.Add(new TopicRequirement(ParseTerms(path, YamlReader.Child(group, "terms"), problems), min));
        }
        return groups;
    }

    internal static DateOnly? ParseDate(string path, int line, string? text, string field, ProblemLog problems)
    {
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Error(path, line, $"'{field}' is not a valid date: '{text}'", "write dates as YYYY-MM-DD");
        return null;
    }

    private static T? ReadIfExists<T>(string inputDir, string relative, ProblemLog problems, Func<string, string, ProblemLog, T> parse)
        where T : class
    {
        var full = Path.Combine(inputDir, relative);
        return File.Exists(full) ? parse(relative, File.ReadAllText(full), problems) : null;
    }
}
