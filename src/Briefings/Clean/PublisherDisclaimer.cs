using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The publisher's disclaimer under a paper, a brief or a reprinted record, often run together with its self-description
/// and copyright (<c>The … Forum is a non-partisan research group. Views expressed in Issue Briefs are the author's own.
/// © 2002 … Reproduction permitted with attribution.</c>), or an archive's note that its copy is unofficial
/// (<c>Text as published by the Printing Office. … is not an official edition.</c>). Short paragraphs only: a sentence
/// of the text that reports such a disclaimer has its article around it.
/// </summary>
internal static partial class PublisherDisclaimer
{
    private static readonly SearchValues<string> Stems = SearchValues.Create(["expressed", "necessarily", "official"], StringComparison.OrdinalIgnoreCase);

    public static bool IsDisclaimer(string line) =>
        line.Length <= 320 && line.AsSpan().ContainsAny(Stems) && Disclaimer().IsMatch(line);

    [GeneratedRegex(@"(?:^|[.!]\s+)(?:the |all )?(?:views|opinions) expressed\b[^.]{0,80}\b(?:are|is|remain) (?:solely |entirely |only )?(?:the|their|his|her) (?:own|authors?['’]?s?(?: own)?|writers?['’]?s?(?: own)?)\b|\b(?:do|does) not necessarily (?:reflect|represent) (?:the )?(?:views?|positions?|opinions?|policy|policies) of\b|\bis not an? official (?:edition|version|record|publication|copy|transcript)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();
}
