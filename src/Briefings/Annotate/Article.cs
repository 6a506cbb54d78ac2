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
    private ArticleText _body = new(Body);

    /// <summary>The cleaned Markdown text (decoded at each read: see <see cref="ArticleText"/>).</summary>
    public string Body { get => _body.Value; init => _body = new(value); }

    /// <summary>The cleaned Markdown text as UTF-8.</summary>
    internal ReadOnlySpan<byte> BodyUtf8 => _body.Utf8;

    /// <summary>
    /// The date the file entered the archive (<see cref="Load.FileDates"/>) when dating asked for it, else null. It is
    /// not in the file's bytes: a file committed or touched on another day dates differently, so a cached article
    /// holds only while its file's date is still this one.
    /// </summary>
    public DateOnly? FileDate { get; init; }

    /// <summary>
    /// An article read back from the build cache, its text left as the cache's UTF-8 bytes until something reads it:
    /// a rebuild reads every cached article to index the archive but draws only the pages that changed.
    /// </summary>
    internal static Article WithEncodedBody(Article facts, ReadOnlyMemory<byte> bodyUtf8) => facts with { _body = new(bodyUtf8) };
}

/// <summary>
/// Text kept as UTF-8 bytes and decoded at each read. An article's body is most of what a build keeps of it until its
/// page is drawn (10 of 14 KB, as UTF-16): as bytes it takes half that, and the collector copies half as much as it
/// promotes a finished article. Two or three reads per build (the page, the cleaned file) cost a small part of that.
/// </summary>
internal sealed class ArticleText : IEquatable<ArticleText>
{
    private readonly ReadOnlyMemory<byte> _utf8;

    public ArticleText(string text) => _utf8 = System.Text.Encoding.UTF8.GetBytes(text);

    public ArticleText(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    public string Value => System.Text.Encoding.UTF8.GetString(_utf8.Span);

    public ReadOnlySpan<byte> Utf8 => _utf8.Span;

    public bool Equals(ArticleText? other) => other is not null && _utf8.Span.SequenceEqual(other._utf8.Span);

    public override bool Equals(object? obj) => Equals(obj as ArticleText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_utf8.Span);
        return hash.ToHashCode();
    }
}
