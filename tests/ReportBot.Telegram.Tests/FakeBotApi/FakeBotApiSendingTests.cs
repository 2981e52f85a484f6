using System.Text;
using ReportBot.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ReportBot.Telegram.Tests.FakeBotApi;

public sealed class FakeBotApiSendingTests : FakeBotApiTestBase
{
    private static readonly InlineKeyboardMarkup Keyboard = new(
    [
        [InlineKeyboardButton.WithCallbackData("确认", "confirm"), InlineKeyboardButton.WithCallbackData("取消", "cancel")],
        [InlineKeyboardButton.WithCallbackData("更多", "more")],
    ]);

    [Fact]
    public async Task SendMessage_with_html_and_inline_keyboard_is_recorded_and_echoed()
    {
        var before = DateTime.UtcNow.AddSeconds(-2);
        var message = await Bot.SendMessage(1001, "<b>周报</b> &lt;草稿&gt;", ParseMode.Html, replyMarkup: Keyboard, cancellationToken: Timeout());

        Assert.Equal(1, message.Id);
        Assert.Equal("周报 <草稿>", message.Text);
        Assert.Equal(1001, message.Chat.Id);
        Assert.True(message.From?.IsBot);
        Assert.InRange(message.Date, before, DateTime.UtcNow.AddSeconds(2));
        Assert.Equal("confirm", message.ReplyMarkup?.InlineKeyboard.First().First().CallbackData);

        var sent = Assert.Single(Server.Messages(1001));
        Assert.Equal("<b>周报</b> &lt;草稿&gt;", sent.Text);
        Assert.Equal("Html", sent.ParseMode, ignoreCase: true);
        Assert.Equal(message.Id, sent.MessageId);
        Assert.Equal(
            [[new InlineButton("确认", "confirm"), new InlineButton("取消", "cancel")], [new InlineButton("更多", "more")]],
            sent.Buttons);
        Assert.Contains("inline_keyboard", sent.ReplyMarkupJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_html_and_oversized_text_are_rejected_like_telegram()
    {
        var badHtml = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1001, "a <br> b", ParseMode.Html, cancellationToken: Timeout()));
        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1001, new string('x', 4097), cancellationToken: Timeout()));

        Assert.Equal(400, badHtml.ErrorCode);
        Assert.Contains("can't parse entities", badHtml.Message, StringComparison.Ordinal);
        Assert.Contains("message is too long", tooLong.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Messages(1001));
    }

    [Fact]
    public async Task SendDocument_from_stream_records_name_bytes_caption_and_keyboard()
    {
        var bytes = Encoding.UTF8.GetBytes("PK fake docx");
        await using var stream = new MemoryStream(bytes);

        var message = await Bot.SendDocument(1001, InputFile.FromStream(stream, "周报.docx"), caption: "<i>本周</i>",
            parseMode: ParseMode.Html, replyMarkup: Keyboard, cancellationToken: Timeout());

        Assert.Equal("周报.docx", message.Document?.FileName);
        Assert.Equal("本周", message.Caption);
        var sent = Assert.Single(Server.Messages(1001));
        Assert.Equal("周报.docx", sent.Document?.FileName);
        Assert.Equal(bytes, sent.Document?.Bytes);
        Assert.Equal("<i>本周</i>", sent.Text);
        Assert.Equal(3, sent.AllButtons.Count());
    }

    [Fact]
    public async Task Button_press_delivers_callback_query_and_answer_is_recorded()
    {
        var message = await Bot.SendMessage(1001, "选择", replyMarkup: Keyboard, cancellationToken: Timeout());
        Server.PressButtonByLabel(1001, "取消");

        var update = Assert.Single(await Bot.GetUpdates(timeout: 0, cancellationToken: Timeout()));
        var query = update.CallbackQuery!;
        Assert.Equal(UpdateType.CallbackQuery, update.Type);
        Assert.Equal("cancel", query.Data);
        Assert.Equal(message.Id, query.Message?.Id);
        Assert.Equal("选择", query.Message?.Text);
        Assert.Equal(1001, query.From.Id);
        Assert.Equal([query.Id], Server.UnansweredCallbackQueries);

        await Bot.AnswerCallbackQuery(query.Id, "已取消", showAlert: true, cancellationToken: Timeout());

        var answer = Assert.Single(Server.CallbackAnswers);
        Assert.Equal((query.Id, "已取消", true), (answer.CallbackQueryId, answer.Text, answer.ShowAlert));
        Assert.Empty(Server.UnansweredCallbackQueries);
    }

    [Fact]
    public async Task EditMessageText_keeps_history_and_rejects_unchanged_edits()
    {
        var message = await Bot.SendMessage(1001, "v1", replyMarkup: Keyboard, cancellationToken: Timeout());

        var edited = await Bot.EditMessageText(1001, message.Id, "<b>v2</b>", ParseMode.Html, cancellationToken: Timeout());
        var same = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageText(1001, message.Id, "<b>v2</b>", ParseMode.Html, cancellationToken: Timeout()));
        await Bot.EditMessageReplyMarkup(1001, message.Id, Keyboard, cancellationToken: Timeout());

        Assert.Equal("v2", edited.Text);
        Assert.Contains("message is not modified", same.Message, StringComparison.Ordinal);
        var sent = Assert.Single(Server.Messages(1001));
        Assert.Equal("<b>v2</b>", sent.Text);
        Assert.Equal(3, sent.AllButtons.Count());
        Assert.Equal(["v1", "<b>v2</b>"], sent.Edits.Select(e => e.Text));
        Assert.Empty(sent.Edits[1].Buttons);
    }

    [Fact]
    public async Task Commands_chat_actions_webhook_and_delete_are_handled()
    {
        await Bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: Timeout());
        await Bot.SetMyCommands([new BotCommand("start", "开始"), new BotCommand("report", "写周报")], cancellationToken: Timeout());
        await Bot.SendChatAction(1001, ChatAction.UploadDocument, cancellationToken: Timeout());
        var message = await Bot.SendMessage(1001, "bye", cancellationToken: Timeout());
        await Bot.DeleteMessage(1001, message.Id, Timeout());

        var commands = await Bot.GetMyCommands(cancellationToken: Timeout());

        Assert.Equal(["start", "report"], commands.Select(c => c.Command));
        Assert.Equal(new BotCommandInfo("report", "写周报"), Server.Commands[1]);
        Assert.Equal("upload_document", Assert.Single(Server.ChatActions).Action);
        Assert.True(Assert.Single(Server.Messages(1001)).IsDeleted);
        Assert.Contains(Server.RequestLog, r => r.Method == "deleteWebhook" && r.StatusCode == 200);
    }

    [Fact]
    public async Task Unknown_method_answers_404_method_not_found()
    {
        using var response = await Http.PostAsync(new Uri($"{Server.BaseUrl}bot{Server.Token}/sendUnicorn"), null, Timeout());
        var body = await response.Content.ReadAsStringAsync(Timeout());

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("""{"ok":false,"error_code":404,"description":"Not Found: method not found"}""", body);
    }

    [Fact]
    public async Task Method_names_are_case_insensitive()
    {
        using var response = await Http.PostAsync(new Uri($"{Server.BaseUrl}bot{Server.Token}/GETME"), null, Timeout());

        Assert.Equal(200, (int)response.StatusCode);
    }
}
