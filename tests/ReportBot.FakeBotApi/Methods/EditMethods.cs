using ReportBot.FakeBotApi.Protocol;
using ReportBot.FakeBotApi.State;
using Telegram.Bot.Types;

namespace ReportBot.FakeBotApi.Methods;

/// <summary>editMessageText, editMessageReplyMarkup, editMessageCaption, deleteMessage.</summary>
internal sealed class EditMethods(FakeBotState state)
{
    private const string NotModified = "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    public void Register(IDictionary<string, BotMethod> map)
    {
        map["editMessageText"] = (r, _) => Task.FromResult(Edit(r, "text", 4096));
        map["editMessageCaption"] = (r, _) => Task.FromResult(Edit(r, "caption", 1024));
        map["editMessageReplyMarkup"] = (r, _) => Task.FromResult(Edit(r, null, 0));
        map["deleteMessage"] = (r, _) => Task.FromResult(Delete(r));
    }

    private ApiResponse Edit(BotRequest r, string? field, int limit)
    {
        if (r.GetString("inline_message_id") is { Length: > 0 })
        {
            return ApiResponse.Ok(true);
        }

        if (r.GetLong("chat_id") is not { } chatId || r.GetLong("message_id") is not { } messageId
            || state.Chats.Find(chatId, messageId) is not { } message
            || state.Chats.Sent(chatId).FirstOrDefault(m => m.MessageId == messageId) is not { } sent)
        {
            return ApiResponse.BadRequest("message to edit not found");
        }

        var text = field is null ? sent.Text : r.GetString(field);
        var parseMode = field is null ? sent.ParseMode : r.GetString("parse_mode");
        var visible = "";
        var error = field == "text" && string.IsNullOrEmpty(text) ? "message text is empty" : null;
        error ??= text is null ? null : HtmlChecker.Check(text, parseMode, out visible);
        error ??= field is not null && visible.Length > limit ? "message is too long" : null;
        var markup = ReplyMarkupInfo.Read(r.GetJson("reply_markup"));
        if ((error ?? markup.Error) is { } problem)
        {
            return ApiResponse.BadRequest(problem);
        }

        if (text == sent.Text && parseMode == sent.ParseMode && markup.Json == sent.ReplyMarkupJson)
        {
            return ApiResponse.BadRequest(NotModified);
        }

        var edited = Actors.Clone(message);
        edited.EditDate = Actors.Now();
        edited.ReplyMarkup = markup.Inline;
        if (field == "text")
        {
            edited.Text = visible;
        }
        else if (field == "caption")
        {
            edited.Caption = text is null ? null : visible;
        }

        state.Chats.Replace(chatId, edited);
        state.Chats.Update(chatId, messageId, s => s with
        {
            Text = text,
            ParseMode = parseMode,
            Buttons = markup.Buttons,
            ReplyMarkupJson = markup.Json,
            Edits = [.. s.Edits, new MessageEdit(s.Text, s.ParseMode, s.Buttons, DateTimeOffset.UtcNow)],
        });
        return ApiResponse.Ok(edited);
    }

    private ApiResponse Delete(BotRequest r)
    {
        if (r.GetLong("chat_id") is not { } chatId || r.GetLong("message_id") is not { } messageId
            || !state.Chats.Remove(chatId, messageId))
        {
            return ApiResponse.BadRequest("message to delete not found");
        }

        return ApiResponse.Ok(true);
    }
}
