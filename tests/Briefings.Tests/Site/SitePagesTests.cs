using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefings.Annotate;
using Briefings.Load;

namespace Briefings.Tests.Site;

/// <summary>What a reader finds on the pages rendered from a small hand-made archive.</summary>
public sealed partial class SitePagesTests
{
    private static readonly DateOnly Day = new(2023, 7, 11);

    [Fact]
    public void An_officeholder_introduced_by_the_text_gets_a_leader_page_and_people_quoted_stay_on_the_article()
    {
        var pages = RenderKit.Render(
        [
            RenderKit.Article("Ottawa raises defence spending", Day, leaders: ["justin-trudeau", "jens-stoltenberg"], people:
            [
                new PersonMention("justin-trudeau", "Justin Trudeau", "Prime Minister", "Canada", "Canadian Prime Minister Justin Trudeau said…", IsLeader: true),
                new PersonMention("mick-ryan", "Mick Ryan", "military analyst", null, "analyst Mick Ryan wrote…", IsLeader: false),
            ]),
        ]);

        var leader = pages["leaders/justin-trudeau/index.html"];
        Assert.Contains("<h1>Justin Trudeau</h1>", leader);
        Assert.Contains("Prime Minister, as the briefings introduce them.", leader);
        Assert.Contains("Canada", leader);
        var index = pages["leaders/index.html"];
        Assert.Contains("<h2 id=\"country-canada\">Canada", index);
        Assert.Contains("href=\"../leaders/justin-trudeau/\"", index);
        Assert.DoesNotContain("Mick Ryan", index);
        Assert.False(pages.ContainsKey("leaders/mick-ryan/index.html"));

        var article = pages["articles/ottawa-raises-defence-spending/index.html"];
        Assert.Matches(@"<h2 id=""people-quoted"">People quoted</h2>\s*<ul>\s*<li>Mick Ryan, <span class=""meta"">military analyst</span></li>", article);
        Assert.Contains("<a href=\"../../leaders/justin-trudeau/\">Justin Trudeau</a>", article);
    }

