using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A paper's or commentary's notes at the end (<c>Endnotes</c> / <c>[1] Declaration on …, Shanghai, 15 June 2001.</c>):
/// the back matter starts there (what follows is the author box, citation tools and the publisher's footer), and the
/// note markers left in the text (<c>…the border.[3]</c>) point at nothing once the notes are gone.
/// </summary>
internal static partial class Endnotes
{
    /// <summary>A notes header: <c>Notes</c>, <c>Endnotes</c>, <c>References</c>, <c>Links referenced in this article</c> ….</summary>
    public static bool IsHeader(string line) => line.Length <= 50 && Header().IsMatch(line.Trim().Trim('*', '_', '#', ' '));

    /// <summary>The first note under a notes header: <c>[1] …</c>, <c>1. …</c>, <c>¹ …</c>.</summary>
    public static bool IsFirstNote(string? line) => line is not null && FirstNote().IsMatch(line);

    /// <summary>The text holds the marker of note 1 (<c>…two decades,[1] and</c>).</summary>
    public static bool PointsAtFirstNote(string text)
    {
        if (!text.Contains("[1]", StringComparison.Ordinal))
            return false;
        foreach (var m in Marker().EnumerateMatches(text))
            if (text.AsSpan(m.Index, m.Length) is "[1]")
                return true;
        return false;
    }

    /// <summary>The text without its note markers: a bracketed number right after a word or punctuation mark.</summary>
    public static string WithoutMarkers(string text) => text.Contains('[') ? Marker().Replace(text, "") : text;

    [GeneratedRegex(@"^(?:end ?notes|foot ?notes|notes|notes and references|references|sources|bibliography|works cited|links (?:referenced|mentioned|cited) in this (?:article|story|page)|anmerkungen|fußnoten|quellen|notas|referencias|referências|note|kaynaklar)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    // "[1] Declaration …", "1. Declaration …", "¹ Declaration …": the first note is numbered 1.
    [GeneratedRegex(@"^(?:\[1\]|1\.|1\)|¹|\^1)\s*\S")]
    private static partial Regex FirstNote();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:!?""”’)])\[\d{1,3}\]")]
    private static partial Regex Marker();
}
