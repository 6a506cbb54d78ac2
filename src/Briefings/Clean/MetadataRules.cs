using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// Metadata lines: publication and update stamps (<c>Published 27/09/2022 at 18:05 CEST</c>, <c>date 2021-12-16</c>,
/// <c>Tue 17 July 2018 07.12 BST</c>, <c>2019-08-02T15:40:00Z</c>, <c>Posted on … by …</c>) and <c>Source :</c> lines.
/// </summary>
internal static partial class MetadataRules
{
    /// <summary>When the whole line is a date stamp: the date it states (if any) and the byline it names (if any).</summary>
    public static bool IsStamp(string line, out DateOnly? date, out string? byline)
    {
        date = null;
        byline = null;
        if (line.Length > 220)
            return false;
        var found = ExplicitDateParser.Find(line);
        var keyword = Keyword().Match(line);
        if (keyword.Success && line.Length <= 60 && RelativeTime().IsMatch(line))
            return true;
        if (keyword.Success && (found is not null || Time().IsMatch(line) || keyword.Value.TrimEnd().EndsWith(':')))
        {
            var withoutBy = PostedBy().Replace(line, " ");
            var leftover = Leftovers().Replace(Time().Replace(ExplicitDateParser.RemoveAll(withoutBy), " "), " ");
            if (leftover.Count(char.IsLetter) > 30)
                return false;
            date = found?.Date;
            if (PostedBy().Match(line) is { Success: true } by)
                byline = by.Groups[1].Value.Trim();
            return true;
        }
        if (found is null)
            return false;
        var rest = Leftovers().Replace(Time().Replace(ExplicitDateParser.RemoveAll(line), " "), " ");
        if (rest.Count(char.IsLetterOrDigit) > 3)
            return false;
        date = found.Value.Date;
        return true;
    }

    /// <summary>A stamp at the very start of a paragraph (<c>date 2021-12-16 Chinese leader …</c>): its length, or 0.</summary>
    public static int PrefixStamp(string line, out DateOnly? date)
    {
        date = null;
        var m = PrefixKeyword().Match(line);
        if (!m.Success)
            return 0;
        var found = ExplicitDateParser.Find(line[m.Length..]);
        if (found is not { Index: 0 } f)
            return 0;
        var end = m.Length + f.Length;
        var time = Time().Match(line, end);
        if (time.Success && line[end..time.Index].Trim().Length <= 3)
            end = time.Index + time.Length;
        date = f.Date;
        while (end < line.Length && " ,|·-—–:".Contains(line[end]))
            end++;
        return end;
    }

    /// <summary><c>Source : X</c>: the named source, or null when the line is not a source line.</summary>
    public static string? SourceLine(string line) =>
        line.Length <= 200 && SourcePrefix().Match(line) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    [GeneratedRegex(@"^(?:date(?:d|line)?|published|updated|posted|last\s+updated|first\s+published|last\s+modified|modified|released|filed|created|publication\s+date)\b\s*(?:on\b)?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^(?:date(?:d)?|published|posted|updated)\s*(?:on\s*)?:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixKeyword();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:[A-Z]{2,5}|GMT[+-]?\d*|UTC[+-]?\d*))?", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(?:\d+|an?|one|two|three|few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|\b(?:yesterday|today|just now)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"\bby\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PostedBy();

    [GeneratedRegex(@"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\b\.?|\b(?:at|on|the|updated|published|posted|last|first|date|local time|GMT|UTC|(?-i:[A-Z]{2,4}T|ET|PT|[AP]M))\b|[^\p{L}\p{N}]", RegexOptions.IgnoreCase)]
    private static partial Regex Leftovers();

    [GeneratedRegex(@"^Sources?\s*:\s*(\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourcePrefix();
}
