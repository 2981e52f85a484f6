using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite;

/// <summary>The inbox and the turn commit.</summary>
public sealed partial class SqliteConversationStore
{
    /// <inheritdoc/>
    public async Task AddToInboxAsync(IReadOnlyList<InboxItem> items, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        foreach (var item in items)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO inbox (update_id, conversation_key, payload, received_at) VALUES ($id, $key, $payload, $now)
                ON CONFLICT (update_id) DO NOTHING;
                """;
            command.Parameters.AddWithValue("$id", item.UpdateId);
            command.Parameters.AddWithValue("$key", item.ConversationKey);
            command.Parameters.AddWithValue("$payload", item.Payload);
            command.Parameters.AddWithValue("$now", Now());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<InboxItem>> PendingInboxAsync(string? conversationKey, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            """
            SELECT update_id, conversation_key, payload FROM inbox
            WHERE applied_at IS NULL AND ($key IS NULL OR conversation_key = $key)
            ORDER BY update_id LIMIT $limit;
            """,
            new Dictionary<string, object?> { ["$key"] = conversationKey, ["$limit"] = limit },
            r => new InboxItem(r.GetInt64(0), r.GetString(1), r.GetString(2)),
            cancellationToken);

    /// <inheritdoc/>
    public async Task<CommitOutcome> CommitTurnAsync(
        string conversationKey, ConversationState session, long? updateId, IReadOnlyList<(string ChannelKey, string Payload)> outbox, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        if (updateId is not null)
        {
            await using var mark = connection.CreateCommand();
            mark.Transaction = transaction;
            mark.CommandText = "UPDATE inbox SET applied_at = $now WHERE update_id = $id AND applied_at IS NULL;";
            mark.Parameters.AddWithValue("$id", updateId);
            mark.Parameters.AddWithValue("$now", Now());
            if (await mark.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return CommitOutcome.AlreadyApplied;
            }
        }

        if (!await SaveAsync(connection, transaction, conversationKey, session, cancellationToken))
        {
            return CommitOutcome.Conflict;
        }

        foreach (var (channel, payload) in outbox)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO outbox (channel_key, payload, created_at) VALUES ($channel, $payload, $now);";
            insert.Parameters.AddWithValue("$channel", channel);
            insert.Parameters.AddWithValue("$payload", payload);
            insert.Parameters.AddWithValue("$now", Now());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return CommitOutcome.Committed;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> IdleConversationsAsync(DateTimeOffset idleSince, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            """
            SELECT conversation_key FROM sessions
            WHERE last_activity <= $since AND json_extract(data, '$.phase') NOT IN ('ChoosingTemplate', 'Finished')
            ORDER BY last_activity LIMIT $limit;
            """,
            new Dictionary<string, object?> { ["$since"] = idleSince.UtcDateTime.ToString("O"), ["$limit"] = limit },
            r => r.GetString(0),
            cancellationToken);
}
