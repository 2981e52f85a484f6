using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Storage.Postgres;

namespace ReportBot.Storage.Tests;

/// <summary>What only a store shared by several processes has: migrations run by whoever starts first, claims, races.</summary>
[NeedsPostgres]
public sealed class PostgresStoreTests : IDisposable
{
    private readonly TestPostgres _server = new();
    private readonly List<PostgresDatabase> _opened = [];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _opened.ForEach(d => d.Dispose());
        _server.Dispose();
    }

    private PostgresDatabase Database()
    {
        var database = new PostgresDatabase(_server.ConnectionString);
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    private PostgresConversationStore Store() => new(Database(), _time);

    private long Count(string sql) => Convert.ToInt64(_server.Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);

    [StoreFact]
    public void A_new_database_is_migrated_to_the_latest_version_and_each_version_is_recorded_once()
    {
        Database();
        Assert.Equal((long)PostgresMigrations.Latest, Count("SELECT max(version) FROM schema_migrations;"));
        Assert.Equal((long)PostgresMigrations.Latest, Count("SELECT count(*) FROM schema_migrations;"));
        Database();
        Assert.Equal((long)PostgresMigrations.Latest, Count("SELECT count(*) FROM schema_migrations;"));
        Assert.Equal(1L, Count("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'inbox';"));
    }

    [StoreFact]
    public async Task Instances_starting_at_once_migrate_the_schema_once()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Database)));
        Assert.Equal((long)PostgresMigrations.Latest, Count("SELECT count(*) FROM schema_migrations;"));
    }

    [StoreFact]
    public void Migrating_from_an_older_version_keeps_the_rows_it_holds()
    {
        using (var connection = new NpgsqlConnection(_server.ConnectionString))
        {
            connection.Open();
            PostgresMigrations.Apply(connection, target: 1);
            Assert.Equal(1, PostgresMigrations.Version(connection));
            using var insert = new NpgsqlCommand("INSERT INTO kv (key, value) VALUES ('telegram.offset', '42');", connection);
            insert.ExecuteNonQuery();
        }

        Database();
        Assert.Equal((long)PostgresMigrations.Latest, Count("SELECT max(version) FROM schema_migrations;"));
        Assert.Equal("42", _server.Scalar("SELECT value FROM kv WHERE key = 'telegram.offset';"));
    }

    [StoreFact]
    public void A_database_migrated_by_a_newer_bot_is_refused_with_the_version_named()
    {
        Database();
        _server.Execute($"INSERT INTO {_server.Schema}.schema_migrations (version) VALUES ({PostgresMigrations.Latest + 1});");
        var error = Assert.Throws<StorageException>(() => new PostgresDatabase(_server.ConnectionString));
        Assert.Contains($"version {PostgresMigrations.Latest + 1}", error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public void An_unreachable_server_is_one_storage_error_without_the_password()
    {
        var builder = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Port = 1, Password = "s3cret-pw", Timeout = 2 };
        var error = Assert.Throws<StorageException>(() => new PostgresDatabase(builder.ConnectionString));
        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", error.ToString(), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task A_claim_is_exclusive_across_processes_and_released_when_disposed()
    {
        var one = Store();
        var two = Store();
        var key = "tg:" + Guid.NewGuid();
        var claim = await one.TryClaimAsync(WorkKind.Inbox, key, CancellationToken.None);
        Assert.NotNull(claim);
        Assert.Null(await two.TryClaimAsync(WorkKind.Inbox, key, CancellationToken.None));
        Assert.Null(await one.TryClaimAsync(WorkKind.Inbox, key, CancellationToken.None));
        // Another kind of work on the same key is another claim.
        await using (var outbox = await two.TryClaimAsync(WorkKind.Outbox, key, CancellationToken.None))
        {
            Assert.NotNull(outbox);
        }

        await claim.DisposeAsync();
        await using var again = await two.TryClaimAsync(WorkKind.Inbox, key, CancellationToken.None);
        Assert.NotNull(again);
    }

    [StoreFact]
    public async Task A_claim_of_a_process_whose_connection_died_is_free_again()
    {
        var key = "tg:" + Guid.NewGuid();
        var claim = await Store().TryClaimAsync(WorkKind.Outbox, key, CancellationToken.None);
        Assert.NotNull(claim);
        // What the server sees when a process is killed: its connection goes away, and the lock with it.
        _server.Execute($"""
            SELECT pg_terminate_backend(pid) FROM pg_locks
            WHERE locktype = 'advisory' AND classid = 2 AND objid = ((hashtext('{key}')::bigint + 4294967296) % 4294967296)::oid;
            """);
        var other = Store();
        IAsyncDisposable? taken = null;
        for (var i = 0; i < 50 && taken is null; i++)
        {
            taken = await other.TryClaimAsync(WorkKind.Outbox, key, CancellationToken.None);
            await Task.Delay(20);
        }

        Assert.NotNull(taken);
        await taken.DisposeAsync();
        await claim.DisposeAsync(); // Its connection is gone: disposing is quiet.
    }

    [StoreFact]
    public async Task The_same_update_received_by_several_processes_at_once_is_recorded_once_and_applied_once()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => Store()).ToArray();
        var added = await Task.WhenAll(stores.Select(s => Task.Run(() => s.AddToInboxAsync([new InboxItem(7, "tg:1", "{}") { Fingerprint = "m:7" }], CancellationToken.None))));
        Assert.Equal(1, added.Sum(a => a.Count));
        var item = Assert.Single(await stores[0].PendingInboxAsync(null, 10, CancellationToken.None));

        var outcomes = await Task.WhenAll(stores.Select(s => Task.Run(() =>
            s.CommitTurnAsync("tg:1", new ConversationState { Step = 1 }, item.Id, [new OutboxEntry("1", "reply")], CancellationToken.None))));
        Assert.Single(outcomes, o => o == CommitOutcome.Committed);
        Assert.Equal(1L, Count("SELECT count(*) FROM outbox;"));
        Assert.Equal(1L, Count("SELECT version FROM sessions WHERE conversation_key = 'tg:1';"));
    }

    [StoreFact]
    public async Task Keys_with_pending_work_come_oldest_first_and_leave_once_done()
    {
        var store = Store();
        await store.AddToInboxAsync([new InboxItem(1, "tg:b", "{}") { Fingerprint = "1" }, new InboxItem(2, "tg:a", "{}") { Fingerprint = "2" }, new InboxItem(3, "tg:b", "{}") { Fingerprint = "3" }], CancellationToken.None);
        Assert.Equal(["tg:b", "tg:a"], await store.KeysWithPendingWorkAsync(WorkKind.Inbox, 10, CancellationToken.None));
        foreach (var item in await store.PendingInboxAsync("tg:b", 10, CancellationToken.None))
        {
            await store.CommitTurnAsync("tg:b", null, item.Id, [new OutboxEntry("b", "x")], CancellationToken.None);
        }

        Assert.Equal(["tg:a"], await store.KeysWithPendingWorkAsync(WorkKind.Inbox, 10, CancellationToken.None));
        Assert.Equal(["b"], await store.KeysWithPendingWorkAsync(WorkKind.Outbox, 10, CancellationToken.None));
    }
}
