using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Telegram.Maintenance;
using ReportBot.Telegram.Tests.EndToEnd;
using Xunit.Abstractions;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>Handled updates and sent replies are pruned after the retention period; documents never sit in outbox rows.</summary>
public sealed class RetentionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long Chat = 8101;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(_time);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private long Count(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_bot.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private long FolderBytes() => new DirectoryInfo(Path.GetDirectoryName(_bot.DatabasePath)!).EnumerateFiles().Sum(f => f.Length);

    [Fact]
    public async Task Applied_updates_and_sent_replies_are_pruned_after_the_retention_period_and_documents_leave_no_copy()
    {
        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        for (var i = 0; i < 20; i++)
        {
            await _bot.SayAsync(Chat, "/draft");
        }

        Assert.Equal(20, _bot.Server.Messages(Chat).Count(m => m.IsDocument));
        Assert.Equal(0L, Count("SELECT count(*) FROM documents;"));
        Assert.Equal(0L, Count("SELECT count(*) FROM outbox WHERE length(payload) > 4000 AND payload LIKE '%\"kind\":\"document\"%';"));
        var (inbox, outbox, bytes) = (Count("SELECT count(*) FROM inbox;"), Count("SELECT count(*) FROM outbox;"), FolderBytes());

        var retention = _bot.Services.GetServices<IHostedService>().OfType<RetentionService>().Single();
        Assert.Equal(0, await retention.PruneAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromDays(8));
        var removed = await retention.PruneAsync(CancellationToken.None);

        // The service's own timer runs on the fake clock too and may have pruned part of it first.
        Assert.True(removed <= inbox + outbox);
        Assert.Equal((0L, 0L), (Count("SELECT count(*) FROM inbox;"), Count("SELECT count(*) FROM outbox;")));
        Assert.NotNull(_bot.Session(Chat));
        Assert.Contains("意识形态工作总结", RunningBot.Texts(await _bot.SayAsync(Chat, "/status")), StringComparison.Ordinal);
        output.WriteLine($"before pruning: {inbox} inbox rows, {outbox} outbox rows, data folder {bytes} bytes; pruned {removed} rows; data folder now {FolderBytes()} bytes (SQLite reuses freed pages).");
    }

    [Fact]
    public async Task Forget_deletes_what_the_bot_stores_about_the_user_and_nobody_else()
    {
        const long other = 8102;
        await _bot.SayAsync(other, "/start");
        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        await _bot.SayAsync(Chat, "2020年上半年");
        await _bot.SayAsync(Chat, "红旗街道党工委");
        Assert.Contains("/forget 确认", RunningBot.Texts(await _bot.SayAsync(Chat, "/forget")), StringComparison.Ordinal);
        Assert.Equal("红旗街道", _bot.Session(Chat)!.Interview!.Answers["unit"].Text);

        var done = await _bot.SayAsync(Chat, "/forget 确认");
        Assert.Contains("已删除您在本机器人中的全部数据", RunningBot.Texts(done), StringComparison.Ordinal);
        Assert.Null(_bot.Session(Chat)!.Interview);
        Assert.Empty(_bot.Session(Chat)!.Reports);
        Assert.DoesNotContain("红旗街道", string.Concat(Rows($"SELECT payload FROM inbox WHERE conversation_key = 'tg:{Chat}';")), StringComparison.Ordinal);
        // What is left for the chat is the answer to the confirmation itself.
        var outbox = Rows($"SELECT payload FROM outbox WHERE conversation_key = 'tg:{Chat}';");
        using var reply = System.Text.Json.JsonDocument.Parse(Assert.Single(outbox));
        Assert.Contains("已删除", reply.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.NotNull(_bot.Session(other));
    }

    private List<string> Rows(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_bot.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
