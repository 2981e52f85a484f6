namespace ReportBot.Telegram;

/// <summary>
/// Work waiting per key (a conversation, a chat), in id order, with at most one worker per key. Items come from the
/// store's commits (and, at start, from the database); a key whose first item arrives gets a worker through the
/// callback given to <see cref="Open"/>. Before that (while the database is read at start) items only wait, so what
/// was pending before a restart still goes first. An item stays at the head of its key until
/// <see cref="Complete"/>: a failed attempt is retried before anything behind it.
/// </summary>
/// <typeparam name="T">The work item.</typeparam>
public sealed class KeyedQueue<T>(Func<T, string> keyOf, Func<T, long> idOf)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private Action<string>? _start;

    /// <summary>Items waiting or in progress, all keys.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _lanes.Values.Sum(l => l.Items.Count);
            }
        }
    }

    /// <summary>Adds items (an id already held is ignored); starts workers for keys that had none.</summary>
    public void Add(IEnumerable<T> items)
    {
        List<string>? start = null;
        lock (_gate)
        {
            foreach (var item in items)
            {
                var key = keyOf(item);
                if (!_lanes.TryGetValue(key, out var lane))
                {
                    _lanes[key] = lane = new Lane();
                }

                var id = idOf(item);
                if (id <= lane.Done || lane.Items.ContainsKey(id))
                {
                    continue;
                }

                lane.Items.Add(id, item);
                if (_start is not null && !lane.Running)
                {
                    lane.Running = true;
                    (start ??= []).Add(key);
                }
            }
        }

        Start(start);
    }

    /// <summary>From now on keys with work get workers (called once the pending rows of the database are in).</summary>
    public void Open(Action<string> start)
    {
        List<string> keys;
        lock (_gate)
        {
            _start = start;
            keys = [.. _lanes.Where(l => l.Value.Items.Count > 0 && !l.Value.Running).Select(l => l.Key)];
            foreach (var key in keys)
            {
                _lanes[key].Running = true;
            }
        }

        Start(keys);
    }

    /// <summary>The key's first item; false (and the key's worker ends) when it has none left.</summary>
    public bool TryPeek(string key, out T item)
    {
        lock (_gate)
        {
            if (_lanes.TryGetValue(key, out var lane) && lane.Items.Count > 0)
            {
                item = lane.Items.GetValueAtIndex(0);
                return true;
            }

            _lanes.Remove(key);
            item = default!;
            return false;
        }
    }

    /// <summary>The item is done (applied, delivered, or given up): the next one of its key comes up.</summary>
    public void Complete(string key, long id)
    {
        lock (_gate)
        {
            if (_lanes.TryGetValue(key, out var lane) && lane.Items.Remove(id))
            {
                lane.Done = Math.Max(lane.Done, id);
            }
        }
    }

    /// <summary>The worker of <paramref name="key"/> stops early (the host is stopping): the key may get a new one.</summary>
    public void Release(string key)
    {
        lock (_gate)
        {
            if (_lanes.TryGetValue(key, out var lane))
            {
                lane.Running = false;
            }
        }
    }

    /// <summary>Starts a worker for <paramref name="key"/> if it has items and none runs (after a worker failed).</summary>
    public void Wake(string key)
    {
        List<string>? start = null;
        lock (_gate)
        {
            if (_start is not null && _lanes.TryGetValue(key, out var lane) && lane.Items.Count > 0 && !lane.Running)
            {
                lane.Running = true;
                start = [key];
            }
        }

        Start(start);
    }

    private void Start(List<string>? keys)
    {
        foreach (var key in keys ?? [])
        {
            _start!(key);
        }
    }

    private sealed class Lane
    {
        public SortedList<long, T> Items { get; } = [];

        public bool Running { get; set; }

        /// <summary>The highest id completed while the lane existed: a late duplicate of it is not taken again.</summary>
        public long Done { get; set; }
    }
}
