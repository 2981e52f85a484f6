using ReportBot.Core.Interview;

namespace ReportBot.Core.Conversations;

/// <summary>An update received from a transport and not yet applied. <see cref="Payload"/> is the transport's own.</summary>
public sealed record InboxItem(long UpdateId, string ConversationKey, string Payload);

/// <summary>A reply committed with its turn and not yet delivered. Items of one channel go out in id order.</summary>
public sealed record OutboxItem(long Id, string ChannelKey, string Payload, int Attempts);

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
/// replies leave from the outbox and are marked when the transport accepted them.
/// </summary>
public interface IMessagePipelineStore : ISessionStore
{
    /// <summary>Records received updates (ones already known are ignored), all in one transaction.</summary>
    Task AddToInboxAsync(IReadOnlyList<InboxItem> items, CancellationToken cancellationToken);

    /// <summary>Updates not yet applied, oldest first, optionally for one conversation.</summary>
    Task<IReadOnlyList<InboxItem>> PendingInboxAsync(string? conversationKey, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: saves the session (optimistic version check), marks the update applied and queues the
    /// replies. Nothing is written unless all of it is. <paramref name="updateId"/> is null for a time-based turn
    /// (a reminder or an expiry notice), which has no inbox item.
    /// </summary>
    Task<CommitOutcome> CommitTurnAsync(
        string conversationKey, ConversationState session, long? updateId, IReadOnlyList<(string ChannelKey, string Payload)> outbox, CancellationToken cancellationToken);

    /// <summary>Conversations with an interview in progress and no user activity since <paramref name="idleSince"/>.</summary>
    Task<IReadOnlyList<string>> IdleConversationsAsync(DateTimeOffset idleSince, int limit, CancellationToken cancellationToken);

    /// <summary>Replies not yet delivered, oldest first, optionally for one channel.</summary>
    Task<IReadOnlyList<OutboxItem>> PendingOutboxAsync(string? channelKey, int limit, CancellationToken cancellationToken);

    /// <summary>The transport accepted the reply.</summary>
    Task MarkSentAsync(long outboxId, CancellationToken cancellationToken);

    /// <summary>The transport refused the reply for good (logged; it is not retried).</summary>
    Task MarkFailedAsync(long outboxId, string error, CancellationToken cancellationToken);

    /// <summary>A delivery attempt failed and will be retried.</summary>
    Task RecordAttemptAsync(long outboxId, CancellationToken cancellationToken);

    /// <summary>A small named value kept by the transport (e.g. the last update id confirmed).</summary>
    Task<string?> GetValueAsync(string key, CancellationToken cancellationToken);

    /// <summary>Sets a named value.</summary>
    Task SetValueAsync(string key, string value, CancellationToken cancellationToken);
}
