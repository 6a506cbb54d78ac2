using System.Globalization;
using System.Text;
using Briefings.Clean;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Tests.Clean;

/// <summary>What the Clean stage states about an article, written as a small Markdown file for golden comparisons.</summary>
internal static class CleanedView
{
    public static CleanArticle? Clean(string fileName, string text) =>
        Clean(fileName, Encoding.UTF8.GetBytes(text));

    public static CleanArticle? Clean(string fileName, byte[] bytes) =>
        ArticleCleaner.Clean(new SourceFile("articles/" + fileName, bytes), new ProblemLog());

    public static string Render(CleanArticle? article)
    {
        if (article is null)
            return "(skipped: no article text)\n";
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(article.Title).Append('\n');
        if (article.TitleIsDerived)
            sb.Append("title_derived: true\n");
        if (article.ExplicitDate is { } date)
            sb.Append("explicit_date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if (article.Source is { } source)
            sb.Append("source: ").Append(source).Append('\n');
        if (article.Byline is { } byline)
            sb.Append("byline: ").Append(byline).Append('\n');
        sb.Append("---\n").Append(article.Body);
        return sb.ToString();
    }

    /// <summary>The cleaned article as a maintainer's <c>.md</c> file: front matter with its title, then its body.</summary>
    public static string AsMarkdownFile(CleanArticle article) =>
        "---\ntitle: \"" + article.Title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"\n---\n" + article.Body;
}
