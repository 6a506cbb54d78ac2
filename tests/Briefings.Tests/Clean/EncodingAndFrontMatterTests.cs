using Briefings.Clean;

namespace Briefings.Tests.Clean;

/// <summary>What a file's bytes and a maintainer's half-filled front matter mean for the cleaned article.</summary>
public sealed class EncodingAndFrontMatterTests
{
    [Fact]
    public void Text_encoded_to_utf8_twice_is_repaired_even_where_a_layer_left_an_undefined_byte()
    {
        // "Á" is C3 81 in UTF-8; read as Windows-1252 the 81 has no character and survives as U+0081; encoded and read
        // so once more, "Á" is "ÃƒÂ" + U+0081, and "í" (C3 AD) is "ÃƒÂ" + a soft hyphen.
        var article = CleanedView.Clean("report.txt", "Morales resigns in Bolivia\n\n"
            + "ÃƒÂ\u0081lvaro GarcÃƒÂ\u00ADa Linera resigned on Sunday, hours after the army chief asked the president to step down.\n");

        Assert.Contains("Álvaro García Linera resigned", article!.Body);
    }

    [Fact]
    public void Empty_leader_and_topic_lists_in_front_matter_leave_the_text_to_name_them()
    {
        var article = CleanedView.Clean("draft.md", """
            ---
            title: Colombia and FARC sign a peace accord
            date:
            leaders: []
            topics: []
            ---
            President Juan Manuel Santos and the FARC's leader signed the accord in Cartagena on Monday evening.
            """);

        Assert.Null(article!.FrontMatter.Leaders);
        Assert.Null(article.FrontMatter.Topics);
        Assert.Null(article.FrontMatter.Date);
    }
}
