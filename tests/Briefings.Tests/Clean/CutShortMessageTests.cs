namespace Briefings.Tests.Clean;

/// <summary>Echomail captured only in part: a capture that stopped early leaves a header and some text, or a header alone.</summary>
public sealed class CutShortMessageTests
{
    private const string Header = " Area : POLITICS.EURO\n Msg  : 12 of 40\n From : Jan de Vries                        2:280/5         12 Jun 99  20:11:00\n To   : All\n Subj : Kosovo: the tanks roll in\n";

    [Fact]
    public void A_message_cut_inside_its_header_holds_no_article() =>
        Assert.Null(CleanedView.Clean("cut.txt", Header[..^12]));

    [Fact]
    public void A_message_cut_before_its_origin_line_keeps_its_text_and_loses_its_header()
    {
        var article = CleanedView.Clean("cut.txt", Header + "\nNATO troops entered Kosovo this morning from Macedonia after the Serbian forces began\ntheir withdrawal under the agreement signed on Wednesday, and the first columns reached Pristina.\n");

        Assert.NotNull(article);
        Assert.Equal("Kosovo: the tanks roll in", article.Title);
        Assert.StartsWith("NATO troops entered Kosovo", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("2:280/5", article.Body, StringComparison.Ordinal);
    }
}
