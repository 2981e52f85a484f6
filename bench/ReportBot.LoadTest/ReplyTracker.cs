using System.Collections.Concurrent;
using System.Diagnostics;
using ReportBot.FakeBotApi;

namespace ReportBot.LoadTest;

/// <summary>
/// Counts the bot's messages per chat as the test server records them, with the moment each arrived, so a user can
/// wait for the n-th message of its chat without polling.
/// </summary>
internal sealed class ReplyTracker
{
    private readonly ConcurrentDictionary<long, ChatReplies> _chats = new();

    /// <summary>Subscribes to <paramref name="server"/>'s deliveries.</summary>
    public ReplyTracker(FakeBotApiServer server) => server.Delivered += OnDelivered;

    /// <summary>Messages delivered in all chats so far.</summary>
    public long Total => Interlocked.Read(ref _total);

    private long _total;

    public ChatReplies Chat(long chatId) => _chats.GetOrAdd(chatId, _ => new ChatReplies());

    private void OnDelivered(SentMessage message)
    {
        Interlocked.Increment(ref _total);
        Chat(message.ChatId).Add(Stopwatch.GetTimestamp(), message.IsDocument);
    }
}

/// <summary>One chat's delivered messages: their arrival times, and at most one waiter.</summary>
internal sealed class ChatReplies
{
    private readonly Lock _gate = new();
    private readonly List<long> _arrivals = [];
    private int _documents;
    private (int Count, TaskCompletionSource Done)? _waiter;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _arrivals.Count;
            }
        }
    }

    public int Documents
    {
        get
        {
            lock (_gate)
            {
                return _documents;
            }
        }
    }

    /// <summary>When the <paramref name="index"/>-th message (0-based) arrived (Stopwatch ticks).</summary>
    public long ArrivalOf(int index)
    {
        lock (_gate)
        {
            return _arrivals[index];
        }
    }

    public void Add(long timestamp, bool document)
    {
        TaskCompletionSource? done = null;
        lock (_gate)
        {
            _arrivals.Add(timestamp);
            _documents += document ? 1 : 0;
            if (_waiter is { } waiter && _arrivals.Count >= waiter.Count)
            {
                done = waiter.Done;
                _waiter = null;
            }
        }

        done?.TrySetResult();
    }

    /// <summary>Completes when the chat has at least <paramref name="count"/> messages.</summary>
    public Task WaitForAsync(int count, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_arrivals.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiter = (count, done);
            return done.Task.WaitAsync(cancellationToken);
        }
    }
}
