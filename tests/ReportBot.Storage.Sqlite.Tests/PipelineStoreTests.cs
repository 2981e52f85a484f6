using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite.Tests;

public sealed class PipelineStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly SqliteConversationStore _store;

    public PipelineStoreTests() => _store = new SqliteConversationStore(_database.Open(), new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56)));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_update_is_applied_once_even_when_received_twice()
    {
        await _store.AddToInboxAsync([new InboxItem(10, "tg:1", "a")], CancellationToken.None);
        await _store.AddToInboxAsync([new InboxItem(10, "tg:1", "a"), new InboxItem(11, "tg:1", "b")], CancellationToken.None);
        Assert.Equal([10L, 11L], (await _store.PendingInboxAsync("tg:1", 10, CancellationToken.None)).Select(i => i.UpdateId));

        var outcome = await _store.CommitTurnAsync("tg:1", new ConversationState { Step = 1 }, 10, [("1", "reply-1")], CancellationToken.None);
        Assert.Equal(CommitOutcome.Committed, outcome);
        var again = await _store.CommitTurnAsync("tg:1", new ConversationState { Step = 2, Version = 1 }, 10, [("1", "reply-again")], CancellationToken.None);
        Assert.Equal(CommitOutcome.AlreadyApplied, again);
        Assert.Equal(1, (await _store.LoadAsync("tg:1", CancellationToken.None))!.Step);
        Assert.Equal(["reply-1"], (await _store.PendingOutboxAsync(null, 10, CancellationToken.None)).Select(o => o.Payload));
    }

    [Fact]
    public async Task A_conflicting_turn_writes_nothing_not_even_its_replies_or_the_applied_mark()
    {
        await _store.AddToInboxAsync([new InboxItem(20, "tg:2", "a")], CancellationToken.None);
        Assert.True(await _store.TrySaveAsync("tg:2", new ConversationState(), CancellationToken.None));
        var outcome = await _store.CommitTurnAsync("tg:2", new ConversationState { Step = 5, Version = 0 }, 20, [("2", "lost?")], CancellationToken.None);
        Assert.Equal(CommitOutcome.Conflict, outcome);
        Assert.Empty(await _store.PendingOutboxAsync(null, 10, CancellationToken.None));
        Assert.Single(await _store.PendingInboxAsync(null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Outbox_items_leave_in_order_and_only_when_marked()
    {
        await _store.AddToInboxAsync([new InboxItem(30, "tg:3", "a")], CancellationToken.None);
        await _store.CommitTurnAsync("tg:3", new ConversationState(), 30, [("3", "first"), ("3", "second"), ("4", "other")], CancellationToken.None);
        var pending = await _store.PendingOutboxAsync("3", 10, CancellationToken.None);
        Assert.Equal(["first", "second"], pending.Select(p => p.Payload));
        await _store.RecordAttemptAsync(pending[0].Id, CancellationToken.None);
        Assert.Equal(1, (await _store.PendingOutboxAsync("3", 10, CancellationToken.None))[0].Attempts);
        await _store.MarkSentAsync(pending[0].Id, CancellationToken.None);
        await _store.MarkFailedAsync(pending[1].Id, "403 blocked", CancellationToken.None);
        Assert.Empty(await _store.PendingOutboxAsync("3", 10, CancellationToken.None));
        Assert.Single(await _store.PendingOutboxAsync(null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Named_values_persist()
    {
        Assert.Null(await _store.GetValueAsync("telegram.offset", CancellationToken.None));
        await _store.SetValueAsync("telegram.offset", "41", CancellationToken.None);
        await _store.SetValueAsync("telegram.offset", "42", CancellationToken.None);
        Assert.Equal("42", await new SqliteConversationStore(_database.Open(), TimeProvider.System).GetValueAsync("telegram.offset", CancellationToken.None));
    }
}
