using Npgsql;
using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Postgres;

/// <summary>
/// Claims as session-level advisory locks, each on a connection of its own held while the claim lasts: the server
/// releases the lock when the connection closes, so a process that dies (SIGKILL, OOM, a lost network) leaves no claim
/// behind for the others to wait out. Keys are hashed to the lock's second number; two keys sharing a hash only
/// take turns.
/// </summary>
public sealed partial class PostgresConversationStore
{
    /// <inheritdoc/>
    public Task<IAsyncDisposable?> TryClaimAsync(WorkKind kind, string key, CancellationToken cancellationToken) =>
        RetryAsync<IAsyncDisposable?>(
            async () =>
            {
                var connection = await _database.OpenAsync(cancellationToken);
                try
                {
                    if (await ScalarAsync(connection, null, "SELECT pg_try_advisory_lock(@kind, hashtext(@key));", cancellationToken, ("kind", (int)kind), ("key", key)) is true)
                    {
                        return new Claim(connection, (int)kind, key);
                    }
                }
                catch
                {
                    await connection.DisposeAsync();
                    throw;
                }

                await connection.DisposeAsync();
                return null;
            },
            cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> KeysWithPendingWorkAsync(WorkKind kind, int limit, CancellationToken cancellationToken, DateTimeOffset? receivedBefore = null) =>
        await QueryAsync(
            kind switch
            {
                WorkKind.Inbox => """
                    SELECT conversation_key FROM inbox WHERE applied_at IS NULL AND failed_at IS NULL
                    GROUP BY conversation_key HAVING min(received_at) < @before ORDER BY min(id) LIMIT @limit;
                    """,
                WorkKind.Outbox => """
                    SELECT channel_key FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL
                    GROUP BY channel_key HAVING min(created_at) < @before ORDER BY min(id) LIMIT @limit;
                    """,
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only inbox and outbox work is pending in rows."),
            },
            r => r.GetString(0),
            cancellationToken,
            ("limit", (long)limit), ("before", (receivedBefore ?? DateTimeOffset.MaxValue).ToUniversalTime()));

    /// <summary>A held advisory lock and the connection that holds it.</summary>
    private sealed class Claim(NpgsqlConnection connection, int kind, string key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(@kind, hashtext(@key));", CancellationToken.None, ("kind", kind), ("key", key));
            }
            catch (Exception error) when (PostgresFaults.IsDatabaseError(error))
            {
                // The connection is gone, and the lock with it: nothing is left to release.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
