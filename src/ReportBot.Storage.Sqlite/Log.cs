using Microsoft.Extensions.Logging;

namespace ReportBot.Storage.Sqlite;

/// <summary>The store's log events.</summary>
internal static partial class Log
{
    [LoggerMessage(101, LogLevel.Warning, "The database {Path} is locked by another writer; retrying (next wait {Delay}).")]
    public static partial void Locked(ILogger logger, string path, TimeSpan delay);

    [LoggerMessage(102, LogLevel.Information, "The database lock cleared after {Attempts} attempts.")]
    public static partial void LockCleared(ILogger logger, int attempts);
}
