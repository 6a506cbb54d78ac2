using Briefings.Diagnostics;
using HandlebarsDotNet;

namespace Briefings.Render;

/// <summary>
/// A theme folder: Handlebars <c>layouts/*.hbs</c> (one per page kind, plus <c>base.hbs</c> around them),
/// <c>partials/*.hbs</c>, and <c>assets/</c> copied as they are. All markup lives here.
/// </summary>
public sealed partial class Theme
{
    private readonly Dictionary<string, Lazy<HandlebarsTemplate<TextWriter, object, object>>> _layouts;

    private Theme(string directory, Dictionary<string, Lazy<HandlebarsTemplate<TextWriter, object, object>>> layouts)
    {
        Directory = directory;
        _layouts = layouts;
    }

    public string Directory { get; }

    public string AssetsDirectory => Path.Combine(Directory, "assets");

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>Renders a layout. Text values are HTML-escaped by the template engine unless the theme uses triple braces.</summary>
    public string RenderLayout(string name, object model)
    {
        // One writer per thread, taken out while in use (a layout drawn inside another gets its own) and dropped
        // if drawing fails half-way.
        var writer = t_text ?? new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        t_text = null;
        Layout(name)(writer, model, null);
        var text = writer.ToString();
        writer.GetStringBuilder().Clear();
        t_text = writer;
        return text;
    }

    /// <summary>
    /// Renders a layout straight to the UTF-8 bytes of a file: a page is not drawn into a string first, to be copied out
    /// and encoded (an article page was its text three times over: the drawing, the string, the bytes).
    /// </summary>
    public byte[] RenderLayoutUtf8(string name, object model)
    {
        var output = t_utf8 ?? new Utf8Output();
        t_utf8 = null;
        Layout(name)(output.Writer, model, null);
        output.Writer.Flush();
        var bytes = output.Stream.ToArray();
        output.Stream.SetLength(0);
        t_utf8 = output;
        return bytes;
    }

    private HandlebarsTemplate<TextWriter, object, object> Layout(string name) =>
        _layouts.TryGetValue(name, out var template) ? template.Value : throw new InvalidOperationException($"theme has no layout '{name}'");

    [ThreadStatic]
    private static StringWriter? t_text;

    [ThreadStatic]
    private static Utf8Output? t_utf8;

    private sealed class Utf8Output
    {
        public MemoryStream Stream { get; } = new();

        public StreamWriter Writer { get; }

        public Utf8Output() => Writer = new StreamWriter(Stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 8192, leaveOpen: true);
    }

    /// <summary>Reads and compiles a theme; every template problem is reported.</summary>
    public static Theme Load(string directory, ProblemLog problems) => Load(directory, problems, compileNow: null);

    /// <summary>
    /// Reads a theme that compiled without problems before (its folder unchanged since), compiling now only the layouts
    /// named and the partials they use, and any other layout on first use: compiling a whole theme takes a new process
    /// longer than a rebuild of one article page needs for everything else it draws.
    /// </summary>
    /// <returns>Null when one of those does not compile after all.</returns>
    public static Theme? LoadForReuse(string directory, IReadOnlyCollection<string> compileNow)
    {
        var problems = new ProblemLog();
        var theme = Load(directory, problems, compileNow);
        return problems.HasErrors ? null : theme;
    }

    private static Theme Load(string directory, ProblemLog problems, IReadOnlyCollection<string>? compileNow)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        ThemeHelpers.Register(handlebars);
        var layouts = new Dictionary<string, Lazy<HandlebarsTemplate<TextWriter, object, object>>>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(directory))
        {
            problems.Error(directory, 0, "theme folder not found", "pass --theme DIR or set 'theme' in site.yml");
            return new Theme(directory, layouts);
        }
        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Files(directory, "partials"))
            Read(directory, file, problems, source => partials[Path.GetFileNameWithoutExtension(file)] = source);
        // Handlebars compiles a partial as it is registered: all of them at once, or each before the first layout that uses it.
        var registered = new HashSet<string>(StringComparer.Ordinal);
        var gate = new Lock();
        void Register(string name)
        {
            if (registered.Add(name) && partials.TryGetValue(name, out var source))
                Compile(directory, Path.Combine(directory, "partials", name + ".hbs"), problems, () => handlebars.RegisterTemplate(name, source));
        }
        if (compileNow is null)
            foreach (var name in partials.Keys)
                Register(name);
        foreach (var file in Files(directory, "layouts"))
        {
            Read(directory, file, problems, source => layouts[Path.GetFileNameWithoutExtension(file)] = new(() =>
            {
                lock (gate)
                {
                    foreach (var name in PartialsUsedBy(source, partials))
                        Register(name);
                    return handlebars.Compile(new StringReader(source));
                }
            }));
        }
        foreach (var (name, layout) in layouts)
            if (compileNow is null || compileNow.Contains(name))
                Compile(directory, Path.Combine(directory, "layouts", name + ".hbs"), problems, () => _ = layout.Value);
        foreach (var required in RequiredLayouts.Where(r => !layouts.ContainsKey(r)))
            problems.Error(Path.Combine(directory, "layouts", required + ".hbs"), 0, $"theme is missing the '{required}' layout");
        return new Theme(directory, layouts);
    }

    /// <summary>The partials a template uses, directly or through other partials; all of them when it chooses one by expression.</summary>
    private static IEnumerable<string> PartialsUsedBy(string source, Dictionary<string, string> partials)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([source]);
        while (pending.TryPop(out var text))
        {
            foreach (System.Text.RegularExpressions.Match call in PartialCall().Matches(text))
            {
                var name = call.Groups[1].Value;
                if (name.StartsWith('('))
                    return partials.Keys;
                if (found.Add(name) && partials.TryGetValue(name, out var inner))
                    pending.Push(inner);
            }
        }
        return found;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{~?#?>\s*(\(|[^\s}~]+)")]
    private static partial System.Text.RegularExpressions.Regex PartialCall();

    public static readonly IReadOnlyList<string> RequiredLayouts = ["base", "home", "article", "topics", "topic", "leaders", "leader", "timeline", "not-found"];

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

    private static void Read(string themeDir, string file, ProblemLog problems, Action<string> use) =>
        Compile(themeDir, file, problems, () => use(WithoutIndentedPartials(File.ReadAllText(file))));

    private static void Compile(string themeDir, string file, ProblemLog problems, Action compile)
    {
        try
        {
            compile();
        }
        catch (HandlebarsException ex)
        {
            problems.Error(Path.GetRelativePath(Path.GetDirectoryName(themeDir) ?? ".", file), 0, "template error: " + ex.Message);
        }
    }
}
