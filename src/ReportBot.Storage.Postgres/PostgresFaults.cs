using System.Net.Sockets;
using Npgsql;

namespace ReportBot.Storage.Postgres;

/// <summary>Which PostgreSQL errors pass with a retry, and how to name any of them in one line without secrets.</summary>
internal static class PostgresFaults
{
    /// <summary>An error of the database or of reaching it (as opposed to a bug in the caller).</summary>
    public static bool IsDatabaseError(Exception error) =>
        error is NpgsqlException or SocketException or IOException or TimeoutException;

    /// <summary>
    /// Worth another attempt: a serialization failure or a deadlock (the transaction is rolled back whole), or the
    /// server not reachable for a moment (a restart, a failover, a full pool).
    /// </summary>
    public static bool IsTransient(Exception error) => error switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections,
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => error is TimeoutException,
    };

    /// <summary>The cause in words: the server's message and SQLSTATE, or the network error; no connection string.</summary>
    public static string Describe(Exception error) => error switch
    {
        PostgresException pg => $"{pg.MessageText.TrimEnd('.')} (SQLSTATE {pg.SqlState})",
        NpgsqlException { InnerException: { } inner } npgsql => $"{npgsql.Message.TrimEnd('.')}: {inner.Message.TrimEnd('.')}",
        _ => error.Message.TrimEnd('.'),
    };
}
