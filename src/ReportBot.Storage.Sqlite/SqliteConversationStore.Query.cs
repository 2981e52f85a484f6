using Microsoft.Data.Sqlite;

namespace ReportBot.Storage.Sqlite;

/// <summary>The one way this store reads rows: a parameterised query mapped row by row.</summary>
public sealed partial class SqliteConversationStore
{
    private async Task<List<T>> QueryAsync<T>(
        string sql, IReadOnlyDictionary<string, object?> parameters, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
