namespace Briefings.Clean;

/// <summary>
/// A breadcrumb trail that names itself, as older newspaper and portal templates print it above the story: <c>You are
/// here: World &gt; Europe</c>, <c>Sie sind hier: Politik › Ausland</c>. The label says what the line is, wherever it stands and
/// whether or not the trail starts from the home page.
/// </summary>
internal static class YouAreHereTrail
{
    /// <summary>True when the line is such a trail: the label, a colon, and a short path with a separator.</summary>
    public static bool IsTrail(string line)
    {
        if (line.Length > 160)
            return false;
        // The longest label has 16 characters: a later colon is some other line's, and needs no substring to tell.
        var colon = line.IndexOf(':');
        if (colon is <= 0 or > 20 || !Labels.Contains(line[..colon].Trim()))
            return false;
        var path = line.AsSpan(colon + 1).Trim();
        return path.Length > 0 && path.IndexOfAny(">›»/") >= 0 && WordCount.BySpaces(path) <= 12;
    }

    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase) { "You are here", "You're here", "Sie sind hier", "Vous êtes ici", "Usted está aquí", "Você está aqui" };
}
