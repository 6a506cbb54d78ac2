using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Bylines: <c>By X and Y, Associated Press</c>, <c>By X | Desk</c>, <c>X in Helsinki</c>, <c>Staff reporters with …</c>,
/// <c>Reporting by …; Editing by …</c>. Yields the author text and, when the byline names one, the publisher.
/// </summary>
internal static partial class BylineRules
{
    private static readonly string[] RoleWords =
    [
        "desk", "correspondent", "editor", "reporter", "writer", "staff", "contributor", "analyst", "columnist", "bureau",
        "chief", "team", "producer", "journalist", "fellow", "professor", "director", "researcher", "senior", "intern",
        "programme", "program", "lecturer", "head of",
    ];

    /// <param name="nearTop">Name-only forms (<c>Helen Marsh in Helsinki</c>) count only near the top of the article.</param>
    public static bool IsByline(string line, bool nearTop, out string? author, out string? outlet)
    {
        author = null;
        outlet = null;
        // Emphasis does not make a byline prose: "**By A and B** · Place", "By **A and B**".
        if (line.Contains('*') || line.Contains('_'))
            line = line.Replace("**", "").Replace("__", "").Trim('*', '_', ' ');
        if (line.Length > 160)
            return line.Length < 400 && IsCreditLine(line);
        if (IsCreditLine(line))
            return true;
        // "By our staff reporters A and B", "By our correspondent": the paper's own people, named or not.
        if (line.StartsWith("By our ", StringComparison.OrdinalIgnoreCase) && OurStaff().Match(line) is { Success: true } ours)
        {
            author = ours.Groups["names"].Success ? ours.Groups["names"].Value : null;
            return true;
        }
        if (By().Match(line) is { Success: true } by)
        {
            var parts = Separators().Split(by.Groups["rest"].Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (parts.Count == 0)
                return false;
            // "By Dr. Ana Ruiz": the title is not part of the name.
            parts[0] = Honorific().Replace(parts[0], "");
            if (IsNameList(parts[0]))
                author = parts[0];
            else if (NamesWithRoles(parts[0]) is { } names)
                author = names;
            else
                return Staff().IsMatch(line); // "By Meridian Wire staff": the outlet's staff, no one named
            outlet = parts.Skip(1).Select(p => InPlace().Replace(p, "").Trim()).FirstOrDefault(IsOutlet);
            return true;
        }
        // "By political reporter Hana Whitlock": a broadcaster's by-line gives the beat before the name, in lower case.
        if (line.StartsWith("By ", StringComparison.Ordinal) && NamesWithRoles(line[3..].TrimEnd('.')) is { } beatNames)
        {
            author = beatNames;
            return true;
        }
        if (Staff().IsMatch(line) || nearTop && WireRole().IsMatch(line))
            return true;
        if (nearTop && NameWithRole().Match(line) is { Success: true } bio
            && RoleWords.Any(r => bio.Groups[2].Value.Contains(r, StringComparison.OrdinalIgnoreCase)))
        {
            author = bio.Groups[1].Value;
            return true;
        }
        if (nearTop && NameBarRole().Match(line) is { Success: true } barred)
        {
            author = barred.Groups[1].Value;
            return true;
        }
        if (nearTop && line.StartsWith("From ", StringComparison.Ordinal) && FromName().Match(line) is { Success: true } from)
        {
            author = from.Groups[1].Value;
            return true;
        }
        if (nearTop && line.EndsWith(')') && NameWithAgencies().Match(line) is { Success: true } reported)
        {
            author = reported.Groups[1].Value;
            return true;
        }
        if (nearTop && NameInPlace().Match(line) is { Success: true } named)
        {
            author = named.Groups[1].Value;
            return true;
        }
        return false;
    }

    /// <summary>A person's name alone on a line: two or three capitalised words (<c>Selin Arat</c>, <c>Jae-won Lim</c>).</summary>
    public static bool IsBareName(string line) => line.Length <= 40 && BareName().IsMatch(line);

    private static bool IsNameList(string text)
    {
        // "Wong Ka-ling in Hong Kong and Richard T. Almond in Washington": each author may have a place of their own.
        var words = EachInPlace().Replace(text, "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 9)
            return false;
        return words.All(w => w is "and" or "&" or "de" or "van" or "von" or "al" or "bin" or "da" or "der" or "la" or "le" or "du"
            || char.IsUpper(w[0]) && !w.EndsWith('.') || w.Length == 2 && w[1] == '.');
    }

    /// <summary>
    /// The names in a byline that gives each author's beat (<c>Pacific affairs reporter Tasi Mahe and political reporter
    /// Claire Dunmore</c>): every lower-case word a beat's, each name after a role word, nothing else. Null for any other text.
    /// </summary>
    private static string? NamesWithRoles(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 16 || !words.Any(w => RoleWords.Contains(w.ToLowerInvariant())))
            return null;
        var names = RoledName().Matches(text).Select(m => m.Groups[1].Value).ToList();
        // Apart from the names and "and", the text is beats: a few words, each ending in a role word.
        var rest = RoledName().Replace(text, "\n").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0 && r != "and").ToList();
        return names.Count > 0 && rest.Count == 0 ? string.Join(" and ", names) : null;
    }

