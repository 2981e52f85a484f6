using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Sqlite;

/// <summary>Bounded storage: pruning what is done, and forgetting a conversation.</summary>
public sealed partial class SqliteConversationStore
{
    /// <inheritdoc/>
    public Task<PruneResult> PruneAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken) =>
        RunAsync(
            async connection =>
            {
                var parameters = new Dictionary<string, object?> { ["$before"] = Stamp(before), ["$limit"] = batchSize, ["$now"] = Now() };
                await using var transaction = connection.BeginTransaction();
                var inbox = await ExecuteAsync(connection, transaction, """
                    DELETE FROM inbox WHERE id IN (
                        SELECT id FROM inbox WHERE received_at < $before AND (applied_at IS NOT NULL OR failed_at IS NOT NULL) LIMIT $limit);
                    """, parameters, cancellationToken);
                var documents = await ExecuteAsync(connection, transaction, """
                    DELETE FROM documents WHERE id IN (
                        SELECT d.id FROM documents d WHERE d.created_at < $before AND NOT EXISTS (
                            SELECT 1 FROM outbox o WHERE o.document_id = d.id AND o.sent_at IS NULL AND o.failed_at IS NULL) LIMIT $limit);
                    """, parameters, cancellationToken);
                var outbox = await ExecuteAsync(connection, transaction, """
                    DELETE FROM outbox WHERE id IN (
                        SELECT id FROM outbox WHERE created_at < $before AND (sent_at IS NOT NULL OR failed_at IS NOT NULL) LIMIT $limit);
                    """, parameters, cancellationToken);
                var invites = await ExecuteAsync(connection, transaction, """
                    DELETE FROM invite_codes WHERE code IN (
                        SELECT code FROM invite_codes WHERE (used_at IS NOT NULL AND used_at < $before) OR expires_at < $now LIMIT $limit);
                    """, parameters, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new PruneResult(inbox, outbox, documents, invites);
            },
            cancellationToken);

    /// <inheritdoc/>
    public Task ForgetAsync(string conversationKey, CancellationToken cancellationToken) =>
        RunAsync(
            async connection =>
            {
                var parameters = new Dictionary<string, object?> { ["$key"] = conversationKey };
                await using var transaction = connection.BeginTransaction();
                await ExecuteAsync(connection, transaction, "DELETE FROM sessions WHERE conversation_key = $key;", parameters, cancellationToken);
                await ExecuteAsync(connection, transaction, "DELETE FROM inbox WHERE conversation_key = $key AND (applied_at IS NOT NULL OR failed_at IS NOT NULL);", parameters, cancellationToken);
                await ExecuteAsync(connection, transaction, "DELETE FROM documents WHERE conversation_key = $key;", parameters, cancellationToken);
                await ExecuteAsync(connection, transaction, "DELETE FROM outbox WHERE conversation_key = $key;", parameters, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                _cache.Remove(conversationKey);
            },
            cancellationToken);
}
