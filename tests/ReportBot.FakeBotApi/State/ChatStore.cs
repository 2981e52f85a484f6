using Telegram.Bot.Types;

namespace ReportBot.FakeBotApi.State;

/// <summary>Every message per chat (user and bot, as Bot API objects) plus what the bot delivered.</summary>
internal sealed class ChatStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, long> _nextMessageId = [];
    private readonly Dictionary<(long Chat, long Message), Message> _messages = [];
    private readonly Dictionary<long, List<SentMessage>> _sent = [];

    /// <summary>Told of every delivered message after it is recorded (the load harness times replies with it).</summary>
    public event Action<SentMessage>? Delivered;

    /// <summary>Allocates a message id, builds the message with it and stores it.</summary>
    public Message Add(long chatId, Func<int, Message> build)
    {
        lock (_gate)
        {
            var id = _nextMessageId.GetValueOrDefault(chatId, 1);
            _nextMessageId[chatId] = id + 1;
            var message = build((int)id);
            _messages[(chatId, id)] = message;
            return message;
        }
    }

    public Message? Find(long chatId, long messageId)
    {
        lock (_gate)
        {
            return _messages.GetValueOrDefault((chatId, messageId));
        }
    }

    public bool Remove(long chatId, long messageId)
    {
        lock (_gate)
        {
            var removed = _messages.Remove((chatId, messageId));
            Update(chatId, messageId, m => m with { IsDeleted = true });
            return removed;
        }
    }

    public void Replace(long chatId, Message message)
    {
        lock (_gate)
        {
            _messages[(chatId, message.Id)] = message;
        }
    }

    public void RecordSent(SentMessage sent)
    {
        lock (_gate)
        {
            if (!_sent.TryGetValue(sent.ChatId, out var list))
            {
                _sent[sent.ChatId] = list = [];
            }

            list.Add(sent);
        }

        Delivered?.Invoke(sent);
    }

    /// <summary>Replaces the recorded bot message; returns false if the bot never sent it.</summary>
    public bool Update(long chatId, long messageId, Func<SentMessage, SentMessage> change)
    {
        lock (_gate)
        {
            if (!_sent.TryGetValue(chatId, out var list))
            {
                return false;
            }

            var index = list.FindIndex(m => m.MessageId == messageId);
            if (index < 0)
            {
                return false;
            }

            list[index] = change(list[index]);
            return true;
        }
    }

    public IReadOnlyList<SentMessage> Sent(long chatId)
    {
        lock (_gate)
        {
            return _sent.TryGetValue(chatId, out var list) ? [.. list] : [];
        }
    }

    public IReadOnlyList<SentMessage> AllSent()
    {
        lock (_gate)
        {
            return [.. _sent.Values.SelectMany(l => l).OrderBy(m => m.SentAt)];
        }
    }
}
