using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Receiving;

namespace ReportBot.Telegram.Processing;

/// <summary>
/// Finds interviews that sit idle and lets the engine decide: the one reminder a user asked for, or closing the
/// interview with a notice after the expiry time. Each outcome is committed with its messages in one transaction.
/// A locked database is waited out by the store; a broken one stops the bot with a non-zero exit code.
/// </summary>
public sealed class IdleScanner(
    IMessagePipelineStore store, InterviewEngine engine, ReplyRenderer renderer, TimeProvider time, IOptions<InterviewPolicy> policy, FatalStop fatal,
    ILogger<IdleScanner> logger)
    : GuardedService(fatal)
{
    /// <summary>How many idle interviews one pass looks at; the next pass goes on from there.</summary>
    public const int PageSize = 200;

    // The last key of the previous pass's page: a pass never sees only the same oldest interviews again.
    private string? _after;

    /// <summary>How often idle interviews are looked for.</summary>
    public static TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await ScanAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One pass over the idle interviews; returns how many got a message.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var notified = 0;
        var since = time.GetUtcNow() - policy.Value.RemindAfter;
        var page = await store.IdleConversationsAsync(since, _after, PageSize, cancellationToken);
        // The next pass goes on after this page, and starts again from the beginning after the last one.
        _after = page.Count < PageSize ? null : page[^1];
        foreach (var key in page)
        {
            var session = await store.LoadAsync(key, cancellationToken);
            TurnResult? turn;
            try
            {
                turn = session is null ? null : engine.Tick(session);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One conversation's fault must not stop reminders for the others, nor the bot.
                Log.TickFailed(logger, key, FatalStop.Describe(error));
                continue;
            }

            if (session is null || turn is null)
            {
                continue;
            }

            var inbound = new InboundMessage(UpdateTranslator.ChatIdOf(key), "text", string.Empty)
            {
                UserId = UpdateTranslator.UserIdOf(key),
                Group = UpdateTranslator.IsGroupKey(key),
            };
            var calls = renderer.Render(turn.Replies, inbound).Select(c => c.ToOutboxEntry()).ToList();
            if (await store.CommitTurnAsync(key, turn.Session with { Version = session.Version }, null, calls, cancellationToken) == CommitOutcome.Committed)
            {
                notified++;
            }
        }

        return notified;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
