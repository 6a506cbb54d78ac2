using System.Net;
using System.Text;
using System.Text.Json;
using Briefings.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace Briefings.Cli.Serve;

/// <summary>
/// <c>briefings serve</c>'s web server: Kestrel on 127.0.0.1 serving <c>output/site</c> as it is on disk, plus
/// <c>/__briefings/</c> endpoints for live reload. The reload script is added to HTML responses here, at serve time,
/// so the built site never contains it and its Content-Security-Policy (scripts from 'self') allows it.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string Prefix = "/__briefings/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] LiveScript = ReadResource("live.js");

    private readonly WebApplication _app;
    private readonly string _siteDir;

    private PreviewServer(WebApplication app, PreviewSession session, string siteDir, Uri address)
    {
        _app = app;
        Session = session;
        _siteDir = siteDir;
        Address = address;
    }

    public PreviewSession Session { get; }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:8080/.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="session"/>'s output on 127.0.0.1; port 0 picks a free port.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewSession session, string outputDir, int port, CancellationToken cancel = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var siteDir = Path.GetFullPath(Path.Combine(outputDir, SiteBuilder.SiteFolder));
        var address = new Uri("http://127.0.0.1/");
        PreviewServer? server = null;
        app.Run(context => server!.Handle(context));
        await app.StartAsync(cancel);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (bound is not null)
            address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        server = new PreviewServer(app, session, siteDir, address);
        return server;
    }

    private Task Handle(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers.CacheControl = "no-store";
        return path switch
        {
            Prefix + "live.js" => Send(context, 200, "text/javascript; charset=utf-8", LiveScript),
            Prefix + "status" => Send(context, 200, "application/json; charset=utf-8", StatusJson(Session.State)),
            Prefix + "events" => Events(context),
            _ => StaticFile(context, path),
        };
    }

    private async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        // Open tabs keep this request alive; stopping the server must end it rather than wait for it.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        var cancel = stop.Token;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var next = Session.NextBuild(cancel);
                await context.Response.WriteAsync("data: ", cancel);
                await context.Response.Body.WriteAsync(StatusJson(Session.State), cancel);
                await context.Response.WriteAsync("\n\n", cancel);
                await context.Response.Body.FlushAsync(cancel);
                await next;
            }
        }
        catch (OperationCanceledException)
        {
            // The tab was closed or the server is stopping.
        }
    }

    private async Task StaticFile(HttpContext context, string requestPath)
    {
        var relative = Uri.UnescapeDataString(requestPath).TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(_siteDir, relative));
        if (!full.StartsWith(_siteDir, StringComparison.Ordinal))
        {
            await NotFound(context);
            return;
        }
        if (Directory.Exists(full))
        {
            if (!requestPath.EndsWith('/'))
            {
                // Pages link relatively (../../topics/), which only works from the folder URL.
                context.Response.Redirect(requestPath + "/" + context.Request.QueryString);
                return;
            }
            full = Path.Combine(full, "index.html");
        }
        if (!File.Exists(full))
        {
            await NotFound(context);
            return;
        }
        await SendFile(context, 200, full);
    }

    private Task NotFound(HttpContext context)
    {
        var page = Path.Combine(_siteDir, "404.html");
        return File.Exists(page)
            ? SendFile(context, 404, page)
            : Send(context, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("not found (the site has not been built yet)\n"));
    }

    private Task SendFile(HttpContext context, int status, string path)
    {
        // Read the version first: a page read during a rebuild is then at worst reloaded once more.
        var version = Session.State.SiteVersion;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            // Replaced between the check and the read by a rebuild; the next request gets the new file.
            return Send(context, 503, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("rebuilding, try again\n"));
        }
        if (!ContentTypes.TryGetContentType(path, out var type))
            type = "application/octet-stream";
        if (type == "text/html")
            return Send(context, status, "text/html; charset=utf-8", WithLiveReload(bytes, version));
        return Send(context, status, type, bytes);
    }

    /// <summary>Adds the reload script before <c>&lt;/body&gt;</c>; its data-version tells it which build the page is from.</summary>
    internal static byte[] WithLiveReload(byte[] html, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{Prefix}live.js\" data-version=\"{version}\"></script>";
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text[..at] + tag + text[at..]);
    }

    private static byte[] StatusJson(PreviewState state) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        siteVersion = state.SiteVersion,
        build = state.BuildNumber,
        failed = state.Failed,
        summary = state.Summary,
        problems = state.Problems.Select(p => p.ToString()).ToArray(),
    });

    private static async Task Send(HttpContext context, int status, string type, byte[] bytes)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"missing resource {name}");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
