using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite.Tests;

/// <summary>
/// What only the SQLite store has to show; the pipeline's behaviour is the store contract in ReportBot.Storage.Tests,
/// run against this store and PostgreSQL alike.
/// </summary>
public sealed class PipelineStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UnixEpoch.AddYears(56));
    private readonly SqliteConversationStore _store;

    public PipelineStoreTests() => _store = new SqliteConversationStore(_database.Open(), _time);

    public void Dispose() => _database.Dispose();

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
