using System.Text;
using Briefings.Annotate;
using Briefings.Diagnostics;
using Briefings.Incremental;

namespace Briefings.Check;

/// <summary>
/// Checks on the articles themselves (from the Clean and Annotate stages, not from the HTML): the same text under
/// two files, and people the articles name whom the knowledge base does not know.
/// </summary>
public static class ArchiveCheck
{
    /// <summary>Reports each group of articles with the same text: the first file (in path order) is kept as the original.</summary>
    public static void Duplicates(IReadOnlyList<Article> articles, ProblemLog problems)
    {
        var groups = articles
            .GroupBy(a => ContentHash.Of(Normalize(a.Body)))
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(a => a.Origin, StringComparer.Ordinal).ToList();
            foreach (var copy in ordered.Skip(1))
                problems.Error(copy.Origin, 1, $"duplicate article: same text as {ordered[0].Origin}", "delete one of the two files");
        }
    }

    /// <summary>
    /// Lists people named in articles but missing from the knowledge base, one warning per person: officeholders
    /// (candidates to add, with the sentence that introduced them) and others quoted (analysts, officials).
    /// </summary>
    public static void UnknownPeople(IReadOnlyList<Article> articles, ProblemLog problems)
    {
        var people = articles
            .SelectMany(a => a.OtherPeople.Select(p => (Article: a, Person: p)))
            .GroupBy(x => x.Person.Id, StringComparer.Ordinal);
        foreach (var person in people)
        {
            var mentions = person.OrderBy(x => x.Article.Origin, StringComparer.Ordinal).ToList();
            var (first, p) = mentions[0];
            var more = mentions.Select(m => m.Article.Origin).Distinct().Count() - 1;
            var also = more > 0 ? $" (and {more} more article{(more == 1 ? "" : "s")})" : "";
            if (mentions.Any(m => m.Person.IsLeader))
            {
                var leader = mentions.First(m => m.Person.IsLeader).Person;
                var role = string.Join(", ", new[] { leader.Office, leader.Country }.Where(s => !string.IsNullOrEmpty(s)));
                problems.Warn(first.Origin, 1, $"officeholder not in the knowledge base: {leader.Name}{(role.Length > 0 ? $" ({role})" : "")}{also}: \"{leader.Sentence}\"",
                    $"add '{leader.Id}' to data/leaders.yml so the archive indexes them");
            }
            else
            {
                problems.Warn(first.Origin, 1, $"person not in the knowledge base: {p.Name}{also}", "add them to data/leaders.yml only if the archive should index them");
            }
        }
    }

    /// <summary>Lower-case words separated by single spaces: layout and punctuation differences do not hide a copy.</summary>
    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                    sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }
}
