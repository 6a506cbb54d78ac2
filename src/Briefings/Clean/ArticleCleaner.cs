using System.Text;
using System.Text.RegularExpressions;
using Briefings.Diagnostics;
using Briefings.Load;

namespace Briefings.Clean;

/// <summary>
/// The Clean stage: one raw article in, clean Markdown and what the text states out. Pure and thread-safe.
/// </summary>
public static partial class ArticleCleaner
{
    /// <summary>Cleans one file; returns null (with an error logged) when the file cannot be read as an article.</summary>
    public static CleanArticle? Clean(SourceFile file, ProblemLog problems)
    {
        var text = TextDecoder.Decode(file.Bytes);
        var frontMatter = MaintainerFrontMatter.None;
        if (file.Kind == "md")
            (frontMatter, text, _) = FrontMatterReader.Split(file.RelativePath, text, problems);

        var lines = text.Split('\n')
            .Select(l => WhiteSpace().Replace(TagDebris().Replace(l, " "), " ").Trim())
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            problems.Warn(file.RelativePath, 1, "article has no text after cleaning; skipped");
            return null;
        }

        var title = frontMatter.Title;
        var derived = false;
        if (title is null && LooksLikeHeadline(lines[0]))
        {
            title = lines[0];
            lines.RemoveAt(0);
        }
        if (title is null)
        {
            title = TitleFromLede(lines[0]);
            derived = true;
        }

        var body = new StringBuilder();
        foreach (var line in lines)
            body.Append(line).Append("\n\n");
        return new CleanArticle(file.RelativePath, title, body.ToString().TrimEnd() + "\n", derived, null, frontMatter.Source, null, frontMatter, []);
    }

    private static bool LooksLikeHeadline(string line) =>
        line.Length is > 10 and <= 150 && !line.EndsWith('.') && char.IsUpper(line[0]);

    private static string TitleFromLede(string lede)
    {
        var sentence = lede.Split(". ", 2)[0];
        if (sentence.Length <= 100)
            return sentence.TrimEnd('.');
        var cut = sentence.LastIndexOf(' ', 100);
        return sentence[..(cut > 20 ? cut : 100)];
    }

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z][^<>]{0,80}>|<\s*/?\s*(?:strong|li|ul|td|tr|th|p|h\d|table|tbody|section)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TagDebris();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
