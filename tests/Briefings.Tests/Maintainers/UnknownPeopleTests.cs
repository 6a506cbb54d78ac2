using Briefings.Annotate;
using Briefings.Check;
using Briefings.Diagnostics;

namespace Briefings.Tests.Maintainers;

/// <summary>`check` lists people the knowledge base lacks: officeholders as candidates with their sentence, others by name.</summary>
public sealed class UnknownPeopleTests
{
    [Fact]
    public void Officeholders_are_candidates_with_the_sentence_and_others_are_listed_by_name_and_article()
    {
        var minister = new PersonMention("jane-example", "Jane Example", "Foreign Minister", "Utopia", "Foreign Minister Jane Example arrived in Geneva.", IsLeader: true);
        var analyst = new PersonMention("sam-sample", "Sam Sample", null, null, "Sam Sample, an analyst, said talks would fail.", IsLeader: false);
        var problems = new ProblemLog();

        ArchiveCheck.UnknownPeople([ArticleWith("articles/b.txt", minister, analyst), ArticleWith("articles/a.txt", minister)], problems);

        Assert.Collection(problems.All,
            p =>
            {
                Assert.Equal("articles/a.txt", p.Path);
                Assert.Equal(Severity.Warning, p.Severity);
                Assert.Equal("officeholder not in the knowledge base: Jane Example (Foreign Minister, Utopia) (and 1 more article): \"Foreign Minister Jane Example arrived in Geneva.\"", p.Message);
                Assert.Contains("jane-example", p.Hint);
            },
            p =>
            {
                Assert.Equal("articles/b.txt", p.Path);
                Assert.Equal("person not in the knowledge base: Sam Sample", p.Message);
            });
    }

    private static Article ArticleWith(string origin, params PersonMention[] people) =>
        new(Path.GetFileNameWithoutExtension(origin), "Title", new DateOnly(2024, 1, 1), DateBasis.Explicit, null, null, [], null, [], [], "Summary.", "Body text.", origin, people);
}
