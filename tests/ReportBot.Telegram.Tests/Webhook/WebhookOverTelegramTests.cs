using System.Net;
using System.Net.Sockets;
using ReportBot.Telegram.Tests.EndToEnd;

namespace ReportBot.Telegram.Tests.Webhook;

/// <summary>
/// Webhook mode end to end: the real host and Telegram.Bot client call setWebhook on the local Bot API test server,
/// which then POSTs the updates to the bot's Kestrel endpoint with the secret; on SQLite (one process) and on
/// PostgreSQL (the shared-store pipeline: claims in the database, maintenance by a leader).
/// </summary>
public sealed class WebhookOverTelegramTests
{
    private const long Chat = 2001;
    private const string Secret = "hook_Secret-123";

    /// <summary>A free port on 127.0.0.1 (the bot's public URL must be known before it starts).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static Dictionary<string, string?> WebhookSettings(int port) => new()
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}/telegram/hook",
        ["Telegram:WebhookSecret"] = Secret,
        ["Urls"] = $"http://127.0.0.1:{port}",
    };

    private static async Task<string> InterviewAsync(Dictionary<string, string?> settings)
    {
        await using var bot = await RunningBot.StartAsync(settings: settings);
        await bot.AnswerSampleAsync(Chat);
        var server = bot.Server;
        Assert.Equal(settings["Telegram:WebhookUrl"], server.WebhookUrl);
        Assert.Equal(Secret, server.WebhookSecret);
        Assert.Equal(["message", "edited_message", "callback_query"], server.WebhookAllowedUpdates);
        Assert.DoesNotContain(server.RequestLog, r => r.Method == "getUpdates");
        Assert.True(server.WebhookDeliveries.Delivered > 20, $"delivered {server.WebhookDeliveries}");
        Assert.Equal(0, server.WebhookDeliveries.Refused);
        var messages = server.Messages(Chat);
        var document = Assert.Single(messages, m => m.IsDocument);
        Assert.Equal("2020年上半年意识形态工作总结.docx", document.Document!.FileName);
        return string.Join("\n---\n", messages.Select(m => m.IsDocument ? "[document " + m.Document!.FileName + "]" : m.Text));
    }

    [Fact]
    public async Task A_whole_interview_arrives_by_webhook_and_answers_as_over_long_polling()
    {
        string polled;
        await using (var bot = await RunningBot.StartAsync())
        {
            await bot.AnswerSampleAsync(Chat);
            polled = string.Join("\n---\n", bot.Server.Messages(Chat).Select(m => m.IsDocument ? "[document " + m.Document!.FileName + "]" : m.Text));
        }

        Assert.Equal(polled, await InterviewAsync(WebhookSettings(FreePort())));
    }

    [PostgresFact]
    public async Task A_whole_interview_by_webhook_on_postgres_answers_as_on_sqlite()
    {
        var sqlite = await InterviewAsync(WebhookSettings(FreePort()));
        using var database = new TestPostgres();
        var settings = WebhookSettings(FreePort());
        settings["Storage:Provider"] = "Postgres";
        settings["Storage:ConnectionString"] = database.ConnectionString;
        Assert.Equal(sqlite, await InterviewAsync(settings));
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM inbox WHERE applied_at IS NULL;"));
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL;"));
    }
}
