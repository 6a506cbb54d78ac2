using Briefings.Tests.TestKit;

namespace Briefings.Tests.Browser;

/// <summary>
/// A browser test: skipped, with the reason, when Debian's Chromium is not installed, or when it is an accessibility
/// test (<paramref name="needsAxe"/>) and axe-core has not been installed with npm. Other browser tests run axe-core
/// on every page they visit whenever it is installed.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(bool needsAxe = false)
    {
        if (NodeTools.Chromium is null)
            Skip = $"{NodeTools.ChromiumPath} is missing: install Debian's chromium (apt-get install chromium; .ci/run does) to run the browser tests";
        else if (needsAxe && NodeTools.AxeScript is null)
            Skip = "node_modules/axe-core is missing: run `npm ci --ignore-scripts` at the repository root (.ci/run does)";
    }
}
