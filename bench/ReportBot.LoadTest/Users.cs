using System.Collections.Concurrent;
using System.Diagnostics;
using ReportBot.FakeBotApi;

namespace ReportBot.LoadTest;

/// <summary>What simulated users measured: finished interviews, replies, and each step's latency in milliseconds.</summary>
internal sealed record UserFigures(int Started, int Completed, long Replies, IReadOnlyList<StepLatency> Steps, TimeSpan Elapsed)
{
    public IReadOnlyList<double> Latencies { get; } = [.. Steps.Select(s => s.Milliseconds)];
}

/// <summary>One step's latency, with the step's index in the interview (to tell which steps make the tail).</summary>
internal readonly record struct StepLatency(int Step, double Milliseconds);

/// <summary>
/// Simulated users: each runs interviews in its chats one after another, sending a step as soon as the previous
/// step's messages have all arrived. Latency: from the user's message reaching the server to the step's last reply
/// arriving there.
/// </summary>
internal sealed class Users(FakeBotApiServer server, ReplyTracker tracker, Script script, bool echo)
{
    /// <summary>Runs every user concurrently; <paramref name="chats"/> holds each user's chats, in order.</summary>
    public Task<UserFigures> RunAsync(IReadOnlyList<IReadOnlyList<long>> chats, TimeSpan timeout) =>
        RunAsync(chats, 0, script.Inputs.Count, timeout);

    /// <summary>
    /// The same for the steps from <paramref name="from"/> up to (without) <paramref name="to"/> of the interview: a
    /// user who stops halfway, or one who goes on with an interview stored before.
    /// </summary>
    public async Task<UserFigures> RunAsync(IReadOnlyList<IReadOnlyList<long>> chats, int from, int to, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        var latencies = new ConcurrentBag<StepLatency>();
        var before = tracker.Total;
        var clock = Stopwatch.StartNew();
        var completed = await Task.WhenAll(chats.Select(userChats => Task.Run(async () =>
        {
            var done = 0;
            foreach (var chat in userChats)
            {
                done += await InterviewAsync(chat, from, to, latencies, limit.Token) ? 1 : 0;
            }

            return done;
        })));
        clock.Stop();
        return new UserFigures(chats.Sum(c => c.Count), completed.Sum(), tracker.Total - before, [.. latencies], clock.Elapsed);
    }

    /// <summary>
    /// The interview's steps <paramref name="from"/>..<paramref name="to"/> (or, for the echo bot, the same inputs as
    /// texts); false when they did not finish in time, or when the whole interview was run and no .docx arrived.
    /// </summary>
    private async Task<bool> InterviewAsync(long chat, int from, int to, ConcurrentBag<StepLatency> latencies, CancellationToken cancellationToken)
    {
        var log = tracker.Chat(chat);
        var expected = log.Count;
        try
        {
            for (var i = from; i < to; i++)
            {
                var step = echo ? new Step(script.Inputs[i], false) : script.StepAt(server, chat, i);
                expected += echo ? 1 : script.Replies[i];
                var sent = Stopwatch.GetTimestamp();
                Script.Send(server, chat, step);
                await log.WaitForAsync(expected, cancellationToken);
                latencies.Add(new StepLatency(i, Stopwatch.GetElapsedTime(sent, log.ArrivalOf(expected - 1)).TotalMilliseconds));
            }

            return echo || to < script.Inputs.Count || log.Documents > 0;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (InvalidOperationException error)
        {
            // The bot answered something the script did not expect (no such button): this interview is lost.
            await Console.Error.WriteLineAsync($"chat {chat}: {error.Message}");
            return false;
        }
    }
}
