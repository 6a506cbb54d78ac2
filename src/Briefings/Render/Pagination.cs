namespace Briefings.Render;

/// <summary>
/// Splits a long list into pages of <see cref="PageSize"/>: the first at <c>&lt;folder&gt;index.html</c>, the rest at
/// <c>&lt;folder&gt;page/2/index.html</c> and on, each with links to the others relative to itself.
/// </summary>
internal static class Pagination
{
    public const int PageSize = 50;

    /// <summary>How many page numbers are linked on each side of the current page.</summary>
    private const int Window = 2;

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
        PageNumberView Number(int n) => new(Href(n), n.ToString(System.Globalization.CultureInfo.InvariantCulture), n == current, IsGap: false);
        // Every page number on every page would grow with the square of the list (a topic of 30,000 briefings has 600
        // pages): show the first, the last and those around the current page, with a gap mark for the rest.
        var shown = new List<int> { 1 };
        for (var n = Math.Max(2, current - Window); n <= Math.Min(total, current + Window); n++)
            shown.Add(n);
        if (shown[^1] != total)
            shown.Add(total);
        var pages = new List<PageNumberView>();
        for (var i = 0; i < shown.Count; i++)
        {
            var gap = i > 0 ? shown[i] - shown[i - 1] - 1 : 0;
            if (gap == 1)
                pages.Add(Number(shown[i] - 1)); // a gap mark standing for one page would take as much room as its link
            else if (gap > 1)
                pages.Add(new PageNumberView("", "…", false, IsGap: true));
            pages.Add(Number(shown[i]));
        }
        return new PaginationView(
            current,
            total,
            current > 1 ? new LinkView(Href(current - 1), "Newer") : null,
            current < total ? new LinkView(Href(current + 1), "Older") : null,
            pages);
    }
}
