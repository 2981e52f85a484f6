using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Sqlite;

/// <summary>The outbox, its documents, and the transport's small named values.</summary>
public sealed partial class SqliteConversationStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<OutboxItem>> PendingOutboxAsync(string? channelKey, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            channelKey is null ? PipelineQueries.PendingOutbox : PipelineQueries.PendingOutboxOf,
            new Dictionary<string, object?> { ["$channel"] = channelKey, ["$limit"] = limit },
            r => new OutboxItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3)) { DocumentId = r.IsDBNull(4) ? null : r.GetInt64(4) },
            cancellationToken);

    /// <inheritdoc/>
    public async Task<StoredDocument?> LoadDocumentAsync(long documentId, CancellationToken cancellationToken) =>
        (await QueryAsync(
            "SELECT file_name, content FROM documents WHERE id = $id;",
            new Dictionary<string, object?> { ["$id"] = documentId },
            r => new StoredDocument(r.GetString(0), (byte[])r.GetValue(1)),
            cancellationToken)).SingleOrDefault();

    /// <inheritdoc/>
    public Task MarkSentAsync(long outboxId, CancellationToken cancellationToken) =>
        FinishAsync("UPDATE outbox SET sent_at = $now, attempts = attempts + 1 WHERE id = $id;", outboxId, null);

    /// <inheritdoc/>
    public Task MarkFailedAsync(long outboxId, string error, CancellationToken cancellationToken) =>
        FinishAsync("UPDATE outbox SET failed_at = $now, error = $error, attempts = attempts + 1 WHERE id = $id;", outboxId, error);

    /// <inheritdoc/>
    public Task RecordAttemptAsync(long outboxId, CancellationToken cancellationToken) =>
        Writer.RunAsync(scope => Bind(scope, "UPDATE outbox SET attempts = attempts + 1 WHERE id = $id;", ("$id", outboxId)).ExecuteNonQuery());

    /// <inheritdoc/>
    public async Task<string?> GetValueAsync(string key, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT value FROM kv WHERE key = $key;", new Dictionary<string, object?> { ["$key"] = key }, r => r.GetString(0), cancellationToken))
            .SingleOrDefault();

    /// <inheritdoc/>
    public Task SetValueAsync(string key, string value, CancellationToken cancellationToken) =>
        Writer.RunAsync(scope => SetValue(scope, key, value));

    private static int SetValue(WriteScope scope, string key, string value) =>
        Bind(
            scope,
            "INSERT INTO kv (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
            ("$key", key),
            ("$value", value)).ExecuteNonQuery();

    /// <summary>Marks an outbox row done and deletes its document in the same transaction: a sent file is not kept.</summary>
    private Task<bool> FinishAsync(string sql, long outboxId, string? error)
    {
        var now = Now();
        return Writer.RunAsync(scope =>
        {
            Bind(scope, sql, ("$id", outboxId), ("$now", now), ("$error", error)).ExecuteNonQuery();
            Bind(scope, "DELETE FROM documents WHERE id = (SELECT document_id FROM outbox WHERE id = $id);", ("$id", outboxId)).ExecuteNonQuery();
            return true;
        });
    }
}
