using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Rendering.Docx;
using ReportBot.Storage.Sqlite;
using ReportBot.Telegram.Access;
using ReportBot.Telegram.Limits;
using ReportBot.Telegram.Processing;
using ReportBot.Telegram.Receiving;

namespace ReportBot.Benchmarks;

/// <summary>
/// One turn with its durable commit, as the bot runs it (<see cref="TurnHandler"/>: the session from the store, the
/// engine, the size check, rendering, and one transaction for the session, the inbox row's "applied" mark and the
/// replies), on a SQLite file in WAL mode. <see cref="OneChatAtATime"/> commits each turn alone (one user);
/// <see cref="ChatsTogether"/> lets the turns of <see cref="Chats"/> chats arrive together, so the store's writer
/// commits them as one group. Each iteration first puts every chat back at the same question.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
[WarmupCount(5)]
[IterationCount(30)]
public class TurnCommitBenchmarks : IDisposable
{
    private const int Chats = 64;
    private readonly SampleInterview _sample = new();
    private DirectoryInfo _folder = null!;
    private SqliteConversationStore _store = null!;
    private TurnHandler _handler = null!;
    private List<InboxItem> _items = [];
    private long _updateId;

    [Params(SqliteSynchronous.Normal, SqliteSynchronous.Full)]
    public SqliteSynchronous Synchronous { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("reportbot-bench-");
        var database = new SqliteDatabase(Path.Combine(_folder.FullName, "bench.db"), synchronous: Synchronous);
        _store = new SqliteConversationStore(database, TimeProvider.System, null, new SqliteStoreOptions { SessionCacheBytes = 16 << 20 });
        var access = new AccessOptions();
        var limits = Options.Create(new LimitOptions { MessagesPerWindow = int.MaxValue, DraftsPerHour = int.MaxValue });
        _handler = new TurnHandler(
            _store,
            _sample.Engine,
            new ReplyRenderer(new DocxRenderer(new DocxOptions())),
            new AccessGate(_store, Options.Create(access), TimeProvider.System, NullLogger<AccessGate>.Instance),
            new UserRateLimiter(limits),
            limits,
            NullLogger<TurnHandler>.Instance);
    }

    public void Dispose()
    {
        _store?.Dispose();
        GC.SuppressFinalize(this);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    /// <summary>Every chat back at the count question, and one new update per chat in the inbox.</summary>
    [IterationSetup]
    public void Reset() => ResetAsync().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Chats)]
    public async Task OneChatAtATime()
    {
        foreach (var item in _items)
        {
            await _handler.HandleAsync(item);
        }
    }

    /// <summary>
    /// The same with the attempt counted in a transaction of its own before each turn, as the processor did for
    /// every message until the first try went uncounted (it still does after a restart or a failed try).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Chats)]
    public async Task OneChatAtATimeCountedFirst()
    {
        foreach (var item in _items)
        {
            await _store.BeginAttemptAsync(item.Id, CancellationToken.None);
            await _handler.HandleAsync(item);
        }
    }

    [Benchmark(OperationsPerInvoke = Chats)]
    public Task ChatsTogether() => Task.WhenAll(_items.Select(item => Task.Run(() => _handler.HandleAsync(item))));

    private async Task ResetAsync()
    {
        var updates = new List<InboxItem>();
        for (var chat = 1; chat <= Chats; chat++)
        {
            var key = $"tg:{chat}";
            var stored = await _store.LoadAsync(key, CancellationToken.None);
            if (!await _store.TrySaveAsync(key, _sample.AtCountQuestion with { Version = stored?.Version ?? 0 }, CancellationToken.None))
            {
                throw new InvalidOperationException("Could not reset the session.");
            }

            var payload = new InboundMessage(chat, "text", SampleInterview.CountAnswer) { UserId = chat }.ToJson();
            updates.Add(new InboxItem(++_updateId, key, payload) { Fingerprint = "b" + _updateId });
        }

        await _store.AddToInboxAsync(updates, CancellationToken.None);
        _items = [.. await _store.PendingInboxAsync(null, Chats * 2, CancellationToken.None)];
    }
}
