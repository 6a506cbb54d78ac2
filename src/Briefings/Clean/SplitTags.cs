using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A tag an old archive's export broke over two lines, its name at the end of one line and its attributes at the start
/// of the next (<c>…accordingly.&lt;p</c> / <c>class="ad"&gt;Advertisement&lt;/p&gt;</c>): read line by line, the name
/// goes as debris and the attributes stay as text. Joined again, the tag is one piece that tag repair removes whole,
/// so the ad slot's label inside it is recognised as one.
/// </summary>
internal static partial class SplitTags
{
    public static string Rejoin(string text) =>
        !text.Contains('<') ? text : BrokenTag().Replace(text, m => m.Groups["name"].Value + " ");

    /// <summary>A tag's name ending a line, an attribute (<c>name="value"</c>) opening the next.</summary>
    [GeneratedRegex(@"(?<name><[a-zA-Z][a-zA-Z0-9]{0,9})[ \t]*\r?\n[ \t]*(?=[a-zA-Z-]{1,20}=[""'][^""'\n]*[""'][^<>\n]*>)")]
    private static partial Regex BrokenTag();
}
