using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Incremental;
using Briefings.Load;

namespace Briefings.Check;

/// <summary>
/// <c>briefings check</c>: before publishing, checks the built output against the input. Runs Load, Clean and
/// Annotate again (from the build cache when it is current, never writing it) for what only the articles know —
/// duplicates and unknown people — and reads output/site and output/content for links and front matter.
/// </summary>
public static class SiteChecker
{
    public static CheckReport Run(CheckOptions options)
    {
        var problems = new ProblemLog();
        var input = InputLoader.Load(options.InputDir, problems);
        var articles = Articles(input, options, problems);
        ArchiveCheck.Duplicates(articles, problems);
        ArchiveCheck.UnknownPeople(articles, problems);

        var (pages, links, content) = (0, 0, 0);
        var siteDir = Path.Combine(options.OutputDir, SiteBuilder.SiteFolder);
        var contentDir = Path.Combine(options.OutputDir, SiteBuilder.ContentFolder);
        if (!Directory.Exists(siteDir) || !Directory.Exists(contentDir))
            problems.Error(options.OutputDir, 0, "no built site to check", "run 'briefings build' first");
        else
        {
            (pages, links) = LinkCheck.Run(siteDir, problems);
            content = ContentCheck.Run(contentDir, options.InputDir, input.Knowledge, problems);
        }
        return new CheckReport(problems.All, pages, links, content, articles.Count);
    }

    private static List<Article> Articles(LoadedInput input, CheckOptions options, ProblemLog problems)
    {
        var cacheDir = Path.Combine(options.OutputDir, SiteBuilder.CacheFolder);
        var fileDates = new FileDates(options.InputDir, cacheDir);
        return ArticleCache.Load(cacheDir).CleanAndAnnotate(input.Articles, SiteBuilder.InputsKey(options.InputDir), problems, SiteBuilder.Processor(input.Knowledge, fileDates), fileDateOf: fileDates.Of);
    }
}
