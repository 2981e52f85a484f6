using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite;

/// <summary>
/// Recently used sessions, as last committed (with their stored version), least recently used dropped first once
/// their stored sizes add up to the budget. Written through by the store after each commit, so it never holds what
/// is not in the database; a version conflict (another writer) drops the entry. A session is only read into it when
/// its user writes: stored interviews that nobody continues cost no memory.
/// </summary>
internal sealed class SessionCache(long budgetBytes)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recent = new();
    private long _bytes;

    public bool Enabled => budgetBytes > 0;

    public ConversationState? Get(string key)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Session;
        }
    }

    /// <summary>Keeps <paramref name="session"/> unless a newer version is held already (a slow read racing a commit).</summary>
    public void Put(string key, ConversationState session, int bytes)
    {
        if (!Enabled || bytes > budgetBytes / 4)
        {
            Remove(key);
            return;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                if (node.Value.Session.Version > session.Version)
                {
                    return;
                }

                Drop(node);
            }

            var added = _recent.AddFirst(new Entry(key, session, bytes));
            _entries[key] = added;
            _bytes += bytes;
            while (_bytes > budgetBytes && _recent.Last is { } oldest)
            {
                Drop(oldest);
            }
        }
    }

    public void Remove(string key)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                Drop(node);
            }
        }
    }

    private void Drop(LinkedListNode<Entry> node)
    {
        _recent.Remove(node);
        _entries.Remove(node.Value.Key);
        _bytes -= node.Value.Bytes;
    }

    private sealed record Entry(string Key, ConversationState Session, int Bytes);
}
