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
        Assert.Equal(["tg:1"], await store.IdleConversationsAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), null, 10, CancellationToken.None));
        await store.AddToInboxAsync([new InboxItem(1, "tg:1", "{}")], CancellationToken.None);
        Assert.Single(await store.PendingInboxAsync(null, 10, CancellationToken.None));
        using var check = _database.Open().Open();
        Assert.Equal(Migrations.Latest, Migrations.Version(check));
    }

    [Fact]
    public async Task A_version_3_database_keeps_its_pending_updates_replies_and_idle_interviews()
    {
        // Sessions as a version-3 database holds them: the first release's flat layout.
        const string asking = """{"templateId":"ideology","phase":"Asking","updatedAt":"2026-10-01T00:00:00+00:00"}""";
        const string finished = """{"templateId":"ideology","phase":"Finished","updatedAt":"2026-10-01T00:00:00+00:00"}""";
        using (var connection = OpenRaw())
        {
            Migrations.Apply(connection, target: 3);
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO sessions (conversation_key, version, data, updated_at, last_activity) VALUES
                    ('tg:1', 2, $asking, '2026-10-01', '2026-10-01T00:00:00.0000000Z'),
                    ('tg:2', 2, $finished, '2026-10-01', '2026-10-01T00:00:00.0000000Z');
                INSERT INTO inbox (update_id, conversation_key, payload, received_at, applied_at) VALUES
                    (7, 'tg:1', 'applied', '2026-11-28T00:00:00.0000000+00:00', '2026-11-28T00:00:01.0000000+00:00'),
                    (8, 'tg:1', 'pending', '2026-11-28T00:00:02.0000000+00:00', NULL);
                INSERT INTO outbox (channel_key, payload, created_at) VALUES ('1', 'unsent reply', '2026-11-28T00:00:01.0000000+00:00');
                """;
            insert.Parameters.AddWithValue("$asking", asking);
            insert.Parameters.AddWithValue("$finished", finished);
            insert.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var store = new SqliteConversationStore(_database.Open(), time);
        var pending = Assert.Single(await store.PendingInboxAsync(null, 10, CancellationToken.None));
        Assert.Equal((8L, "pending"), (pending.UpdateId, pending.Payload));
        Assert.Equal(["unsent reply"], (await store.PendingOutboxAsync(null, 10, CancellationToken.None)).Select(o => o.Payload));
        Assert.Equal(["tg:1"], await store.IdleConversationsAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), null, 10, CancellationToken.None));

        // Within Telegram's redelivery window an old row (no fingerprint) still recognises its id; a week later it does not.
        Assert.Empty(await store.AddToInboxAsync([new InboxItem(7, "tg:1", "again") { Fingerprint = "m:1" }], CancellationToken.None));
        time.Advance(TimeSpan.FromDays(7));
        Assert.Equal([7L], await store.AddToInboxAsync([new InboxItem(7, "tg:1", "restarted ids") { Fingerprint = "m:2" }], CancellationToken.None));
    }
}
