using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite;

/// <summary>
/// Sessions, inbox, outbox, documents and access in one SQLite file. Sessions are saved with an optimistic version
/// check; a turn's session, "applied" mark and replies are committed in one transaction. Of the session only
/// <see cref="ConversationState.Version"/>, <see cref="ConversationState.UpdatedAt"/>, <see cref="ConversationState.InProgress"/>
/// and its JSON are used: what SQL needs is kept in real columns written at save time.
/// </summary>
public sealed partial class SqliteConversationStore(SqliteDatabase database, TimeProvider time, ILogger? logger = null) : IMessagePipelineStore
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

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
    public Task<bool> TrySaveAsync(string conversationKey, ConversationState session, CancellationToken cancellationToken) =>
        RunAsync(connection => SaveAsync(connection, null, conversationKey, session, cancellationToken), cancellationToken);

    private async Task<bool> SaveAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string conversationKey, ConversationState session, CancellationToken cancellationToken)
    {
        var sql = session.Version == 0
            ? """
              INSERT INTO sessions (conversation_key, version, data, updated_at, last_activity, in_progress)
              VALUES ($key, 1, $data, $now, $activity, $inProgress)
              ON CONFLICT (conversation_key) DO NOTHING;
              """
            : """
              UPDATE sessions SET version = version + 1, data = $data, updated_at = $now, last_activity = $activity, in_progress = $inProgress
              WHERE conversation_key = $key AND version = $version;
              """;
        return await ExecuteAsync(connection, transaction, sql, new Dictionary<string, object?>
        {
            ["$key"] = conversationKey,
            ["$data"] = SessionJson.Serialize(session with { Version = 0 }),
            ["$now"] = Now(),
            ["$version"] = session.Version,
            ["$activity"] = session.UpdatedAt.UtcDateTime.ToString("O"),
            ["$inProgress"] = session.InProgress ? 1 : 0,
        }, cancellationToken) == 1;
    }

    private string Now() => Stamp(time.GetUtcNow());

    /// <summary>Instants as stored: UTC, round-trip format, so text order is time order.</summary>
    private static string Stamp(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
