using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Sqlite;

/// <summary>The outbox and the transport's small named values.</summary>
public sealed partial class SqliteConversationStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<OutboxItem>> PendingOutboxAsync(string? channelKey, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            """
            SELECT id, channel_key, payload, attempts FROM outbox
            WHERE sent_at IS NULL AND failed_at IS NULL AND ($channel IS NULL OR channel_key = $channel)
            ORDER BY id LIMIT $limit;
            """,
            new Dictionary<string, object?> { ["$channel"] = channelKey, ["$limit"] = limit },
            r => new OutboxItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3)),
            cancellationToken);

    /// <inheritdoc/>
    public Task MarkSentAsync(long outboxId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE outbox SET sent_at = $now, attempts = attempts + 1 WHERE id = $id;", outboxId, null, cancellationToken);

    /// <inheritdoc/>
    public Task MarkFailedAsync(long outboxId, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE outbox SET failed_at = $now, error = $error, attempts = attempts + 1 WHERE id = $id;", outboxId, error, cancellationToken);

    /// <inheritdoc/>
    public Task RecordAttemptAsync(long outboxId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE outbox SET attempts = attempts + 1 WHERE id = $id;", outboxId, null, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetValueAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM kv WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task SetValueAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO kv (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ExecuteAsync(string sql, long id, string? error, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
