using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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
    /// <summary>The user Telegram shows as the sender of an anonymous group admin's messages (@GroupAnonymousBot).</summary>
    public const long AnonymousAdminId = 1087968824;

    /// <summary>The update types the bot asks Telegram for.</summary>
    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery];

    /// <summary>Translates one update; <paramref name="botId"/> recognises replies to the bot in groups.</summary>
    public static InboxItem? Translate(Update update, long botId)
    {
        switch (update)
        {
            case { CallbackQuery: { Message: { } message } query }:
                var choice = new InboundMessage(message.Chat.Id, "choice", query.Data ?? string.Empty, query.Id) { UserId = query.From.Id, UserName = NameOf(query.From) };
                return Item(update.Id, message.Chat, query.From.Id, choice, "c:" + query.Id);
            case { Message: { } message } when Addressed(message, botId):
                return Item(update.Id, message.Chat, message.From?.Id ?? 0, Describe(message) with { SentAt = message.Date }, Print("m", message, message.Date));
            case { EditedMessage: { } edited } when Addressed(edited, botId):
                var when = edited.EditDate ?? edited.Date;
                var inbound = new InboundMessage(edited.Chat.Id, "edited", string.Empty) { SentAt = when };
                return Item(update.Id, edited.Chat, edited.From?.Id ?? 0, inbound, Print("e", edited, when));
            default:
                return null;
        }
    }

    /// <summary>The conversation key: one interview per private chat, one per member in a group.</summary>
    public static string ConversationKey(Chat chat, long userId) =>
        chat.Type == ChatType.Private ? $"tg:{chat.Id}" : $"tg:{chat.Id}:{userId}";

    /// <summary>The chat a conversation key belongs to ("tg:42" or "tg:-5001:11").</summary>
    public static long ChatIdOf(string conversationKey) =>
        long.Parse(conversationKey.Split(':')[1], CultureInfo.InvariantCulture);

    /// <summary>The user of a conversation key: the member in a group, the chat in a private chat.</summary>
    public static long UserIdOf(string conversationKey)
    {
        var parts = conversationKey.Split(':');
        return long.Parse(parts[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>True for a group member's conversation ("tg:-5001:11").</summary>
    public static bool IsGroupKey(string conversationKey) => conversationKey.Split(':').Length == 3;

    private static InboxItem Item(long updateId, Chat chat, long userId, InboundMessage message, string fingerprint)
    {
        var full = message with
        {
            UserId = userId,
            Group = chat.Type is ChatType.Group or ChatType.Supergroup,
        };
        var payload = full.ToJson();
        return new InboxItem(updateId, ConversationKey(chat, userId), payload) { Fingerprint = fingerprint + ":" + Hash(payload) };
    }

    /// <summary>Chat, message and date: what a redelivery shares and a restarted id sequence almost never does.</summary>
    private static string Print(string kind, Message message, DateTime date) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}:{message.Chat.Id}:{message.Id}:{new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)).ToUnixTimeSeconds()}");

    private static string Hash(string payload) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(payload)))[..16];

    private static bool Addressed(Message message, long botId) =>
        message.Chat.Type == ChatType.Private
        || message.Text?.TrimStart().StartsWith('/') == true
        || message.ReplyToMessage?.From?.Id == botId;

    private static string? NameOf(User? user) =>
        user is null ? null : string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))).Trim() is { Length: > 0 } name ? name : user.Username;

    private static InboundMessage Describe(Message message)
    {
        var anonymous = message.SenderChat is not null || message.From?.Id == AnonymousAdminId;
        if (message.Text is { } text)
        {
            return new InboundMessage(message.Chat.Id, "text", text)
            {
                UserName = NameOf(message.From),
                Anonymous = anonymous,
                ForwardedFrom = message.ForwardOrigin?.Date is { } original ? new DateTimeOffset(DateTime.SpecifyKind(original, DateTimeKind.Utc)) : null,
            };
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
        return new InboundMessage(message.Chat.Id, "unsupported", what) { UserName = NameOf(message.From), Anonymous = anonymous };
    }
}
