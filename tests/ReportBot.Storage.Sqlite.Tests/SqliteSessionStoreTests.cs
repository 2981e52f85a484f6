using System.Collections.Immutable;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Answers;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite.Tests;

public sealed class SqliteConversationStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private static ConversationState Sample() => new()
    {
        Phase = Phase.Asking,
        Interview = new InterviewState
        {
            TemplateId = "ideology",
            TemplateVersion = 1,
            Position = 12,
            Answers = ImmutableDictionary<string, SlotAnswer>.Empty
                .Add("unit", new SlotAnswer { Text = "红旗街道 <b>&</b>" })
                .Add("media", new SlotAnswer { Pairs = [new NamedCount("《红旗日报》", 7)] })
                .Add("rate", new SlotAnswer { Percent = 98.5m })
                .Add("skipped", SlotAnswer.Skip),
            History = [0, 1, 2],
            Collecting = new AnswerInProgress { Items = ["读书会"] },
        },
        Step = 40,
    };

    [Fact]
    public async Task A_saved_session_reads_back_identically_from_a_new_store_on_the_same_file()
    {
        var first = new SqliteConversationStore(_database.Open(), _time);
        Assert.True(await first.TrySaveAsync("chat:1", Sample(), CancellationToken.None));

        var reopened = new SqliteConversationStore(_database.Open(), _time);
        var loaded = await reopened.LoadAsync("chat:1", CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        var interview = loaded.Interview!;
        Assert.Equal(12, interview.Position);
        Assert.Equal("红旗街道 <b>&</b>", interview.Answers["unit"].Text);
        Assert.Equal(new NamedCount("《红旗日报》", 7), Assert.Single(interview.Answers["media"].Pairs!));
        Assert.Equal(98.5m, interview.Answers["rate"].Percent);
        Assert.True(interview.Answers["skipped"].Skipped);
        Assert.Equal([0, 1, 2], interview.History);
        Assert.Equal(["读书会"], interview.Collecting!.Items);
        Assert.Null(await reopened.LoadAsync("chat:2", CancellationToken.None));
    }

    [Fact]
    public async Task A_save_based_on_an_outdated_version_is_refused()
    {
        var store = new SqliteConversationStore(_database.Open(), _time);
        Assert.True(await store.TrySaveAsync("chat:1", Sample(), CancellationToken.None));
        Assert.False(await store.TrySaveAsync("chat:1", Sample(), CancellationToken.None));

        var loaded = (await store.LoadAsync("chat:1", CancellationToken.None))!;
        Assert.True(await store.TrySaveAsync("chat:1", loaded with { Step = 41 }, CancellationToken.None));
        Assert.False(await store.TrySaveAsync("chat:1", loaded with { Step = 42 }, CancellationToken.None));
        Assert.Equal(41, (await store.LoadAsync("chat:1", CancellationToken.None))!.Step);
    }

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
