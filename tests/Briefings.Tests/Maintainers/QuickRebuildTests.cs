using Briefings.Incremental;
using Briefings.Tests.TestKit;
using static Briefings.Tests.Maintainers.IncrementalBuildTests;

namespace Briefings.Tests.Maintainers;

/// <summary>
/// A build process after an edit to an article's text redoes only that article's page and cleaned file from the last
/// build's record; every other edit takes the full incremental path. Either way the output equals a build from scratch.
/// </summary>
public sealed class QuickRebuildTests
{
    public static TheoryData<string, bool> Edits => new()
    {
        { "body", true },
        { "retitle", false },
        { "summary", false },
        { "leader", false },
        { "delete", false },
        { "add", false },
        { "knowledge", false },
        { "theme", false },
        { "base-url", false },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Only_an_edit_no_other_page_shows_takes_the_quick_path(string edit, bool quick)
    {
        using var site = new TempSite();
        var theme = CopyTheme(site);
        Age(site);
        Assert.True(Build(site, theme, null).Succeeded);

        var baseUrl = Apply(site, theme, edit);
        var result = Build(site, theme, baseUrl);

        Assert.True(result.Succeeded);
        Assert.Equal(quick, result.Quick);
        Assert.Equal(5, result.Articles + (edit == "delete" ? 1 : 0) - (edit == "add" ? 1 : 0));
        AssertSameAsFromScratch(site, theme, baseUrl);
    }

    [Fact]
    public void Quick_rebuilds_follow_one_another_and_leave_the_cache_right_for_a_full_one()
    {
        using var site = new TempSite();
        var theme = CopyTheme(site);
        Age(site);
        Assert.True(Build(site, theme, null).Succeeded);
        var articles = Directory.GetFiles(Path.Combine(site.Input, "articles")).Order(StringComparer.Ordinal).ToList();

        File.AppendAllText(articles[0], "\nA first added sentence closes the briefing.\n");
        Assert.True(Build(site, theme, null).Quick);
        File.AppendAllText(articles[1], "\nA second added sentence closes another briefing.\n");
        File.AppendAllText(articles[0], "\nAnd a third one, in the first briefing again.\n");
        var second = Build(site, theme, null);
        Assert.True(second.Quick);
        Assert.Equal(3, second.Reused);
        AssertSameAsFromScratch(site, theme);

        // A retitle needs the full path, which must find the quick builds' cache entries, manifests and stamps right.
        File.WriteAllText(articles[1], "A Completely New Headline For This Briefing\n" + File.ReadAllText(articles[1]));
        var full = Build(site, theme, null);
        Assert.False(full.Quick);
        Assert.Equal(4, full.Reused);
        AssertSameAsFromScratch(site, theme);
    }

    [Fact]
    public void Files_that_only_got_a_new_time_are_told_from_the_edited_one_by_their_bytes()
    {
        using var site = new TempSite();
        // More files than a build cleans on speculation: those that changed must be found by their hashes.
        for (var i = 0; i < QuickRebuild.MaxChanged; i++)
            site.WriteInput($"articles/zz-{i:00}.md", $"---\ntitle: Grain talks, round {i + 1}\ndate: 2024-02-{i + 1:00}\n---\n\nPorts reopened after round {i + 1}.\n");
        var aged = Age(site);
        Assert.True(site.Build().Succeeded);
        // A checkout of another branch and back gives every file a new time (on the same day); one was also edited.
        Touch(site, aged.AddSeconds(1));
        File.AppendAllText(FirstArticle(site), "\nOne more sentence at the very end.\n");

        var result = site.Build();

        Assert.True(result.Quick);
        Assert.Equal(4 + QuickRebuild.MaxChanged, result.Reused);
        AssertSameAsFromScratch(site);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Outside_git_an_article_dated_by_its_file_follows_the_file_to_another_day(bool alsoAddOne)
    {
        using var site = new TempSite(withRepoInput: false);
        // No date stated: the officeholder bounds it, and the file's time (no git here) is when it entered the archive.
        site.WriteInput("articles/merkel.md", "German Chancellor Angela Merkel said on Monday that the grain talks would resume.\n\nShips waited offshore.\n");
        site.WriteInput("articles/ports.md", "---\ntitle: Ports reopen\ndate: 2024-01-02\n---\n\nPorts reopened on Monday.\n");
        var day = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        Touch(site, day);
        Assert.True(site.Build().Succeeded);

        // A checkout the next day: the bytes are the same, the date the article's page gives as its bound is not.
        Touch(site, day.AddDays(1));
        if (alsoAddOne)
            site.WriteInput("articles/zz-new.md", "---\ntitle: Grain talks resume\ndate: 2024-01-02\n---\n\nPorts reopened again.\n");
        var result = site.Build();

        Assert.Equal(!alsoAddOne, result.Quick);
        var pages = Directory.GetFiles(Path.Combine(site.Site, "articles"), "index.html", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.Contains(pages, page => page.Contains("archive on 2026-03-02", StringComparison.Ordinal));
        AssertSameAsFromScratch(site);
    }

    [Fact]
    public void An_output_changed_by_another_command_or_by_hand_is_not_trusted()
    {
        using var site = new TempSite();
        Age(site);
        Assert.True(site.Build().Succeeded);
        var article = FirstArticle(site);

        // Ingest rewrites the cleaned files and the cache without the site: the record no longer describes the output.
        File.AppendAllText(article, "\nA sentence the ingest sees first.\n");
        Assert.True(site.Ingest().Succeeded);
        File.AppendAllText(article, "\nAnd one the build sees.\n");
        Assert.False(site.Build().Quick);
        AssertSameAsFromScratch(site);

        // A page deleted by hand is written again, which takes the full path.
        var page = Directory.GetFiles(Path.Combine(site.Site, "articles"), "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        File.Delete(page);
        File.AppendAllText(article, "\nOne more sentence.\n");
        Assert.False(site.Build().Quick);
        Assert.True(File.Exists(page));
        AssertSameAsFromScratch(site);
    }

    [Fact]
    public void The_warnings_of_every_article_are_still_reported()
    {
        using var site = new TempSite();
        Age(site);
        // Two articles with one title: indexing warns that the second slug is taken.
        site.WriteInput("articles/zz-a.md", "---\ntitle: Grain talks resume\ndate: 2024-01-02\n---\n\nPorts reopened on Monday.\n");
        site.WriteInput("articles/zz-b.md", "---\ntitle: Grain talks resume\ndate: 2024-01-03\n---\n\nPorts closed again on Tuesday.\n");
        Age(site);
        var first = site.Build();
        Assert.Contains(first.Problems, p => p.Message.Contains("is already used", StringComparison.Ordinal));

        File.AppendAllText(Path.Combine(site.Input, "articles", "zz-b.md"), "\nShips waited offshore.\n");
        var again = site.Build();

        Assert.True(again.Quick);
        Assert.Equal(first.Problems, again.Problems);
        AssertSameAsFromScratch(site);
    }

    [Fact]
    public void A_new_office_for_someone_only_the_text_introduces_redraws_their_leader_page()
    {
        using var site = new TempSite();
        Age(site);
        var article = site.WriteInput("articles/zz-riga.md", "---\ntitle: Baltic grid talks resume\ndate: 2024-03-04\n---\n\nThe grid link between the Baltic states will open in May, officials said on Monday.\n\nLatvian Prime Minister Janis Ozolkalns said the link would end the region's last dependence on Russian power.\n");
        Age(site);
        Assert.True(site.Build().Succeeded);
        Assert.Contains("Prime Minister", site.ReadSite("leaders/janis-ozolkalns/index.html"), StringComparison.Ordinal);

        // The same person, id and article card; only the office the text gives them changed, which their page shows.
        File.WriteAllText(article, File.ReadAllText(article).Replace("Latvian Prime Minister", "Latvian Foreign Minister", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        Assert.Contains("Foreign Minister", site.ReadSite("leaders/janis-ozolkalns/index.html"), StringComparison.Ordinal);
        AssertSameAsFromScratch(site);
    }

    [Fact]
    public void Verbose_output_that_reads_every_article_takes_the_full_path()
    {
        using var site = new TempSite();
        Age(site);
        Assert.True(site.Build().Succeeded);
        File.AppendAllText(FirstArticle(site), "\nOne more sentence.\n");

        var result = new SiteBuilder(site.Options()) { EveryArticle = true }.Build();

        Assert.False(result.Quick);
        Assert.Equal(5, result.Annotated.Count);
    }

    // Files written up to an hour before the build (the next build trusts the recorded stamps of those not edited
    // since), but today: outside git a file's date bounds an estimated date, so an edit must not move it to another day.
    private static DateTime Age(TempSite site)
    {
        var now = DateTime.UtcNow;
        var aged = now.AddHours(-1) > now.Date ? now.AddHours(-1) : now.Date;
        Touch(site, aged);
        return aged;
    }

    private static void Touch(TempSite site, DateTime time)
    {
        foreach (var file in Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, time);
    }
}
