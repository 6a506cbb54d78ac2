using Briefings.Search;

namespace Briefings.Tests.Search;

/// <summary>
/// A test that needs Node.js (to build the search index) and, unless nodeOnly, Debian's Chromium
/// (to search in a real browser). Skipped, with the reason, on a machine that lacks them.
/// </summary>
public sealed class SearchFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public SearchFactAttribute(bool nodeOnly = false)
    {
        if (ExecutableFinder.Find("node") is null)
            Skip = "Node.js is not installed: the search index cannot be built (install Node.js to run this test)";
        else if (!nodeOnly && !File.Exists(ChromiumPath))
            Skip = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium to run this test)";
    }
}
