using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Maintenance;
using ReportBot.Telegram.Processing;

namespace ReportBot.Telegram.Shared;

/// <summary>
/// Idle scanning (reminders, expiry) and pruning once across all processes sharing the store: on each interval every
/// process tries to take the maintenance claim (an advisory lock), and the one that gets it runs the pass while holding
/// it and then lets it go. A claim is never kept between passes, so a leader whose connection was lost (a database
/// restart, a network cut, which frees the lock on the server) cannot go on believing it leads while another process
/// has taken over: the pass runs only under a lock held at that moment.
/// </summary>
public sealed class SharedMaintenance(
    ISharedPipelineStore store, IdleScanner scanner, RetentionService retention, TimeProvider time, IOptions<RetentionOptions> options, FatalStop fatal,
    ILogger<SharedMaintenance> logger)
    : GuardedService(fatal)
{
    /// <summary>The maintenance claim's key.</summary>
    public const string LeaderKey = "leader";

    /// <summary>True while this process ran the last pass (it held the maintenance claim then).</summary>
    public bool IsLeader { get; private set; }

    /// <inheritdoc/>
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var lastPrune = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claim = await store.TryClaimAsync(WorkKind.Maintenance, LeaderKey, stoppingToken);
            if (claim is not null)
            {
                await using (claim)
                {
                    if (!IsLeader)
                    {
                        Log.BecameLeader(logger);
                    }

                    IsLeader = true;
                    await scanner.ScanAsync(stoppingToken);
                    // Pruning more often than the interval after leadership moved is harmless: it deletes only what is due.
                    if (time.GetUtcNow() - lastPrune >= TimeSpan.FromMinutes(options.Value.IntervalMinutes))
                    {
                        await retention.PruneAsync(stoppingToken);
                        lastPrune = time.GetUtcNow();
                    }
                }
            }
            else
            {
                IsLeader = false;
            }

            await Task.Delay(IdleScanner.Interval, time, stoppingToken);
        }
    }
}
