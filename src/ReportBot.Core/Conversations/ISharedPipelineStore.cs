namespace ReportBot.Core.Conversations;

/// <summary>What a claim is taken on: a conversation's inbox, a chat's outbox, or a maintenance job.</summary>
public enum WorkKind
{
    /// <summary>Applying a conversation's pending updates (key: the conversation key).</summary>
    Inbox = 1,

    /// <summary>Sending a chat's pending replies (key: the channel key).</summary>
    Outbox = 2,

    /// <summary>A periodic job that should run once across all processes (key: its name).</summary>
    Maintenance = 3,
}

/// <summary>
/// A store that several processes use at once (PostgreSQL). The in-memory signals of one process do not reach the
/// others, and any of them may have committed the rows, so work on a key is claimed: a claim is exclusive across
/// processes and ends when it is disposed or when the process holding it dies (its database connection closes), so
/// a killed process leaves nothing claimed. Pending work is found again by asking the database which keys have some.
/// </summary>
public interface ISharedPipelineStore : IMessagePipelineStore
{
    /// <summary>Claims <paramref name="key"/> of <paramref name="kind"/>; null when another process (or claim) holds it.</summary>
    Task<IAsyncDisposable?> TryClaimAsync(WorkKind kind, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Conversations with pending updates (<see cref="WorkKind.Inbox"/>) or chats with pending replies
    /// (<see cref="WorkKind.Outbox"/>), oldest work first; with <paramref name="receivedBefore"/>, only keys whose oldest
    /// pending row was recorded before then (work that no process took up when it arrived).
    /// </summary>
    Task<IReadOnlyList<string>> KeysWithPendingWorkAsync(WorkKind kind, int limit, CancellationToken cancellationToken, DateTimeOffset? receivedBefore = null);
}
