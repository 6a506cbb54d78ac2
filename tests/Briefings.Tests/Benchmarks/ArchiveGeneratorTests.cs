using Briefings.Benchmarks.Generation;
using Briefings.Diagnostics;
using Briefings.Load;
using Briefings.Tests.TestKit;

namespace Briefings.Tests.Benchmarks;

/// <summary>
/// The synthetic-archive generator is what benchmarks and large-archive tests build on: the same seed must give the
/// same bytes, and the articles must carry what the knowledge base promises (leaders, topics, dates).
/// </summary>
public class ArchiveGeneratorTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBaseLoader.Load(RepoPaths.Input, new ProblemLog());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SameSeedGivesTheSameFiles(bool raw)
    {
        var first = new ArchiveGenerator(Knowledge, seed: 7).Files(40, raw).ToList();
        var second = new ArchiveGenerator(Knowledge, seed: 7).Files(40, raw).ToList();

        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void AnotherSeedGivesAnotherArchive()
    {
        var a = new ArchiveGenerator(Knowledge, seed: 1).Files(5, raw: false).Select(f => f.Bytes);
        var b = new ArchiveGenerator(Knowledge, seed: 2).Files(5, raw: false).Select(f => f.Bytes);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void ASmallArchiveIsTheStartOfALargerOne()
    {
        var small = new ArchiveGenerator(Knowledge).Files(10, raw: true).ToList();
        var large = new ArchiveGenerator(Knowledge).Files(30, raw: true).Take(10).ToList();

        Assert.All(small.Zip(large), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void ArticlesNameKnownLeadersAndTopicsInTheArchiveYearsWithAboutSevenHundredWords()
    {
        var plans = new ArchiveGenerator(Knowledge).Plans(200).ToList();

        Assert.All(plans, p =>
        {
            Assert.InRange(p.Date.Year, 2000, 2025);
            Assert.InRange(p.Topics.Count, 1, 4);
            Assert.All(p.Topics, id => Assert.NotNull(Knowledge.FindTopic(id)));
            Assert.All(p.Leaders, l => Assert.NotNull(Knowledge.FindLeader(l.Id)));
            Assert.InRange(p.WordCount, 600, 1200);
        });
        Assert.Equal(plans.Count, plans.Select(p => Slug.From(p.Title)).Distinct().Count());
    }

    [Fact]
    public void GeneratedInputBuildsIntoASiteWithItsLeadersAndTopics()
    {
        using var site = new TempSite();
        ArchiveGenerator.WriteInput(site.Input, RepoPaths.Input, 30, raw: false);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Problems));
        Assert.Equal(30, result.Articles);
        Assert.All(result.Annotated, a => Assert.NotEmpty(a.Topics));
    }
}
