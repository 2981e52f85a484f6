using Microsoft.Extensions.Configuration;
using ReportBot.Storage.Sqlite;

namespace ReportBot.Cli.Hosting;

/// <summary>Which database holds sessions, inbox and outbox (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file (<c>Storage:Path</c>): one bot process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (<c>Storage:ConnectionString</c>): one or several bot processes.</summary>
    Postgres,
}

/// <summary>
/// Settings of section <c>Storage</c>: the provider and, for PostgreSQL, the connection string; for SQLite lock waits,
/// durability of a commit and the session cache.
/// </summary>
public sealed record StorageSettings
{
    /// <summary>The provider as written (<c>Sqlite</c> by default).</summary>
    public string Provider { get; init; } = nameof(StorageProvider.Sqlite);

    /// <summary>The Npgsql connection string for <see cref="StorageProvider.Postgres"/> (from the environment or user-secrets when it holds a password).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The provider, parsed (SQLite when it is not one; <see cref="Problem"/> says so).</summary>
    public StorageProvider ProviderKind =>
        Enum.TryParse<StorageProvider>(Provider, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider : StorageProvider.Sqlite;

    /// <summary>How long one attempt waits for another writer's lock.</summary>
    public int BusyTimeoutMilliseconds { get; init; } = 5000;

    /// <summary>What a commit survives: Normal (a killed process) or Full (also a power cut); see <see cref="SqliteSynchronous"/>.</summary>
    public string Synchronous { get; init; } = nameof(SqliteSynchronous.Normal);

    /// <summary>Memory for recently used sessions (approximate, in MB of their stored form); 0 reads every session from the file.</summary>
    public int SessionCacheMegabytes { get; init; } = 16;

    /// <summary>The durability setting, parsed.</summary>
    public SqliteSynchronous SynchronousMode =>
        Enum.TryParse<SqliteSynchronous>(Synchronous, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : SqliteSynchronous.Normal;

    /// <summary>Reads section <c>Storage</c>.</summary>
    public static StorageSettings From(IConfiguration configuration) => new()
    {
        Provider = configuration.GetValue("Storage:Provider", nameof(StorageProvider.Sqlite))!,
        ConnectionString = configuration["Storage:ConnectionString"],
        BusyTimeoutMilliseconds = configuration.GetValue("Storage:BusyTimeoutMilliseconds", 5000),
        Synchronous = configuration.GetValue("Storage:Synchronous", nameof(SqliteSynchronous.Normal))!,
        SessionCacheMegabytes = configuration.GetValue("Storage:SessionCacheMegabytes", 16),
    };

    /// <summary>What is wrong with the settings, or null.</summary>
    public string? Problem() =>
        !Enum.TryParse<StorageProvider>(Provider, ignoreCase: true, out var provider) || !Enum.IsDefined(provider) ? "Storage:Provider 应为 Sqlite 或 Postgres。"
        : provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString)
            ? "Storage:Provider 为 Postgres 时须设置 Storage:ConnectionString（建议用环境变量 Storage__ConnectionString 或 user-secrets，其中含密码）。"
        : !Enum.TryParse<SqliteSynchronous>(Synchronous, ignoreCase: true, out var mode) || !Enum.IsDefined(mode) ? "Storage:Synchronous 应为 Normal 或 Full。"
        : SessionCacheMegabytes is < 0 or > 4096 ? "Storage:SessionCacheMegabytes 应在 0 到 4096 之间。"
        : BusyTimeoutMilliseconds < 0 ? "Storage:BusyTimeoutMilliseconds 不能为负数。"
        : null;
}
