using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// The site's imprint and rights lines under every story of an agency's or a paper's site: the contact fields of the
/// publisher in one line (<c>Address: 12 Harbour Road, Colombo. Tel: (94-11) 234 5678. Email: desk@…</c>), the ban on
/// reproduction without written permission, and the licence the texts are published under (<c>All content on … is
/// published under a Creative Commons Attribution 4.0 licence.</c>).
/// </summary>
internal static partial class SiteImprint
{
    /// <summary>True when the line is the publisher's contact fields, a reproduction ban or a licence notice.</summary>
    public static bool IsImprint(string line) =>
        line.Length <= 320 && line.AsSpan().ContainsAny(Stems) && (ContactFields().Count(line) >= 2 || RightsLine().IsMatch(line));

    private static readonly SearchValues<string> Stems = SearchValues.Create(
        ["tel", "mail", "address", "fax", "phone", "permission", "creative commons", "cc by", "cc-by", "licen"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?:^|[.·|;]\s*)(?:address|tel|telephone|phone|fax|e-?mail|hotline)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex ContactFields();

    [GeneratedRegex(@"^(?:\(c\)|©)?.{0,60}\b(?:reproduction|redistribution|republication|copying)(?: (?:or|and) (?:reproduction|redistribution|republication|copying))?\b.{0,80}\bwithout (?:the )?(?:prior )?(?:written )?(?:permission|consent|authori[sz]ation)\b.{0,80}$|^(?:all )?(?:content|material|materials|texts?|articles?)\b.{0,60}\b(?:(?:is|are) )?(?:published|released|available|licensed|distributed) under (?:a |the )?(?:creative commons|CC[- ]BY)\b.{0,160}$", RegexOptions.IgnoreCase)]
    private static partial Regex RightsLine();
}
