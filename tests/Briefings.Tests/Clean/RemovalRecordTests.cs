namespace Briefings.Tests.Clean;

/// <summary>Every removal is recorded with its category, so <c>ingest --verbose</c> can show a maintainer what went.</summary>
public sealed class RemovalRecordTests
{
    [Fact]
    public void Removals_are_recorded_by_category()
    {
        var article = CleanedView.Clean("a.txt",
            "Talks resume in Geneva | The Lake Post\n" +
            "By Ana Ruiz, Reuters\n" +
            "Published 12/03/2021 at 10:00 CET\n" +
            "GENEVA (Reuters) - Envoys resumed talks on Friday after a two-week pause, officials said.\n" +
            "Delegates arrive at the venue. (Photo: Pool)\n" +
            "Advertisement\n" +
            "The talks are expected to last a week, and a joint statement is planned for the final day.\n" +
            "<strong>Key</strong>Date EventMarch 1First roundMarch 12Second roundMarch 19Final round\n" +
            ". . . . . . . .\n");

        Assert.NotNull(article);
        var categories = article.Removals.Select(r => r.Category).ToHashSet();
        foreach (var expected in new[] { "byline", "metadata", "dateline", "caption", "promo", "table", "layout", "duplicate-title" })
            Assert.Contains(expected, categories);
        Assert.Equal(new DateOnly(2021, 3, 12), article.ExplicitDate);
        Assert.Equal("Talks resume in Geneva", article.Title);
        Assert.StartsWith("Envoys resumed talks on Friday", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_in_ordinary_prose_are_not_taken_as_the_publication_date()
    {
        var article = CleanedView.Clean("a.txt",
            "Ministers look back at the 2014 summit\n" +
            "On 24 March 2014 the leaders met in The Hague and agreed to suspend the G8.\n" +
            "A second meeting followed on June 4, 2014, in Brussels.\n");

        Assert.NotNull(article);
        Assert.Null(article.ExplicitDate);
    }
}
