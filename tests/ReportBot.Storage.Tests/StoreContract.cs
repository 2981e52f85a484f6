using System.Collections.Immutable;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Tests;

/// <summary>
/// What every store behind <see cref="IMessagePipelineStore"/> guarantees, run against each of them (a subclass per
/// store opens a fresh database): sessions with optimistic versions, the inbox applied once per update, turns
/// committed whole, the outbox in order, documents, named values, pruning, forgetting and invite codes.
/// </summary>
public abstract class StoreContract : IDisposable
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

    private IMessagePipelineStore? _store;

    /// <summary>The store under test (opened on first use).</summary>
    protected IMessagePipelineStore Store => _store ??= Open();

    /// <summary>A new store on the same database (what a restarted process, or another one, sees).</summary>
    protected abstract IMessagePipelineStore Open();

    /// <summary>One value read with a plain connection, for assertions on what is stored (counts come back as long).</summary>
    protected abstract object? Scalar(string sql);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    private long Count(string sql) => Convert.ToInt64(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);

    private static InboxItem Update(long id, string key, string payload, string? fingerprint = null) =>
        new(id, key, payload) { Fingerprint = fingerprint ?? "f" + id };

    private async Task<InboxItem> PendingAsync(long updateId) =>
        (await Store.PendingInboxAsync(null, 100, CancellationToken.None)).Single(i => i.UpdateId == updateId);

    private static OutboxEntry[] Replies(string channel, params string[] payloads) => [.. payloads.Select(p => new OutboxEntry(channel, p))];

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

    /// <summary>One applied update with a text reply and a document reply, both sent unless <paramref name="send"/> is false.</summary>
    private async Task TurnAsync(string key, long updateId, bool send = true)
    {
        await Store.AddToInboxAsync([Update(updateId, key, "{}")], CancellationToken.None);
        var item = (await Store.PendingInboxAsync(key, 100, CancellationToken.None)).Single(i => i.UpdateId == updateId);
        var session = await Store.LoadAsync(key, CancellationToken.None) ?? new ConversationState();
        Assert.Equal(
            CommitOutcome.Committed,
            await Store.CommitTurnAsync(key, session, item.Id, [new OutboxEntry(key, "text"), new OutboxEntry(key, "doc", new StoredDocument("a.docx", new byte[10_000]))], CancellationToken.None));
        if (send)
        {
            foreach (var reply in await Store.PendingOutboxAsync(key, 100, CancellationToken.None))
            {
                await Store.MarkSentAsync(reply.Id, CancellationToken.None);
            }
        }
    }

    [StoreFact]
    public async Task A_saved_session_reads_back_identically_from_another_store_on_the_same_database()
    {
        Assert.True(await Store.TrySaveAsync("chat:1", Sample(), CancellationToken.None));

        var loaded = await Open().LoadAsync("chat:1", CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(40, loaded.Step);
        var interview = loaded.Interview!;
        Assert.Equal(12, interview.Position);
        Assert.Equal("红旗街道 <b>&</b>", interview.Answers["unit"].Text);
        Assert.Equal(new NamedCount("《红旗日报》", 7), Assert.Single(interview.Answers["media"].Pairs!));
        Assert.Equal(98.5m, interview.Answers["rate"].Percent);
        Assert.True(interview.Answers["skipped"].Skipped);
        Assert.Equal([0, 1, 2], interview.History);
        Assert.Equal(["读书会"], interview.Collecting!.Items);
        Assert.Null(await Store.LoadAsync("chat:2", CancellationToken.None));
    }

    [StoreFact]
    public async Task A_save_based_on_an_outdated_version_is_refused()
    {
        Assert.True(await Store.TrySaveAsync("chat:1", Sample(), CancellationToken.None));
        Assert.False(await Store.TrySaveAsync("chat:1", Sample(), CancellationToken.None));

        var loaded = (await Store.LoadAsync("chat:1", CancellationToken.None))!;
        Assert.True(await Store.TrySaveAsync("chat:1", loaded with { Step = 41 }, CancellationToken.None));
        Assert.False(await Store.TrySaveAsync("chat:1", loaded with { Step = 42 }, CancellationToken.None));
        Assert.Equal(41, (await Open().LoadAsync("chat:1", CancellationToken.None))!.Step);
    }

    [StoreFact]
    public async Task An_update_is_applied_once_even_when_received_twice()
    {
        Assert.Equal([10L], await Store.AddToInboxAsync([Update(10, "tg:1", "a")], CancellationToken.None));
        Assert.Equal([11L], await Store.AddToInboxAsync([Update(10, "tg:1", "a"), Update(11, "tg:1", "b")], CancellationToken.None));
        Assert.Empty(await Open().AddToInboxAsync([Update(11, "tg:1", "b")], CancellationToken.None));
        Assert.Equal([10L, 11L], (await Store.PendingInboxAsync("tg:1", 10, CancellationToken.None)).Select(i => i.UpdateId));

        var first = await PendingAsync(10);
        var outcome = await Store.CommitTurnAsync("tg:1", new ConversationState { Step = 1 }, first.Id, Replies("1", "reply-1"), CancellationToken.None);
        Assert.Equal(CommitOutcome.Committed, outcome);
        var again = await Store.CommitTurnAsync("tg:1", new ConversationState { Step = 2, Version = 1 }, first.Id, Replies("1", "reply-again"), CancellationToken.None);
        Assert.Equal(CommitOutcome.AlreadyApplied, again);
        Assert.Equal(1, (await Store.LoadAsync("tg:1", CancellationToken.None))!.Step);
        Assert.Equal(["reply-1"], (await Store.PendingOutboxAsync(null, 10, CancellationToken.None)).Select(o => o.Payload));
    }

    [StoreFact]
    public async Task Ids_restarting_below_earlier_ones_are_new_updates_not_redeliveries()
    {
        await Store.AddToInboxAsync([Update(1, "tg:1", "old", "m:1:1:100")], CancellationToken.None);
        await Store.CommitTurnAsync("tg:1", null, (await PendingAsync(1)).Id, [], CancellationToken.None);

        Assert.Empty(await Store.AddToInboxAsync([Update(1, "tg:1", "old", "m:1:1:100")], CancellationToken.None));
        Assert.Equal([1L], await Store.AddToInboxAsync([Update(1, "tg:1", "new", "m:1:1:900")], CancellationToken.None));
        Assert.Equal("new", (await PendingAsync(1)).Payload);
    }

    [StoreFact]
    public async Task Recording_updates_can_set_a_named_value_in_the_same_transaction()
    {
        await Store.AddToInboxAsync([Update(5, "tg:1", "a")], new KeyValuePair<string, string>("telegram.offset", "6"), CancellationToken.None);
        Assert.Equal("6", await Open().GetValueAsync("telegram.offset", CancellationToken.None));
        Assert.Single(await Store.PendingInboxAsync("tg:1", 10, CancellationToken.None));
    }

    [StoreFact]
    public async Task A_conflicting_turn_writes_nothing_not_even_its_replies_or_the_applied_mark()
    {
        await Store.AddToInboxAsync([Update(20, "tg:2", "a")], CancellationToken.None);
        Assert.True(await Store.TrySaveAsync("tg:2", new ConversationState(), CancellationToken.None));
        var outcome = await Store.CommitTurnAsync("tg:2", new ConversationState { Step = 5, Version = 0 }, (await PendingAsync(20)).Id, Replies("2", "lost?"), CancellationToken.None);
        Assert.Equal(CommitOutcome.Conflict, outcome);
        Assert.Empty(await Store.PendingOutboxAsync(null, 10, CancellationToken.None));
        Assert.Single(await Store.PendingInboxAsync(null, 10, CancellationToken.None));
    }

    [StoreFact]
    public async Task A_commit_without_a_session_answers_and_leaves_the_stored_session_as_it_was()
    {
        Assert.True(await Store.TrySaveAsync("tg:3", new ConversationState { Step = 4 }, CancellationToken.None));
        await Store.AddToInboxAsync([Update(30, "tg:3", "a")], CancellationToken.None);
        var outcome = await Store.CommitTurnAsync("tg:3", null, (await PendingAsync(30)).Id, Replies("3", "refused"), CancellationToken.None);
        Assert.Equal(CommitOutcome.Committed, outcome);
        var session = await Store.LoadAsync("tg:3", CancellationToken.None);
        Assert.Equal((4, 1L), (session!.Step, session.Version));
        Assert.Empty(await Store.PendingInboxAsync(null, 10, CancellationToken.None));
    }

    [StoreFact]
    public async Task An_update_that_keeps_failing_is_marked_failed_kept_and_no_longer_pending()
    {
        await Store.AddToInboxAsync([Update(40, "tg:4", "poison"), Update(41, "tg:4", "next")], CancellationToken.None);
        var poison = await PendingAsync(40);
        Assert.Equal(1, await Store.BeginAttemptAsync(poison.Id, CancellationToken.None));
        Assert.Equal(2, await Store.BeginAttemptAsync(poison.Id, CancellationToken.None));
        Assert.Equal(2, (await PendingAsync(40)).Attempts);

        await Store.MarkInboxFailedAsync(poison.Id, "OverflowException: too large", Replies("4", "sorry"), CancellationToken.None);
        Assert.Equal([41L], (await Store.PendingInboxAsync("tg:4", 10, CancellationToken.None)).Select(i => i.UpdateId));
        Assert.Equal(["sorry"], (await Store.PendingOutboxAsync(null, 10, CancellationToken.None)).Select(o => o.Payload));
        Assert.Equal(CommitOutcome.AlreadyApplied, await Store.CommitTurnAsync("tg:4", null, poison.Id, [], CancellationToken.None));
        Assert.Equal("OverflowException: too large", Scalar("SELECT error FROM inbox WHERE update_id = 40;"));
    }

    [StoreFact]
    public async Task Outbox_items_leave_in_order_and_only_when_marked()
    {
        await Store.AddToInboxAsync([Update(50, "tg:5", "a")], CancellationToken.None);
        await Store.CommitTurnAsync("tg:5", new ConversationState(), (await PendingAsync(50)).Id, [.. Replies("5", "first", "second"), .. Replies("6", "other")], CancellationToken.None);
        var pending = await Store.PendingOutboxAsync("5", 10, CancellationToken.None);
        Assert.Equal(["first", "second"], pending.Select(p => p.Payload));
        await Store.RecordAttemptAsync(pending[0].Id, CancellationToken.None);
        Assert.Equal(1, (await Store.PendingOutboxAsync("5", 10, CancellationToken.None))[0].Attempts);
        await Store.MarkSentAsync(pending[0].Id, CancellationToken.None);
        await Store.MarkFailedAsync(pending[1].Id, "403 blocked", CancellationToken.None);
        Assert.Empty(await Store.PendingOutboxAsync("5", 10, CancellationToken.None));
        Assert.Equal(["other"], (await Open().PendingOutboxAsync(null, 10, CancellationToken.None)).Select(o => o.Payload));
    }

    [StoreFact]
    public async Task Documents_are_kept_apart_from_outbox_rows_and_deleted_once_sent()
    {
        var bytes = new byte[200_000];
        Random.Shared.NextBytes(bytes);
        await Store.CommitTurnAsync("tg:7", new ConversationState(), null, [new OutboxEntry("7", "{\"kind\":\"document\"}", new StoredDocument("a.docx", bytes))], CancellationToken.None);
        var item = Assert.Single(await Store.PendingOutboxAsync("7", 10, CancellationToken.None));
        Assert.True(item.Payload.Length < 100);
        var document = await Store.LoadDocumentAsync(item.DocumentId!.Value, CancellationToken.None);
        Assert.Equal(bytes, document!.Content);
        Assert.Equal("a.docx", document.FileName);

        await Store.MarkSentAsync(item.Id, CancellationToken.None);
        Assert.Null(await Store.LoadDocumentAsync(item.DocumentId.Value, CancellationToken.None));
        Assert.Equal(0L, Count("SELECT count(*) FROM documents;"));
    }

    [StoreFact]
    public async Task Named_values_persist()
    {
        Assert.Null(await Store.GetValueAsync("telegram.offset", CancellationToken.None));
        await Store.SetValueAsync("telegram.offset", "41", CancellationToken.None);
        await Store.SetValueAsync("telegram.offset", "42", CancellationToken.None);
        Assert.Equal("42", await Open().GetValueAsync("telegram.offset", CancellationToken.None));
    }

    [StoreFact]
    public async Task Idle_conversations_are_those_with_an_interview_in_progress_and_no_activity_since()
    {
        var idle = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.True(await Store.TrySaveAsync("tg:busy", new ConversationState { Interview = new InterviewState { TemplateId = "ideology" }, Phase = Phase.Asking, UpdatedAt = idle }, CancellationToken.None));
        Assert.True(await Store.TrySaveAsync("tg:recent", new ConversationState { Interview = new InterviewState { TemplateId = "ideology" }, Phase = Phase.Asking, UpdatedAt = idle.AddDays(2) }, CancellationToken.None));
        Assert.True(await Store.TrySaveAsync("tg:done", new ConversationState { Interview = new InterviewState { TemplateId = "ideology" }, Phase = Phase.Drafted, UpdatedAt = idle }, CancellationToken.None));
        Assert.True(await Store.TrySaveAsync("tg:new", new ConversationState { UpdatedAt = idle }, CancellationToken.None));
        Assert.Equal(["tg:busy"], await Store.IdleConversationsAsync(idle.AddDays(1), null, 10, CancellationToken.None));
    }

    [StoreFact]
    public async Task Idle_conversations_are_paged_in_key_order_so_every_one_is_reached()
    {
        var idle = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            // The later keys are the more recently active: ordered by activity, a page of 2 would never reach them.
            var state = new ConversationState { Interview = new InterviewState { TemplateId = "ideology" }, Phase = Phase.Asking, UpdatedAt = idle.AddHours(i) };
            Assert.True(await Store.TrySaveAsync($"tg:{i}", state, CancellationToken.None));
        }

        var since = idle.AddDays(1);
        Assert.Equal(["tg:0", "tg:1"], await Store.IdleConversationsAsync(since, null, 2, CancellationToken.None));
        Assert.Equal(["tg:2", "tg:3"], await Store.IdleConversationsAsync(since, "tg:1", 2, CancellationToken.None));
        Assert.Equal(["tg:4"], await Store.IdleConversationsAsync(since, "tg:3", 2, CancellationToken.None));
    }

    [StoreFact]
    public async Task Done_rows_past_retention_are_pruned_in_bounded_batches_and_pending_work_never()
    {
        for (var i = 1; i <= 5; i++)
        {
            await TurnAsync("tg:1", i);
        }

        await TurnAsync("tg:2", 100, send: false);
        await Store.AddToInboxAsync([new InboxItem(101, "tg:2", "{}") { Fingerprint = "x" }], CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(8));
        await TurnAsync("tg:1", 6);
        Assert.Equal((8L, 14L, 1L), (Count("SELECT count(*) FROM inbox;"), Count("SELECT count(*) FROM outbox;"), Count("SELECT count(*) FROM documents;")));

        var before = Time.GetUtcNow() - TimeSpan.FromDays(7);
        Assert.Equal(new PruneResult(2, 2, 0, 0), await Store.PruneAsync(before, 2, CancellationToken.None));
        while ((await Store.PruneAsync(before, 2, CancellationToken.None)).Total > 0)
        {
        }

        // Kept: update 6 and its sent replies (recent), update 100's unsent replies and document, update 101 (pending).
        Assert.Equal([101L], (await Store.PendingInboxAsync(null, 10, CancellationToken.None)).Select(i => i.UpdateId));
        Assert.Equal(2L, Count("SELECT count(*) FROM inbox;"));
        Assert.Equal(4L, Count("SELECT count(*) FROM outbox;"));
        Assert.Equal(1L, Count("SELECT count(*) FROM documents;"));
        Assert.Equal(2, (await Store.PendingOutboxAsync("tg:2", 10, CancellationToken.None)).Count);
    }

    [StoreFact]
    public async Task Forget_deletes_everything_held_about_a_conversation_and_nothing_of_others()
    {
        await TurnAsync("tg:1", 1);
        await TurnAsync("tg:1", 2, send: false);
        await TurnAsync("tg:2", 3, send: false);
        await Store.AddToInboxAsync([new InboxItem(4, "tg:1", "{}") { Fingerprint = "later" }], CancellationToken.None);

        await Store.ForgetAsync("tg:1", CancellationToken.None);

        Assert.Null(await Store.LoadAsync("tg:1", CancellationToken.None));
        Assert.NotNull(await Store.LoadAsync("tg:2", CancellationToken.None));
        Assert.Equal(0L, Count("SELECT count(*) FROM outbox WHERE conversation_key = 'tg:1';"));
        Assert.Equal(0L, Count("SELECT count(*) FROM documents WHERE conversation_key = 'tg:1';"));
        Assert.Equal([4L], (await Store.PendingInboxAsync("tg:1", 10, CancellationToken.None)).Select(i => i.UpdateId));
        Assert.Equal(0L, Count("SELECT count(*) FROM inbox WHERE conversation_key = 'tg:1' AND applied_at IS NOT NULL;"));
        Assert.Equal(2, (await Store.PendingOutboxAsync("tg:2", 10, CancellationToken.None)).Count);
        Assert.Equal(1L, Count("SELECT count(*) FROM documents WHERE conversation_key = 'tg:2';"));
    }

    [StoreFact]
    public async Task An_invite_code_admits_once_expires_and_revoking_removes_the_user()
    {
        await Store.CreateInviteAsync("CODE1", 99, Time.GetUtcNow().AddHours(1), CancellationToken.None);
        await Store.CreateInviteAsync("CODE2", 99, Time.GetUtcNow().AddHours(1), CancellationToken.None);
        Assert.False(await Store.IsAdmittedAsync(7, CancellationToken.None));
        Assert.False(await Store.RedeemInviteAsync("NOPE", 7, CancellationToken.None));
        Assert.True(await Store.RedeemInviteAsync("CODE1", 7, CancellationToken.None));
        Assert.False(await Store.RedeemInviteAsync("CODE1", 8, CancellationToken.None));
        Assert.True(await Store.IsAdmittedAsync(7, CancellationToken.None));
        Assert.False(await Store.IsAdmittedAsync(8, CancellationToken.None));

        Time.Advance(TimeSpan.FromHours(2));
        Assert.False(await Store.RedeemInviteAsync("CODE2", 8, CancellationToken.None));

        Assert.True(await Store.RevokeAsync(7, CancellationToken.None));
        Assert.False(await Store.RevokeAsync(7, CancellationToken.None));
        Assert.False(await Open().IsAdmittedAsync(7, CancellationToken.None));
        Assert.Equal(2, (await Store.PruneAsync(Time.GetUtcNow().AddDays(-7), 10, CancellationToken.None)).Invites);
    }

    [StoreFact]
    public async Task Listener_hears_of_committed_rows_only()
    {
        var listener = new RecordingListener();
        var store = Open(listener);
        await store.AddToInboxAsync([Update(60, "tg:6", "a")], CancellationToken.None);
        await store.AddToInboxAsync([Update(60, "tg:6", "a")], CancellationToken.None);
        var item = Assert.Single(listener.Inbox);
        Assert.Equal(60, item.UpdateId);
        Assert.True(item.Id > 0);

        Assert.Equal(CommitOutcome.Committed, await store.CommitTurnAsync("tg:6", new ConversationState(), item.Id, Replies("6", "x", "y"), CancellationToken.None));
        Assert.Equal(CommitOutcome.AlreadyApplied, await store.CommitTurnAsync("tg:6", new ConversationState { Version = 1 }, item.Id, Replies("6", "z"), CancellationToken.None));
        Assert.Equal(["x", "y"], listener.Outbox.Select(o => o.Payload));
        Assert.Equal((await store.PendingOutboxAsync("6", 10, CancellationToken.None)).Select(o => o.Id), listener.Outbox.Select(o => o.Id));
    }

    /// <summary>A store on the same database that tells <paramref name="listener"/> of the rows it commits.</summary>
    protected abstract IMessagePipelineStore Open(IPipelineListener listener);

    private sealed class RecordingListener : IPipelineListener
    {
        public List<InboxItem> Inbox { get; } = [];

        public List<OutboxItem> Outbox { get; } = [];

        public void InboxAdded(IReadOnlyList<InboxItem> items)
        {
            lock (Inbox)
            {
                Inbox.AddRange(items);
            }
        }

        public void OutboxAdded(IReadOnlyList<OutboxItem> items)
        {
            lock (Outbox)
            {
                Outbox.AddRange(items);
            }
        }
    }
}
