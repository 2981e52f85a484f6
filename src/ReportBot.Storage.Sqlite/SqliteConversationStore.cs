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
/// and its JSON are used: what SQL needs is kept in real columns written at save time. Pipeline writes go through one
/// writer (group commit, prepared statements); recent sessions are kept in a write-through cache when enabled.
/// </summary>
public sealed partial class SqliteConversationStore : IMessagePipelineStore, IDisposable
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider time;
    private readonly ILogger _logger;
    private readonly SessionCache _cache;
    private readonly IPipelineListener? _listener;
    private readonly Lock _writerGate = new();
    private SqliteWriter? _writer;

    /// <summary>A store on <paramref name="database"/>; <paramref name="options"/> turn on the session cache and the listener.</summary>
    public SqliteConversationStore(SqliteDatabase database, TimeProvider time, ILogger? logger = null, SqliteStoreOptions? options = null)
    {
        this.database = database;
        this.time = time;
        _logger = logger ?? NullLogger.Instance;
        _cache = new SessionCache(options?.SessionCacheBytes ?? 0);
        _listener = options?.Listener;
    }

    /// <summary>The writer, started on first use (a store that only reads opens no writer connection).</summary>
    private SqliteWriter Writer
    {
        get
        {
            lock (_writerGate)
            {
                return _writer ??= new SqliteWriter(database, _logger, () => LockAttempts);
            }
        }
    }

    /// <inheritdoc/>
    public async Task<ConversationState?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (_cache.Get(conversationKey) is { } cached)
        {
            return cached;
        }

        var rows = await QueryAsync(
            "SELECT version, data FROM sessions WHERE conversation_key = $key;",
            new Dictionary<string, object?> { ["$key"] = conversationKey },
            r => (Version: r.GetInt64(0), Json: r.GetString(1)),
            cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var session = SessionJson.Deserialize(rows[0].Json) with { Version = rows[0].Version };
        _cache.Put(conversationKey, session, rows[0].Json.Length);
        return session;
    }

    /// <inheritdoc/>
    public Task<bool> TrySaveAsync(string conversationKey, ConversationState session, CancellationToken cancellationToken)
    {
        var json = SessionJson.Serialize(session with { Version = 0 });
        var now = Now();
        return Writer.RunAsync(scope => Save(scope, conversationKey, session, json, now));
    }

    /// <summary>Stops the writer (what it holds is committed first).</summary>
    public void Dispose() => _writer?.Dispose();

    /// <summary>Saves in the writer's transaction; the cache follows once it committed (a conflict drops the entry).</summary>
    private bool Save(WriteScope scope, string conversationKey, ConversationState session, string json, string now)
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
        var saved = Bind(
            scope, sql,
            ("$key", conversationKey),
            ("$data", json),
            ("$now", now),
            ("$version", session.Version),
            ("$activity", session.UpdatedAt.UtcDateTime.ToString("O")),
            ("$inProgress", session.InProgress ? 1 : 0)).ExecuteNonQuery() == 1;
        scope.AfterCommit(saved
            ? () => _cache.Put(conversationKey, session with { Version = session.Version + 1 }, json.Length)
            : () => _cache.Remove(conversationKey));
        return saved;
    }

    /// <summary>The writer's prepared command for <paramref name="sql"/> with these parameter values.</summary>
    private static SqliteCommand Bind(WriteScope scope, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = scope.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private string Now() => Stamp(time.GetUtcNow());

    /// <summary>Instants as stored: UTC, round-trip format, so text order is time order.</summary>
    private static string Stamp(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
