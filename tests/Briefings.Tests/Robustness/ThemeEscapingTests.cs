using Briefings.Diagnostics;
using Briefings.Render;

namespace Briefings.Tests.Robustness;

/// <summary>Whatever a theme author writes, values from articles are HTML-escaped.</summary>
public sealed class ThemeEscapingTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "briefings-theme-" + Guid.NewGuid().ToString("N")[..8]);

    [Theory]
    [InlineData("{{> item Content}}")]
    [InlineData("  {{> item Content}}")]
    [InlineData("<div>\n\t{{> item Content}}\n</div>")]
    [InlineData("{{#each Content.List}}\n    {{> item this}}\n{{/each}}")]
    public void Values_are_escaped_in_partials_however_the_call_is_indented(string layout)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "layouts"));
        Directory.CreateDirectory(Path.Combine(_dir, "partials"));
        File.WriteAllText(Path.Combine(_dir, "partials", "item.hbs"), "<p>{{Title}}</p>\n");
        File.WriteAllText(Path.Combine(_dir, "layouts", "page.hbs"), layout + "\n");
        var theme = Theme.Load(_dir, new ProblemLog());
        var item = new { Title = "<script>alert(1)</script>" };

        var html = theme.RenderLayout("page", new { Content = new { Title = item.Title, List = new[] { item } } });

        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>", html);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
