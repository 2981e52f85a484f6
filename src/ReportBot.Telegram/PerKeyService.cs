using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;
using ReportBot.Telegram.Fatal;

namespace ReportBot.Telegram;

/// <summary>
/// A background stage that looks for keys (chats) with work and drains each key with its own worker: one key's
/// work in order, keys in parallel. On stop it lets the running workers finish what they hold. A worker that fails
/// is logged; a storage fault or a refused token in a worker stops the bot (non-zero exit).
/// </summary>
public abstract class PerKeyService : GuardedService
{
    private readonly KeyedWorkers _workers;
    private readonly ILogger _logger;

    /// <summary>A stage reporting to <paramref name="logger"/> and stopping through <paramref name="fatal"/>.</summary>
    protected PerKeyService(FatalStop fatal, ILogger logger)
        : base(fatal)
    {
        _logger = logger;
        _workers = new KeyedWorkers(OnWorkerFault);
    }

    /// <summary>The keys that have work now.</summary>
    protected abstract Task<IEnumerable<string>> PendingKeysAsync(CancellationToken cancellationToken);

    /// <summary>Waits (briefly) for new work.</summary>
    protected abstract Task WaitForWorkAsync(CancellationToken cancellationToken);

    /// <summary>Does all the work of one key, in order.</summary>
    protected abstract Task DrainAsync(string key, CancellationToken stoppingToken);

    /// <inheritdoc/>
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var key in await PendingKeysAsync(stoppingToken))
                {
                    _workers.Start(key, () => DrainAsync(key, stoppingToken));
                }

                await WaitForWorkAsync(stoppingToken);
            }
        }
        finally
        {
            await _workers.WhenAllAsync();
        }
    }

    private void OnWorkerFault(string key, Exception error)
    {
        if (error is OperationCanceledException)
        {
            return;
        }

        Log.WorkerFailed(_logger, GetType().Name, key, FatalStop.Describe(error));
        if (error is StorageException or BotApiUnauthorizedException)
        {
            Fatal.Stop(error, GetType().Name);
        }
    }
}
