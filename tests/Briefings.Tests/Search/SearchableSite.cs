using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Load;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Search;

/// <summary>
/// The seeds built with search under <c>/briefings/</c> and served from 127.0.0.1, shared by a test class. It also
/// answers what a search should find, from the build's own articles, so tests compare the page with the archive.
/// </summary>
public sealed class SearchableSite : IDisposable
{
    public const string Mount = "/briefings/";

    private readonly TempSite _site = new();
    private readonly StaticSiteServer? _server;
    private readonly BuildResult? _result;

    public SearchableSite()
    {
        // Without Node.js every test using this site is skipped; building would only produce warnings.
        if (Briefings.Search.ExecutableFinder.Find("node") is null)
        {
            Knowledge = KnowledgeBase.Empty;
            return;
        }
        _result = _site.Build(Mount);
        Knowledge = InputLoader.Load(_site.Input, new ProblemLog()).Knowledge;
        _server = new StaticSiteServer(_site.Site, Mount);
    }

    public BuildResult Result => _result ?? throw new InvalidOperationException("the site was not built");

    public KnowledgeBase Knowledge { get; }

    public string SiteDir => _site.Site;

    public string Root => (_server ?? throw new InvalidOperationException("the site was not built")).SiteUrl;

    /// <summary>Titles of the articles a search should list: the word in title or text, and every chosen filter.</summary>
    public IReadOnlyList<string> Expected(string word, string? leaderName = null, string? topicName = null) =>
        [.. Result.Annotated
            .Where(a => a.Title.Contains(word, StringComparison.OrdinalIgnoreCase) || a.Body.Contains(word, StringComparison.OrdinalIgnoreCase))
            .Where(a => leaderName is null || a.Leaders.Any(id => Knowledge.FindLeader(id)?.Name == leaderName))
            .Where(a => topicName is null || a.Topics.Any(id => Knowledge.FindTopic(id)?.Name == topicName))
            .Select(a => a.Title)
            .Order(StringComparer.Ordinal)];

    public Article ArticleTitled(string title) => Result.Annotated.Single(a => a.Title == title);

    public void Dispose()
    {
        _server?.Dispose();
        _site.Dispose();
    }
}
