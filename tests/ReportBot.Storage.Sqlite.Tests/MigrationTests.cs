using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private SqliteConnection OpenRaw()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.Path)!);
        var connection = new SqliteConnection($"Data Source={_database.Path}");
        connection.Open();
        return connection;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_database_of_an_earlier_schema_is_migrated_at_start_and_keeps_its_sessions(int fromVersion)
    {
        // A session as the first release stored it: one flat record.
        const string session = """
            {"templateId":"ideology","templateVersion":1,"phase":"Asking","position":7,
             "answers":{"unit":{"skipped":false,"text":"红旗街道"}},"history":[5,6],"pendingItems":[],"pendingPairs":[],
             "failures":0,"returnPhase":"Asking","resumePosition":0,"newAfterCancel":false,"step":12,"version":0,
             "updatedAt":"2026-10-01T00:00:00+00:00","reports":[],"previousAnswers":{},"fillingGaps":false,"remindersAllowed":false}
            """;
        using (var connection = OpenRaw())
        {
            Migrations.Apply(connection, target: fromVersion);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO sessions (conversation_key, version, data, updated_at) VALUES ('tg:1', 4, $data, '2026-10-01');";
            insert.Parameters.AddWithValue("$data", session);
            insert.ExecuteNonQuery();
            Assert.Equal(fromVersion, Migrations.Version(connection));
        }

        SqliteConnection.ClearAllPools();
        var store = new SqliteConversationStore(_database.Open(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero)));
        var loaded = await store.LoadAsync("tg:1", CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal(4, loaded.Version);
        Assert.Equal(Phase.Asking, loaded.Phase);
        Assert.Equal(7, loaded.Interview!.Position);
        Assert.Equal("红旗街道", loaded.Interview.Answers["unit"].Text);
        Assert.Equal(["tg:1"], await store.IdleConversationsAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), 10, CancellationToken.None));
        await store.AddToInboxAsync([new InboxItem(1, "tg:1", "{}")], CancellationToken.None);
        Assert.Single(await store.PendingInboxAsync(null, 10, CancellationToken.None));
        using var check = _database.Open().Open();
        Assert.Equal(Migrations.Latest, Migrations.Version(check));
    }
}
