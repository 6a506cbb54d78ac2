using Briefings.Tests.TestKit;

namespace Briefings.Tests.Robustness;

/// <summary>Article text and front matter are data: hostile markup shows as text or goes, never runs.</summary>
public sealed class HostileContentTests
{
    private const string HostileBody = """
        Leaders met in Vienna to discuss the nuclear file on Tuesday, officials said.
        <script>alert('body')</script>
        <img src=x onerror="alert('img')"> and <a href="javascript:alert('a')" onclick="alert(1)">a link</a>.
        A Markdown [trap](javascript:alert('md')) and an image ![pixel](https://tracker.example/p.gif) and [fine](https://example.org/).
        <iframe src="https://evil.example/"></iframe><svg onload=alert(1)><object data="x.swf"></object>
        Template syntax {{Page.Site.Title}} and {{{Content.BodyHtml}}} stays text.
        The talks continued into the night, with no agreement announced by Wednesday morning.
        """;

    [Theory]
    [InlineData("hostile.txt")]
    [InlineData("hostile.md")]
    [InlineData("hostile.html")]
    public void Hostile_markup_in_an_article_never_becomes_live(string file)
    {
        using var site = new TempSite();
        site.WriteInput("articles/" + file, "Nuclear talks in Vienna\n" + HostileBody);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        AssertSiteIsSafe(site);
        var article = Directory.GetDirectories(Path.Combine(site.Site, "articles")).Select(d => File.ReadAllText(Path.Combine(d, "index.html")))
            .Single(html => html.Contains("Leaders met in Vienna", StringComparison.Ordinal));
        Assert.Contains("The talks continued into the night", article);
        // The image may stay as visible text, but the page never loads it.
        Assert.DoesNotContain("src=\"https://tracker.example", article);
        Assert.DoesNotContain("<img", article);
    }

    [Fact]
    public void Hostile_front_matter_never_becomes_live()
    {
        using var site = new TempSite();
        site.WriteInput("articles/fm.md", """
            ---
            title: "<script>alert('title')</script> Talks"
            source: "\" onmouseover=\"alert(1)"
            summary: "</script><script>alert('summary')</script>"
            ---
            Leaders met in Vienna to discuss the nuclear file on Tuesday, officials said.
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        AssertSiteIsSafe(site);
        Assert.Contains(Directory.GetFiles(site.Site, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText),
            html => html.Contains("&lt;script&gt;alert(", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../../escaped", "escaped")]
    [InlineData("/tmp/absolute", "tmp-absolute")]
    [InlineData("..", "talks-in-vienna")]
    [InlineData("con", "talks-in-vienna")]
    [InlineData("a\\\\b", "a-b")]
    public void A_slug_from_front_matter_cannot_escape_the_output_folder(string slug, string expected)
    {
        using var site = new TempSite();
        site.WriteInput("articles/slug.md", $"---\ntitle: Talks in Vienna\nslug: \"{slug}\"\n---\nLeaders met in Vienna on Tuesday.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.True(File.Exists(Path.Combine(site.Content, expected + ".md")), string.Join(", ", Directory.GetFiles(site.Content)));
        Assert.True(File.Exists(Path.Combine(site.Site, "articles", expected, "index.html")));
        Assert.Equal(["input", "output"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Every_page_carries_a_content_security_policy_that_allows_nothing_from_outside()
    {
        using var site = new TempSite();
        site.Build();

        foreach (var page in Directory.GetFiles(site.Site, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';", html);
            Assert.DoesNotContain("http://", html.Split("Content-Security-Policy")[1].Split('>')[0]);
            Assert.DoesNotContain("https://", html.Split("Content-Security-Policy")[1].Split('>')[0]);
        }
    }

    internal static void AssertSiteIsSafe(TempSite site)
    {
        foreach (var page in Directory.GetFiles(site.Site, "*.html", SearchOption.AllDirectories))
        {
            var violations = PageSafety.Violations(File.ReadAllText(page)).ToList();
            Assert.True(violations.Count == 0, $"{Path.GetRelativePath(site.Site, page)}: {string.Join("; ", violations)}");
        }
    }
}
