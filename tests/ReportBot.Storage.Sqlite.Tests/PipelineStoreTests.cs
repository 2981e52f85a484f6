using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite.Tests;

public sealed class PipelineStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UnixEpoch.AddYears(56));
    private readonly SqliteConversationStore _store;

    public PipelineStoreTests() => _store = new SqliteConversationStore(_database.Open(), _time);

    public void Dispose() => _database.Dispose();

    private static InboxItem Update(long id, string key, string payload, string? fingerprint = null) =>
        new(id, key, payload) { Fingerprint = fingerprint ?? "f" + id };

    private async Task<InboxItem> PendingAsync(long updateId) =>
        (await _store.PendingInboxAsync(null, 100, CancellationToken.None)).Single(i => i.UpdateId == updateId);

    private static OutboxEntry[] Replies(string channel, params string[] payloads) => [.. payloads.Select(p => new OutboxEntry(channel, p))];

    [Fact]
    public async Task An_update_is_applied_once_even_when_received_twice()
    {
        Assert.Equal([10L], await _store.AddToInboxAsync([Update(10, "tg:1", "a")], CancellationToken.None));
        Assert.Equal([11L], await _store.AddToInboxAsync([Update(10, "tg:1", "a"), Update(11, "tg:1", "b")], CancellationToken.None));
        Assert.Equal([10L, 11L], (await _store.PendingInboxAsync("tg:1", 10, CancellationToken.None)).Select(i => i.UpdateId));

        var first = await PendingAsync(10);
        var outcome = await _store.CommitTurnAsync("tg:1", new ConversationState { Step = 1 }, first.Id, Replies("1", "reply-1"), CancellationToken.None);
        Assert.Equal(CommitOutcome.Committed, outcome);
        var again = await _store.CommitTurnAsync("tg:1", new ConversationState { Step = 2, Version = 1 }, first.Id, Replies("1", "reply-again"), CancellationToken.None);
        Assert.Equal(CommitOutcome.AlreadyApplied, again);
        Assert.Equal(1, (await _store.LoadAsync("tg:1", CancellationToken.None))!.Step);
        Assert.Equal(["reply-1"], (await _store.PendingOutboxAsync(null, 10, CancellationToken.None)).Select(o => o.Payload));
    }

    [Fact]
    public async Task Ids_restarting_below_earlier_ones_are_new_updates_not_redeliveries()
    {
        await _store.AddToInboxAsync([Update(1, "tg:1", "old", "m:1:1:100")], CancellationToken.None);
        await _store.CommitTurnAsync("tg:1", null, (await PendingAsync(1)).Id, [], CancellationToken.None);

        // The same id with the same fingerprint is Telegram delivering it again; with another one it is a new update.
        Assert.Empty(await _store.AddToInboxAsync([Update(1, "tg:1", "old", "m:1:1:100")], CancellationToken.None));
        Assert.Equal([1L], await _store.AddToInboxAsync([Update(1, "tg:1", "new", "m:1:1:900")], CancellationToken.None));
        Assert.Equal("new", (await PendingAsync(1)).Payload);
    }

    [Fact]
    public async Task A_conflicting_turn_writes_nothing_not_even_its_replies_or_the_applied_mark()
    {
        await _store.AddToInboxAsync([Update(20, "tg:2", "a")], CancellationToken.None);
        Assert.True(await _store.TrySaveAsync("tg:2", new ConversationState(), CancellationToken.None));
        var outcome = await _store.CommitTurnAsync("tg:2", new ConversationState { Step = 5, Version = 0 }, (await PendingAsync(20)).Id, Replies("2", "lost?"), CancellationToken.None);
        Assert.Equal(CommitOutcome.Conflict, outcome);
        Assert.Empty(await _store.PendingOutboxAsync(null, 10, CancellationToken.None));
        Assert.Single(await _store.PendingInboxAsync(null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_commit_without_a_session_answers_and_leaves_the_stored_session_as_it_was()
    {
        Assert.True(await _store.TrySaveAsync("tg:3", new ConversationState { Step = 4 }, CancellationToken.None));
        await _store.AddToInboxAsync([Update(30, "tg:3", "a")], CancellationToken.None);
        var outcome = await _store.CommitTurnAsync("tg:3", null, (await PendingAsync(30)).Id, Replies("3", "refused"), CancellationToken.None);
        Assert.Equal(CommitOutcome.Committed, outcome);
        var session = await _store.LoadAsync("tg:3", CancellationToken.None);
        Assert.Equal((4, 1L), (session!.Step, session.Version));
        Assert.Empty(await _store.PendingInboxAsync(null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task An_update_that_keeps_failing_is_marked_failed_kept_and_no_longer_pending()
    {
        await _store.AddToInboxAsync([Update(40, "tg:4", "poison"), Update(41, "tg:4", "next")], CancellationToken.None);
        var poison = await PendingAsync(40);
        Assert.Equal(1, await _store.BeginAttemptAsync(poison.Id, CancellationToken.None));
        Assert.Equal(2, await _store.BeginAttemptAsync(poison.Id, CancellationToken.None));
        Assert.Equal(2, (await PendingAsync(40)).Attempts);

        await _store.MarkInboxFailedAsync(poison.Id, "OverflowException: too large", Replies("4", "sorry"), CancellationToken.None);
        Assert.Equal([41L], (await _store.PendingInboxAsync("tg:4", 10, CancellationToken.None)).Select(i => i.UpdateId));
        Assert.Equal(["sorry"], (await _store.PendingOutboxAsync(null, 10, CancellationToken.None)).Select(o => o.Payload));
        Assert.Equal(CommitOutcome.AlreadyApplied, await _store.CommitTurnAsync("tg:4", null, poison.Id, [], CancellationToken.None));
        Assert.Equal("OverflowException: too large", _database.Scalar("SELECT error FROM inbox WHERE update_id = 40;"));
    }

    [Fact]
    public async Task Outbox_items_leave_in_order_and_only_when_marked()
    {
        await _store.AddToInboxAsync([Update(50, "tg:5", "a")], CancellationToken.None);
        await _store.CommitTurnAsync("tg:5", new ConversationState(), (await PendingAsync(50)).Id, [.. Replies("5", "first", "second"), .. Replies("6", "other")], CancellationToken.None);
        var pending = await _store.PendingOutboxAsync("5", 10, CancellationToken.None);
        Assert.Equal(["first", "second"], pending.Select(p => p.Payload));
        await _store.RecordAttemptAsync(pending[0].Id, CancellationToken.None);
        Assert.Equal(1, (await _store.PendingOutboxAsync("5", 10, CancellationToken.None))[0].Attempts);
        await _store.MarkSentAsync(pending[0].Id, CancellationToken.None);
        await _store.MarkFailedAsync(pending[1].Id, "403 blocked", CancellationToken.None);
        Assert.Empty(await _store.PendingOutboxAsync("5", 10, CancellationToken.None));
        Assert.Single(await _store.PendingOutboxAsync(null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Documents_are_kept_apart_from_outbox_rows_and_deleted_once_sent()
    {
        var bytes = new byte[200_000];
        Random.Shared.NextBytes(bytes);
        await _store.CommitTurnAsync("tg:7", new ConversationState(), null, [new OutboxEntry("7", "{\"kind\":\"document\"}", new StoredDocument("a.docx", bytes))], CancellationToken.None);
        var item = Assert.Single(await _store.PendingOutboxAsync("7", 10, CancellationToken.None));
        Assert.True(item.Payload.Length < 100);
        var document = await _store.LoadDocumentAsync(item.DocumentId!.Value, CancellationToken.None);
        Assert.Equal(bytes, document!.Content);
        Assert.Equal("a.docx", document.FileName);

        await _store.MarkSentAsync(item.Id, CancellationToken.None);
        Assert.Null(await _store.LoadDocumentAsync(item.DocumentId.Value, CancellationToken.None));
        Assert.Equal(0L, _database.Scalar("SELECT count(*) FROM documents;"));
    }

    [Fact]
    public async Task Named_values_persist()
    {
        Assert.Null(await _store.GetValueAsync("telegram.offset", CancellationToken.None));
        await _store.SetValueAsync("telegram.offset", "41", CancellationToken.None);
        await _store.SetValueAsync("telegram.offset", "42", CancellationToken.None);
        Assert.Equal("42", await new SqliteConversationStore(_database.Open(), TimeProvider.System).GetValueAsync("telegram.offset", CancellationToken.None));
    }

    [Fact]
    public async Task Idle_conversations_come_from_the_in_progress_column_written_at_save_time()
    {
        var idle = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.True(await _store.TrySaveAsync("tg:busy", new ConversationState { Interview = new InterviewState { TemplateId = "ideology" }, Phase = Phase.Asking, UpdatedAt = idle }, CancellationToken.None));
        Assert.True(await _store.TrySaveAsync("tg:done", new ConversationState { Interview = new InterviewState { TemplateId = "ideology" }, Phase = Phase.Drafted, UpdatedAt = idle }, CancellationToken.None));
        Assert.True(await _store.TrySaveAsync("tg:new", new ConversationState { UpdatedAt = idle }, CancellationToken.None));
        Assert.Equal(["tg:busy"], await _store.IdleConversationsAsync(idle.AddDays(1), null, 10, CancellationToken.None));
        Assert.Equal(1L, _database.Scalar("SELECT in_progress FROM sessions WHERE conversation_key = 'tg:busy';"));
    }
}
