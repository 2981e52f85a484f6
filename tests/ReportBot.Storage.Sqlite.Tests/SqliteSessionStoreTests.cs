using System.Collections.Immutable;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Answers;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite.Tests;

/// <summary>The SQLite file itself; saving and reading sessions is the store contract in ReportBot.Storage.Tests.</summary>
public sealed class SqliteConversationStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    [Fact]
    public void A_new_file_is_migrated_to_the_latest_schema_in_wal_mode()
    {
        var database = _database.Open();
        using var connection = database.Open();
        Assert.Equal(Migrations.Latest, Migrations.Version(connection));
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }
}
