using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>
/// A status bar under a headline whose every segment is a date stamp, a byline, a reading time or a tool word:
/// <c>2023-07-20T10:15:00+03:00 · By the Explainers Desk · 11 min read</c>,
/// <c>Fri 3 Jan 2020 02.18 GMTLast modified on Fri 3 Jan 2020 21.40 GMT</c>. Yields the first date and the byline.
/// </summary>
internal static partial class StampBarRules
{
    public static bool IsStampBar(string line, out DateOnly? date, out string? byline)
    {
        date = null;
        byline = null;
        var t = line.Trim().Trim('*', '_', ' ');
        // Every stamp the bar needs has a year in digits; most lines have no digit at all.
        if (t.Length is 0 or > 200 || t.AsSpan().IndexOfAnyInRange('0', '9') < 0)
            return false;
        var segments = Separator().Split(t).Select(s => s.Trim().Trim('*', '_', ' ')).Where(s => s.Length > 0).ToList();
        var dated = false;
        foreach (var segment in segments)
        {
            if (ExplicitDateParser.Find(segment) is { } found && IsOnlyStamp(segment))
            {
                date ??= found.Date;
                dated = true;
            }
            else if (DeskByline().Match(segment) is { Success: true } by)
            {
                byline ??= by.Groups[1].Value;
            }
            else if (!LayoutRules.IsReadingTime(segment) && !ToolWord().IsMatch(segment))
            {
                return false;
            }
        }
        return dated;
    }

    private static bool IsOnlyStamp(string segment)
    {
        var rest = StampWords().Replace(ExplicitDateParser.RemoveAll(segment), " ");
        return !rest.Any(char.IsLetterOrDigit);
    }

    [GeneratedRegex(@"\s*[·•|]\s*|(?=(?:Last modified|Last updated|Updated|Published|First published)\b)")]
    private static partial Regex Separator();

    [GeneratedRegex(@"T?\d{1,2}[.:]\d{2}(?::\d{2})?(?:\.\d+)?(?:[+-]\d{2}:?\d{2}|Z)?|\b(?:last modified|last updated|updated|published|first published|posted|on|at|GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|KST|JST|am|pm|a\.m\.|p\.m\.|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\b|(?<=GMT|UTC|BST)", RegexOptions.IgnoreCase)]
    private static partial Regex StampWords();

    [GeneratedRegex(@"^(?:(?i:compiled|edited|curated|selected|written)\s+)?[Bb]y\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?[\p{L}'’.-]+){0,5})$")]
    private static partial Regex DeskByline();

    [GeneratedRegex(@"^(?:updated|live|gift this article|share|print|listen|save|font size|text size)$", RegexOptions.IgnoreCase)]
    private static partial Regex ToolWord();
}
