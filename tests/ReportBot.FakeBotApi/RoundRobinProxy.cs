using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReportBot.FakeBotApi;

/// <summary>
/// A small load balancer on 127.0.0.1 in front of several bot instances (for tests and the load harness), as nginx would be: each request goes to
/// the next instance in turn; an instance that refuses the connection (it is down) is skipped, like nginx's
/// <c>proxy_next_upstream error</c>; when none answers, 502 (Telegram then delivers the update again later).
/// </summary>
public sealed class RoundRobinProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly IReadOnlyList<Uri> _backends;
    private int _next = -1;
    private int _forwarded;

    private RoundRobinProxy(IReadOnlyList<Uri> backends, int port)
    {
        _backends = backends;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Map("{**path}", ForwardAsync);
    }

    /// <summary>Requests an instance answered.</summary>
    public int Forwarded => Volatile.Read(ref _forwarded);

    public static async Task<RoundRobinProxy> StartAsync(int port, IReadOnlyList<Uri> backends)
    {
        var proxy = new RoundRobinProxy(backends, port);
        await proxy._app.StartAsync();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        for (var tried = 0; tried < _backends.Count; tried++)
        {
            var backend = _backends[(int)((uint)Interlocked.Increment(ref _next) % (uint)_backends.Count)];
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(backend, context.Request.Path + context.Request.QueryString))
            {
                Content = new ByteArrayContent(body.ToArray()),
            };
            foreach (var (name, values) in context.Request.Headers)
            {
                if (name.StartsWith("X-", StringComparison.OrdinalIgnoreCase))
                {
                    request.Headers.TryAddWithoutValidation(name, values.ToArray());
                }
            }

            if (context.Request.ContentType is { } type)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, context.RequestAborted);
            }
            catch (HttpRequestException error) when (error.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused })
            {
                continue; // That instance is down: the next one.
            }
            catch (Exception error) when (error is HttpRequestException or IOException or TaskCanceledException)
            {
                // It went down while answering: whether it recorded the update is unknown; Telegram sends it again.
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
                return;
            }

            using (response)
            {
                Interlocked.Increment(ref _forwarded);
                context.Response.StatusCode = (int)response.StatusCode;
                await response.Content.CopyToAsync(context.Response.Body);
                return;
            }
        }

        context.Response.StatusCode = StatusCodes.Status502BadGateway;
    }
}
