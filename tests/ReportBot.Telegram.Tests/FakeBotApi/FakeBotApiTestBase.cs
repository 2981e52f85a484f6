using ReportBot.FakeBotApi;
using Telegram.Bot;

namespace ReportBot.Telegram.Tests.FakeBotApi;

/// <summary>A fresh fake server and a real TelegramBotClient talking to it.</summary>
public abstract class FakeBotApiTestBase : IAsyncLifetime
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static readonly HttpClient SharedHttp = new() { Timeout = TimeSpan.FromSeconds(20) };
    private FakeBotApiServer? _server;
    private TelegramBotClient? _bot;

    protected FakeBotApiServer Server => _server ?? throw new InvalidOperationException("Not started.");

    protected TelegramBotClient Bot => _bot ?? throw new InvalidOperationException("Not started.");

    protected static HttpClient Http => SharedHttp;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _bot = NewClient();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    protected TelegramBotClient NewClient(int? retryThreshold = null, HttpClient? http = null)
    {
        var options = new TelegramBotClientOptions(FakeBotApiServer.DefaultToken, baseUrl: Server.BaseUrl.ToString());
        if (retryThreshold is { } threshold)
        {
            options.RetryThreshold = threshold;
        }

        return new TelegramBotClient(options, http ?? Http);
    }

    protected static CancellationToken Timeout(int seconds = 10) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;
}
