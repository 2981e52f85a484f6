using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite;

/// <summary>Sessions in SQLite, one row per conversation, saved with an optimistic version check.</summary>
public sealed class SqliteSessionStore(SqliteDatabase database, TimeProvider time) : ISessionStore
{
    /// <inheritdoc/>
    public async Task<InterviewSession?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, data FROM sessions WHERE conversation_key = $key;";
        command.Parameters.AddWithValue("$key", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return SessionJson.Deserialize(reader.GetString(1)) with { Version = reader.GetInt64(0) };
    }

    /// <inheritdoc/>
    public async Task<bool> TrySaveAsync(string conversationKey, InterviewSession session, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = session.Version == 0
            ? """
              INSERT INTO sessions (conversation_key, version, data, updated_at) VALUES ($key, 1, $data, $now)
              ON CONFLICT (conversation_key) DO NOTHING;
              """
            : """
              UPDATE sessions SET version = version + 1, data = $data, updated_at = $now
              WHERE conversation_key = $key AND version = $version;
              """;
        command.Parameters.AddWithValue("$key", conversationKey);
        command.Parameters.AddWithValue("$data", SessionJson.Serialize(session with { Version = 0 }));
        command.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O"));
        command.Parameters.AddWithValue("$version", session.Version);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
