using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReportBot.LoadTest;

/// <summary>
/// Fills a bot's database with earlier traffic: the rows of one real interview (handled updates, sent replies, the
/// finished session) copied under new chats until the inbox holds the wanted number of updates. The copy goes by the
/// tables' own columns, so it works on any schema version that has these tables. The bot must not be running.
/// </summary>
internal static class HistoryBuilder
{
    private const long FirstChat = 50_000_000;

    /// <summary>Copies the rows of <paramref name="seedChat"/> until the inbox has <paramref name="updates"/> rows; returns the counts.</summary>
    public static (long Inbox, long Outbox, long Sessions, long Bytes) Fill(string database, long seedChat, int updates)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        var seedKey = "tg:" + seedChat.ToString(CultureInfo.InvariantCulture);
        var perCopy = Scalar(connection, "SELECT count(*) FROM inbox WHERE conversation_key = $seed AND applied_at IS NOT NULL;", seedKey);
        if (perCopy == 0)
        {
            throw new InvalidOperationException($"No handled updates of {seedKey} to copy.");
        }

        var copies = (int)Math.Ceiling(Math.Max(0, updates - Scalar(connection, "SELECT count(*) FROM inbox;", null)) / (double)perCopy);
        using (var transaction = connection.BeginTransaction())
        {
            var statements = new[]
            {
                Copy(connection, "inbox", "conversation_key = $seed AND applied_at IS NOT NULL", new Dictionary<string, string>
                {
                    ["update_id"] = "update_id + $copy * 1000",
                    ["conversation_key"] = "'tg:' || $chat",
                    ["fingerprint"] = "'h' || $copy || ':' || fingerprint",
                }),
                Copy(connection, "outbox", Has(connection, "outbox", "sent_at") ? "conversation_key = $seed AND sent_at IS NOT NULL" : "0", new Dictionary<string, string>
                {
                    ["channel_key"] = "CAST($chat AS TEXT)",
                    ["conversation_key"] = "'tg:' || $chat",
                    ["document_id"] = "NULL",
                }),
                Copy(connection, "sessions", "conversation_key = $seed", new Dictionary<string, string> { ["conversation_key"] = "'tg:' || $chat" }),
            };
            for (var copy = 1; copy <= copies; copy++)
            {
                foreach (var statement in statements)
                {
                    statement.Transaction = transaction;
                    statement.Parameters["$copy"].Value = copy;
                    statement.Parameters["$chat"].Value = FirstChat + copy;
                    statement.Parameters["$seed"].Value = seedKey;
                    statement.ExecuteNonQuery();
                }
            }

            transaction.Commit();
            foreach (var statement in statements)
            {
                statement.Dispose();
            }
        }

        using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        return (
            Scalar(connection, "SELECT count(*) FROM inbox;", null),
            Scalar(connection, "SELECT count(*) FROM outbox;", null),
            Scalar(connection, "SELECT count(*) FROM sessions;", null),
            new FileInfo(database).Length);
    }

    /// <summary>
    /// Copies the session of <paramref name="seedChat"/> (an interview in progress) under <paramref name="count"/> new
    /// chats, the first being <see cref="FirstChat"/> + 1: stored interviews whose users have not written since.
    /// Returns the chats.
    /// </summary>
    public static IReadOnlyList<long> CopySession(string database, long seedChat, int count)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        var seedKey = "tg:" + seedChat.ToString(CultureInfo.InvariantCulture);
        if (Scalar(connection, "SELECT count(*) FROM sessions WHERE conversation_key = $seed AND in_progress = 1;", seedKey) != 1)
        {
            throw new InvalidOperationException($"No interview in progress in {seedKey} to copy.");
        }

        using (var transaction = connection.BeginTransaction())
        {
            using var copy = Copy(connection, "sessions", "conversation_key = $seed", new Dictionary<string, string> { ["conversation_key"] = "'tg:' || $chat" });
            copy.Transaction = transaction;
            copy.Parameters["$seed"].Value = seedKey;
            copy.Parameters["$copy"].Value = 0;
            for (var i = 1; i <= count; i++)
            {
                copy.Parameters["$chat"].Value = FirstChat + i;
                copy.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        return [.. Enumerable.Range(1, count).Select(i => FirstChat + i)];
    }

    /// <summary>INSERT INTO table (every column but the row id) SELECT (the same, some replaced) FROM table WHERE filter.</summary>
    private static SqliteCommand Copy(SqliteConnection connection, string table, string filter, Dictionary<string, string> replaced)
    {
        var columns = Columns(connection, table).Where(c => c != "id").ToList();
        var command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", columns.Select(c => replaced.GetValueOrDefault(c, c)))} FROM {table} WHERE {filter};";
        command.Parameters.Add("$copy", SqliteType.Integer);
        command.Parameters.Add("$chat", SqliteType.Integer);
        command.Parameters.Add("$seed", SqliteType.Text);
        return command;
    }

    private static bool Has(SqliteConnection connection, string table, string column) => Columns(connection, table).Contains(column);

    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}');";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static long Scalar(SqliteConnection connection, string sql, string? seed)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (seed is not null)
        {
            command.Parameters.AddWithValue("$seed", seed);
        }

        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
