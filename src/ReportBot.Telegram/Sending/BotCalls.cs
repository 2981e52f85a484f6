using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ReportBot.Telegram.Sending;

/// <summary>Makes the Bot API call an outbox entry stands for.</summary>
public sealed class BotCalls(ITelegramBotClient bot)
{
    /// <summary>Performs the call; <paramref name="file"/> is the document's content. Bot API errors surface as the client's exceptions.</summary>
    public async Task ExecuteAsync(OutgoingMessage message, byte[]? file, CancellationToken cancellationToken)
    {
        switch (message.Kind)
        {
            case "callback":
                await bot.AnswerCallbackQuery(message.CallbackQueryId!, message.Text, cancellationToken: cancellationToken);
                break;
            case "document":
                await using (var stream = new MemoryStream(file ?? message.FileBytes ?? []))
                {
                    await bot.SendDocument(message.ChatId, InputFile.FromStream(stream, message.FileName), caption: message.Text, parseMode: ParseMode.Html, cancellationToken: cancellationToken);
                }

                break;
            default:
                await bot.SendMessage(message.ChatId, message.Text!, ParseMode.Html, replyMarkup: Keyboard(message), linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: cancellationToken);
                break;
        }
    }

    private static InlineKeyboardMarkup? Keyboard(OutgoingMessage message) =>
        message.Buttons is { Count: > 0 } rows
            ? new InlineKeyboardMarkup(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))))
            : null;
}
