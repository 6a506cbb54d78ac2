using Briefings.Annotate.Text;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Annotate;

/// <summary>The annotator's word lists and word table answer exactly as a plain set and a fresh scan would.</summary>
public sealed class WordSetTests
{
    [Fact]
    public void A_word_set_holds_its_words_and_nothing_that_merely_shares_their_shape()
    {
        string[] listed = ["president", "mr", "u", "costa rica", "people's", "erdoğan", "", new string('x', 40)];
        var set = new WordSet(listed);

        foreach (var word in listed)
            Assert.True(set.Contains(word), word);
        // Same length, first and last letters as a listed word; longer than 31 letters like the long one; other case.
        foreach (var word in new[] { "pxxxxxxxt", "ms", "v", "costa xica", "people’s", "erdogan", new string('x', 41), "President", " " })
            Assert.False(set.Contains(word), word);
    }

    [Fact]
    public void Every_word_of_the_seed_articles_scans_to_the_same_text_and_key_however_full_the_word_table_is()
    {
        // Scanning every seed twice fills the table's slots with words that meet in them; each answer must still be
        // the word itself and its key.
        for (var round = 0; round < 2; round++)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "articles")))
            {
                var text = new ScannedText(File.ReadAllText(file));
                foreach (var token in text.Tokens)
                {
                    Assert.Equal(text.Text[token.Start..token.End], token.Text);
                    Assert.Equal(ScannedText.Key(token.Text), token.Key);
                }
            }
        }
    }
}
