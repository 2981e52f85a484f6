using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Postgres;

/// <summary>Bounded storage: pruning what is done, and forgetting a conversation.</summary>
public sealed partial class PostgresConversationStore
{
    /// <inheritdoc/>
    public Task<PruneResult> PruneAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        (string, object?)[] parameters = [("before", before.ToUniversalTime()), ("limit", (long)batchSize), ("now", now)];
        return InTransactionAsync(
            async (connection, transaction) =>
            {
                var inbox = await ExecuteAsync(connection, transaction, """
                    DELETE FROM inbox WHERE id IN (
                        SELECT id FROM inbox WHERE received_at < @before AND (applied_at IS NOT NULL OR failed_at IS NOT NULL) LIMIT @limit);
                    """, cancellationToken, parameters);
                var documents = await ExecuteAsync(connection, transaction, """
                    DELETE FROM documents WHERE id IN (
                        SELECT d.id FROM documents d WHERE d.created_at < @before AND NOT EXISTS (
                            SELECT 1 FROM outbox o WHERE o.document_id = d.id AND o.sent_at IS NULL AND o.failed_at IS NULL) LIMIT @limit);
                    """, cancellationToken, parameters);
                var outbox = await ExecuteAsync(connection, transaction, """
                    DELETE FROM outbox WHERE id IN (
                        SELECT id FROM outbox WHERE created_at < @before AND (sent_at IS NOT NULL OR failed_at IS NOT NULL) LIMIT @limit);
                    """, cancellationToken, parameters);
                var invites = await ExecuteAsync(connection, transaction, """
                    DELETE FROM invite_codes WHERE code IN (
                        SELECT code FROM invite_codes WHERE (used_at IS NOT NULL AND used_at < @before) OR expires_at < @now LIMIT @limit);
                    """, cancellationToken, parameters);
                return new PruneResult(inbox, outbox, documents, invites);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task ForgetAsync(string conversationKey, CancellationToken cancellationToken) =>
        InTransactionAsync(
            async (connection, transaction) =>
            {
                (string, object?)[] key = [("key", conversationKey)];
                await ExecuteAsync(connection, transaction, "DELETE FROM sessions WHERE conversation_key = @key;", cancellationToken, key);
                await ExecuteAsync(connection, transaction, "DELETE FROM inbox WHERE conversation_key = @key AND (applied_at IS NOT NULL OR failed_at IS NOT NULL);", cancellationToken, key);
                await ExecuteAsync(connection, transaction, "DELETE FROM documents WHERE conversation_key = @key;", cancellationToken, key);
                return await ExecuteAsync(connection, transaction, "DELETE FROM outbox WHERE conversation_key = @key;", cancellationToken, key);
            },
            cancellationToken);
}
