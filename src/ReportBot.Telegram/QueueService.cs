using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;
using ReportBot.Telegram.Fatal;

namespace ReportBot.Telegram;

/// <summary>
/// A background stage that works off a <see cref="KeyedQueue{T}"/>: at start it puts what the database holds as
/// pending into the queue, then each key with work gets a worker that handles its items in order, keys in parallel.
/// Nothing polls: workers start when the store reports new rows. On stop the running workers finish the item in hand.
/// A worker that fails is logged; a storage fault or a refused token in a worker stops the bot (non-zero exit).
/// </summary>
/// <typeparam name="T">The work item.</typeparam>
public abstract class QueueService<T> : GuardedService
{
    private readonly KeyedQueue<T> _queue;
    private readonly Func<T, string> _keyOf;
    private readonly Func<T, long> _idOf;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<Task, bool> _running = new();

    /// <summary>A stage over <paramref name="queue"/>, reporting to <paramref name="logger"/> and stopping through <paramref name="fatal"/>.</summary>
    protected QueueService(KeyedQueue<T> queue, Func<T, string> keyOf, Func<T, long> idOf, FatalStop fatal, ILogger logger)
        : base(fatal)
    {
        _queue = queue;
        _keyOf = keyOf;
        _idOf = idOf;
        _logger = logger;
    }

    /// <summary>The items the database holds as pending (read once, at start).</summary>
    protected abstract Task<IReadOnlyList<T>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>Handles one item: true when it is done (it leaves the queue), false to stop this key's worker (the host is stopping).</summary>
    protected abstract Task<bool> HandleAsync(T item, CancellationToken stoppingToken);

    /// <inheritdoc/>
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        _queue.Add(await PendingAsync(stoppingToken));
        _queue.Open(key => Track(Task.Run(() => DrainAsync(key, stoppingToken), CancellationToken.None)));
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        finally
        {
            await Task.WhenAll(_running.Keys);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> for <paramref name="key"/> beside the key's worker instead of in its order, for work
    /// no later item of the key waits for. A fault is handled as a worker's is (logged; a storage fault or a refused
    /// token stops the bot); what it leaves undone stays pending in the database for the next start. The stage waits
    /// for it when it stops.
    /// </summary>
    protected void RunAside(string key, Func<Task> work) =>
        Track(Task.Run(
            async () =>
            {
                try
                {
                    await work();
                }
                catch (Exception error)
                {
                    _ = OnWorkerFault(key, error);
                }
            },
            CancellationToken.None));

    private void Track(Task worker)
    {
        _running[worker] = true;
        _ = worker.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task DrainAsync(string key, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!_queue.TryPeek(key, out var item))
                {
                    return; // The queue ended this key's worker.
                }

                if (!await HandleAsync(item, stoppingToken))
                {
                    break;
                }

                _queue.Complete(_keyOf(item), _idOf(item));
            }

            _queue.Release(key);
        }
        catch (Exception error)
        {
            _queue.Release(key);
            if (OnWorkerFault(key, error) && !stoppingToken.IsCancellationRequested)
            {
                // Not fatal: the key's work is tried again shortly, in order, instead of waiting for the next item.
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
                _queue.Wake(key);
            }
        }
    }

    /// <summary>Logs the fault; stops the bot for a storage fault or a refused token. True when the bot goes on.</summary>
    private bool OnWorkerFault(string key, Exception error)
    {
        if (error is OperationCanceledException)
        {
            return false;
        }

        Log.WorkerFailed(_logger, GetType().Name, key, FatalStop.Describe(error));
        if (error is StorageException or BotApiUnauthorizedException)
        {
            Fatal.Stop(error, GetType().Name);
            return false;
        }

        return true;
    }
}
