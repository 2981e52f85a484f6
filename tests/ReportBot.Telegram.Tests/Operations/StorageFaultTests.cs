using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ReportBot.FakeBotApi;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Processing;
using ReportBot.Telegram.Tests.EndToEnd;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>A locked database is waited out everywhere; a stage that fails never ends in exit code 0.</summary>
public sealed class StorageFaultTests : IAsyncLifetime
{
    private const long Chat = 8201;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(
        _time,
        new Dictionary<string, string?> { ["Storage:BusyTimeoutMilliseconds"] = "100" },
        services => services.AddSingleton<StageTrigger>().AddHostedService<FailingStage>());

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private long Scalar(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_bot.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task A_write_lock_while_reminders_are_due_is_waited_out_and_the_bot_keeps_running()
    {
        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        await _bot.SayAsync(Chat, "/remind");
        var scanner = _bot.Services.GetServices<IHostedService>().OfType<IdleScanner>().Single();

        Task<int> scan;
        using (new DatabaseLock(_bot.DatabasePath))
        {
            _time.Advance(TimeSpan.FromDays(4));
            scan = Task.Run(() => scanner.ScanAsync(CancellationToken.None));
            await Task.Delay(1500);
            Assert.False(scan.IsCompleted);
        }

        var notified = await scan;
        await _bot.IdleAsync();
        Assert.True(notified is 0 or 1); // 1, or 0 when the scanner's own timer on the fake clock got there first.
        Assert.Contains("提醒：您的", RunningBot.Texts(_bot.Server.Messages(Chat)), StringComparison.Ordinal);
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("is locked by another writer", StringComparison.Ordinal));
        Assert.Equal(0, _bot.ExitCode);
    }

    [Fact]
    public async Task A_reply_Telegram_accepted_is_marked_sent_even_when_the_database_is_locked_at_that_moment()
    {
        _bot.Server.FailNext("sendMessage", new FakeFault.Delay(TimeSpan.FromSeconds(2)));
        _bot.Server.SendText(Chat, "/help");
        await _bot.Server.WaitUntilAsync(() => !_bot.Server.RequestLog.Any(r => r.Method == "sendMessage") && Scalar("SELECT count(*) FROM outbox;") > 0, RunningBot.Patience);
        using (new DatabaseLock(_bot.DatabasePath))
        {
            await _bot.Server.WaitForMessagesAsync(Chat, 1, RunningBot.Patience);
            await Task.Delay(3000); // Longer than SQLite's own busy wait (1 s here), so the store's retry is what waits it out.
        }

        await _bot.IdleAsync();
        var delivered = _bot.Server.Messages(Chat).Count;
        Assert.Equal(Scalar("SELECT count(*) FROM outbox;"), delivered);
        Assert.Equal(delivered, Scalar("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL AND failed_at IS NULL;"));
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("is locked by another writer", StringComparison.Ordinal));
        Assert.Equal(0, _bot.ExitCode);
    }

    [Fact]
    public async Task A_stage_that_fails_stops_the_host_with_a_non_zero_exit_code_and_one_line()
    {
        _bot.Services.GetRequiredService<StageTrigger>().Fire.TrySetResult();
        await _bot.Server.WaitUntilAsync(() => _bot.Logs.Lines.Any(l => l.StartsWith("Critical", StringComparison.Ordinal)), RunningBot.Patience);
        Assert.Equal(ExitCodes.Internal, _bot.ExitCode);
        var line = Assert.Single(_bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("FailingStage: InvalidOperationException: boom", line, StringComparison.Ordinal);
    }

    /// <summary>Tells the failing stage when to throw.</summary>
    private sealed class StageTrigger
    {
        public TaskCompletionSource Fire { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>A stage that throws when told to.</summary>
    private sealed class FailingStage(StageTrigger trigger, FatalStop fatal) : GuardedService(fatal)
    {
        protected override async Task RunAsync(CancellationToken stoppingToken)
        {
            await trigger.Fire.Task.WaitAsync(stoppingToken);
            throw new InvalidOperationException("boom");
        }
    }
}
