using System.Text.RegularExpressions;

namespace Briefings.Clean;

/// <summary>Layout junk: dot leaders, runs of separators (<c>$ $ $</c>, <c>- - -</c>, <c>* * *</c>), stray ellipses.</summary>
internal static partial class LayoutRules
{
    /// <summary>True for a line that carries no words, only page layout (or a dot-leader row of a lost table).</summary>
    public static bool IsLayoutJunk(string line)
    {
        var t = line.Trim();
        if (t.Length == 0)
            return true;
        if (SeparatorsOnly().IsMatch(t) || !t.Any(char.IsLetterOrDigit))
            return true;
        return DotLeader().IsMatch(t) && t.Length < 200;
    }

    /// <summary>Removes separator runs and dot leaders embedded in a line of real text.</summary>
    public static string StripInline(string line) => Spaces().Replace(InlineRun().Replace(line, " "), " ").Trim();

    [GeneratedRegex(@"^(?:[-=_*~.•·$#+|—–/\\]\s*){3,}$")]
    private static partial Regex SeparatorsOnly();

    [GeneratedRegex(@"(?:\.\s){4,}|\.{6,}|…{2,}")]
    private static partial Regex DotLeader();

    [GeneratedRegex(@"(?:(?<=\s)|^)(?:[-$*=_~.]\s){3,}[-$*=_~.]?(?=\s|$)")]
    private static partial Regex InlineRun();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
