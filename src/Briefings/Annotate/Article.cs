using Briefings.Clean;

namespace Briefings.Annotate;

/// <summary>How an article's date was established.</summary>
public enum DateBasis
{
    /// <summary>The text states the date.</summary>
    Explicit,
    /// <summary>A maintainer wrote it in front matter.</summary>
    FrontMatter,
    /// <summary>Estimated from evidence (terms of office, years mentioned); see the window.</summary>
    Inferred,
    /// <summary>No evidence at all: the file's commit or modification date.</summary>
    Fallback,
}

/// <summary>A mention of someone the knowledge base does not know, for <c>briefings check</c> and leader pages.</summary>
/// <param name="Id">Slug made the same way as the knowledge base's ids.</param>
/// <param name="Office">The office as the text gave it ("Prime Minister"), when introduced with one.</param>
/// <param name="Sentence">The sentence that introduced the person.</param>
/// <param name="IsLeader">True for officeholders; false for experts, analysts, journalists quoted.</param>
public sealed record PersonMention(string Id, string Name, string? Office, string? Country, string Sentence, bool IsLeader);

/// <summary>A fully annotated article: what Index and Render work from.</summary>
/// <param name="DateEvidence">Human-readable reasons for the date, shown on the article page and in --verbose.</param>
public sealed record Article(
    string Slug,
    string Title,
    DateOnly Date,
    DateBasis DateBasis,
    DateOnly? DateEarliest,
    DateOnly? DateLatest,
    IReadOnlyList<string> DateEvidence,
    string? Source,
    IReadOnlyList<string> Leaders,
    IReadOnlyList<string> Topics,
    string Summary,
    string Body,
    string Origin,
    IReadOnlyList<PersonMention> OtherPeople)
{
    public int WordCount { get; } = CountWords(Body);

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }
        return count;
    }
}
