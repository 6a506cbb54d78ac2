using System.Globalization;
using Briefings.Diagnostics;
using Briefings.Load;
using YamlDotNet.RepresentationModel;

namespace Briefings.Check;

/// <summary>
/// Every cleaned file in <c>output/content/</c> has the front matter DESIGN.md promises: required keys, valid dates
/// and window, a slug matching the file name, leader and topic ids the knowledge base defines, and an origin that
/// still exists in the input.
/// </summary>
public static class ContentCheck
{
    private static readonly string[] Required = ["title", "slug", "date", "date_basis", "leaders", "topics", "summary", "origin"];
    private static readonly string[] Bases = ["explicit", "front-matter", "inferred", "fallback"];

    /// <summary>Checks every <c>*.md</c> in <paramref name="contentDir"/>; returns how many files it read.</summary>
    public static int Run(string contentDir, string inputDir, KnowledgeBase knowledge, ProblemLog problems)
    {
        var files = Directory.EnumerateFiles(contentDir, "*.md").Order(StringComparer.Ordinal).ToList();
        Parallel.ForEach(files, file => CheckFile(file, inputDir, knowledge, problems));
        return files.Count;
    }

    private static void CheckFile(string file, string inputDir, KnowledgeBase knowledge, ProblemLog problems)
    {
        var where = "content/" + Path.GetFileName(file);
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        if (end < 0)
        {
            problems.Error(where, 1, "no front matter", "rebuild: cleaned files start with '---', the keys, and '---'");
            return;
        }
        var log = new ProblemLog();
        if (YamlReader.Parse(where, text[4..(end + 1)], log, lineOffset: 1) is not YamlMappingNode map)
        {
            foreach (var p in log.All)
                problems.Add(p);
            if (!log.HasErrors)
                problems.Error(where, 2, "front matter is not a mapping of keys to values", "rebuild the site");
            return;
        }
        int LineOf(string key) => YamlReader.Child(map, key) is { } node ? YamlReader.LineOf(node, 1) : 1;

        foreach (var key in Required.Where(k => YamlReader.Child(map, k) is null))
            problems.Error(where, 1, $"front matter lacks '{key}'", "rebuild; every cleaned file carries the keys listed in DESIGN.md");

        var slug = YamlReader.Scalar(map, "slug");
        if (slug is not null && slug != Path.GetFileNameWithoutExtension(file))
            problems.Error(where, LineOf("slug"), $"slug '{slug}' does not match the file name", "rebuild the site");
        if (slug is not null && !Slug.IsValid(slug))
            problems.Error(where, LineOf("slug"), $"slug '{slug}' is not a lowercase ASCII slug", "use letters, digits and hyphens");

        var date = Date(map, "date", where, LineOf("date"), problems);
        var basis = YamlReader.Scalar(map, "date_basis");
        if (basis is not null && !Bases.Contains(basis))
            problems.Error(where, LineOf("date_basis"), $"date_basis '{basis}' is not one of {string.Join(", ", Bases)}");
        var earliest = Date(map, "date_earliest", where, LineOf("date_earliest"), problems);
        var latest = Date(map, "date_latest", where, LineOf("date_latest"), problems);
        if (basis == "inferred" && (earliest is null || latest is null))
            problems.Error(where, LineOf("date_basis"), "an inferred date needs date_earliest and date_latest", "rebuild the site");
        if (date is { } d && earliest is { } from && latest is { } to && (from > to || d < from || d > to))
            problems.Error(where, LineOf("date"), $"date {d:yyyy-MM-dd} is outside its window {from:yyyy-MM-dd}..{to:yyyy-MM-dd}");

        var origin = YamlReader.Scalar(map, "origin");
        var fixIn = origin is null ? "the input" : "input/" + origin;
        foreach (var id in YamlReader.Strings(map, "leaders").Where(id => knowledge.FindLeader(id) is null))
            problems.Error(where, LineOf("leaders"), $"unknown leader id '{id}'", $"add the person to data/leaders.yml or fix the id in {fixIn}");
        foreach (var id in YamlReader.Strings(map, "topics").Where(id => knowledge.FindTopic(id) is null))
            problems.Error(where, LineOf("topics"), $"unknown topic id '{id}'", $"add the topic to data/topics.yml or fix the id in {fixIn}");
        if (origin is not null && !File.Exists(Path.Combine(inputDir, origin)))
            problems.Error(where, LineOf("origin"), $"origin '{origin}' no longer exists in the input", "rebuild: this file is left over from a deleted article");
    }

    private static DateOnly? Date(YamlMappingNode map, string key, string where, int line, ProblemLog problems)
    {
        if (YamlReader.Scalar(map, key) is not { } text)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        problems.Error(where, line, $"'{key}' is not a valid date: '{text}'", "dates are written YYYY-MM-DD");
        return null;
    }
}
