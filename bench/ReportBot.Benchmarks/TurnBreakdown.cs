using System.Diagnostics;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Rendering.Docx;
using ReportBot.Storage.Sqlite;
using ReportBot.Telegram.Processing;
using ReportBot.Telegram.Receiving;

namespace ReportBot.Benchmarks;

/// <summary>
/// <c>turn-breakdown [N]</c>: N sequential turns (one chat, the count answer at the count question, reset between
/// turns), timed piece by piece — engine, session JSON, rendering, the durable commit — with the process's CPU time
/// beside the wall clock, for docs/performance.md. Not a BenchmarkDotNet run: a quick look at where a turn goes.
/// </summary>
public static class TurnBreakdown
{
    public static async Task RunAsync(int turns, SqliteSynchronous synchronous)
    {
        var sample = new SampleInterview();
        var folder = Directory.CreateTempSubdirectory("reportbot-breakdown-");
        try
        {
            using var store = new SqliteConversationStore(
                new SqliteDatabase(Path.Combine(folder.FullName, "b.db"), synchronous: synchronous), TimeProvider.System, null, new SqliteStoreOptions { SessionCacheBytes = 16 << 20 });
            var renderer = new ReplyRenderer(new DocxRenderer(new DocxOptions()));
            var inbound = new InboundMessage(1, "text", SampleInterview.CountAnswer) { UserId = 1 };
            var times = new double[5];
            var cpu = TimeSpan.Zero;
            for (var i = -200; i < turns; i++)
            {
                var stored = await store.LoadAsync("tg:1", CancellationToken.None);
                await store.TrySaveAsync("tg:1", sample.AtCountQuestion with { Version = stored?.Version ?? 0 }, CancellationToken.None);
                await store.AddToInboxAsync([new InboxItem(i + 1000, "tg:1", inbound.ToJson()) { Fingerprint = "f" + i }], CancellationToken.None);
                var item = (await store.PendingInboxAsync("tg:1", 1, CancellationToken.None))[0];
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var t0 = Stopwatch.GetTimestamp();
                var session = await store.LoadAsync("tg:1", CancellationToken.None);
                var t1 = Stopwatch.GetTimestamp();
                var turn = sample.Engine.Handle(session, inbound.ToInput());
                var t2 = Stopwatch.GetTimestamp();
                var json = SessionJson.Serialize(turn.Session with { Version = 0 });
                var t3 = Stopwatch.GetTimestamp();
                var calls = renderer.Render(turn.Replies, inbound).Select(c => c.ToOutboxEntry()).ToList();
                var t4 = Stopwatch.GetTimestamp();
                var outcome = await store.CommitTurnAsync(new TurnCommit("tg:1", turn.Session with { Version = session!.Version }, item.Id, calls) { SessionJson = json }, CancellationToken.None);
                var t5 = Stopwatch.GetTimestamp();
                if (outcome != CommitOutcome.Committed)
                {
                    throw new InvalidOperationException(outcome.ToString());
                }

                if (i >= 0)
                {
                    cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                    long[] marks = [t0, t1, t2, t3, t4, t5];
                    for (var k = 0; k < 5; k++)
                    {
                        times[k] += Stopwatch.GetElapsedTime(marks[k], marks[k + 1]).TotalMicroseconds;
                    }
                }
            }

            string[] names = ["load (cache)", "engine", "session JSON", "render", "commit"];
            Console.WriteLine($"{turns} turns, synchronous={synchronous}, session JSON {SessionJson.Serialize(sample.AtCountQuestion).Length} chars:");
            for (var k = 0; k < 5; k++)
            {
                Console.WriteLine($"  {names[k],-14} {times[k] / turns,8:0.0} µs");
            }

            Console.WriteLine($"  {"total",-14} {times.Sum() / turns,8:0.0} µs wall, {cpu.TotalMicroseconds / turns:0.0} µs CPU (process, all threads)");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
