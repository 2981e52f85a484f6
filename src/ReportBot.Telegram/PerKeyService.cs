using Microsoft.Extensions.Hosting;

namespace ReportBot.Telegram;

/// <summary>
/// A background stage that looks for keys (chats) with work and drains each key with its own worker: one key's
/// work in order, keys in parallel. On stop it lets the running workers finish what they hold.
/// </summary>
public abstract class PerKeyService : BackgroundService
{
    private readonly KeyedWorkers _workers = new();

    /// <summary>The keys that have work now.</summary>
    protected abstract Task<IEnumerable<string>> PendingKeysAsync(CancellationToken cancellationToken);

    /// <summary>Waits (briefly) for new work.</summary>
    protected abstract Task WaitForWorkAsync(CancellationToken cancellationToken);

    /// <summary>Does all the work of one key, in order.</summary>
    protected abstract Task DrainAsync(string key, CancellationToken stoppingToken);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var key in await PendingKeysAsync(stoppingToken))
                {
                    _workers.Start(key, () => DrainAsync(key, stoppingToken));
                }

                await WaitForWorkAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        await _workers.WhenAllAsync();
    }
}
