using System.Globalization;
using Briefings.Diagnostics;
using Briefings.Load;
using YamlDotNet.RepresentationModel;

namespace Briefings.Clean;

/// <summary>Splits YAML front matter (between <c>---</c> lines) from a Markdown file and reads the keys maintainers may set.</summary>
public static class FrontMatterReader
{
    /// <summary>The front matter (or <see cref="MaintainerFrontMatter.None"/>), the body, and the 1-based line where the body starts.</summary>
    public static (MaintainerFrontMatter FrontMatter, string Body, int BodyLine) Split(string path, string text, ProblemLog problems)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
            return (MaintainerFrontMatter.None, text, 1);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < text.Length && text[end + 4] is not '\n' and not ' ' and not '\t')
            end = text.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        if (end < 0)
        {
            problems.Error(path, 1, "front matter is not closed", "add a line '---' after the last front matter key");
            return (MaintainerFrontMatter.None, text, 1);
        }
        var yaml = text[4..(end + 1)];
        var afterClose = text.IndexOf('\n', end + 4);
        var body = afterClose < 0 ? "" : text[(afterClose + 1)..];
        var bodyLine = text[..(afterClose < 0 ? text.Length : afterClose + 1)].Count(c => c == '\n') + 1;
        return (Read(path, yaml, problems), body, bodyLine);
    }

    private static MaintainerFrontMatter Read(string path, string yaml, ProblemLog problems)
    {
        // Line 1 of the file is the opening '---', so YAML line N is file line N + 1.
        var root = YamlReader.Parse(path, yaml, problems, lineOffset: 1);
        if (root is null)
            return MaintainerFrontMatter.None;
        if (root is not YamlMappingNode map)
        {
            problems.Error(path, YamlReader.LineOf(root, 1), "front matter must be a mapping of keys to values");
            return MaintainerFrontMatter.None;
        }
        DateOnly? date = null;
        if (YamlReader.Scalar(map, "date") is { Length: > 0 } dateText)
        {
            var line = YamlReader.LineOf(YamlReader.Child(map, "date")!, 1);
            date = ParseDate(dateText);
            if (date is null)
                problems.Error(path, line, $"'date' is not a valid date: '{dateText}'", "write it as YYYY-MM-DD");
        }
        return new MaintainerFrontMatter(
            Title: YamlReader.Scalar(map, "title"),
            Slug: YamlReader.Scalar(map, "slug"),
            Date: date,
            Source: YamlReader.Scalar(map, "source"),
            Summary: YamlReader.Scalar(map, "summary"),
            Leaders: FilledList(map, "leaders"),
            Topics: FilledList(map, "topics"));
    }

    /// <summary>
    /// A list the maintainer filled in; null when the key is missing or left empty (<c>topics: []</c> in a draft's
    /// template), as an empty <c>date:</c> is: then the text's own leaders and topics are found.
    /// </summary>
    private static IReadOnlyList<string>? FilledList(YamlMappingNode map, string key) =>
        YamlReader.Child(map, key) is not null && YamlReader.Strings(map, key) is { Count: > 0 } items ? items : null;

    private static DateOnly? ParseDate(string text)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)
            ? DateOnly.FromDateTime(dto.UtcDateTime)
            : null;
    }
}
