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
        AssertSame(new ScannedText(body), whole.From(title.Length + 1), title.Length + 1);
    }

    [Fact]
    public void Every_seed_article_body_taken_from_the_whole_scan_matches_a_scan_of_its_own()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "articles")))
        {
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            var split = text.IndexOf('\n');
            AssertSame(new ScannedText(text[(split + 1)..]), new ScannedText(text).From(split + 1), split + 1);
        }
    }

    /// <summary>
    /// The suffix reads as the text scanned alone: the same words, gaps, joins and sentences. Its offsets index the whole
    /// text, and its sentences keep the whole text's numbers.
    /// </summary>
    private static void AssertSame(ScannedText alone, ScannedText suffix, int offset)
    {
        Assert.Equal(alone.Text, suffix.Text[offset..]);
        Assert.Equal(alone.Tokens.Count, suffix.Tokens.Count);
        for (var i = 0; i < alone.Tokens.Count; i++)
        {
            var (word, same) = (alone.Tokens[i], suffix.Tokens[i]);
            Assert.Equal(word with { Start = word.Start + offset, End = word.End + offset, Sentence = same.Sentence }, same);
            Assert.Equal(word.Sentence - alone.Tokens[0].Sentence, same.Sentence - suffix.Tokens[0].Sentence);
            Assert.Equal(alone.SentenceOf(word), suffix.SentenceOf(same));
            Assert.Equal(alone.Gap(i).ToString(), suffix.Gap(i).ToString());
            Assert.Equal(alone.GapBefore(i).ToString(), suffix.GapBefore(i).ToString());
            Assert.Equal(alone.Joined(i - 1), suffix.Joined(i - 1));
        }
    }
}
