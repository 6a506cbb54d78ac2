namespace Briefings.Render;

/// <summary>
/// Splits a long list into pages of <see cref="PageSize"/>: the first at <c>&lt;folder&gt;index.html</c>, the rest at
/// <c>&lt;folder&gt;page/2/index.html</c> and on, each with links to the others relative to itself.
/// </summary>
internal static class Pagination
{
    public const int PageSize = 50;

    public sealed record Slice<T>(string Path, Links Links, IReadOnlyList<T> Items, PaginationView? View);

    public static IEnumerable<Slice<T>> Split<T>(string folder, IReadOnlyList<T> items)
    {
        var total = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        for (var number = 1; number <= total; number++)
        {
            var path = folder + (number == 1 ? "" : $"page/{number}/") + "index.html";
            var links = Links.ForPage(path);
            var slice = items.Skip((number - 1) * PageSize).Take(PageSize).ToList();
            yield return new Slice<T>(path, links, slice, total == 1 ? null : View(folder, number, total, links));
        }
    }

    private static PaginationView View(string folder, int current, int total, Links links)
    {
        string Href(int n) => links.Root + folder + (n == 1 ? "" : $"page/{n}/");
        var pages = Enumerable.Range(1, total)
            .Select(n => new LinkView(Href(n), n.ToString(System.Globalization.CultureInfo.InvariantCulture), Current: n == current))
            .ToList();
        return new PaginationView(
            current,
            total,
            current > 1 ? new LinkView(Href(current - 1), "Newer") : null,
            current < total ? new LinkView(Href(current + 1), "Older") : null,
            pages);
    }
}