    private static bool IsOutlet(string part) =>
        part.Length is > 1 and <= 60 && char.IsUpper(part[0]) && !part.Contains(':') && !part.Contains(" by ", StringComparison.OrdinalIgnoreCase)
        && !RoleWords.Any(r => part.Contains(r, StringComparison.OrdinalIgnoreCase))
        // A by-line's stamp ("By A · Fri 18.07.2025 – 16:20 CET") dates the story; it names no outlet.
        && ExplicitDateParser.Find(part) is null;

    /// <summary>
    /// The date a by-line's own stamp states, a piece of the line after the name set apart with a dot or a bar
    /// (<c>By Ana Ruiz · Fri 18.07.2025 – 16:20 CET · Updated 17:05</c>); null when none does.
    /// </summary>
    public static DateOnly? StampedPart(string line)
    {
        foreach (var part in line.Split(['·', '|']).Skip(1))
            if (MetadataRules.IsStamp(part.Trim('*', '_', ' '), out var date, out _) && date is not null)
                return date;
        return null;
    }

    [GeneratedRegex(@"^(?:(?:By|BY|Por|POR|Par|PAR|Von|VON|(?:Written|Words|Story|Text|Reported|Posted|Submitted|Filed|Article|Note|Commentary|Analysis|Essay|Report|Column|Review) (?i:by))(?:\s*:)?\s+|Author\s*:\s*)(?<rest>\p{Lu}.*?)\.?$")]
    private static partial Regex By();

    [GeneratedRegex(@"^By our (?:own )?(?:staff |special |foreign |political |diplomatic )?(?:reporters?|correspondents?|writers?|staff)(?:\s+in\s+\p{Lu}[\p{L}\p{M} -]{1,30})?(?:\s+(?<names>\p{Lu}[\p{L}\p{M} .'’-]{1,80}))?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OurStaff();

    [GeneratedRegex(@"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Rev)\.?\s+(?=\p{Lu})")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"\s*(?:\||,|·|•|—|–|\bfor\b|\bwith\b)\s*")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L} -]*$")]
    private static partial Regex InPlace();

