using System.Text;
using Briefings.Diagnostics;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Robustness;

/// <summary>Problems the build survives: each is at most a warning, and the rest of the archive is built.</summary>
public sealed class SurvivableInputTests
{
    private const string Prose = "Foreign ministers met in Brussels on Tuesday to discuss the next package of sanctions against Russia. ";

    [Fact]
    public void Unknown_leader_and_topic_ids_in_front_matter_are_warnings()
    {
        using var site = new TempSite();
        site.WriteInput("articles/ids.md", "---\ntitle: Ministers meet in Brussels\nleaders: [nobody-at-all]\ntopics: [no-such-topic]\n---\n" + Prose + "\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains(result.Problems, p => p is { Path: "articles/ids.md", Severity: Severity.Warning } && p.Message.Contains("nobody-at-all", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p is { Path: "articles/ids.md", Severity: Severity.Warning } && p.Message.Contains("no-such-topic", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_with_no_text_after_cleaning_is_skipped_with_a_warning()
    {
        using var site = new TempSite();
        site.WriteInput("articles/only-tags.txt", "< div >< / div >\n<p></p>\n< br />\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains(result.Problems, p => p is { Path: "articles/only-tags.txt", Severity: Severity.Warning });
        Assert.Equal(5, Directory.GetFiles(site.Content, "*.md").Length);
    }

    [Fact]
    public void Latin1_bytes_are_decoded_not_rejected()
    {
        using var site = new TempSite();
        var latin1 = Encoding.Latin1.GetBytes("Talks at the Élysée\nThe café near the Élysée palace was full of diplomats on Monday, officials said.\n");
        File.WriteAllBytes(Path.Combine(site.Input, "articles", "latin1.txt"), latin1);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains(result.Problems, p => p is { Path: "articles/latin1.txt", Line: 1, Severity: Severity.Warning, Message: "file is not UTF-8; read as Windows-1252 (Latin-1)" });
        var content = string.Concat(Directory.GetFiles(site.Content, "*.md").Select(File.ReadAllText));
        Assert.Contains("café near the Élysée", content);
    }

    [Fact]
    public void Dos_screen_bytes_are_read_as_code_page_437()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var site = new TempSite();
        var screen = Encoding.GetEncoding(437).GetBytes("══════════════════════\nTalks at the Élysée\nThe café near the Élysée palace was full of diplomats on Monday, officials said.\n");
        File.WriteAllBytes(Path.Combine(site.Input, "articles", "dos.txt"), screen);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains(result.Problems, p => p is { Path: "articles/dos.txt", Line: 1, Severity: Severity.Warning, Message: "file is not UTF-8; read as code page 437 (DOS)" });
        var content = string.Concat(Directory.GetFiles(site.Content, "*.md").Select(File.ReadAllText));
        Assert.Contains("café near the Élysée", content);
        Assert.DoesNotContain("ÍÍÍ", content);
    }

    [Fact]
    public void Two_articles_with_the_same_title_get_distinct_slugs()
    {
        using var site = new TempSite();
        site.WriteInput("articles/a.md", "---\ntitle: Ministers meet in Brussels\n---\n" + Prose + "\n");
        site.WriteInput("articles/b.md", "---\ntitle: Ministers meet in Brussels\n---\n" + Prose + "They agreed nothing.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.True(File.Exists(Path.Combine(site.Content, "ministers-meet-in-brussels.md")));
        Assert.True(File.Exists(Path.Combine(site.Content, "ministers-meet-in-brussels-2.md")));
        Assert.Contains(result.Problems, p => p is { Path: "articles/b.md", Severity: Severity.Warning } && p.Message.Contains("ministers-meet-in-brussels-2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_5_MB_article_and_a_1_MB_line_are_built()
    {
        using var site = new TempSite();
        var big = new StringBuilder("A very long briefing on sanctions\n");
        while (big.Length < 5_000_000)
            big.Append(Prose).Append(big.Length % 7 == 0 ? "\n\n" : "\n");
        site.WriteInput("articles/big.txt", big.ToString());
        site.WriteInput("articles/long-line.txt", "One line that never ends\n" + string.Concat(Enumerable.Repeat(Prose, 1_000_000 / Prose.Length)) + "\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(7, Directory.GetFiles(site.Content, "*.md").Length);
    }

    [Fact]
    public void A_build_never_writes_inside_input()
    {
        using var site = new TempSite();
        site.WriteInput("articles/extra.md", "---\ntitle: Ministers meet\nslug: ../../input/articles/owned\n---\n" + Prose + "\n");
        var before = TempSite.Snapshot(site.Input);

        Assert.True(site.Build().Succeeded);
        Assert.True(site.Ingest().Succeeded);

        var after = TempSite.Snapshot(site.Input);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"input {path} was modified");
    }
}
