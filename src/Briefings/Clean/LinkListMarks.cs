namespace Briefings.Clean;

/// <summary>
/// A box of links inside a broadcaster's story marks each link with a pointer or a bullet (<c>Read more:</c> /
/// <c>► German chancellor in Montreal: …</c> / <c>► What is green hydrogen?</c>), and the story's next crosshead,
/// as short as a headline, carries no mark and has the story's prose under it. Once the links have shown their mark, a
/// line without it over a paragraph of prose ends the box; one over more of the page's lines (a poll, a comment count)
/// may still be the box's.
/// </summary>
internal static class LinkListMarks
{
    private const string Marks = "►▶▸›»•·▪-–—*";

    /// <summary>
    /// True when <paramref name="line"/> may follow <paramref name="previous"/> (null: none yet) in one box;
    /// <paramref name="next"/> is the text under it (null at the end).
    /// </summary>
    public static bool SameMarking(string? previous, string line, string? next) =>
        previous is null || !IsMarked(previous) || IsMarked(line) || next is null || !IsProse(next);

    // A copyright line ("X is published by Y. © 2024. All rights reserved.") is a sentence too: prose runs longer.
    private static bool IsProse(string text) =>
        WordCount.IsSentence(text, ProseWords) && !LayoutRules.IsLayoutJunk(text) && !PromoRules.IsPromo(text, out _);

    private const int ProseWords = 16;

    private static bool IsMarked(string line) => line.Length > 2 && Marks.Contains(line[0]) && line[1] == ' ';
}
