using System.Text;
using Briefings.Diagnostics;
using Briefings.Render;

namespace Briefings.Tests.Site;

/// <summary>A page drawn straight to UTF-8 is the same page as one drawn to text, whatever was drawn before it.</summary>
public sealed class ThemeOutputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "briefings-theme-out-" + Guid.NewGuid().ToString("N")[..8]);

    public ThemeOutputTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "layouts"));
        File.WriteAllText(Path.Combine(_dir, "layouts", "page.hbs"), "<h1>{{Title}}</h1>{{#each Items}}<p>{{this}}</p>{{/each}}{{{Raw}}}\n");
    }

    [Fact]
    public void Bytes_drawn_directly_are_the_text_encoded_as_utf8()
    {
        var theme = Theme.Load(_dir, new ProblemLog());
        var model = new { Title = "Erdoğan & Lula — “talks” <b>", Items = new[] { "São Paulo", "北京", "emoji 🌍" }, Raw = "<em>kept</em>" };

        var bytes = theme.RenderLayoutUtf8("page", model);

        Assert.Equal(Encoding.UTF8.GetBytes(theme.RenderLayout("page", model)), bytes);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
    }

    [Fact]
    public void A_page_that_fails_half_way_leaves_nothing_in_the_next_one()
    {
        var theme = Theme.Load(_dir, new ProblemLog());
        var failing = new Failing();

        Assert.ThrowsAny<Exception>(() => theme.RenderLayoutUtf8("page", failing));
        Assert.ThrowsAny<Exception>(() => theme.RenderLayout("page", failing));

        var model = new { Title = "second", Items = new[] { "a" }, Raw = "" };
        Assert.Equal("<h1>second</h1><p>a</p>\n", Encoding.UTF8.GetString(theme.RenderLayoutUtf8("page", model)));
        Assert.Equal("<h1>second</h1><p>a</p>\n", theme.RenderLayout("page", model));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A model whose list cannot be read: drawing stops after the title has been written.</summary>
    public sealed class Failing
    {
        public string Title => "first";

        public string[] Items => throw new InvalidOperationException("unreadable list");
    }
}
