namespace Briefings.Annotate;

/// <summary>
/// The lede's first one or two sentences, at most about <see cref="MaxLength"/> characters. The lede is the first
/// paragraph of prose: not a heading, table, list, quotation, or a label that introduces one (<c>Key points:</c>).
/// </summary>
public static class Summary
{
    public const int MaxLength = 300;

    public static string Of(string body)
    {
        var lede = Lede(body);
        if (lede.Length <= MaxLength)
            return lede;
        var cut = lede.LastIndexOf(". ", MaxLength, StringComparison.Ordinal);
        if (cut > 60)
            return lede[..(cut + 1)];
        var space = lede.LastIndexOf(' ', MaxLength);
        return (space > 0 ? lede[..space] : lede[..MaxLength]) + "…";
    }

    // Line by line from the top, copying only the line taken: the lede is most often the first.
    private static string Lede(string body)
    {
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var l = body.AsSpan(range).Trim();
            if (l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('|') && !l.StartsWith("- ", StringComparison.Ordinal)
                && !l.StartsWith("* ", StringComparison.Ordinal) && !l.StartsWith('>') && l.Contains(' ') && !l.EndsWith(':'))
                return l.ToString();
        }
        return "";
    }
}
