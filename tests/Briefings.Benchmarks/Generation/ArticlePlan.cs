using Briefings.Load;

namespace Briefings.Benchmarks.Generation;

/// <summary>A leader as an article names them: first with a role word and the full name, then by the short name.</summary>
public sealed record LeaderMention(string Id, string FirstMention, string ShortName);

/// <summary>One block of an article body; the formatters turn blocks into clean Markdown or noisy scraped text.</summary>
public abstract record Block;

public sealed record Paragraph(string Text) : Block;

public sealed record Heading(string Text) : Block;

public sealed record ListBlock(IReadOnlyList<string> Items, bool Ordered) : Block;

public sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>Everything about one synthetic article before it is formatted.</summary>
/// <param name="Index">Position in the archive; the file name is derived from it.</param>
/// <param name="Topics">Topic ids the body was written to match (its rule terms appear in the text).</param>
public sealed record ArticlePlan(
    int Index,
    string Title,
    DateOnly Date,
    IReadOnlyList<LeaderMention> Leaders,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Block> Body)
{
    public int WordCount => Body.Sum(b => b switch
    {
        Paragraph p => Words(p.Text),
        Heading h => Words(h.Text),
        ListBlock l => l.Items.Sum(Words),
        TableBlock t => t.Rows.Sum(r => r.Sum(Words)),
        _ => 0,
    });

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

/// <summary>Knowledge-base helpers the generator needs: who held which office on a date.</summary>
internal static class KnowledgeFacts
{
    public static Office? OfficeOn(Leader leader, DateOnly date) =>
        leader.Offices.FirstOrDefault(o => o.Start <= date && (o.End is null || date < o.End));

    public static string ShortName(Leader leader) =>
        leader.ShortNames.Count > 0 ? leader.ShortNames[0] : leader.Name.Split(' ')[^1];

    /// <summary>"russian president" → "Russian President", "uk prime minister" → "UK Prime Minister", as a role reads before a name.</summary>
    public static string TitleCase(string role) =>
        string.Join(' ', role.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w switch
            {
                "of" or "the" or "and" => w,
                "uk" or "us" or "eu" or "un" or "nato" or "opec" or "asean" or "who" or "iaea" => w.ToUpperInvariant(),
                _ when w.Contains('.', StringComparison.Ordinal) => w.ToUpperInvariant(),
                _ => char.ToUpperInvariant(w[0]) + w[1..],
            }));
}
