using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;
using ReportBot.Telegram.Fatal;

namespace ReportBot.Telegram.Shared;

/// <summary>
/// A stage over a store that several processes share (<see cref="ISharedPipelineStore"/>): a key's work (a
/// conversation's updates, a chat's replies) is done by the one process that holds its claim, in id order, read from
/// the database while the claim is held, so no two processes work on one key and none repeats what another finished.
/// A process starts on a key when its own commits add work there (<see cref="Wake"/>); work that no process took up
/// (its process died, or the claim was held a moment too long) is found by asking the database every
/// <see cref="ClaimedWork.ScanInterval"/> for keys whose oldest pending row is older than <see cref="ClaimedWork.OrphanAge"/>.
/// </summary>
/// <typeparam name="T">The work item.</typeparam>
public abstract class ClaimedService<T> : GuardedService
{
    private readonly ISharedPipelineStore _store;
    private readonly WorkKind _kind;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, bool> _working = new();
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly SemaphoreSlim _slots = new(ClaimedWork.Concurrency, ClaimedWork.Concurrency);
    private CancellationToken _stopping = new(canceled: true);
    private volatile bool _started;

    /// <summary>A stage for <paramref name="kind"/> work.</summary>
    protected ClaimedService(ISharedPipelineStore store, WorkKind kind, TimeProvider time, FatalStop fatal, ILogger logger)
        : base(fatal)
    {
        _store = store;
        _kind = kind;
        _time = time;
        _logger = logger;
    }

    /// <summary>The shared store.</summary>
    protected ISharedPipelineStore Store => _store;

    /// <summary>The key's pending items in id order (at most <paramref name="limit"/>).</summary>
    protected abstract Task<IReadOnlyList<T>> PendingAsync(string key, int limit, CancellationToken cancellationToken);

    /// <summary>Handles one item: true when it is done, false when the host is stopping (the item stays pending).</summary>
    protected abstract Task<bool> HandleAsync(T item, CancellationToken stoppingToken);

    /// <summary>This process committed work on <paramref name="keys"/>: start on them unless already working there.</summary>
    public void Wake(IEnumerable<string> keys)
    {
        if (!_started)
        {
            return; // The first scan at start finds them.
        }

        foreach (var key in keys.Distinct())
        {
            Start(key);
        }
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc/>
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        _started = true;
        // At start everything pending is taken up, whatever its age: a restarted single process owns all of it.
        DateTimeOffset? before = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var key in await _store.KeysWithPendingWorkAsync(_kind, 1000, stoppingToken, before))
                {
                    Start(key);
                }

                await Task.Delay(ClaimedWork.ScanInterval, _time, stoppingToken);
                before = _time.GetUtcNow() - ClaimedWork.OrphanAge;
            }
        }
        finally
        {
            await Task.WhenAll(_running.Keys);
        }
    }

    private void Start(string key)
    {
        if (_stopping.IsCancellationRequested || !_working.TryAdd(key, true))
        {
            return;
        }

        var worker = Task.Run(() => DrainAsync(key), CancellationToken.None);
        _running[worker] = true;
        _ = worker.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task DrainAsync(string key)
    {
        // A claim holds a pooled connection while the work on the key needs others: bounded, so the pool cannot run dry.
        await _slots.WaitAsync(CancellationToken.None);
        try
        {
            // After the claim is let go, one more look: work added while it was held by this process may have been
            // refused a claim by its own process just before.
            for (var round = 0; round < 3 && !_stopping.IsCancellationRequested; round++)
            {
                var claim = await ClaimAsync(key);
                if (claim is null)
                {
                    return; // Another process works on it, and will find what is pending.
                }

                await using (claim)
                {
                    if (!await DrainClaimedAsync(key))
                    {
                        return;
                    }
                }

                if ((await PendingAsync(key, 1, CancellationToken.None)).Count == 0)
                {
                    return;
                }
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Log.WorkerFailed(_logger, GetType().Name, key, FatalStop.Describe(error));
            if (error is StorageException or BotApiUnauthorizedException)
            {
                Fatal.Stop(error, GetType().Name);
            }

            // Otherwise the key is taken up again by a later scan.
        }
        finally
        {
            _slots.Release();
            _working.TryRemove(key, out _);
        }
    }

    /// <summary>
    /// The key's claim; null when another process keeps it or nothing is pending any more. A claim refused a moment
    /// ago may belong to a process that has just finished the key and looked for more work before this process's
    /// rows were committed: the claim is tried again for a little while, as long as work is pending.
    /// </summary>
    private async Task<IAsyncDisposable?> ClaimAsync(string key)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await _store.TryClaimAsync(_kind, key, CancellationToken.None) is { } claim)
            {
                return claim;
            }

            if (attempt == 8 || _stopping.IsCancellationRequested)
            {
                return null; // Busy for longer: its holder, or a later scan, takes the rest.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10 << Math.Min(attempt, 4)), _time, CancellationToken.None);
            if ((await PendingAsync(key, 1, CancellationToken.None)).Count == 0)
            {
                return null;
            }
        }
    }

    /// <summary>Handles the key's pending items while the claim is held; false when stopping.</summary>
    private async Task<bool> DrainClaimedAsync(string key)
    {
        while (true)
        {
            var items = await PendingAsync(key, 20, CancellationToken.None);
            if (items.Count == 0)
            {
                return true;
            }

            foreach (var item in items)
            {
                if (!await HandleAsync(item, _stopping))
                {
                    return false;
                }
            }
        }
    }
}

/// <summary>Timings of the claimed stages.</summary>
public static class ClaimedWork
{
    /// <summary>How often the database is asked for work no process took up.</summary>
    public static TimeSpan ScanInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How old pending work must be before a scan takes it up (younger work is its own process's).</summary>
    public static TimeSpan OrphanAge { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Keys one stage of one process works on at once. Each holds a claim (a pooled connection) and uses another for
    /// its work, so two stages take at most four times this many of the pool's connections (Npgsql's default
    /// Maximum Pool Size is 100); on two cores more in parallel would only wait for the CPU.
    /// </summary>
    public static int Concurrency { get; set; } = 16;
}
