using Telegram.Bot.Types;

namespace ReportBot.FakeBotApi.State;

/// <summary>Pending updates with Bot API getUpdates semantics: offset confirms, limit, long-poll.</summary>
internal sealed class UpdateQueue
{
    private readonly Lock _gate = new();
    private readonly List<(string Type, Update Update)> _pending = [];
    private TaskCompletionSource _arrived = NewSignal();
    private long _nextId = 1;
    private IReadOnlyList<string> _allowed = [];
    private readonly HashSet<int> _inFlight = [];
    private readonly HashSet<long> _busyChats = [];

    public IReadOnlyList<string> AllowedUpdates
    {
        get
        {
            lock (_gate)
            {
                return _allowed;
            }
        }
    }

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>The next update gets this id (ids restarting, as on a fresh server or after a week without updates).</summary>
    public void RestartIds(long next)
    {
        lock (_gate)
        {
            _nextId = next;
        }
    }

    /// <summary>Assigns the next update_id, lets <paramref name="build"/> fill the update and queues it.</summary>
    public long Enqueue(string type, Func<long, Update> build)
    {
        TaskCompletionSource signal;
        long id;
        lock (_gate)
        {
            id = _nextId++;
            _pending.Add((type, build(id)));
            signal = _arrived;
            _arrived = NewSignal();
        }

        signal.TrySetResult();
        return id;
    }

    public async Task<Update[]> GetAsync(long offset, int limit, TimeSpan timeout, IReadOnlyList<string>? allowed, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (allowed is not null)
                {
                    _allowed = allowed;
                }

                Confirm(offset);
                var ready = _pending
                    .Where(p => _allowed.Count == 0 || _allowed.Contains(p.Type))
                    .Take(Math.Clamp(limit, 1, 100))
                    .Select(p => p.Update)
                    .ToArray();
                if (ready.Length > 0)
                {
                    return ready;
                }

                signal = _arrived.Task;
            }

            var remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero || ct.IsCancellationRequested)
            {
                return [];
            }

            try
            {
                await signal.WaitAsync(remaining, ct);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                return [];
            }
        }
    }

    /// <summary>
    /// For webhook delivery: the oldest pending update of the allowed types whose chat has no update in flight (so a
    /// chat's updates are delivered one after another, chats in parallel), marked in flight; null when there is none.
    /// </summary>
    public Update? TakeForWebhook(IReadOnlyList<string> allowed, out Task changed)
    {
        lock (_gate)
        {
            // Taken under the lock with the look at the queue: an update queued right after is not missed.
            changed = _arrived.Task;
            foreach (var (type, update) in _pending)
            {
                var chat = ChatOf(update);
                if ((allowed.Count == 0 || allowed.Contains(type)) && !_inFlight.Contains(update.Id) && !_busyChats.Contains(chat))
                {
                    _inFlight.Add(update.Id);
                    _busyChats.Add(chat);
                    return update;
                }
            }

            return null;
        }
    }

    /// <summary>The webhook answered 200: the update is confirmed. Otherwise it stays pending and is delivered again.</summary>
    public void FinishWebhook(Update update, bool delivered)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _inFlight.Remove(update.Id);
            _busyChats.Remove(ChatOf(update));
            if (delivered)
            {
                _pending.RemoveAll(p => p.Update.Id == update.Id);
            }

            signal = _arrived;
            _arrived = NewSignal();
        }

        signal.TrySetResult();
    }

    private static long ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.EditedMessage?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? 0;

    private void Confirm(long offset)
    {
        if (offset > 0)
        {
            _pending.RemoveAll(p => p.Update.Id < offset);
        }
        else if (offset < 0 && _pending.Count > -offset)
        {
            _pending.RemoveRange(0, _pending.Count - (int)Math.Min(-offset, _pending.Count));
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
