using System.Collections.Concurrent;
using System.Diagnostics;
using ReportBot.FakeBotApi;
using ReportBot.Telegram.Tests.EndToEnd;
using ReportBot.Telegram.Tests.Faults;
using Xunit.Abstractions;

namespace ReportBot.Telegram.Tests.Webhook;

/// <summary>
/// Three real <c>reportbot serve</c> processes in webhook mode on one PostgreSQL database, behind a round-robin
/// proxy, with many users interviewing at once; one instance is killed with SIGKILL in the middle. Every user ends
/// with exactly the messages and draft of a single-instance run, in order; no update is applied twice; nothing
/// stays pending.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class SeveralInstancesTests(ITestOutputHelper output)
{
    private const string Secret = "several_Instances-1";

    /// <summary>How many users interview at once (REPORTBOT_SCALE_USERS, default 200).</summary>
    private static int Users => int.TryParse(Environment.GetEnvironmentVariable("REPORTBOT_SCALE_USERS"), out var users) ? users : 200;

    [PostgresFact]
    public async Task Three_instances_behind_a_proxy_with_one_killed_answer_every_user_as_one_instance_would()
    {
        // The single-instance run every user is held to.
        InterviewRecord baseline;
        await using (var bot = await RunningBot.StartAsync())
        {
            baseline = await SampleInterview.RunAsync(bot, 1);
        }

        var expected = DraftContent.WithoutRepeats(baseline.Messages).Select(DraftContent.Content).ToList();
        using var database = new TestPostgres();
        await using var server = await FakeBotApiServer.StartAsync();
        var folder = Directory.CreateTempSubdirectory("reportbot-several-");
        var proxyPort = WebhookOverTelegramTests.FreePort();
        var ports = Enumerable.Range(0, 3).Select(_ => WebhookOverTelegramTests.FreePort()).ToList();
        var instances = ports.Select(port => BotProcess.Start(server, Path.Combine(folder.FullName, "unused.db"), null, new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database.ConnectionString,
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookUrl"] = $"http://127.0.0.1:{proxyPort}/telegram/hook",
            ["Telegram__WebhookSecret"] = Secret,
            ["Telegram__WebhookMaxConnections"] = "40",
            ["Urls"] = $"http://127.0.0.1:{port}",
        })).ToList();
        await using var proxy = await RoundRobinProxy.StartAsync(proxyPort, [.. ports.Select(p => new Uri($"http://127.0.0.1:{p}/"))]);
        try
        {
            var clock = Stopwatch.StartNew();
            var answered = 0;
            var total = Users * baseline.Steps.Count;
            var killed = 0;
            var failures = new ConcurrentQueue<string>();
            var users = Enumerable.Range(0, Users).Select(u => Task.Run(async () =>
            {
                var chat = 100_000 + u;
                foreach (var step in baseline.Steps)
                {
                    var before = server.Messages(chat).Count;
                    if (step.IsButton)
                    {
                        server.PressButtonByLabel(chat, step.Input);
                    }
                    else
                    {
                        server.SendText(chat, step.Input);
                    }

                    var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(120);
                    while (!server.Messages(chat).Skip(before).Any(m => DraftContent.SameContent(m, step.LastReply)))
                    {
                        if (DateTimeOffset.UtcNow > deadline)
                        {
                            failures.Enqueue($"chat {chat}: no answer to '{step.Input}' within 120 s");
                            return;
                        }

                        await Task.Delay(50);
                    }

                    // Halfway through all the users' steps, one instance dies without a chance to finish anything.
                    if (Interlocked.Increment(ref answered) == total / 2 && Interlocked.Exchange(ref killed, 1) == 0)
                    {
                        instances[1].Kill();
                        output.WriteLine($"instance 2 killed (SIGKILL) after {clock.Elapsed.TotalSeconds:0.0} s, {answered} of {total} steps answered");
                    }
                }
            })).ToList();
            await Task.WhenAll(users);
            output.WriteLine($"{Users} users × {baseline.Steps.Count} steps in {clock.Elapsed.TotalSeconds:0.0} s; proxy forwarded {proxy.Forwarded}; webhook {server.WebhookDeliveries}");
            Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(5)) + "\n" + string.Join("\n---\n", instances.Select(i => i.Tail)));
            Assert.Equal(1, killed);

            var repeated = 0;
            for (var u = 0; u < Users; u++)
            {
                var messages = server.Messages(100_000 + u);
                repeated += messages.Count - DraftContent.WithoutRepeats(messages).Count();
                // The same messages in the same order as one instance sends them: order per chat kept, nothing lost.
                Assert.Equal(expected, DraftContent.WithoutRepeats(messages).Select(DraftContent.Content).ToList());
            }

            output.WriteLine($"messages repeated right after themselves (a kill between Telegram accepting and the mark): {repeated}");
            // Only the killed instance could have sent a reply whose "sent" mark it did not live to write.
            Assert.InRange(repeated, 0, 40);
            Assert.Equal(0L, database.Scalar("SELECT count(*) FROM inbox WHERE applied_at IS NULL OR failed_at IS NOT NULL;"));
            Assert.Equal(0L, database.Scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL OR failed_at IS NOT NULL;"));
            // No update recorded (and so applied) twice, though the proxy and the kill made Telegram send some again.
            Assert.Equal(0L, database.Scalar("SELECT count(*) FROM (SELECT update_id FROM inbox GROUP BY update_id HAVING count(*) > 1) d;"));
            Assert.Equal((long)(Users * baseline.Steps.Count), database.Scalar("SELECT count(*) FROM inbox;"));
            // Each applied update queued its replies once: every chat has as many outbox rows as every other.
            Assert.Equal(1L, database.Scalar("SELECT count(DISTINCT n) FROM (SELECT count(*) AS n FROM outbox GROUP BY channel_key) c;"));
        }
        finally
        {
            instances.ForEach(i => i.Dispose());
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>
/// Tests that keep both cores busy with several bot processes run alone, after the others: beside them, the timing
/// patience of the kill-and-restart tests would be measured against a starved machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
