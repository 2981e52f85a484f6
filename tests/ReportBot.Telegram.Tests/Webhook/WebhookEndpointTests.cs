using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Storage.Sqlite;
using ReportBot.Telegram.Receiving;
using ReportBot.Telegram.Tests.EndToEnd;

namespace ReportBot.Telegram.Tests.Webhook;

/// <summary>The webhook endpoint in ASP.NET Core's test server, on a real SQLite store.</summary>
public sealed class WebhookEndpointTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "s3cret_Webhook-token";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reportbot-webhook-");
    private readonly CapturedLogs _logs = new();
    private ILoggerFactory _loggers = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private SqliteConversationStore _store = null!;

    private string DatabasePath => Path.Combine(_folder.FullName, "bot.db");

    public async Task InitializeAsync()
    {
        _store = new SqliteConversationStore(new SqliteDatabase(DatabasePath), TimeProvider.System);
        var options = Options.Create(new TelegramOptions { BotToken = "123456:TEST", Mode = "Webhook", WebhookUrl = "https://bot.example.cn/tg/hook", WebhookSecret = Secret });
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _loggers = LoggerFactory.Create(l => l.AddProvider(_logs));
        _app.MapReportBotWebhook("/tg/hook", _store, options, _loggers.CreateLogger("webhook"));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _loggers.Dispose();
    }

    public void Dispose()
    {
        _store.Dispose();
        _logs.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static string Update(long updateId, long chatId, string text) =>
        "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId + 100) + ",\"date\":1764547200,"
        + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"张\"},"
        + "\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"张\"},\"text\":\"" + text + "\"}}";

    private async Task<HttpResponseMessage> PostAsync(string body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tg/hook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(WebhookEndpoint.SecretHeader, secret);
        }

        return await _client.SendAsync(request);
    }

    /// <summary>What another process opening the same file finds pending.</summary>
    private async Task<IReadOnlyList<InboxItem>> PendingElsewhereAsync()
    {
        using var other = new SqliteConversationStore(new SqliteDatabase(DatabasePath), TimeProvider.System);
        return await other.PendingInboxAsync(null, 100, CancellationToken.None);
    }

    [Fact]
    public async Task An_update_is_committed_to_the_inbox_before_the_answer_200()
    {
        using var response = await PostAsync(Update(7, 42, "你好"), Secret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Assert.Single(await PendingElsewhereAsync());
        Assert.Equal((7L, "tg:42"), (item.UpdateId, item.ConversationKey));
        Assert.Equal("你好", InboundMessage.FromJson(item.Payload).Text);
    }

    [Fact]
    public async Task A_redelivered_update_is_answered_200_and_recorded_once()
    {
        (await PostAsync(Update(8, 42, "一"), Secret)).Dispose();
        using var again = await PostAsync(Update(8, 42, "一"), Secret);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(await PendingElsewhereAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("s3cret_Webhook-tokeN")]
    [InlineData("s3cret_Webhook-token-and-more")]
    public async Task A_request_without_the_secret_is_refused_401_recorded_nowhere_and_logged_without_its_body(string? secret)
    {
        using var response = await PostAsync(Update(9, 43, "机密内容"), secret);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await PendingElsewhereAsync());
        var line = Assert.Single(_logs.Lines, l => l.Contains("401", StringComparison.Ordinal));
        Assert.DoesNotContain("机密内容", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, string.Join("\n", _logs.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_no_update_is_refused_400_and_nothing_recorded()
    {
        using var response = await PostAsync("{not json", Secret);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await PendingElsewhereAsync());
    }

    [Fact]
    public async Task An_update_the_bot_does_not_handle_is_confirmed_without_a_row()
    {
        using var response = await PostAsync("""{"update_id":10,"channel_post":{"message_id":1,"date":1764547200,"chat":{"id":-100,"type":"channel"},"text":"x"}}""", Secret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await PendingElsewhereAsync());
    }

    [Fact]
    public async Task Health_answers_and_readiness_reports_the_database()
    {
        using var health = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var ready = await _client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", await ready.Content.ReadAsStringAsync());
    }
}
