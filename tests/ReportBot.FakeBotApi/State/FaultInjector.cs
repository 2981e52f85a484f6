namespace ReportBot.FakeBotApi.State;

/// <summary>Per-method queues of faults, consumed one per request.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<FakeFault>> _faults = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string method, FakeFault fault, int times)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                _faults[method] = queue = new Queue<FakeFault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public FakeFault? Take(string method)
    {
        lock (_gate)
        {
            return _faults.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
        }
    }

    public int Pending(string method)
    {
        lock (_gate)
        {
            return _faults.TryGetValue(method, out var queue) ? queue.Count : 0;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }
}
