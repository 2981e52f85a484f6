using System.Globalization;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ReportBot.FakeBotApi.Protocol;

/// <summary>Users, the bot and chats as Bot API objects.</summary>
internal static class Actors
{
    public const string BotUsername = "reportbot_test_bot";

    public static User Bot(long botId) => new()
    {
        Id = botId,
        IsBot = true,
        FirstName = "ReportBot",
        Username = BotUsername,
        CanJoinGroups = true,
        CanReadAllGroupMessages = false,
        SupportsInlineQueries = false,
    };

    public static User User(long userId) => new()
    {
        Id = userId,
        IsBot = false,
        FirstName = "User" + userId.ToString(CultureInfo.InvariantCulture),
        Username = "user" + userId.ToString(CultureInfo.InvariantCulture),
        LanguageCode = "zh-hans",
    };

    /// <summary>Positive ids are private chats, negative ids groups (below -10^12: supergroups).</summary>
    public static Chat Chat(long chatId, string? type = null)
    {
        var chatType = type?.ToLowerInvariant() switch
        {
            "private" => ChatType.Private,
            "group" => ChatType.Group,
            "supergroup" => ChatType.Supergroup,
            "channel" => ChatType.Channel,
            null => chatId > 0 ? ChatType.Private : chatId < -1_000_000_000_000 ? ChatType.Supergroup : ChatType.Group,
            _ => throw new ArgumentException($"Unknown chat type '{type}'.", nameof(type)),
        };
        var id = chatId.ToString(CultureInfo.InvariantCulture);
        return chatType == ChatType.Private
            ? new Chat { Id = chatId, Type = chatType, FirstName = "User" + id, Username = "user" + id }
            : new Chat { Id = chatId, Type = chatType, Title = "Group " + id };
    }

    public static DateTime Now()
    {
        var now = DateTime.UtcNow;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    /// <summary>A deep copy through the Bot API JSON shape.</summary>
    public static Message Clone(Message message) =>
        JsonSerializer.Deserialize<Message>(JsonSerializer.Serialize(message, JsonBotAPI.Options), JsonBotAPI.Options)!;
}
