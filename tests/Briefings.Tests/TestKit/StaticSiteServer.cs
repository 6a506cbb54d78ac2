using System.Net;
using System.Net.Sockets;

namespace Briefings.Tests.TestKit;

/// <summary>
/// Serves a built site folder from 127.0.0.1 under a sub-path (as GitHub project pages do), for browser tests.
/// Unknown paths get the site's 404 page with status 404.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
        [".wasm"] = "application/wasm",
    };

    private readonly HttpListener _listener = new();
    private readonly string _siteDir;
    private readonly string _mount;
    private readonly Task _loop;

    /// <param name="mount">The sub-path the site lives under, with slashes: "/briefings/".</param>
    public StaticSiteServer(string siteDir, string mount)
    {
        _siteDir = Path.GetFullPath(siteDir);
        _mount = mount;
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public string Origin { get; }

    /// <summary>The site's root URL, ending in the mount path.</summary>
    public string SiteUrl => Origin + _mount;

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends by the listener being closed under it.
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var file = Resolve(path);
            var status = 200;
            if (file is null)
            {
                status = 404;
                file = Path.Combine(_siteDir, "404.html");
            }
            var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
            response.StatusCode = status;
            // One request per connection: HttpListener can leave a reused connection's next request unanswered.
            response.KeepAlive = false;
            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException)
        {
            // The browser went away mid-response (a navigation cancelled a fetch): nothing to answer.
        }
    }

    private string? Resolve(string urlPath)
    {
        if (!urlPath.StartsWith(_mount, StringComparison.Ordinal))
            return null;
        var full = Path.GetFullPath(Path.Combine(_siteDir, urlPath[_mount.Length..]));
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
}
