using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Maintenance;
using ReportBot.Telegram.Processing;

namespace ReportBot.Telegram.Shared;

/// <summary>
/// Idle scanning (reminders, expiry) and pruning once across all processes sharing the store: the process holding
/// the maintenance claim (an advisory lock on a connection kept open) is the leader and runs both on their
/// intervals; the others try to take the claim on every interval and take over when the leader's connection closes
/// (it stopped or was killed).
/// </summary>
public sealed class SharedMaintenance(
    ISharedPipelineStore store, IdleScanner scanner, RetentionService retention, TimeProvider time, IOptions<RetentionOptions> options, FatalStop fatal,
    ILogger<SharedMaintenance> logger)
    : GuardedService(fatal)
{
    /// <summary>The maintenance claim's key.</summary>
    public const string LeaderKey = "leader";

    /// <summary>True while this process holds the maintenance claim.</summary>
    public bool IsLeader { get; private set; }

    /// <inheritdoc/>
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        IAsyncDisposable? claim = null;
        var lastPrune = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                claim ??= await store.TryClaimAsync(WorkKind.Maintenance, LeaderKey, stoppingToken);
                if (claim is not null && !IsLeader)
                {
                    IsLeader = true;
                    Log.BecameLeader(logger);
                }

                if (IsLeader)
                {
                    await scanner.ScanAsync(stoppingToken);
                    if (time.GetUtcNow() - lastPrune >= TimeSpan.FromMinutes(options.Value.IntervalMinutes))
                    {
                        await retention.PruneAsync(stoppingToken);
                        lastPrune = time.GetUtcNow();
                    }
                }

                await Task.Delay(IdleScanner.Interval, time, stoppingToken);
            }
        }
        finally
        {
            if (claim is not null)
            {
                await claim.DisposeAsync();
            }
        }
    }
}
