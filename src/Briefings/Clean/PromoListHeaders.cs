using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The headers over a box of links to the site's other stories that dailies in South and Southeast Asia, the Gulf and
/// the Caribbean print, bare above their links or before one link on the same line: <c>Don't miss</c>, <c>ALSO WORTH
/// READING</c>, <c>ALSO ON OUR SITE: …</c>, <c>Also in today's paper</c>, <c>In this issue: …</c>. The links under
/// them are other stories' headlines, not this one's text.
/// </summary>
internal static partial class PromoListHeaders
{
    // Every header holds one of these: one vectorised search spares nearly every line the pattern.
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["miss", "also ", "this issue", "this edition", "paper"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the line is such a header; <paramref name="startsList"/> when it stands alone above its links.</summary>
    public static bool IsHeader(string line, out bool startsList)
    {
        startsList = false;
        if (line.Length > 200 || !line.AsSpan().ContainsAny(Triggers) || Header().Match(line) is not { Success: true } header)
            return false;
        startsList = !header.Groups["link"].Success;
        return true;
    }

    [GeneratedRegex(@"^[*_]*(?:don['’]t miss|do not miss|also (?:worth reading|on (?:our|this) (?:site|website)|in (?:today['’]s|this) (?:paper|edition|issue))|in (?:this|today['’]s) (?:issue|edition|paper))[*_]*(?:\s*:?[*_]*\s*$|\s*[:|»›][*_]*\s*(?<link>\S.*)$)", RegexOptions.IgnoreCase)]
    private static partial Regex Header();
}
