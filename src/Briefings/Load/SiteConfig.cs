namespace Briefings.Load;

/// <summary>Settings from <c>input/site.yml</c>.</summary>
/// <param name="BaseUrl">Where the site is served: an absolute URL (https://example.org/briefings/) or a path (/briefings/).</param>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Theme,
    string Language)
{
    public static SiteConfig Default { get; } = new("Briefings", "A geopolitics briefing archive.", "/", "default", "en");

    /// <summary>The base URL with exactly one trailing slash.</summary>
    public string NormalizedBaseUrl => BaseUrl.TrimEnd('/') + "/";

    /// <summary>True when the base URL is absolute (scheme and host), so canonical links and feeds can use it.</summary>
    public bool HasAbsoluteBaseUrl =>
        Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
