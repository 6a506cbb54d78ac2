using Briefings.Diagnostics;
using HandlebarsDotNet;

namespace Briefings.Render;

/// <summary>
/// A theme folder: Handlebars <c>layouts/*.hbs</c> (one per page kind, plus <c>base.hbs</c> around them),
/// <c>partials/*.hbs</c>, and <c>assets/</c> copied as they are. All markup lives here.
/// </summary>
public sealed partial class Theme
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts;

    private Theme(string directory, Dictionary<string, HandlebarsTemplate<object, object>> layouts)
    {
        Directory = directory;
        _layouts = layouts;
    }

    public string Directory { get; }

    public string AssetsDirectory => Path.Combine(Directory, "assets");

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>Renders a layout. Text values are HTML-escaped by the template engine unless the theme uses triple braces.</summary>
    public string RenderLayout(string name, object model) =>
        _layouts.TryGetValue(name, out var template)
            ? template(model)
            : throw new InvalidOperationException($"theme has no layout '{name}'");

    public static Theme Load(string directory, ProblemLog problems)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        ThemeHelpers.Register(handlebars);
        var layouts = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(directory))
        {
            problems.Error(directory, 0, "theme folder not found", "pass --theme DIR or set 'theme' in site.yml");
            return new Theme(directory, layouts);
        }
        foreach (var file in Files(directory, "partials"))
            Compile(directory, file, problems, source => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), source));
        foreach (var file in Files(directory, "layouts"))
            Compile(directory, file, problems, source => layouts[Path.GetFileNameWithoutExtension(file)] = handlebars.Compile(source));
        foreach (var required in RequiredLayouts.Where(r => !layouts.ContainsKey(r)))
            problems.Error(Path.Combine(directory, "layouts", required + ".hbs"), 0, $"theme is missing the '{required}' layout");
        return new Theme(directory, layouts);
    }

    public static readonly IReadOnlyList<string> RequiredLayouts = ["base", "home", "article", "timeline", "not-found"];

    private static IEnumerable<string> Files(string directory, string sub)
    {
        var folder = Path.Combine(directory, sub);
        return System.IO.Directory.Exists(folder)
            ? System.IO.Directory.EnumerateFiles(folder, "*.hbs").Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary>
    /// Handlebars.Net 2.4 stops HTML-escaping inside a partial whose call is indented on its own line
    /// ("  {{> list}}"): article text would become live markup. Removing that indentation keeps escaping on
    /// whatever a theme author writes; it only changes the whitespace of the output.
    /// </summary>
    internal static string WithoutIndentedPartials(string source) => IndentedPartial().Replace(source, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^[ \t]+(?=\{\{~?#?>)")]
    private static partial System.Text.RegularExpressions.Regex IndentedPartial();

    private static void Compile(string themeDir, string file, ProblemLog problems, Action<string> register)
    {
        try
        {
            register(WithoutIndentedPartials(File.ReadAllText(file)));
        }
        catch (HandlebarsException ex)
        {
            problems.Error(Path.GetRelativePath(Path.GetDirectoryName(themeDir) ?? ".", file), 0, "template error: " + ex.Message);
        }
    }
}
