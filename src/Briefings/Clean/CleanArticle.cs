namespace Briefings.Clean;

/// <summary>Values a maintainer wrote in an input <c>.md</c> file's front matter; each wins over anything inferred.</summary>
public sealed record MaintainerFrontMatter(
    string? Title = null,
    string? Slug = null,
    DateOnly? Date = null,
    string? Source = null,
    string? Summary = null,
    IReadOnlyList<string>? Leaders = null,
    IReadOnlyList<string>? Topics = null)
{
    public static MaintainerFrontMatter None { get; } = new();
}

/// <summary>What one removal in cleaning took out, for <c>ingest --verbose</c>.</summary>
/// <param name="Category">tag, caption, credit, promo, byline, dateline, metadata, layout, duplicate-title, notes, table.</param>
public sealed record Removal(string Category, string Text);

/// <summary>
/// The Clean stage's result: the article as Markdown plus what the text itself states.
/// Nothing here is inferred from outside knowledge; that is the Annotate stage's job.
/// </summary>
/// <param name="Origin">The input file relative to <c>input/</c>: <c>articles/001_x.txt</c>.</param>
/// <param name="Body">Clean Markdown body, without the title.</param>
/// <param name="TitleIsDerived">True when the text had no headline and the title was made from the lede.</param>
/// <param name="ExplicitDate">A publication date the text states (dateline, metadata line).</param>
public sealed record CleanArticle(
    string Origin,
    string Title,
    string Body,
    bool TitleIsDerived,
    DateOnly? ExplicitDate,
    string? Source,
    string? Byline,
    MaintainerFrontMatter FrontMatter,
    IReadOnlyList<Removal> Removals);
