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

    [Theory]
    [InlineData("Talks resumed [Translator's note: the summit's old name] in Geneva")]
    [InlineData("Talks resumed [TN: the summit's old name] in Geneva")]
    [InlineData("Talks resumed [T.N.: the summit's old name] in Geneva")]
    [InlineData("Talks resumed [Anm. d. Übers.: der alte Name] in Geneva")]
    public void A_translators_note_in_any_form_goes_from_a_line_of_text(string line) =>
        Assert.Equal("Talks resumed in Geneva", LayoutRules.StripInline(line));

    [Theory]
    [InlineData("Required fields are marked *")]
    [InlineData("We and our 842 partners store and access information on a device")]
    [InlineData("By clicking “Accept”, you agree to the storing of cookies")]
    [InlineData("We have no shareholders and no billionaire owner")]
    [InlineData("Support us from as little as €1")]
    [InlineData("Subscribe for just £5 a month")]
    [InlineData("Book a demo")]
    [InlineData("Start your free trial")]
    [InlineData("Machine translated from the Spanish")]
    [InlineData("Tradução automática")]
    [InlineData("You’re receiving this because you signed up")]
    [InlineData("Unsubscribe")]
    [InlineData("Republished with permission of the author")]
    [InlineData("This story was first published by The Kyiv Dispatch")]
    public void Page_chrome_that_can_sit_anywhere_in_its_line_is_found(string line) => Assert.True(PromoRules.IsPromo(line, out _));

    [Theory]
    [InlineData("Talks\u200e resumed\u00a0in Geneva", "Talks resumed in Geneva")]
    [InlineData("the con\ufb02ict in\u2009Gaza", "the conflict in Gaza")]
    [InlineData("\uff08Jiji Press\uff09", "(Jiji Press)")]
    [InlineData("Line\u0007 one\nLine two", "Line one\nLine two")]
    public void Odd_spaces_marks_and_forms_are_normalised(string text, string expected) =>
        Assert.Equal(expected, CharacterRepair.NormalizeSpaces(text));

    [Fact]
    public void Text_with_nothing_to_normalise_comes_back_as_it_was()
    {
        const string text = "“Talks resumed,” she said — in Geneva.\nA second paragraph.";
        Assert.Same(text, CharacterRepair.NormalizeSpaces(text));
    }
}
