using ReportBot.FakeBotApi.Cli;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ReportBot.Telegram.Tests.FakeBotApi;

public sealed class FakeBotApiScriptTests : FakeBotApiTestBase
{
    [Fact]
    public async Task Script_plays_texts_buttons_and_waits_and_prints_a_transcript()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var receiving = Bot.ReceiveAsync(HandleAsync, (_, e, _) =>
            {
                errors.Enqueue(e);
                return Task.CompletedTask;
            },
            new ReceiverOptions { AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery] }, stop.Token);
        using var output = new StringWriter();
        var runner = new ScriptRunner(Server, new CliOptions(0, 1001, null, 150, AnswerTimeoutSeconds: 10), new TranscriptWriter(output));

        try
        {
            await runner.RunAsync(["你好", "", "# comment", "[button:文件]", "later", "[wait:1]"], stop.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail(output + "\n" + string.Join("\n", errors) + "\n" + Server.Dump());
        }

        await stop.CancelAsync();
        await Task.WhenAny(receiving, Task.Delay(5000));

        var expected = """
            用户：你好
            机器人：收到：你好
            [文件] [完成]
            用户：[文件]
            机器人：📎 a.txt (3 bytes)
            说明
            用户：later
            机器人：收到：later
            [文件] [完成]
            机器人：延迟消息

            """;
        Assert.Equal(expected.ReplaceLineEndings(), output.ToString().ReplaceLineEndings());
    }

    private static async Task HandleAsync(ITelegramBotClient bot, Update update, CancellationToken ct)
    {
        if (update.CallbackQuery is { } query)
        {
            await bot.AnswerCallbackQuery(query.Id, cancellationToken: ct);
            await bot.SendDocument(query.Message!.Chat, InputFile.FromStream(new MemoryStream([1, 2, 3]), "a.txt"), "说明", cancellationToken: ct);
            return;
        }

        var text = update.Message!.Text!;
        var keyboard = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("文件", "file"), InlineKeyboardButton.WithCallbackData("完成", "done")]]);
        await bot.SendMessage(update.Message.Chat, "收到：" + text, replyMarkup: keyboard, cancellationToken: ct);
        if (text == "later")
        {
            _ = Task.Run(async () =>
            {
                await Task.Delay(600, ct);
                await bot.SendMessage(update.Message.Chat, "延迟消息", cancellationToken: ct);
            }, ct);
        }
    }
}
