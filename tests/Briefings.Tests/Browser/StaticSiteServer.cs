using System.Net;
using System.Net.Sockets;

namespace Briefings.Tests.Browser;

/// <summary>
/// A tiny static file server on 127.0.0.1 that mounts a built site under a sub-path (as GitHub project pages do) and,
/// like GitHub Pages, answers a missing address with status 404 and the site's 404.html.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".json"] = "application/json",
    };

    private readonly HttpListener _listener = new();
    private readonly string _siteDir;
    private readonly string _basePath;
    private readonly Task _loop;

    public StaticSiteServer(string siteDir, string basePath)
    {
        _siteDir = Path.GetFullPath(siteDir);
        _basePath = basePath;
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>Scheme, host and port: "http://127.0.0.1:41234".</summary>
    public string Origin { get; }

    /// <summary>The site's address: origin plus base path.</summary>
    public string SiteUrl => Origin + _basePath;

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var file = Find(context.Request.Url?.AbsolutePath ?? "/");
        if (file is null)
        {
            response.StatusCode = 404;
            file = Path.Combine(_siteDir, "404.html");
        }
        var bytes = File.ReadAllBytes(file);
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private string? Find(string urlPath)
    {
        if (!urlPath.StartsWith(_basePath, StringComparison.Ordinal))
            return null;
        var relative = Uri.UnescapeDataString(urlPath[_basePath.Length..]);
        var full = Path.GetFullPath(Path.Combine(_siteDir, relative));
        if (!full.StartsWith(_siteDir, StringComparison.Ordinal))
            return null;
        if (Directory.Exists(full))
            full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
