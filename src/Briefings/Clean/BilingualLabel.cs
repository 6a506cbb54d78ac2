namespace Briefings.Clean;

/// <summary>
/// A label an agency's foreign-language service prints in both languages, the home language first (<c>Baca juga /
/// Read also:</c>, <c>Lire aussi / Read also :</c>, <c>Mais lidas / Most read</c>, <c>IKLAN / ADVERTISEMENT</c>): the
/// English half is read by the rules that know the label.
/// </summary>
internal static class BilingualLabel
{
    /// <summary>What follows the first half's slash, or null when the line does not open with a short label and a slash.</summary>
    public static string? SecondHalf(string line)
    {
        var slash = line.IndexOf(" / ", StringComparison.Ordinal);
        if (slash is < 2 or > MaximumHalf)
            return null;
        var first = line.AsSpan(0, slash);
        if (first.ContainsAnyInRange('0', '9') || first.Count(' ') >= MaximumWords)
            return null;
        return line[(slash + 3)..].TrimStart();
    }

    private const int MaximumHalf = 30;

    private const int MaximumWords = 4;
}
