using Npgsql;
using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Postgres;

/// <summary>The outbox, its documents, and the transport's small named values.</summary>
public sealed partial class PostgresConversationStore
{
    private const string PendingOutboxColumns = "id, channel_key, payload, attempts, document_id";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<OutboxItem>> PendingOutboxAsync(string? channelKey, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            channelKey is null
                ? $"SELECT {PendingOutboxColumns} FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL ORDER BY id LIMIT @limit;"
                : $"SELECT {PendingOutboxColumns} FROM outbox WHERE channel_key = @channel AND sent_at IS NULL AND failed_at IS NULL ORDER BY id LIMIT @limit;",
            r => new OutboxItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3)) { DocumentId = r.IsDBNull(4) ? null : r.GetInt64(4) },
            cancellationToken,
            ("channel", channelKey), ("limit", (long)limit));

    /// <inheritdoc/>
    public async Task<StoredDocument?> LoadDocumentAsync(long documentId, CancellationToken cancellationToken) =>
        (await QueryAsync(
            "SELECT file_name, content FROM documents WHERE id = @id;",
            r => new StoredDocument(r.GetString(0), (byte[])r.GetValue(1)),
            cancellationToken,
            ("id", documentId))).SingleOrDefault();

    /// <inheritdoc/>
    public Task MarkSentAsync(long outboxId, CancellationToken cancellationToken) =>
        FinishAsync("UPDATE outbox SET sent_at = @now, attempts = attempts + 1 WHERE id = @id;", outboxId, null, cancellationToken);

    /// <inheritdoc/>
    public Task MarkFailedAsync(long outboxId, string error, CancellationToken cancellationToken) =>
        FinishAsync("UPDATE outbox SET failed_at = @now, error = @error, attempts = attempts + 1 WHERE id = @id;", outboxId, error, cancellationToken);

    /// <inheritdoc/>
    public Task RecordAttemptAsync(long outboxId, CancellationToken cancellationToken) =>
        InTransactionAsync(
            (connection, transaction) => ExecuteAsync(connection, transaction, "UPDATE outbox SET attempts = attempts + 1 WHERE id = @id;", cancellationToken, ("id", outboxId)),
            cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetValueAsync(string key, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT value FROM kv WHERE key = @key;", r => r.GetString(0), cancellationToken, ("key", key))).SingleOrDefault();

    /// <inheritdoc/>
    public Task SetValueAsync(string key, string value, CancellationToken cancellationToken) =>
        InTransactionAsync((connection, transaction) => SetValueAsync(connection, transaction, key, value, cancellationToken), cancellationToken);

    private static Task<int> SetValueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, string value, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection, transaction,
            "INSERT INTO kv (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
            cancellationToken,
            ("key", key), ("value", value));

    /// <summary>Marks an outbox row done and deletes its document in the same transaction: a sent file is not kept.</summary>
    private Task<int> FinishAsync(string sql, long outboxId, string? error, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        return InTransactionAsync(
            async (connection, transaction) =>
            {
                await ExecuteAsync(connection, transaction, sql, cancellationToken, ("id", outboxId), ("now", now), ("error", error));
                return await ExecuteAsync(
                    connection, transaction, "DELETE FROM documents WHERE id = (SELECT document_id FROM outbox WHERE id = @id);", cancellationToken, ("id", outboxId));
            },
            cancellationToken);
    }
}
