using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The reference-style link definitions an html2text dump lists at the foot of the page (<c>[1]: https://…</c>, one a
/// line): the addresses of the links above, which a reader never sees. Read as prose they join into a paragraph of
/// addresses; a paragraph of nothing but definitions goes.
/// </summary>
internal static partial class LinkDefinitions
{
    public static bool IsDefinitionList(string line) => line.Length > 0 && line[0] == '[' && line.Contains("]:", StringComparison.Ordinal) && Definitions().IsMatch(line);

    [GeneratedRegex(@"^(?:\[[^\[\]]{1,30}\]:\s*\S+(?:\s+[""'(][^""')]{0,120}[""')])?\s*)+$")]
    private static partial Regex Definitions();
}
