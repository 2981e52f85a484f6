using System.Collections.Concurrent;

namespace ReportBot.Telegram;

/// <summary>
/// At most one worker per key (a chat) at a time, any number of keys in parallel: work for one chat stays in
/// order, and a slow chat never holds up the others. Whatever escapes a worker goes to <paramref name="onFault"/>:
/// nothing ends silently.
/// </summary>
public sealed class KeyedWorkers(Action<string, Exception> onFault)
{
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    /// <summary>Starts <paramref name="drain"/> for <paramref name="key"/> unless a worker for it is running.</summary>
    public void Start(string key, Func<Task> drain)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_running.TryAdd(key, gate.Task))
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await drain();
            }
            catch (Exception error)
            {
                onFault(key, error);
            }
            finally
            {
                _running.TryRemove(key, out _);
                gate.SetResult();
            }
        });
    }

    /// <summary>Waits for the workers running now (used at shutdown).</summary>
    public Task WhenAllAsync() => Task.WhenAll(_running.Values);
}
