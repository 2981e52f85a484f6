using System.Text;

namespace ReportBot.FakeBotApi;

/// <summary>Observing what the bot did, and injecting faults.</summary>
public sealed partial class FakeBotApiServer
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>Messages the bot delivered to the chat (current state, oldest first; failed sends are absent).</summary>
    public IReadOnlyList<SentMessage> Messages(long chatId) => _state.Chats.Sent(chatId);

    /// <summary>Every delivered message in every chat, in send order.</summary>
    public IReadOnlyList<SentMessage> AllMessages() => _state.Chats.AllSent();

    /// <summary>
    /// Raised on the request thread as each message is delivered, right after it is recorded: a load harness times
    /// replies with it instead of polling <see cref="Messages"/>.
    /// </summary>
    public event Action<SentMessage>? Delivered
    {
        add => _state.Chats.Delivered += value;
        remove => _state.Chats.Delivered -= value;
    }

    public IReadOnlyList<CallbackAnswer> CallbackAnswers => _state.Recorder.Answers;

    /// <summary>Ids of callback queries pressed by users that the bot has not answered.</summary>
    public IReadOnlyList<string> UnansweredCallbackQueries => _state.Recorder.Unanswered;

    /// <summary>The latest setMyCommands list (empty if never set).</summary>
    public IReadOnlyList<BotCommandInfo> Commands
    {
        get
        {
            var sets = _state.Recorder.CommandSets;
            return sets.Count == 0 ? [] : sets[^1].Commands;
        }
    }

    /// <summary>Every setMyCommands / deleteMyCommands call.</summary>
    public IReadOnlyList<CommandsSet> CommandHistory => _state.Recorder.CommandSets;

    /// <summary>The webhook URL set by setWebhook (empty when none).</summary>
    public string WebhookUrl => _state.Webhook.Url;

    /// <summary>The secret_token given with setWebhook.</summary>
    public string WebhookSecret => _state.Webhook.Secret;

    /// <summary>The allowed_updates given with setWebhook.</summary>
    public IReadOnlyList<string> WebhookAllowedUpdates => _state.Webhook.AllowedUpdates;

    /// <summary>Webhook requests answered with 2xx, and answered otherwise (or not at all).</summary>
    public (int Delivered, int Refused) WebhookDeliveries => (_state.Webhook.Delivered, _state.Webhook.Refused);

    /// <summary>The allowed_updates in force (from the last getUpdates that sent it); empty means all.</summary>
    public IReadOnlyList<string> AllowedUpdates => _state.Updates.AllowedUpdates;

    public IReadOnlyList<ChatActionSent> ChatActions => _state.Recorder.Actions;

    public IReadOnlyList<RequestLogEntry> RequestLog => _state.Recorder.Requests;

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> (case-insensitive) get the fault.</summary>
    public void FailNext(string method, FakeFault fault, int times = 1) => _state.Faults.Add(method, fault, times);

    /// <summary>Faults still queued for the method.</summary>
    public int PendingFaults(string method) => _state.Faults.Pending(method);

    public void ClearFaults() => _state.Faults.Clear();

    /// <summary>Waits until the chat has at least <paramref name="count"/> delivered messages.</summary>
    /// <exception cref="TimeoutException">With a dump of what did arrive.</exception>
    public async Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(long chatId, int count, TimeSpan timeout)
    {
        try
        {
            await WaitUntilAsync(() => Messages(chatId).Count >= count, timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Expected {count} bot message(s) in chat {chatId} within {timeout.TotalSeconds:0.#}s.\n{Dump(chatId)}");
        }

        return Messages(chatId);
    }

    /// <summary>Polls <paramref name="condition"/> every 20 ms until true, or throws <see cref="TimeoutException"/>.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new TimeoutException($"Condition not met within {timeout.TotalSeconds:0.#}s.\n{Dump(null)}");
            }

            await Task.Delay(PollInterval, ct);
        }
    }

    /// <summary>Human-readable state: the chat's (or all) bot messages and the last requests.</summary>
    public string Dump(long? chatId = null)
    {
        var text = new StringBuilder();
        var messages = chatId is { } id ? Messages(id) : AllMessages();
        text.AppendLine(chatId is null ? "Bot messages (all chats):" : $"Bot messages in chat {chatId}:");
        foreach (var m in messages)
        {
            text.AppendLine($"  [{m.ChatId}] {m}");
        }

        if (messages.Count == 0)
        {
            text.AppendLine("  (none)");
        }

        text.AppendLine($"Pending updates: {PendingUpdateCount}. Last requests (successful getUpdates omitted):");
        foreach (var r in RequestLog.Where(r => r.Method != "getUpdates" || r.StatusCode != 200).TakeLast(15))
        {
            text.AppendLine($"  {r.At:HH:mm:ss.fff} {r.Method} -> {r.StatusCode} {r.Description}");
        }

        return text.ToString();
    }
}
