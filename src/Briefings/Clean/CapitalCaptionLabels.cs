using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A caption labelled in capitals, as the websites of older newspapers and their wire desks set one where the picture
/// stood: in brackets (<c>[PHOTO: Rescue workers search the rubble in Antakya. AFP PHOTO / FILE / NAME]</c>), or on a line
/// opened by the label with the credit after a second one (<c>PICTURE: Fans outside the ground. PHOTO COURTESY: CITY
/// PRESS CLUB / DAILY</c>). No sentence of prose opens with a label in capitals and a colon.
/// </summary>
internal static partial class CapitalCaptionLabels
{
    /// <summary>True when the line is such a caption, with or without its credit.</summary>
    public static bool IsCaption(string line) =>
        line.Length is > 8 and <= 400 && line.AsSpan().ContainsAny(Labels) && Caption().IsMatch(line);

    // Every label holds one of these, in capitals (or, in brackets, in any case).
    private static readonly SearchValues<string> Labels = SearchValues.Create(["PHOTO", "PICTURE", "IMAGE", "FOTO", "PIC", "Photo", "Picture", "Image"], StringComparison.Ordinal);

    [GeneratedRegex(@"^\[\s*(?i:photo|picture|image|foto|pic)s?\s*:[^\]]+\]$|^(?:PHOTO|PICTURE|IMAGE|PHOTOGRAPH|FOTO|PIC)S?(?: CAPTION)?\s*:\s*\S.*$|^PHOTO (?:COURTESY|CREDIT)\s*:\s*\S.*$")]
    private static partial Regex Caption();
}
