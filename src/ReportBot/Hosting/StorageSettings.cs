using Microsoft.Extensions.Configuration;
using ReportBot.Storage.Sqlite;

namespace ReportBot.Cli.Hosting;

/// <summary>Settings of section <c>Storage</c> beyond the path: lock waits, durability of a commit, the session cache.</summary>
public sealed record StorageSettings
{
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
        BusyTimeoutMilliseconds = configuration.GetValue("Storage:BusyTimeoutMilliseconds", 5000),
        Synchronous = configuration.GetValue("Storage:Synchronous", nameof(SqliteSynchronous.Normal))!,
        SessionCacheMegabytes = configuration.GetValue("Storage:SessionCacheMegabytes", 16),
    };

    /// <summary>What is wrong with the settings, or null.</summary>
    public string? Problem() =>
        !Enum.TryParse<SqliteSynchronous>(Synchronous, ignoreCase: true, out var mode) || !Enum.IsDefined(mode) ? "Storage:Synchronous 应为 Normal 或 Full。"
        : SessionCacheMegabytes is < 0 or > 4096 ? "Storage:SessionCacheMegabytes 应在 0 到 4096 之间。"
        : BusyTimeoutMilliseconds < 0 ? "Storage:BusyTimeoutMilliseconds 不能为负数。"
        : null;
}
