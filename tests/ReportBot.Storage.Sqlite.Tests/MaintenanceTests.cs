using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite.Tests;

/// <summary>Bounded storage: pruning done work past retention, forgetting a conversation, access records.</summary>
public sealed class MaintenanceTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly SqliteConversationStore _store;

    public MaintenanceTests() => _store = new SqliteConversationStore(_database.Open(), _time);

    public void Dispose() => _database.Dispose();

    private long Count(string table) => (long)_database.Scalar($"SELECT count(*) FROM {table};")!;

    /// <summary>One applied update with a text reply and a document reply, both sent.</summary>
    private async Task TurnAsync(string key, long updateId, bool send = true)
    {
        await _store.AddToInboxAsync([new InboxItem(updateId, key, "{}") { Fingerprint = "f" + updateId }], CancellationToken.None);
        var item = (await _store.PendingInboxAsync(key, 100, CancellationToken.None)).Single(i => i.UpdateId == updateId);
        var session = await _store.LoadAsync(key, CancellationToken.None) ?? new ConversationState();
        await _store.CommitTurnAsync(key, session, item.Id, [new OutboxEntry(key, "text"), new OutboxEntry(key, "doc", new StoredDocument("a.docx", new byte[10_000]))], CancellationToken.None);
        if (send)
        {
            foreach (var reply in await _store.PendingOutboxAsync(key, 100, CancellationToken.None))
            {
                await _store.MarkSentAsync(reply.Id, CancellationToken.None);
            }
        }
    }

    [Fact]
    public async Task Done_rows_past_retention_are_pruned_in_bounded_batches_and_pending_work_never()
    {
        for (var i = 1; i <= 5; i++)
        {
            await TurnAsync("tg:1", i);
        }

        await TurnAsync("tg:2", 100, send: false);
        await _store.AddToInboxAsync([new InboxItem(101, "tg:2", "{}") { Fingerprint = "x" }], CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(8));
        await TurnAsync("tg:1", 6);
        Assert.Equal((8L, 14L, 1L), (Count("inbox"), Count("outbox"), Count("documents")));

        var before = _time.GetUtcNow() - TimeSpan.FromDays(7);
        Assert.Equal(new PruneResult(2, 2, 0, 0), await _store.PruneAsync(before, 2, CancellationToken.None));
        while ((await _store.PruneAsync(before, 2, CancellationToken.None)).Total > 0)
        {
        }

        // Kept: update 6 and its sent replies (recent), update 100's unsent replies and document, update 101 (pending).
        Assert.Equal([101L], (await _store.PendingInboxAsync(null, 10, CancellationToken.None)).Select(i => i.UpdateId));
        Assert.Equal(2L, Count("inbox"));
        Assert.Equal(4L, Count("outbox"));
        Assert.Equal(1L, Count("documents"));
        Assert.Equal(2, (await _store.PendingOutboxAsync("tg:2", 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Forget_deletes_everything_held_about_a_conversation_and_nothing_of_others()
    {
        await TurnAsync("tg:1", 1);
        await TurnAsync("tg:1", 2, send: false);
        await TurnAsync("tg:2", 3, send: false);
        await _store.AddToInboxAsync([new InboxItem(4, "tg:1", "{}") { Fingerprint = "later" }], CancellationToken.None);

        await _store.ForgetAsync("tg:1", CancellationToken.None);

        Assert.Null(await _store.LoadAsync("tg:1", CancellationToken.None));
        Assert.NotNull(await _store.LoadAsync("tg:2", CancellationToken.None));
        Assert.Equal(0L, (long)_database.Scalar("SELECT count(*) FROM outbox WHERE conversation_key = 'tg:1';")!);
        Assert.Equal(0L, (long)_database.Scalar("SELECT count(*) FROM documents WHERE conversation_key = 'tg:1';")!);
        Assert.Equal([4L], (await _store.PendingInboxAsync("tg:1", 10, CancellationToken.None)).Select(i => i.UpdateId));
        Assert.Equal(0L, (long)_database.Scalar("SELECT count(*) FROM inbox WHERE conversation_key = 'tg:1' AND applied_at IS NOT NULL;")!);
        Assert.Equal(2, (await _store.PendingOutboxAsync("tg:2", 10, CancellationToken.None)).Count);
        Assert.Equal(1L, (long)_database.Scalar("SELECT count(*) FROM documents WHERE conversation_key = 'tg:2';")!);
    }

    [Fact]
    public async Task An_invite_code_admits_once_expires_and_revoking_removes_the_user()
    {
        await _store.CreateInviteAsync("CODE1", 99, _time.GetUtcNow().AddHours(1), CancellationToken.None);
        await _store.CreateInviteAsync("CODE2", 99, _time.GetUtcNow().AddHours(1), CancellationToken.None);
        Assert.False(await _store.IsAdmittedAsync(7, CancellationToken.None));
        Assert.False(await _store.RedeemInviteAsync("NOPE", 7, CancellationToken.None));
        Assert.True(await _store.RedeemInviteAsync("CODE1", 7, CancellationToken.None));
        Assert.False(await _store.RedeemInviteAsync("CODE1", 8, CancellationToken.None));
        Assert.True(await _store.IsAdmittedAsync(7, CancellationToken.None));
        Assert.False(await _store.IsAdmittedAsync(8, CancellationToken.None));

        _time.Advance(TimeSpan.FromHours(2));
        Assert.False(await _store.RedeemInviteAsync("CODE2", 8, CancellationToken.None));

        Assert.True(await _store.RevokeAsync(7, CancellationToken.None));
        Assert.False(await _store.RevokeAsync(7, CancellationToken.None));
        Assert.False(await _store.IsAdmittedAsync(7, CancellationToken.None));
        Assert.Equal(2, (await _store.PruneAsync(_time.GetUtcNow().AddDays(-7), 10, CancellationToken.None)).Invites); // Both expired.
    }
}
