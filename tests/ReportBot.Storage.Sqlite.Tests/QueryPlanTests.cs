using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite.Tests;

/// <summary>
/// The pipeline's cost must not grow with its history: every statement it runs per update or at start reads an index
/// (asserted on SQLite's query plan, not on timings), and sent replies do not make the file grow without bound.
/// </summary>
public sealed class QueryPlanTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    public static TheoryData<string> Statements() => [.. PipelineQueries.All.Keys];

    [Theory]
    [MemberData(nameof(Statements))]
    public void A_pipeline_statement_reads_an_index_never_the_whole_table(string name)
    {
        _database.Open();
        var plan = Plan(PipelineQueries.All[name]);

        Assert.NotEmpty(plan);
        Assert.DoesNotContain(plan, step => System.Text.RegularExpressions.Regex.IsMatch(step, @"^SCAN (inbox|outbox|sessions)\b(?!.* USING (COVERING )?INDEX)"));
        Assert.Contains(plan, step => step.Contains("USING INDEX", StringComparison.Ordinal) || step.Contains("USING COVERING INDEX", StringComparison.Ordinal)
            || step.Contains("USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pruning_keeps_the_file_from_growing_with_sent_replies()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        var store = new SqliteConversationStore(_database.Open(), time);
        var pages = new List<long>();
        for (var week = 0; week < 6; week++)
        {
            for (var i = 0; i < 300; i++)
            {
                var key = $"tg:{i % 30}";
                var updateId = (week * 1000) + i;
                await store.AddToInboxAsync([new InboxItem(updateId, key, "{\"text\":\"一条回答\"}") { Fingerprint = "f" + updateId }], CancellationToken.None);
                var item = Assert.Single(await store.PendingInboxAsync(key, 10, CancellationToken.None));
                var session = await store.LoadAsync(key, CancellationToken.None) ?? new ConversationState();
                await store.CommitTurnAsync(key, session with { Step = session.Step + 1 }, item.Id, [new OutboxEntry(key, new string('问', 400))], CancellationToken.None);
                foreach (var reply in await store.PendingOutboxAsync(key, 10, CancellationToken.None))
                {
                    await store.MarkSentAsync(reply.Id, CancellationToken.None);
                }
            }

            time.Advance(TimeSpan.FromDays(8));
            while ((await store.PruneAsync(time.GetUtcNow() - TimeSpan.FromDays(7), 500, CancellationToken.None)).Total > 0)
            {
            }

            pages.Add(PageCount());
        }

        Assert.Equal(0L, (long)_database.Scalar("SELECT count(*) FROM outbox;")!);
        Assert.Equal(0L, (long)_database.Scalar("SELECT count(*) FROM inbox;")!);
        // Freed pages are reused: after the first weeks the file stays the size one week's traffic needs.
        Assert.True(pages[^1] <= pages[1], $"pages per week: {string.Join(", ", pages)}");
        store.Dispose();
    }

    private List<string> Plan(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in new[] { "$key", "$channel", "$limit", "$id", "$fingerprint", "$payload", "$now", "$legacySince", "$since" })
        {
            command.Parameters.AddWithValue(name, name == "$limit" || name == "$id" ? 10 : "x");
        }

        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    private long PageCount()
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA page_count;";
        using var reader = command.ExecuteReader();
        reader.NextResult();
        reader.Read();
        return reader.GetInt64(0);
    }
}
