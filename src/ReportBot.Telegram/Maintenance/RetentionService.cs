using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Telegram.Fatal;

namespace ReportBot.Telegram.Maintenance;

/// <summary>
/// Keeps the database bounded: applied (and failed) updates and sent (and refused) replies older than the retention
/// period are deleted in small batches, so a prune never holds the write lock for long. Pending work is never pruned.
/// </summary>
public sealed class RetentionService(
    IMessagePipelineStore store, TimeProvider time, IOptions<RetentionOptions> options, FatalStop fatal, ILogger<RetentionService> logger)
    : GuardedService(fatal)
{
    /// <inheritdoc/>
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), time);
        do
        {
            await PruneAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Prunes everything past the retention period, batch after batch; returns the rows removed.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - options.Value.Period;
        var batch = options.Value.BatchSize;
        var total = new PruneResult(0, 0, 0, 0);
        PruneResult pass;
        do
        {
            pass = await store.PruneAsync(before, batch, cancellationToken);
            total = new PruneResult(total.Inbox + pass.Inbox, total.Outbox + pass.Outbox, total.Documents + pass.Documents, total.Invites + pass.Invites);
        }
        while (!cancellationToken.IsCancellationRequested && new[] { pass.Inbox, pass.Outbox, pass.Documents, pass.Invites }.Any(n => n == batch));

        if (total.Total > 0)
        {
            Log.Pruned(logger, total.Inbox, total.Outbox, total.Documents, total.Invites, before);
        }

        return total.Total;
    }
}
