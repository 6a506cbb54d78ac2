using System.Text;
using Briefings.Annotate;
using Briefings.Render;

namespace Briefings.Publish;

/// <summary>
/// Writes an article as <c>output/content/&lt;slug&gt;.md</c>: YAML front matter (the contract in DESIGN.md) and the
/// Markdown body. Standard enough for Hugo, Jekyll or Eleventy to read as it is.
/// </summary>
public static class CleanedMarkdownWriter
{
    /// <summary>The file's bytes (UTF-8): the front matter, then the body's own bytes as the article keeps them.</summary>
    public static byte[] Write(Article a)
    {
        // The body is not decoded and encoded again: it is most of the file, and the article holds it as UTF-8.
        var head = FrontMatter(a);
        var body = a.BodyUtf8.TrimEnd((byte)'\n');
        var bytes = new byte[Encoding.UTF8.GetByteCount(head) + body.Length + 1];
        var length = Encoding.UTF8.GetBytes(head, bytes);
        body.CopyTo(bytes.AsSpan(length));
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    private static string FrontMatter(Article a)
    {
        var sb = new StringBuilder(256);
        sb.Append("---\n");
        Line(sb, "title", Yaml.Scalar(a.Title));
        Line(sb, "slug", Yaml.Scalar(a.Slug));
        Line(sb, "date", DateText.Iso(a.Date));
        Line(sb, "date_basis", a.DateBasis.ToString().ToLowerInvariant() switch { "frontmatter" => "front-matter", var s => s });
        if (a.DateEarliest is { } from && a.DateLatest is { } to)
        {
            Line(sb, "date_earliest", DateText.Iso(from));
            Line(sb, "date_latest", DateText.Iso(to));
        }
        if (!string.IsNullOrEmpty(a.Source))
            Line(sb, "source", Yaml.Scalar(a.Source));
        Line(sb, "leaders", Yaml.List(a.Leaders));
        Line(sb, "topics", Yaml.List(a.Topics));
        Line(sb, "summary", Yaml.Scalar(a.Summary));
        Line(sb, "origin", Yaml.Scalar(a.Origin));
        return sb.Append("---\n").ToString();
    }

    private static void Line(StringBuilder sb, string key, string value) => sb.Append(key).Append(": ").Append(value).Append('\n');
}

/// <summary>Minimal, always-valid YAML scalars: plain when unambiguous, double-quoted otherwise.</summary>
internal static class Yaml
{
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Scalar)) + "]";

    public static string Scalar(string value)
    {
        if (IsPlainSafe(value))
            return value;
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    private static bool IsPlainSafe(string v) =>
        v.Length > 0
        && char.IsLetterOrDigit(v[0])
        && !char.IsWhiteSpace(v[^1])
        && !v.Contains(": ", StringComparison.Ordinal) && !v.Contains(" #", StringComparison.Ordinal)
        && v.AsSpan().IndexOfAny(Indicators) < 0
        && !v.EndsWith(':')
        && !IsReserved(v);

    // Characters with a meaning in YAML somewhere in a plain scalar.
    private static readonly System.Buffers.SearchValues<char> Indicators = System.Buffers.SearchValues.Create("\"'\\\n\t[]{},&*!|>%@`");

    // Words and numbers a YAML parser would read as something other than a string.
    private static bool IsReserved(string v) =>
        v.Length <= 5 && v.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "y" or "n"
        || double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
        || (v.Length >= 4 && char.IsDigit(v[0]) && v.All(c => char.IsDigit(c) || c is '-' or ':' or 'T' or '.' or 'Z' or '+'));
}
