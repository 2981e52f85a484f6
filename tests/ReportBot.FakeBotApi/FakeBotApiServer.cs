using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportBot.FakeBotApi.Methods;
using ReportBot.FakeBotApi.State;

namespace ReportBot.FakeBotApi;

/// <summary>An in-process Telegram Bot API server on 127.0.0.1 for tests.</summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    /// <summary>A token the server accepts; any "digits:letters" token works.</summary>
    public const string DefaultToken = "123456:TEST";

    private readonly WebApplication _app;
    private readonly FakeBotState _state;
    private readonly UserSimulator _users;
    private int _disposed;

    private FakeBotApiServer(WebApplication app, FakeBotState state, Uri baseUrl)
    {
        _app = app;
        _state = state;
        _users = new UserSimulator(state);
        BaseUrl = baseUrl;
    }

    /// <summary>http://127.0.0.1:PORT/ — pass to TelegramBotClientOptions as baseUrl.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The token to give the bot client (<see cref="DefaultToken"/>).</summary>
    public string Token => DefaultToken;

    /// <summary>Starts Kestrel on 127.0.0.1 only; port 0 picks a free port.</summary>
    public static async Task<FakeBotApiServer> StartAsync(int port = 0, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(FakeBotApiServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton<IHostLifetime, NullHostLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var state = new FakeBotState();
        var app = builder.Build();
        var router = new MethodRouter(state);
        app.Map("/bot{token}/{method}", (HttpContext http, string token, string method) => Guard(router.HandleAsync(http, token, method)));
        app.Map("/file/bot{token}/{**path}", (HttpContext http, string token, string path) => Guard(router.DownloadAsync(http, token, path)));
        app.MapFallback((HttpContext http) => Results.Json(
            new { ok = false, error_code = 404, description = "Not Found" }, statusCode: 404));

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Select(a => new Uri(a)).First();
        return new FakeBotApiServer(app, state, new Uri($"http://127.0.0.1:{address.Port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _state.BeginShutdown();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
            _state.Dispose();
        }
    }

    private static async Task Guard(Task handling)
    {
        try
        {
            await handling;
        }
        catch (OperationCanceledException)
        {
            // Client went away or the server is stopping: nothing to answer.
        }
    }
}
