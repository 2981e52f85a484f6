using ReportBot.FakeBotApi.State;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ReportBot.FakeBotApi;

/// <summary>Simulated users. Every method queues one update and returns its update_id.
/// Private chats: chat id = user id (positive). Groups: negative chat id, sender <paramref name="userId"/> or 777.</summary>
public sealed partial class FakeBotApiServer
{
    /// <summary>The sender of group messages when no user id is given.</summary>
    public const long DefaultGroupUserId = UserSimulator.DefaultGroupUserId;

    /// <summary>A text message. A negative chat id is a group even with the default chat type.</summary>
    public long SendText(long chatId, string text, long? userId = null, string chatType = "private") =>
        _users.Text(chatId, text, userId, chatType);

    /// <summary>"/command args" with a bot_command entity; <paramref name="command"/> with or without the slash.</summary>
    public long SendCommand(long chatId, string command, string? args = null, long? userId = null, string chatType = "private") =>
        _users.Text(chatId, "/" + command.TrimStart('/') + (string.IsNullOrEmpty(args) ? "" : " " + args), userId, chatType);

    /// <summary>A group message (chat type "group") from <paramref name="userId"/>.</summary>
    public long SendGroupText(long groupChatId, long userId, string text)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(groupChatId, 0);
        return _users.Text(groupChatId, text, userId, "group");
    }

    /// <summary>A private message forwarded by the user from elsewhere, first sent at <paramref name="original"/> (UTC).</summary>
    public long SendForwarded(long chatId, string text, DateTime original) => _users.Forwarded(chatId, text, original);

    /// <summary>A group message from an anonymous admin (from.id 1087968824, sender_chat = the group).</summary>
    public long SendAsAnonymousAdmin(long groupChatId, string text) => _users.AnonymousAdminText(groupChatId, text);

    /// <summary>From now on every call answers 401 Unauthorized, as Telegram does for a revoked token.</summary>
    public void RevokeToken() => _state.TokenRevoked = true;

    /// <summary>The next update gets id <paramref name="next"/>: update ids restart, as on a fresh Bot API server.</summary>
    public void RestartUpdateIds(long next = 1) => _state.Updates.RestartIds(next);

    /// <summary>A raw update queued as is (its id is replaced by the next one), for updates the helpers do not build.</summary>
    public long SendRawUpdate(string type, Func<long, Update> build) => _state.Updates.Enqueue(type, build);

    /// <summary>A text message replying to a message (bot's or user's) in the chat.</summary>
    public long ReplyTo(long chatId, long replyToMessageId, string text, long? userId = null) =>
        _users.Text(chatId, text, userId, null, replyToMessageId);

    public long SendSticker(long chatId, string emoji = "👍", long? userId = null)
    {
        var file = _state.Files.Add("stickers", "sticker.webp", [0x52, 0x49, 0x46, 0x46]);
        return _users.Send(chatId, userId, null, m => m.Sticker = new Sticker
        {
            FileId = file.FileId,
            FileUniqueId = file.FileUniqueId,
            Type = StickerType.Regular,
            Width = 512,
            Height = 512,
            Emoji = emoji,
            FileSize = file.Bytes.Length,
        });
    }

    public long SendPhoto(long chatId, byte[]? bytes = null, string? caption = null, long? userId = null)
    {
        var file = _state.Files.Add("photos", "photo.jpg", bytes ?? [0xFF, 0xD8, 0xFF, 0xD9]);
        return _users.Send(chatId, userId, null, m =>
        {
            m.Caption = caption;
            m.Photo = [new PhotoSize { FileId = file.FileId, FileUniqueId = file.FileUniqueId, Width = 800, Height = 600, FileSize = file.Bytes.Length }];
        });
    }

    /// <summary>A user uploads a document; the bot can getFile and download its bytes.</summary>
    public long SendDocumentFromUser(long chatId, string fileName, byte[] bytes, string? caption = null,
        string mimeType = "application/octet-stream", long? userId = null)
    {
        var file = _state.Files.Add("documents", fileName, bytes);
        return _users.Send(chatId, userId, null, m =>
        {
            m.Caption = caption;
            m.Document = new Document
            {
                FileId = file.FileId,
                FileUniqueId = file.FileUniqueId,
                FileName = fileName,
                MimeType = mimeType,
                FileSize = bytes.Length,
            };
        });
    }

    public long SendVoice(long chatId, int durationSeconds = 3, byte[]? bytes = null, long? userId = null)
    {
        var file = _state.Files.Add("voice", "voice.oga", bytes ?? [0x4F, 0x67, 0x67, 0x53]);
        return _users.Send(chatId, userId, null, m => m.Voice = new Voice
        {
            FileId = file.FileId,
            FileUniqueId = file.FileUniqueId,
            Duration = durationSeconds,
            MimeType = "audio/ogg",
            FileSize = file.Bytes.Length,
        });
    }

    /// <summary>The user edits their earlier message: an edited_message update.</summary>
    public long EditUserMessage(long chatId, long messageId, string newText) => _users.Edit(chatId, messageId, newText);

    /// <summary>A callback_query for a button on message <paramref name="messageId"/> (which must exist in the chat).</summary>
    public long PressButton(long chatId, long messageId, string callbackData, long? userId = null) =>
        _users.Press(chatId, messageId, callbackData, userId);

    /// <summary>Presses the button with this label on the latest bot message in the chat that has it.</summary>
    public long PressButtonByLabel(long chatId, string label, long? userId = null) =>
        _users.PressByLabel(chatId, label, userId);

    /// <summary>The message_id of the user message carried by an update returned from a Send* method.</summary>
    public long MessageIdOf(long updateId) => _users.MessageIdOf(updateId);

    /// <summary>Updates queued and not yet confirmed by a getUpdates offset.</summary>
    public int PendingUpdateCount => _state.Updates.PendingCount;
}
