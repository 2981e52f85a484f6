using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Sqlite;

/// <summary>How the store runs beyond the file itself.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>
    /// Budget of the write-through session cache, in bytes of stored JSON (<c>Storage:SessionCacheMegabytes</c>);
    /// 0 turns it off and every turn reads its session from the file.
    /// </summary>
    public long SessionCacheBytes { get; init; }

    /// <summary>Told of inbox and outbox rows once their transaction committed (the transport's work queues), or null.</summary>
    public IPipelineListener? Listener { get; init; }
}
