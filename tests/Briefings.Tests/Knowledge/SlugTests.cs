using Briefings.Load;

namespace Briefings.Tests.Knowledge;

/// <summary>Ids and addresses made from names: what a reader sees in a leader's or an article's URL.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("Peter O'Neill", "peter-oneill")]
    [InlineData("Peter O’Neill", "peter-oneill")]
    [InlineData("Fiamē Naomi Mataʻafa", "fiame-naomi-mataafa")]
    [InlineData("Hawai‘i votes", "hawaii-votes")]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Ceasefire — “for now”", "ceasefire-for-now")]
    public void Apostrophes_and_the_okina_join_letters_while_other_marks_split_words(string name, string slug) =>
        Assert.Equal(slug, Slug.From(name));
}
