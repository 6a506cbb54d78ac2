namespace Briefings.Clean;

/// <summary>Word counts for the shape tests of the cleaning rules, which run on every line of every article.</summary>
internal static class WordCount
{
    /// <summary>How many parts <c>text.Split(' ')</c> would give, without allocating them.</summary>
    public static int BySpaces(string text) => text.AsSpan().Count(' ') + 1;
}
