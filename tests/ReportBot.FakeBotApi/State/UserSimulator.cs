using System.Collections.Concurrent;
using ReportBot.FakeBotApi.Protocol;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ReportBot.FakeBotApi.State;

/// <summary>Builds what simulated users do as Bot API updates and queues them.</summary>
internal sealed class UserSimulator(FakeBotState state)
{
    public const long DefaultGroupUserId = 777;

    /// <summary>Telegram's sender id for anonymous group admins.</summary>
    public const long AnonymousAdminId = 1087968824;

    private readonly ConcurrentDictionary<long, long> _messageIdByUpdate = new();
    private int _callbackCounter;

    public long MessageIdOf(long updateId) =>
        _messageIdByUpdate.TryGetValue(updateId, out var id)
            ? id
            : throw new ArgumentException($"Update {updateId} carries no user message.", nameof(updateId));

    /// <summary>Queues a new user message; <paramref name="fill"/> sets its content.</summary>
    public long Send(long chatId, long? userId, string? chatType, Action<Message> fill)
    {
        var chat = Actors.Chat(chatId, chatId < 0 && chatType == "private" ? null : chatType);
        var from = Actors.User(userId ?? (chat.Type == ChatType.Private ? chatId : DefaultGroupUserId));
        var message = state.Chats.Add(chatId, id =>
        {
            var m = new Message { Id = id, Date = Actors.Now(), Chat = chat, From = from };
            fill(m);
            return m;
        });
        var updateId = state.Updates.Enqueue("message", id => new Update { Id = (int)id, Message = message });
        _messageIdByUpdate[updateId] = message.Id;
        return updateId;
    }

    /// <summary>A message the user forwards from another chat, first sent at <paramref name="original"/>.</summary>
    public long Forwarded(long chatId, string text, DateTime original) =>
        Send(chatId, null, "private", m =>
        {
            m.Text = text;
            m.ForwardOrigin = new MessageOriginUser { Date = original, SenderUser = Actors.User(chatId + 1) };
        });

    /// <summary>A group message as Telegram shows an anonymous admin's: from @GroupAnonymousBot, on behalf of the group.</summary>
    public long AnonymousAdminText(long groupChatId, string text) =>
        Send(groupChatId, AnonymousAdminId, "group", m =>
        {
            m.Text = text;
            m.From = new User { Id = AnonymousAdminId, IsBot = true, FirstName = "Group", Username = "GroupAnonymousBot" };
            m.SenderChat = Actors.Chat(groupChatId, "group");
            if (text.StartsWith('/'))
            {
                m.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = text.Split(' ')[0].Length }];
            }
        });

    public long Text(long chatId, string text, long? userId, string? chatType, long? replyTo = null) =>
        Send(chatId, userId, chatType, m =>
        {
            m.Text = text;
            if (text.StartsWith('/'))
            {
                var end = text.IndexOfAny([' ', '\n']);
                m.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = end < 0 ? text.Length : end }];
            }

            if (replyTo is { } target)
            {
                m.ReplyToMessage = state.Chats.Find(chatId, target)
                    ?? throw new InvalidOperationException($"Chat {chatId} has no message {target} to reply to.");
            }
        });

    public long Edit(long chatId, long messageId, string newText)
    {
        var original = state.Chats.Find(chatId, messageId)
            ?? throw new InvalidOperationException($"Chat {chatId} has no message {messageId} to edit.");
        if (original.From?.IsBot != false)
        {
            throw new InvalidOperationException($"Message {messageId} in chat {chatId} was not sent by a user.");
        }

        var edited = Actors.Clone(original);
        edited.Text = newText;
        edited.EditDate = Actors.Now();
        state.Chats.Replace(chatId, edited);
        return state.Updates.Enqueue("edited_message", id => new Update { Id = (int)id, EditedMessage = edited });
    }

    public long Press(long chatId, long messageId, string callbackData, long? userId)
    {
        var message = state.Chats.Find(chatId, messageId)
            ?? throw new InvalidOperationException($"Chat {chatId} has no message {messageId}; cannot press its button.");
        var queryId = "cbq" + Interlocked.Increment(ref _callbackCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var from = Actors.User(userId ?? (chatId > 0 ? chatId : DefaultGroupUserId));
        state.Recorder.CallbackAsked(queryId);
        return state.Updates.Enqueue("callback_query", id => new Update
        {
            Id = (int)id,
            CallbackQuery = new CallbackQuery
            {
                Id = queryId,
                From = from,
                Message = Actors.Clone(message),
                ChatInstance = "ci" + chatId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Data = callbackData,
            },
        });
    }

    public long PressByLabel(long chatId, string label, long? userId)
    {
        var target = state.Chats.Sent(chatId).LastOrDefault(m => !m.IsDeleted && m.FindButton(label) is not null)
            ?? throw new InvalidOperationException($"No bot message in chat {chatId} has a button labelled '{label}'.");
        var button = target.FindButton(label)!;
        return Press(chatId, target.MessageId, button.CallbackData
            ?? throw new InvalidOperationException($"Button '{label}' has no callback_data."), userId);
    }
}
