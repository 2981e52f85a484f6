using ReportBot.Core.Conversations;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ReportBot.Telegram.Receiving;

/// <summary>
/// Turns a Telegram update into an inbox item, or null when the bot should not react. Private chats are keyed by
/// chat; in groups by chat and user, and only commands, replies to the bot and its buttons count.
/// </summary>
public static class UpdateTranslator
{
    /// <summary>The update types the bot asks Telegram for.</summary>
    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery];

    /// <summary>Translates one update; <paramref name="botId"/> recognises replies to the bot in groups.</summary>
    public static InboxItem? Translate(Update update, long botId)
    {
        switch (update)
        {
            case { CallbackQuery: { Message: { } message } query }:
                var choice = new InboundMessage(message.Chat.Id, "choice", query.Data ?? string.Empty, query.Id);
                return Item(update.Id, message.Chat, query.From.Id, choice);
            case { Message: { } message } when Addressed(message, botId):
                return Item(update.Id, message.Chat, message.From?.Id ?? 0, Describe(message));
            case { EditedMessage: { } edited } when Addressed(edited, botId):
                return Item(update.Id, edited.Chat, edited.From?.Id ?? 0, new InboundMessage(edited.Chat.Id, "edited", string.Empty));
            default:
                return null;
        }
    }

    /// <summary>The conversation key: one interview per private chat, one per member in a group.</summary>
    public static string ConversationKey(Chat chat, long userId) =>
        chat.Type == ChatType.Private ? $"tg:{chat.Id}" : $"tg:{chat.Id}:{userId}";

    /// <summary>The chat a conversation key belongs to ("tg:42" or "tg:-5001:11").</summary>
    public static long ChatIdOf(string conversationKey) =>
        long.Parse(conversationKey.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

    private static InboxItem Item(long updateId, Chat chat, long userId, InboundMessage message) =>
        new(updateId, ConversationKey(chat, userId), message.ToJson());

    private static bool Addressed(Message message, long botId) =>
        message.Chat.Type == ChatType.Private
        || message.Text?.TrimStart().StartsWith('/') == true
        || message.ReplyToMessage?.From?.Id == botId;

    private static InboundMessage Describe(Message message)
    {
        if (message.Text is { } text)
        {
            return new InboundMessage(message.Chat.Id, "text", text);
        }

        var what = message.Type switch
        {
            MessageType.Sticker => "贴纸",
            MessageType.Photo => "图片",
            MessageType.Document => "文件",
            MessageType.Voice or MessageType.Audio => "语音",
            MessageType.Video or MessageType.VideoNote or MessageType.Animation => "视频",
            MessageType.Location or MessageType.Venue => "位置",
            MessageType.Contact => "名片",
            _ => "这类消息",
        };
        return new InboundMessage(message.Chat.Id, "unsupported", what);
    }
}
