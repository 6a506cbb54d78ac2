using Briefings.Clean;

namespace Briefings.Tests.Clean;

/// <summary>
/// Several line rules first run a cheap search (a mark or word every match must hold) before their pattern. These
/// lines each match one form of the pattern; a shortcut that missed a form would let the line through.
/// </summary>
public sealed class RuleShortcutTests
{
    [Theory]
    [InlineData("The ruins of the market in Kharkiv. Photo: Olena Kovalenko")]
    [InlineData("Delegates arrive at the summit (Photo: Ministry of Foreign Affairs)")]
    [InlineData("Delegates arrive at the summit (Xinhua Photo by Li Wei)")]
    [InlineData("The foreign ministers met on Tuesday, via Getty Images")]
    [InlineData("Ministers meet in Brussels. Getty Images")]
    [InlineData("Smoke over the port of Odesa. REUTERS/Nina Liashonok")]
    [InlineData("[Image: the border crossing at Rafah]")]
    [InlineData("A view of the harbour, courtesy of Unsplash")]
    [InlineData("Stock picture from iStockphoto of a conference room")]
    public void A_credit_in_any_form_is_found(string line) => Assert.True(CaptionRules.HasCredit(line));

    [Theory]
    [InlineData("Contents . . . . . . 12")]
    [InlineData("Chapter one ............ 4")]
    [InlineData("Annex ……… 31")]
    public void A_dot_leader_in_any_form_is_layout(string line) => Assert.True(LayoutRules.IsLayoutJunk(line));

    [Theory]
    [InlineData("Talks resumed\u00a0\u00a0in Geneva", "Talks resumed in Geneva")]
    [InlineData("Talks resumed \tin Geneva", "Talks resumed in Geneva")]
    [InlineData("Talks resumed  in Geneva", "Talks resumed in Geneva")]
    [InlineData("Talks resumed in Geneva pic.twitter.com/AbCd12", "Talks resumed in Geneva")]
    [InlineData("Talks resumed in Geneva https://t.co/xY9 today", "Talks resumed in Geneva today")]
    public void Spaces_runs_and_embedded_links_go_from_a_line_of_text(string line, string expected) =>
        Assert.Equal(expected, LayoutRules.StripInline(line));
}
