using System.Text.Json;
using ReportBot.FakeBotApi.Protocol;
using ReportBot.FakeBotApi.State;
using Telegram.Bot.Types;

namespace ReportBot.FakeBotApi.Methods;

/// <summary>sendMessage and sendDocument: validate like Telegram, record, return the new Message.</summary>
internal sealed class SendMethods(FakeBotState state)
{
    public void Register(IDictionary<string, BotMethod> map)
    {
        map["sendMessage"] = (r, _) => Task.FromResult(SendMessage(r));
        map["sendDocument"] = (r, _) => Task.FromResult(SendDocument(r));
    }

    private ApiResponse SendMessage(BotRequest r)
    {
        if (r.GetLong("chat_id") is not { } chatId)
        {
            return ApiResponse.BadRequest("chat not found");
        }

        var text = r.GetString("text");
        if (string.IsNullOrEmpty(text))
        {
            return ApiResponse.BadRequest("message text is empty");
        }

        var parseMode = r.GetString("parse_mode");
        var error = HtmlChecker.Check(text, parseMode, out var visible)
            ?? (visible.Length > 4096 ? "message is too long" : null);
        var markup = ReplyMarkupInfo.Read(r.GetJson("reply_markup"));
        if ((error ?? markup.Error) is { } problem)
        {
            return ApiResponse.BadRequest(problem);
        }

        var replyTo = ReplyToId(r);
        var message = state.Chats.Add(chatId, id => NewMessage(r, chatId, id, replyTo, markup, m => m.Text = visible));
        state.Chats.RecordSent(Sent(chatId, message.Id, "sendMessage", text, parseMode, markup, null, replyTo));
        return ApiResponse.Ok(message);
    }

    private ApiResponse SendDocument(BotRequest r)
    {
        if (r.GetLong("chat_id") is not { } chatId)
        {
            return ApiResponse.BadRequest("chat not found");
        }

        var upload = r.GetFile("document");
        var reference = r.GetString("document");
        if (upload is null && string.IsNullOrEmpty(reference))
        {
            return ApiResponse.BadRequest("there is no document in the request");
        }

        var caption = r.GetString("caption");
        var parseMode = r.GetString("parse_mode");
        var visible = "";
        var error = caption is null ? null
            : HtmlChecker.Check(caption, parseMode, out visible) ?? (visible.Length > 1024 ? "message caption is too long" : null);
        var markup = ReplyMarkupInfo.Read(r.GetJson("reply_markup"));
        if ((error ?? markup.Error) is { } problem)
        {
            return ApiResponse.BadRequest(problem);
        }

        if (upload is { Bytes.Length: 0 })
        {
            return ApiResponse.BadRequest("file must be non-empty");
        }

        var document = new SentDocument(upload?.FileName ?? reference!, upload?.Bytes ?? []);
        var replyTo = ReplyToId(r);
        var message = state.Chats.Add(chatId, id => NewMessage(r, chatId, id, replyTo, markup, m =>
        {
            m.Caption = caption is null ? null : visible;
            m.Document = new Document
            {
                FileId = $"BOTDOC{chatId}_{id}",
                FileUniqueId = $"BOTDOCU{chatId}_{id}",
                FileName = document.FileName,
                FileSize = document.Bytes.Length,
                MimeType = "application/octet-stream",
            };
        }));
        state.Chats.RecordSent(Sent(chatId, message.Id, "sendDocument", caption, parseMode, markup, document, replyTo));
        return ApiResponse.Ok(message);
    }

    private Message NewMessage(BotRequest r, long chatId, int id, long? replyTo, ReplyMarkupInfo markup, Action<Message> fill)
    {
        var message = new Message
        {
            Id = id,
            Date = Actors.Now(),
            Chat = Actors.Chat(chatId),
            From = Actors.Bot(r.BotId),
            ReplyMarkup = markup.Inline,
            ReplyToMessage = replyTo is { } target ? state.Chats.Find(chatId, target) : null,
        };
        fill(message);
        return message;
    }

    private static SentMessage Sent(long chatId, long messageId, string method, string? text, string? parseMode,
        ReplyMarkupInfo markup, SentDocument? document, long? replyTo) =>
        new(chatId, messageId, method, text, parseMode, markup.Buttons, markup.Json, document, replyTo,
            DateTimeOffset.UtcNow, [], false);

    private static long? ReplyToId(BotRequest r) =>
        r.GetJson("reply_parameters") is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("message_id", out var id)
            ? id.GetInt64()
            : r.GetLong("reply_to_message_id");
}
