using Briefings.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Load;

/// <summary>
/// Reads YAML into YamlDotNet's node model, which keeps line numbers, so every data problem can be
/// reported as <c>path:line: message</c>.
/// </summary>
internal static class YamlReader
{
    /// <summary>Parses <paramref name="text"/>; returns null (and logs the problem) when it is not valid YAML.</summary>
    public static YamlNode? Parse(string path, string text, ProblemLog problems, int lineOffset = 0)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            problems.Error(path, (int)ex.Start.Line + lineOffset, "invalid YAML: " + FirstSentence(ex), "check indentation and quoting");
            return null;
        }
    }

    public static int LineOf(YamlNode node, int lineOffset = 0) => (int)node.Start.Line + lineOffset;

    public static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>A list of scalars, or a single scalar read as a one-item list.</summary>
    public static IReadOnlyList<string> Strings(YamlMappingNode map, string key) => Child(map, key) switch
    {
        YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(v => v.Length > 0)],
        YamlScalarNode { Value: { Length: > 0 } v } => [v],
        _ => [],
    };

    private static string FirstSentence(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.IndexOf("(Line:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
    }
}
