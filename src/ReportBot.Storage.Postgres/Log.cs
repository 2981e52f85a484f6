using Microsoft.Extensions.Logging;

namespace ReportBot.Storage.Postgres;

/// <summary>The store's log events.</summary>
internal static partial class Log
{
    [LoggerMessage(111, LogLevel.Warning, "The database {Name} failed for a moment ({Cause}); retrying (next wait {Delay}).")]
    public static partial void Retrying(ILogger logger, string name, string cause, TimeSpan delay);

    [LoggerMessage(112, LogLevel.Information, "The database {Name} answered again after {Attempts} attempts.")]
    public static partial void Recovered(ILogger logger, string name, int attempts);
}
