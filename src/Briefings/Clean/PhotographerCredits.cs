using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Photo credits in the house styles of agencies and papers outside the big wire services: the paper's initials before
/// "photo by" after the caption (<c>… yesterday. — DT photo by LIN HAO</c>), the photographer and the office that
/// employs them after a dash (<c>… at the Planalto Palace – Ana Reis/PR</c>), a caption under an upper-case label
/// (<c>FOTO: Voters queue …</c>) and an agency's credit with the year in brackets (<c>(ANTARA/Name/2004)</c>).
/// </summary>
internal static partial class PhotographerCredits
{
    /// <summary>True when the line is a caption carrying one of these credits.</summary>
    public static bool IsIn(string line) =>
        line.Length <= 360 && ((line.Contains('/') || line.Contains(" by ", StringComparison.Ordinal) || line.Contains(':')) && Credit().IsMatch(line)
            || line.Contains(" courtesy ", StringComparison.Ordinal) && Courtesy().IsMatch(line));

    /// <summary>A handout's credit after the caption (<c>… at the shoal. Photograph courtesy of the Philippine Navy, via Tideline</c>).</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:Photo|Photograph|Picture|Image)s? courtesy (?:of )?(?:the )?\p{Lu}[^.!?]{1,100}[.*_]*$")]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"[.!?]\s+[—–-]\s*(?:\p{Lu}{1,6}\s+)?(?:photo|picture|photograph)s? by \p{Lu}[\p{L}\p{M} .'’-]{1,40}$|\s[–—]\s\p{Lu}[\p{L}\p{M}.'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]+){1,3}\s?/\s?\p{Lu}[\p{L}\p{M}]{1,20}(?:\s\p{Lu}[\p{L}\p{M}]{1,20}){0,2}$|^(?i:foto|fotos|photo|photos|gambar)\s*:\s*\p{Lu}|\s\(\p{Lu}{2,8}(?:/[\p{L}\p{M} .'’-]{2,40}){1,2}/(?:19|20)\d{2}\)$")]
    private static partial Regex Credit();
}
