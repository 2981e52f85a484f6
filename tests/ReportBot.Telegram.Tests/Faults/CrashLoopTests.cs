using ReportBot.FakeBotApi;
using ReportBot.Telegram.Processing;
using ReportBot.Telegram.Tests.EndToEnd;

namespace ReportBot.Telegram.Tests.Faults;

/// <summary>
/// An update whose turn kills the process every time (here: SIGKILL at crashpoint:mid-turn, on every start) does not
/// loop forever: the restarts count its tries, it is marked failed, the user is told, and the chat goes on.
/// </summary>
public sealed class CrashLoopTests : IAsyncLifetime
{
    private const long Chat = 6201;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reportbot-crashloop-");
    private FakeBotApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task An_update_that_kills_the_process_on_every_try_is_marked_failed_after_a_bounded_number_of_crashes()
    {
        var database = Path.Combine(_folder.FullName, "bot.db");
        var crashes = 0;
        var sent = false;
        while (true)
        {
            using var bot = BotProcess.Start(_server, database, CrashPoints.MidTurn);
            if (!sent)
            {
                // Sent once the bot runs, so its first try is the uncounted one of an update this process received.
                await WaitAsync(() => bot.Lines.Any(l => l.Contains("Connected to the Bot API", StringComparison.Ordinal)), bot);
                _server.SendText(Chat, "/start");
                sent = true;
            }

            await WaitAsync(() => bot.Arrivals > 0 || Apologised(), bot);
            if (Apologised())
            {
                break;
            }

            bot.Kill();
            crashes++;
            Assert.True(crashes <= TurnProcessor.MaxAttempts + 1, $"Still tried after {crashes} crashes.\n{bot.Tail}");
        }

        // Three counted tries, plus at most the first one, which only the restart could count.
        Assert.InRange(crashes, TurnProcessor.MaxAttempts, TurnProcessor.MaxAttempts + 1);
        Assert.Contains("这条消息没能处理", RunningBot.Texts(_server.Messages(Chat)), StringComparison.Ordinal);

        // The chat goes on. (The killed process may have sent the apology without marking it sent: then it arrives
        // once more first, the one duplicate a kill may cause.)
        using var healthy = BotProcess.Start(_server, database, null);
        var before = _server.Messages(Chat).Count;
        _server.SendText(Chat, "/start");
        await WaitAsync(() => _server.Messages(Chat).Skip(before).Any(m => m.FindButton("意识形态工作总结") is not null), healthy);
    }

    private bool Apologised() => _server.Messages(Chat).Any(m => m.Text?.Contains("这条消息没能处理", StringComparison.Ordinal) == true);

    private static async Task WaitAsync(Func<bool> condition, BotProcess bot)
    {
        var deadline = DateTimeOffset.UtcNow + Limit;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline || bot.HasExited)
            {
                throw new TimeoutException($"Gave up waiting (exited: {bot.HasExited}).\n{bot.Tail}");
            }

            await Task.Delay(20);
        }
    }
}
