using Microsoft.Data.Sqlite;
using ReportBot.Core.Conversations;
using ReportBot.Storage.Sqlite;

namespace ReportBot.Storage.Tests;

/// <summary>The store contract on a SQLite file in a temporary folder.</summary>
public sealed class SqliteStoreContractTests : StoreContract
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("reportbot-contract-");
    private readonly List<IDisposable> _opened = [];

    private string Path => System.IO.Path.Combine(_directory.FullName, "reportbot.db");

    protected override IMessagePipelineStore Open() => Track(new SqliteConversationStore(new SqliteDatabase(Path), Time));

    protected override IMessagePipelineStore Open(IPipelineListener listener) =>
        Track(new SqliteConversationStore(new SqliteDatabase(Path), Time, null, new SqliteStoreOptions { Listener = listener }));

    protected override object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public override void Dispose()
    {
        _opened.ForEach(s => s.Dispose());
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
        base.Dispose();
    }

    private SqliteConversationStore Track(SqliteConversationStore store)
    {
        _opened.Add(store);
        return store;
    }
}
