using System.Diagnostics;
using CsCheck;
using Microsoft.Data.Sqlite;
using ReportBot.Telegram.Tests.EndToEnd;
using Xunit.Abstractions;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>
/// Thousands of generated updates through the fake Bot API into the real host (client, SQLite, hosted services):
/// nothing escapes, every update is answered or ignored by rule, nothing stays pending, and every conversation still
/// answers /status afterwards. Seeded (<c>REPORTBOT_FUZZ_SEED</c> replays a run; the seed is printed on failure),
/// bounded in count and time. Engine exceptions are not fixed here: they are dead-lettered and listed in the output.
/// </summary>
public sealed class TelegramFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Waves = 30;
    private const int PerWave = 100;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(40);
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public void A_storm_of_hostile_updates_blocks_no_conversation_and_leaves_nothing_pending()
    {
        var seed = Environment.GetEnvironmentVariable("REPORTBOT_FUZZ_SEED");
        Check.Sample(
            FuzzStorm.Storm(Waves * PerWave),
            storm => RunAsync(storm).GetAwaiter().GetResult(),
            writeLine: output.WriteLine,
            seed: string.IsNullOrEmpty(seed) ? null : seed,
            iter: 1,
            threads: 1,
            print: storm => $"{storm.Length} actions (replay with REPORTBOT_FUZZ_SEED)");
    }

    private async Task RunAsync(FuzzAction[] storm)
    {
        var driver = new FuzzDriver(_bot.Server);
        var clock = Stopwatch.StartNew();
        var sent = 0;
        foreach (var wave in storm.Chunk(PerWave))
        {
            if (clock.Elapsed > Budget)
            {
                break;
            }

            foreach (var action in wave)
            {
                sent += driver.Send(action) ? 1 : 0;
            }

            await _bot.IdleAsync();
        }

        output.WriteLine($"fuzz: {sent} updates sent in {clock.Elapsed.TotalSeconds:0.0}s");
        foreach (var (chat, user) in driver.Conversations)
        {
            var before = _bot.Server.Messages(chat).Count;
            if (user is { } member)
            {
                _bot.Server.SendGroupText(chat, member, "/status");
            }
            else
            {
                _bot.Server.SendText(chat, "/status");
            }

            await _bot.IdleAsync();
            Assert.True(_bot.Server.Messages(chat).Count > before, $"/status after the storm got no answer in chat {chat} (user {user}).");
        }

        Assert.Empty(await _bot.Store.PendingInboxAsync(null, 10, CancellationToken.None));
        Assert.Empty(await _bot.Store.PendingOutboxAsync(null, 10, CancellationToken.None));
        Assert.Empty(_bot.Server.UnansweredCallbackQueries);
        Assert.Equal(0, _bot.ExitCode);
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) || l.Contains(" worker for ", StringComparison.Ordinal));
        foreach (var key in Query("SELECT conversation_key FROM sessions;", r => r.GetString(0)))
        {
            Assert.NotNull(await _bot.Store.LoadAsync(key, CancellationToken.None));
        }

        var unanswered = Query("SELECT i.update_id || ' ' || substr(i.payload, 1, 120) FROM inbox i WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.inbox_id = i.id);", r => r.GetString(0));
        Assert.True(unanswered.Count == 0, "Updates without any reply:\n" + string.Join("\n", unanswered.Take(20)));

        var failed = Query("SELECT update_id, substr(payload, 1, 160), error FROM inbox WHERE failed_at IS NOT NULL;", r => $"update {r.GetInt64(0)}: {r.GetString(1)}\n    -> {r.GetString(2)}");
        output.WriteLine($"fuzz: {Query("SELECT count(*) FROM inbox;", r => r.GetInt64(0))[0]} inbox rows, {failed.Count} dead-lettered (engine exceptions):");
        foreach (var line in failed.Take(40))
        {
            output.WriteLine(line);
        }
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> map)
    {
        using var connection = new SqliteConnection($"Data Source={_bot.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
