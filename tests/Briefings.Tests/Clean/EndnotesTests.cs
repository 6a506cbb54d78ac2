namespace Briefings.Tests.Clean;

/// <summary>A paper's notes end its text; without a notes section, bracketed numbers are the text's own.</summary>
public sealed class EndnotesTests
{
    private const string Prose = """
        The ministers met for three days in Reykjavik and agreed to keep the working groups going through the winter, whatever happened elsewhere.

        Officials said the search and rescue exercise planned for the spring would go ahead with every member taking part, as in earlier years.

        Observers were invited to the closing session, which ended with a statement on shipping safety in the northern sea routes.
        """;

    [Fact]
    public void A_line_that_only_says_notes_without_a_first_note_under_it_is_kept()
    {
        var article = CleanedView.Clean("paper.txt", "Arctic ministers meet\n\n" + Prose + "\n\nNotes\n\nThe next meeting is due in May, in Tromso, after the elections in two member states.\n");

        Assert.Contains("The next meeting is due in May", article!.Body);
    }

    [Fact]
    public void Bracketed_numbers_stay_when_the_text_has_no_notes_section()
    {
        var article = CleanedView.Clean("paper.txt", "Arctic ministers meet\n\n" + Prose + "\n\nThe draft listed the options as [1] and [2] in its annex, officials said, and neither was chosen.\n");

        Assert.Contains("as [1] and [2]", article!.Body);
    }
}