    [Fact]
    public void Letters_without_an_accent_to_strip_still_reach_the_address_as_their_plain_spelling()
    {
        var pages = RenderKit.Render([RenderKit.Article("Guðni Jóhannesson opens Þingvellir talks", Day)]);

        Assert.True(pages.ContainsKey("articles/gudni-johannesson-opens-thingvellir-talks/index.html"), string.Join(", ", pages.Keys.Where(k => k.StartsWith("articles/", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_known_leader_page_lists_offices_with_dates_and_the_people_most_often_mentioned_with_them()
    {
        var pages = RenderKit.Render(
        [
            RenderKit.Article("Summit in Vilnius", Day, leaders: ["jens-stoltenberg", "kaja-kallas"]),
            RenderKit.Article("Baltic air policing", Day.AddDays(-3), leaders: ["jens-stoltenberg", "kaja-kallas"]),
            RenderKit.Article("Spending pledge", Day.AddDays(-9), leaders: ["jens-stoltenberg"]),
        ]);

        var page = pages["leaders/jens-stoltenberg/index.html"];
        Assert.Contains("Secretary General of NATO (NATO)", page);
        Assert.Contains("1 October 2014 – 1 October 2024", page);
        Assert.Contains("3 briefings", page);
        Assert.Matches(@"<h2 id=""mentioned-with"">Most often mentioned with</h2>\s*<ul class=""counted"">\s*<li><a href=""../../leaders/kaja-kallas/"">Kaja Kallas</a> <span class=""count"" aria-hidden=""true"">2</span>", page);
        var titles = ArticleTitles(page);
        Assert.Equal(["Summit in Vilnius", "Baltic air policing", "Spending pledge"], titles);
    }

    [Fact]
    public void A_topic_with_more_than_fifty_briefings_is_paginated_newest_first()
    {
        var articles = Enumerable.Range(0, 120).Select(i => RenderKit.Article($"Alliance note {i:D3}", Day.AddDays(-i), topics: ["nato"])).ToList();
        var pages = RenderKit.Render(articles);

        var first = pages["topics/nato/index.html"];
        Assert.Contains("120 briefings", first);
        Assert.Equal(50, ArticleTitles(first).Count);
        Assert.Equal("Alliance note 000", ArticleTitles(first)[0]);
        Assert.Contains("<a rel=\"next\" href=\"../../topics/nato/page/2/\">", first);
        var last = pages["topics/nato/page/3/index.html"];
        Assert.Equal(20, ArticleTitles(last).Count);
        Assert.Equal("Alliance note 119", ArticleTitles(last)[^1]);
        Assert.Contains("<a rel=\"prev\" href=\"../../../../topics/nato/page/2/\">", last);
        Assert.Contains("<title>NATO (page 3 of 3) · Briefings</title>", last);
        Assert.False(pages.ContainsKey("topics/nato/page/4/index.html"));
    }

    [Fact]
    public void A_long_list_links_the_first_and_last_pages_and_those_around_the_current_one()
    {
        var articles = Enumerable.Range(0, 1000).Select(i => RenderKit.Article($"Alliance note {i:D4}", Day.AddDays(-i), topics: ["nato"])).ToList();
        var pages = RenderKit.Render(articles);

        var tenth = pages["topics/nato/page/10/index.html"];
        Assert.Contains("<p>Page 10 of 20</p>", tenth);
        Assert.Equal(["1", "…", "8", "9", "10", "11", "12", "…", "20"], PageNumbers(tenth));
        Assert.Contains("<a href=\"../../../../topics/nato/page/10/\" aria-current=\"page\">10</a>", tenth);
        // A gap of one page shows that page rather than a gap mark.
        Assert.Equal(["1", "2", "3", "4", "5", "…", "20"], PageNumbers(pages["topics/nato/page/3/index.html"]));
        Assert.Equal(["1", "…", "18", "19", "20"], PageNumbers(pages["topics/nato/page/20/index.html"]));
    }

    private static List<string> PageNumbers(string page) =>
        [.. System.Text.RegularExpressions.Regex.Matches(page[page.IndexOf("<nav class=\"pagination\"", StringComparison.Ordinal)..], @"<li>(?:<a href=""[^""]*""(?: aria-current=""page"")?>|<span class=""gap"">)([^<]+)</(?:a|span)></li>").Select(m => m.Groups[1].Value)];

    [Fact]
    public void Estimated_dates_read_honestly_and_sit_in_a_month_only_when_the_window_allows()
    {
        var pages = RenderKit.Render(
        [
            RenderKit.Article("Stated date", new(2019, 3, 5)),
            RenderKit.Article("Known to the month", new(2019, 3, 15), basis: DateBasis.Inferred, earliest: new(2019, 3, 1), latest: new(2019, 3, 31)),
            RenderKit.Article("Known to the year", new(2019, 6, 1), basis: DateBasis.Inferred, earliest: new(2019, 2, 1), latest: new(2019, 11, 30)),
        ]);

        var timeline = pages["timeline/index.html"];
        var march = Section(timeline, "<h3 id=\"m2019-03\">", "<h3");
        Assert.Contains("Stated date", march);
        Assert.Contains("Known to the month", march);
        Assert.DoesNotContain("Known to the year", march);
        Assert.DoesNotContain("id=\"m2019-06\"", timeline);
        var approximate = Section(timeline, "<h3 id=\"y2019-approximate\">", "</section>");
        Assert.Contains("Known to the year", approximate);
        Assert.Contains("February–November 2019", approximate);
        Assert.Contains("aria-label=\"March 2019: 2 briefings\"", timeline);

        var article = pages["articles/known-to-the-year/index.html"];
        Assert.Contains("February–November 2019</time>", article);
        Assert.Contains("Estimated from: the terms of office of the leaders named.", article);
        Assert.DoesNotContain("datePublished", article);
        Assert.Contains("\"datePublished\":\"2019-03-05\"", pages["articles/stated-date/index.html"]);
    }

    [Fact]
    public void Article_text_cannot_close_the_json_ld_script_or_add_markup()
    {
        const string hostile = "Talks </script><script>alert(1)</script> & <!-- end";
        var pages = RenderKit.Render([RenderKit.Article(hostile, Day, body: "Body with <b>tags</b> and </script>.\n")]);

        var page = pages.Single(p => p.Key.StartsWith("articles/", StringComparison.Ordinal)).Value;
        Assert.Equal(1, Regex.Count(page, "<script"));
        var json = JsonLd().Match(page).Groups[1].Value;
        Assert.DoesNotContain("<", json);
        Assert.Equal(hostile, JsonDocument.Parse(json).RootElement.GetProperty("headline").GetString());
        Assert.Contains("Talks &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!-- end", page);
    }

    [Fact]
    public void Every_link_is_relative_except_on_the_404_page_which_starts_from_the_base_path()
    {
        var pages = RenderKit.Render([RenderKit.Article("Summit in Vilnius", Day, leaders: ["jens-stoltenberg"], topics: ["nato"])], SiteConfig.Default with { BaseUrl = "/briefings/" });

        foreach (var (path, text) in pages.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal) && p.Key != "404.html"))
            Assert.DoesNotMatch("(?:href|src)=\"/", text);
        var notFound = pages["404.html"];
        Assert.Contains("href=\"/briefings/assets/style.css\"", notFound);
        Assert.Contains("href=\"/briefings/timeline/\"", notFound);
        Assert.DoesNotContain("<link rel=\"canonical\"", notFound);
    }

    [Fact]
    public void With_an_absolute_base_url_pages_have_canonical_links_and_feeds_and_sitemap_use_absolute_addresses()
    {
        var site = SiteConfig.Default with { BaseUrl = "https://example.org/briefings" };
        var pages = RenderKit.Render([RenderKit.Article("Summit in Vilnius", Day, leaders: ["jens-stoltenberg"], topics: ["nato"])], site);

        var article = pages["articles/summit-in-vilnius/index.html"];
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/briefings/articles/summit-in-vilnius/\">", article);
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/briefings/articles/summit-in-vilnius/\">", article);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", article);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(pages["leaders/jens-stoltenberg/feed.xml"]);
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("Summit in Vilnius", entry.Element(atom + "title")!.Value);
        Assert.Equal("https://example.org/briefings/articles/summit-in-vilnius/", entry.Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2023-07-11T00:00:00Z", entry.Element(atom + "updated")!.Value);

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(pages["sitemap.xml"]).Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://example.org/briefings/", locs);
        Assert.Contains("https://example.org/briefings/leaders/jens-stoltenberg/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://example.org/briefings/sitemap.xml", pages["robots.txt"]);
    }

    [Fact]
    public void Without_an_absolute_base_url_feed_links_are_relative_to_the_feed_and_ids_are_stable_urns()
    {
        var pages = RenderKit.Render([RenderKit.Article("Summit in Vilnius", Day, topics: ["nato"])]);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(pages["topics/nato/feed.xml"]).Root!.Element(atom + "entry")!;
        Assert.Equal("../../articles/summit-in-vilnius/", entry.Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", entry.Element(atom + "id")!.Value);
        var again = RenderKit.Render([RenderKit.Article("Summit in Vilnius", Day, topics: ["nato"])]);
        Assert.Equal(pages["topics/nato/feed.xml"], again["topics/nato/feed.xml"]);
        Assert.DoesNotContain("<link rel=\"canonical\"", pages["index.html"]);
    }

    private static List<string> ArticleTitles(string page) =>
        [.. ListTitle().Matches(page).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static string Section(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        var to = text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }

    [GeneratedRegex("""<h3><a href="[^"]*">([^<]*)</a></h3>""")]
    private static partial Regex ListTitle();

    [GeneratedRegex("""<script type="application/ld\+json">(.*?)</script>""")]
    private static partial Regex JsonLd();
}
