using ReportBot.Core.Interview;

namespace ReportBot.Core.Conversations;

/// <summary>
/// An update received from a transport. <see cref="Payload"/> is the transport's own. <see cref="Fingerprint"/>
/// identifies its content, so a redelivery (same id, same fingerprint) is recognised while an update that reuses an
/// old id (the transport's ids restarted) is not taken for one.
/// </summary>
public sealed record InboxItem(long UpdateId, string ConversationKey, string Payload)
{
    /// <summary>The store's id of the row (0 before it is stored); turns are committed against it.</summary>
    public long Id { get; init; }

    /// <summary>What makes this update different from another with the same id (message, date, content).</summary>
    public string Fingerprint { get; init; } = string.Empty;

    /// <summary>How often applying it was started (a count above the limit means it keeps failing).</summary>
    public int Attempts { get; init; }
}

/// <summary>A reply committed with its turn and not yet delivered. Items of one channel go out in id order.</summary>
public sealed record OutboxItem(long Id, string ChannelKey, string Payload, int Attempts)
{
    /// <summary>The document this reply sends (kept apart from the outbox row and deleted once sent), or null.</summary>
    public long? DocumentId { get; init; }
}

/// <summary>A reply to queue: the channel, the transport's payload, and optionally a file it sends.</summary>
public sealed record OutboxEntry(string ChannelKey, string Payload, StoredDocument? Document = null);

/// <summary>A file waiting to be sent.</summary>
public sealed record StoredDocument(string FileName, byte[] Content);

/// <summary>How many rows one pruning pass removed.</summary>
public sealed record PruneResult(int Inbox, int Outbox, int Documents, int Invites)
{
    /// <summary>All rows removed.</summary>
    public int Total => Inbox + Outbox + Documents + Invites;
}

/// <summary>
/// One turn to commit: the session (null leaves the stored one as it is), the inbox row it applies (null for a
/// time-based turn) and its replies. <see cref="SessionJson"/> is the session already serialised (without its version)
/// by a caller that needed it anyway, so the store does not serialise it again.
/// </summary>
public sealed record TurnCommit(string ConversationKey, ConversationState? Session, long? InboxId, IReadOnlyList<OutboxEntry> Outbox)
{
    /// <summary>The session as <see cref="Conversations.SessionJson.Serialize"/> wrote it with version 0, or null.</summary>
    public string? SessionJson { get; init; }
}

/// <summary>What happened to a turn commit.</summary>
public enum CommitOutcome
{
    /// <summary>Session, outbox and the update's "applied" mark were written together.</summary>
    Committed,

    /// <summary>The session changed since it was loaded: load again and redo the turn.</summary>
    Conflict,

    /// <summary>The update was applied before (a redelivery): nothing was written.</summary>
    AlreadyApplied,
}

/// <summary>
/// The durable path of a message: updates are recorded in an inbox before the transport is told they arrived;
/// each is applied exactly once, in one transaction with the session change and the replies it produced; the
/// replies leave from the outbox and are marked when the transport accepted them. An update that keeps failing is
/// marked failed (kept for inspection) so the conversation goes on. Storage faults surface as
/// <see cref="StorageException"/> (transient locks are waited out inside the store).
/// </summary>
public interface IMessagePipelineStore : ISessionStore, IAccessStore
{
    /// <summary>
    /// Records received updates, all in one transaction. An update already held with the same id and fingerprint is
    /// a redelivery and is skipped. Returns the update ids that were new.
    /// </summary>
    Task<IReadOnlyList<long>> AddToInboxAsync(IReadOnlyList<InboxItem> items, CancellationToken cancellationToken);

    /// <summary>The same, and sets the named value <paramref name="alsoSet"/> in the same transaction (the poller's offset).</summary>
    Task<IReadOnlyList<long>> AddToInboxAsync(IReadOnlyList<InboxItem> items, KeyValuePair<string, string>? alsoSet, CancellationToken cancellationToken);

    /// <summary>Updates neither applied nor failed, in arrival order, optionally for one conversation.</summary>
    Task<IReadOnlyList<InboxItem>> PendingInboxAsync(string? conversationKey, int limit, CancellationToken cancellationToken);

    /// <summary>Counts one more attempt at applying the inbox row and returns the count (so a crash loop is bounded too).</summary>
    Task<int> BeginAttemptAsync(long inboxId, CancellationToken cancellationToken);

    /// <summary>Gives up on an inbox row: marks it failed with <paramref name="error"/> and queues <paramref name="outbox"/> (the apology), together.</summary>
    Task MarkInboxFailedAsync(long inboxId, string error, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: saves the session (optimistic version check; null leaves the stored session as it is),
    /// marks the inbox row applied and queues the replies. Nothing is written unless all of it is.
    /// <paramref name="inboxId"/> is null for a time-based turn (a reminder or an expiry notice), which has no inbox row.
    /// </summary>
    Task<CommitOutcome> CommitTurnAsync(
        string conversationKey, ConversationState? session, long? inboxId, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken);

    /// <summary>The same as the other overload, for a <see cref="TurnCommit"/> (which may carry the session's JSON).</summary>
    Task<CommitOutcome> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Conversations with an interview in progress and no user activity since <paramref name="idleSince"/>, in key
    /// order after <paramref name="afterKey"/> (null: from the start). A scanner pages through them all with it, so
    /// interviews with nothing due (already reminded) cannot keep newer ones out of a page.
    /// </summary>
    Task<IReadOnlyList<string>> IdleConversationsAsync(DateTimeOffset idleSince, string? afterKey, int limit, CancellationToken cancellationToken);

    /// <summary>Replies not yet delivered, oldest first, optionally for one channel.</summary>
    Task<IReadOnlyList<OutboxItem>> PendingOutboxAsync(string? channelKey, int limit, CancellationToken cancellationToken);

    /// <summary>The file of a reply, or null when it is gone (forgotten).</summary>
    Task<StoredDocument?> LoadDocumentAsync(long documentId, CancellationToken cancellationToken);

    /// <summary>The transport accepted the reply (its document, if any, is deleted).</summary>
    Task MarkSentAsync(long outboxId, CancellationToken cancellationToken);

    /// <summary>The transport refused the reply for good (logged; it is not retried; its document is deleted).</summary>
    Task MarkFailedAsync(long outboxId, string error, CancellationToken cancellationToken);

    /// <summary>A delivery attempt failed and will be retried.</summary>
    Task RecordAttemptAsync(long outboxId, CancellationToken cancellationToken);

    /// <summary>A small named value kept by the transport (e.g. the last update id confirmed).</summary>
    Task<string?> GetValueAsync(string key, CancellationToken cancellationToken);

    /// <summary>Sets a named value.</summary>
    Task SetValueAsync(string key, string value, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes at most <paramref name="batchSize"/> rows of each kind received or created before
    /// <paramref name="before"/>: applied or failed inbox rows, sent or failed outbox rows, documents of replies no
    /// longer pending, and expired or used invite codes. Pending work is never pruned.
    /// </summary>
    Task<PruneResult> PruneAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes everything held about a conversation: its session, its applied and failed inbox rows, its outbox rows
    /// and their documents. Updates not yet applied stay (they arrived after the request to forget, in order).
    /// Admission (an access-control record of the user, not of the conversation) is kept: an admin revokes it.
    /// </summary>
    Task ForgetAsync(string conversationKey, CancellationToken cancellationToken);
}
