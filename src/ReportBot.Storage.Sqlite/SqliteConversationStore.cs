using Microsoft.Data.Sqlite;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite;

/// <summary>
/// Sessions, inbox and outbox in one SQLite file. Sessions are saved with an optimistic version check; a turn's
/// session, "applied" mark and replies are committed in one transaction.
/// </summary>
public sealed partial class SqliteConversationStore(SqliteDatabase database, TimeProvider time) : IMessagePipelineStore
{
    /// <inheritdoc/>
    public async Task<ConversationState?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            "SELECT version, data FROM sessions WHERE conversation_key = $key;",
            new Dictionary<string, object?> { ["$key"] = conversationKey },
            r => SessionJson.Deserialize(r.GetString(1)) with { Version = r.GetInt64(0) },
            cancellationToken);
        return rows.SingleOrDefault();
    }

    /// <inheritdoc/>
    public async Task<bool> TrySaveAsync(string conversationKey, ConversationState session, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await SaveAsync(connection, null, conversationKey, session, cancellationToken);
    }

    private async Task<bool> SaveAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string conversationKey, ConversationState session, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = session.Version == 0
            ? """
              INSERT INTO sessions (conversation_key, version, data, updated_at, last_activity) VALUES ($key, 1, $data, $now, $activity)
              ON CONFLICT (conversation_key) DO NOTHING;
              """
            : """
              UPDATE sessions SET version = version + 1, data = $data, updated_at = $now, last_activity = $activity
              WHERE conversation_key = $key AND version = $version;
              """;
        command.Parameters.AddWithValue("$key", conversationKey);
        command.Parameters.AddWithValue("$data", SessionJson.Serialize(session with { Version = 0 }));
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$version", session.Version);
        command.Parameters.AddWithValue("$activity", session.UpdatedAt.UtcDateTime.ToString("O"));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private string Now() => time.GetUtcNow().ToString("O");
}