    /// <summary>An author's place, in capitalised words before the next author or the end: <c> in Hong Kong</c>.</summary>
    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?=\s+and\s|\s*,|$)")]
    private static partial Regex EachInPlace();

    /// <summary><c>Reporting by …</c> at the start of the line, or <c>… contributed to this report.</c> (perhaps <c>from Washington</c>) at its end.</summary>
    // Two patterns, not one alternation: joined, the unanchored half made the engine try a match at almost every
    // letter of every line; alone, it is found by searching for its opening word.
    private static bool IsCreditLine(string line) => CreditLead().IsMatch(line) || ContributedNote().IsMatch(line) || ReportsFrom().IsMatch(line);

    /// <summary>The desk's credit under a headline, a line of its own, perhaps after the agency: <c>Wire | with reports from Ana Cruz, Metro Radio</c>.</summary>
    [GeneratedRegex(@"^(?:[—–-]+\s*|[\p{L}&.'’ ]{2,40}\|\s*)?\(?with (?:additional )?(?:reports|reporting|files) from [^.!?;:]{2,80}\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportsFrom();

    // Also set off by a dash at the foot of the story: "— Additional reporting by AFP and Reuters".
    [GeneratedRegex(@"^(?:[—–-]+\s*)?\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Research|Interview|Live coverage|Coverage) by\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLead();

    [GeneratedRegex(@"\bcontributed (?:reporting )?to this (?:report|story|article)(?: from \p{Lu}[\p{L}.'’ -]{1,40})?\.?\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContributedNote();

    // Also the outlet's staff with the agencies it drew on: "Gulf Mirror Staff and Agencies", "Guardian staff and agencies";
    // or the outlet alone with them ("NTV and agencies"); names may be double-barrelled ("From our correspondents Ann Voss
    // and Karl-Heinz Lenz").
    [GeneratedRegex(@"^(?:staff|our|from our)\b[\w ,&]{0,60}\b(?:reporters?|correspondents?|agencies|staff|writers?)\b[\w ,&'’-]{0,60}\.?$|^by\s+(?:\p{Lu}[\w.&'’-]*\s+){1,4}(?:staff|desk|correspondents)\.?$|^(?-i:(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4})(?:staff\s+)?(?:and|&|with)\s+(?:news\s+)?(?:agencies|wires|wire services|wire reports)\.?$|^(?-i:(?:\p{Lu}[\p{L}.&'’-]*\s+){1,5})staff,?\s+with\s+(?:files|reports)\s+from\s+[\p{L}&.'’ ]{2,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex Staff();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$")]
    private static partial Regex BareName();

    /// <summary>
    /// The second line of a wire or newspaper byline: <c>Associated Press Writer</c>, <c>AP Diplomatic Writer</c>,
    /// <c>Staff Correspondent</c>, <c>Special to The New York Times</c>.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4}(?:Writer|Correspondent|Reporter)s?|Special to (?:[Tt]he )?(?:\p{Lu}[\p{L}.&'’-]*\s*){1,4})$")]
    private static partial Regex WireRole();

    /// <summary>An author's bio: <c>Eleanor Hayes is a contributing writer at The Longitude Review. She covered …</c>.</summary>
    public static bool IsAuthorBio(string text) =>
        text.Length <= 600 && text.Contains(" is ", StringComparison.Ordinal) && AuthorBio().IsMatch(text.Replace("**", "").Replace("__", "").TrimStart('*', '_'));

    // The role after an article or the outlet's name in the possessive: "is (the) Europe Today's sanctions correspondent".
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} is (?:a|an|the|(?:the )?(?:\p{Lu}[\p{L}.&-]* ){0,3}\p{Lu}[\p{L}.&-]*['’]s) (?:[\p{L}-]+ ){0,3}(?:writer|editor|correspondent|reporter|journalist|fellow|professor|analyst|columnist|author|director|researcher|lecturer|contributor|historian)s?\b")]
    private static partial Regex AuthorBio();

    /// <summary>An author bio under the headline: <c>Name Surname, Senior Fellow, Europe Programme</c>.</summary>
    [GeneratedRegex(@"^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}),\s+(\p{Lu}[^.!?;:]{2,90})$")]
    private static partial Regex NameWithRole();

    /// <summary>
    /// A byline bar: a person's name, a bar, the beat (<c>Thabo Mokoena | Political Reporter</c>). The name in mixed case
    /// and the beat ending in a role word: a masthead's "NAME | International edition" is neither.
    /// </summary>
    [GeneratedRegex(@"^(\p{Lu}\p{Ll}[\p{L}'’.-]*(?: \p{Lu}\p{Ll}[\p{L}'’.-]*){1,3})\s+[|·•]\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}(?i:reporter|correspondent|editor|writer|columnist|analyst|producer|journalist)s?)$")]
    private static partial Regex NameBarRole();

    /// <summary>A beat and a name: up to three words ending in a role word, then two or three capitalised words.</summary>
    [GeneratedRegex(@"(?:^|\band\s+)(?:[\p{L}-]+\s+){0,3}?(?:reporter|correspondent|editor|writer|producer|analyst|columnist)\s+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?=\s+and\b|$)")]
    private static partial Regex RoledName();

    /// <summary>
    /// A British newspaper's byline: <c>From Michael Ashworth, Vienna, and agencies</c>, <c>From Ann Lee in Bonn</c>,
    /// <c>From Ann Lee and Tom Hale in Delhi</c>, <c>From Ann Lee, our correspondent in Delhi</c>.
    /// </summary>
    [GeneratedRegex(@"^From (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?: and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})?)(?:(?:,| in) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}|, our (?:own |special |chief )?(?:\p{Ll}+ )?correspondents? in \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2})?(?:,? and (?:agencies|news agencies|wire services))?\.?$")]
    private static partial Regex FromName();

    /// <summary>
    /// A broadcaster's web byline: the reporter, then the agencies whose copy the story uses (<c>Lena Vogt (with AFP,
    /// Reuters)</c>, <c>Lena Vogt (with dpa and AP)</c>, <c>Lena Vogt (with agencies)</c>).
    /// </summary>
    [GeneratedRegex(@"^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})\s*\(with (?:agencies|wires|\p{L}[\p{L}.-]{1,15})(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:agencies|\p{L}[\p{L}.-]{1,15})){0,4}\)$")]
    private static partial Regex NameWithAgencies();

    /// <summary><c>Helen Marsh in Helsinki</c>, or two such (<c>Leila Farrokh in Dubai and Owen Kessler in Washington</c>).</summary>
    [GeneratedRegex(@"^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}) in (?:\p{Lu}[\p{L}'’ -]{1,30}|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2},? and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} in \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2})$")]
    private static partial Regex NameInPlace();
}
