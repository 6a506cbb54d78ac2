using Briefings.Load;

namespace Briefings.Tests.Annotate;

/// <summary>The dating fallback: when a file entered the archive.</summary>
public sealed class FileDatesTests
{
    [Fact]
    public void A_file_git_does_not_know_gets_its_modification_date()
    {
        var root = Path.Combine(Path.GetTempPath(), "briefings-filedates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        try
        {
            var path = Path.Combine(root, "articles", "a.txt");
            File.WriteAllText(path, "text");
            File.SetLastWriteTimeUtc(path, new DateTime(2019, 4, 5, 12, 0, 0, DateTimeKind.Utc));

            var dates = FileDates.Of(root, [new SourceFile("articles/a.txt", [])]);

            Assert.Equal(new DateOnly(2019, 4, 5), dates["articles/a.txt"]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
