using System.Globalization;
using Briefings.Load;
using Briefings.Publish;

namespace Briefings.Authoring;

/// <summary>The outcome of <c>briefings new</c>: the file written, or why none was.</summary>
public sealed record NewArticleResult(string? Path, string? Error, string? Hint = null);

/// <summary>
/// <c>briefings new "Title"</c>: writes <c>input/articles/&lt;slug&gt;.md</c> with front matter ready to fill in.
/// Leaders and topics are left commented out: an empty list would tell the build "none", while leaving them out lets
/// the build find them in the text.
/// </summary>
public static class ArticleSkeleton
{
    public static NewArticleResult Create(string inputDir, string title, DateOnly today)
    {
        title = title.Trim();
        var slug = Slug.From(title);
        if (slug.Length == 0)
            return new NewArticleResult(null, $"cannot make a file name from the title '{title}'", "use a title with letters or digits");
        var folder = Path.Combine(inputDir, InputLoader.ArticlesFolder);
        var path = Path.Combine(folder, slug + ".md");
        if (File.Exists(path))
            return new NewArticleResult(path, "already exists; nothing was written", "edit that file, or choose another title");
        Directory.CreateDirectory(folder);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream) { NewLine = "\n" };
            writer.Write(Text(title, today));
        }
        catch (IOException) when (File.Exists(path))
        {
            return new NewArticleResult(path, "already exists; nothing was written", "edit that file, or choose another title");
        }
        return new NewArticleResult(path, null);
    }

    public static string Text(string title, DateOnly today) => $"""
        ---
        title: {Yaml.Scalar(title)}
        date: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
        # source: Publisher name
        # summary: One or two sentences; leave out to use the first paragraph.
        # leaders: [vladimir-putin]   ids from data/leaders.yml; leave out to let the build find them in the text
        # topics: [sanctions]         ids from data/topics.yml; leave out to let the build assign them
        ---

        Write the article here, in Markdown: paragraphs separated by blank lines, ## for subheadings.

        """;
}
