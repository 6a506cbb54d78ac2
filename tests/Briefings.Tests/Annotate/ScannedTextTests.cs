using Briefings.Annotate.Text;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Annotate;

public class ScannedTextTests
{
    public static TheoryData<string, string> TitlesAndBodies => new()
    {
        { "Putin meets Xi", "Mr. Putin met Xi Jinping in Beijing. They talked.\nA second paragraph's end." },
        { "Is it over?", "“Yes,” said the U.S. envoy. The Kennedys' house...\n\nLast line" },
        { "", "Body only, with no title at all." },
        { "Title. With two sentences.", "" },
        { "Erdoğan's visit", "\nA body that starts with a line break: Jong-un and Erdoğan." },
    };

    [Theory]
    [MemberData(nameof(TitlesAndBodies))]
    public void The_body_taken_from_a_scan_of_title_and_body_is_the_body_scanned_alone(string title, string body)
    {
        var whole = new ScannedText(title + "\n" + body);
        AssertSame(new ScannedText(body), whole.From(title.Length + 1));
    }

    [Fact]
    public void Every_seed_article_body_taken_from_the_whole_scan_matches_a_scan_of_its_own()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "articles")))
        {
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            var split = text.IndexOf('\n');
            AssertSame(new ScannedText(text[(split + 1)..]), new ScannedText(text).From(split + 1));
        }
    }

    private static void AssertSame(ScannedText expected, ScannedText actual)
    {
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Tokens.ToArray(), actual.Tokens.ToArray());
        foreach (var token in expected.Tokens)
            Assert.Equal(expected.SentenceOf(token), actual.SentenceOf(token));
    }
}
