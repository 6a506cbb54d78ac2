using Briefings.Tests.TestKit;

namespace Briefings.Tests.Site;

/// <summary>Every internal link, anchor and asset of every generated page resolves, at the root and under a sub-path.</summary>
public sealed class LinkIntegrityTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/briefings/")]
    public void A_paginated_multi_year_archive_has_no_broken_links_or_anchors(string baseUrl)
    {
        using var site = GeneratedArchive.Create();
        var result = site.Build(baseUrl);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.True(File.Exists(Path.Combine(site.Site, "topics", "nato", "page", "2", "index.html")), "the topic is paginated");
        Assert.Empty(LinkChecker.BrokenLinks(site.Site, baseUrl));
    }

    [Fact]
    public void The_site_has_feeds_sitemap_robots_favicon_and_no_jekyll_marker()
    {
        using var site = GeneratedArchive.Create(count: 3);
        Assert.True(site.Build().Succeeded);

        foreach (var file in new[] { "feed.xml", "topics/nato/feed.xml", "leaders/vladimir-putin/feed.xml", "sitemap.xml", "robots.txt", ".nojekyll", "assets/favicon.svg" })
            Assert.True(File.Exists(Path.Combine(site.Site, file)), file + " is missing");
        Assert.Contains("<link rel=\"icon\" href=\"assets/favicon.svg\"", site.ReadSite("index.html"));
    }
}
