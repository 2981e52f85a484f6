using Microsoft.Data.Sqlite;

namespace ReportBot.Storage.Sqlite;

/// <summary>Which SQLite errors pass (a lock held by another writer) and how to name the others in one line.</summary>
internal static class SqliteFaults
{
    private const int Busy = 5;
    private const int Locked = 6;

    /// <summary>SQLITE_BUSY or SQLITE_LOCKED: another connection holds the write lock; waiting helps.</summary>
    public static bool IsTransient(Exception error) =>
        error is SqliteException { SqliteErrorCode: Busy or Locked };

    /// <summary>The cause in words, without a stack trace.</summary>
    public static string Describe(Exception error) => error switch
    {
        SqliteException sqlite => $"{sqlite.Message.TrimEnd('.')} (SQLite error {sqlite.SqliteErrorCode}/{sqlite.SqliteExtendedErrorCode})",
        _ => error.Message.TrimEnd('.'),
    };
}
