using Briefings.Tests.TestKit;

namespace Briefings.Tests.Browser;

/// <summary>A browser test: skipped, with the reason, when Debian's Chromium is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (NodeTools.Chromium is null)
            Skip = $"{NodeTools.ChromiumPath} is missing: install Debian's chromium (apt-get install chromium; .ci/run does) to run the browser tests";
    }
}
