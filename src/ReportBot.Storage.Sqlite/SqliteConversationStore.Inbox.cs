using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite;

/// <summary>The inbox and the turn commit.</summary>
public sealed partial class SqliteConversationStore
{
    /// <summary>
    /// How long an update stored before fingerprints existed (schema 3) still counts as a redelivery of the same id:
    /// Telegram keeps unconfirmed updates for 24 hours, so an older id match is a restarted sequence, not a redelivery.
    /// </summary>
    private static readonly TimeSpan LegacyRedeliveryWindow = TimeSpan.FromHours(24);

    /// <inheritdoc/>
    public Task<IReadOnlyList<long>> AddToInboxAsync(IReadOnlyList<InboxItem> items, CancellationToken cancellationToken) =>
        AddToInboxAsync(items, null, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<long>> AddToInboxAsync(IReadOnlyList<InboxItem> items, KeyValuePair<string, string>? alsoSet, CancellationToken cancellationToken)
    {
        var now = Now();
        var legacySince = Stamp(time.GetUtcNow() - LegacyRedeliveryWindow);
        return Writer.RunAsync<IReadOnlyList<long>>(scope =>
        {
            var added = new List<InboxItem>();
            foreach (var item in items)
            {
                var id = Bind(
                    scope,
                    PipelineQueries.AddToInbox,
                    ("$id", item.UpdateId),
                    ("$fingerprint", item.Fingerprint),
                    ("$key", item.ConversationKey),
                    ("$payload", item.Payload),
                    ("$now", now),
                    ("$legacySince", legacySince)).ExecuteScalar();
                if (id is long rowId)
                {
                    added.Add(item with { Id = rowId, Attempts = 0 });
                }
            }

            if (alsoSet is { } value)
            {
                SetValue(scope, value.Key, value.Value);
            }

            if (added.Count > 0 && _listener is { } listener)
            {
                scope.AfterCommit(() => listener.InboxAdded(added));
            }

            return [.. added.Select(i => i.UpdateId)];
        });
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<InboxItem>> PendingInboxAsync(string? conversationKey, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            conversationKey is null ? PipelineQueries.PendingInbox : PipelineQueries.PendingInboxOf,
            new Dictionary<string, object?> { ["$key"] = conversationKey, ["$limit"] = limit },
            r => new InboxItem(r.GetInt64(1), r.GetString(2), r.GetString(3)) { Id = r.GetInt64(0), Fingerprint = r.GetString(4), Attempts = r.GetInt32(5) },
            cancellationToken);

    /// <inheritdoc/>
    public Task<int> BeginAttemptAsync(long inboxId, CancellationToken cancellationToken) =>
        Writer.RunAsync(scope =>
            Bind(scope, "UPDATE inbox SET attempts = attempts + 1 WHERE id = $id RETURNING attempts;", ("$id", inboxId)).ExecuteScalar() is long attempts
                ? (int)attempts
                : 0);

    /// <inheritdoc/>
    public Task MarkInboxFailedAsync(long inboxId, string error, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken)
    {
        var now = Now();
        return Writer.RunAsync(scope =>
        {
            var key = Bind(
                scope,
                "UPDATE inbox SET failed_at = $now, error = $error WHERE id = $id AND applied_at IS NULL AND failed_at IS NULL RETURNING conversation_key;",
                ("$id", inboxId),
                ("$now", now),
                ("$error", error)).ExecuteScalar() as string;
            if (key is not null)
            {
                Queue(scope, key, inboxId, outbox, now);
            }

            return true;
        });
    }

    /// <inheritdoc/>
    public Task<CommitOutcome> CommitTurnAsync(
        string conversationKey, ConversationState? session, long? inboxId, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken) =>
        CommitTurnAsync(new TurnCommit(conversationKey, session, inboxId, outbox), cancellationToken);

    /// <inheritdoc/>
    public Task<CommitOutcome> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        var json = commit.Session is null ? null : commit.SessionJson ?? SessionJson.Serialize(commit.Session with { Version = 0 });
        var now = Now();
        return Writer.RunAsync(scope =>
        {
            if (commit.InboxId is { } inboxId
                && Bind(scope, "UPDATE inbox SET applied_at = $now WHERE id = $id AND applied_at IS NULL AND failed_at IS NULL;", ("$id", inboxId), ("$now", now)).ExecuteNonQuery() != 1)
            {
                scope.Discard();
                return CommitOutcome.AlreadyApplied;
            }

            if (commit.Session is { } session && !Save(scope, commit.ConversationKey, session, json!, now))
            {
                scope.Discard();
                return CommitOutcome.Conflict;
            }

            Queue(scope, commit.ConversationKey, commit.InboxId, commit.Outbox, now);
            return CommitOutcome.Committed;
        }, savepoint: true);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> IdleConversationsAsync(DateTimeOffset idleSince, string? afterKey, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            PipelineQueries.IdleConversations,
            new Dictionary<string, object?> { ["$since"] = idleSince.UtcDateTime.ToString("O"), ["$after"] = afterKey ?? string.Empty, ["$limit"] = limit },
            r => r.GetString(0),
            cancellationToken);

    /// <summary>Inserts the replies (documents into their own table) in the writer's transaction; the listener hears of them after the commit.</summary>
    private void Queue(WriteScope scope, string conversationKey, long? inboxId, IReadOnlyList<OutboxEntry> outbox, string now)
    {
        var queued = new List<OutboxItem>(outbox.Count);
        foreach (var entry in outbox)
        {
            long? documentId = entry.Document is { } document
                ? (long)Bind(
                    scope,
                    "INSERT INTO documents (conversation_key, file_name, content, created_at) VALUES ($key, $name, $content, $now) RETURNING id;",
                    ("$key", conversationKey),
                    ("$name", document.FileName),
                    ("$content", document.Content),
                    ("$now", now)).ExecuteScalar()!
                : null;
            var id = (long)Bind(
                scope,
                """
                INSERT INTO outbox (channel_key, payload, created_at, conversation_key, inbox_id, document_id)
                VALUES ($channel, $payload, $now, $key, $inbox, $document)
                RETURNING id;
                """,
                ("$channel", entry.ChannelKey),
                ("$payload", entry.Payload),
                ("$now", now),
                ("$key", conversationKey),
                ("$inbox", inboxId),
                ("$document", documentId)).ExecuteScalar()!;
            queued.Add(new OutboxItem(id, entry.ChannelKey, entry.Payload, 0) { DocumentId = documentId });
        }

        if (queued.Count > 0 && _listener is { } listener)
        {
            scope.AfterCommit(() => listener.OutboxAdded(queued));
        }
    }
}
