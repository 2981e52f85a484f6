using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Postgres;

/// <summary>
/// Sessions, inbox, outbox, documents and access in PostgreSQL, for several bot processes at once. The same
/// guarantees as the SQLite store: a turn's session (optimistic version check), its replies and the update's
/// "applied" mark in one transaction; redelivered updates (same id and fingerprint) skipped by a unique index, also
/// when two processes receive them at the same moment. Sessions are not cached: another process may have changed
/// one since. Work on a conversation or a chat is claimed with advisory locks (<see cref="ISharedPipelineStore"/>).
/// </summary>
public sealed partial class PostgresConversationStore : ISharedPipelineStore
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IPipelineListener? _listener;

    /// <summary>A store on <paramref name="database"/>; <paramref name="listener"/> hears of rows this process committed.</summary>
    public PostgresConversationStore(PostgresDatabase database, TimeProvider time, ILogger? logger = null, IPipelineListener? listener = null)
    {
        _database = database;
        _time = time;
        _logger = logger ?? NullLogger.Instance;
        _listener = listener;
    }

    /// <summary>How many attempts an operation gets while the server cannot be reached (backoff up to 2 s: about a minute).</summary>
    public int Attempts { get; init; } = 35;

    /// <inheritdoc/>
    public async Task<ConversationState?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            "SELECT version, data FROM sessions WHERE conversation_key = @key;",
            r => (Version: r.GetInt64(0), Json: r.GetString(1)),
            cancellationToken,
            ("key", conversationKey));
        return rows.Count == 0 ? null : SessionJson.Deserialize(rows[0].Json) with { Version = rows[0].Version };
    }

    /// <inheritdoc/>
    public Task<bool> TrySaveAsync(string conversationKey, ConversationState session, CancellationToken cancellationToken)
    {
        var json = SessionJson.Serialize(session with { Version = 0 });
        var now = _time.GetUtcNow();
        return InTransactionAsync((connection, transaction) => SaveAsync(connection, transaction, conversationKey, session, json, now, cancellationToken), cancellationToken);
    }

    /// <summary>Saves with the version check; false when the stored version moved on (or a first save lost a race).</summary>
    private static async Task<bool> SaveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string key, ConversationState session, string json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sql = session.Version == 0
            ? """
              INSERT INTO sessions (conversation_key, version, data, updated_at, last_activity, in_progress)
              VALUES (@key, 1, @data, @now, @activity, @inProgress)
              ON CONFLICT (conversation_key) DO NOTHING;
              """
            : """
              UPDATE sessions SET version = version + 1, data = @data, updated_at = @now, last_activity = @activity, in_progress = @inProgress
              WHERE conversation_key = @key AND version = @version;
              """;
        return await ExecuteAsync(
            connection, transaction, sql, cancellationToken,
            ("key", key),
            ("data", json),
            ("now", now),
            ("version", session.Version),
            ("activity", session.UpdatedAt.ToUniversalTime()),
            ("inProgress", session.InProgress)) == 1;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value is null
                ? new NpgsqlParameter(name, NpgsqlDbType.Unknown) { Value = DBNull.Value }
                : new NpgsqlParameter(name, value));
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    private static async Task<List<T>> ReadAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
