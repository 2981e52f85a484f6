using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ReportBot.LoadTest;

/// <summary>
/// The baseline: the smallest useful bot on Telegram.Bot. It long-polls and echoes every text, each update handled on
/// its own task (parallel handling, as Telegram developers set it up for throughput); no state, no storage.
/// </summary>
internal static class EchoBot
{
    public const string Command = "echo-bot";

    public const string ReadyMarker = "echo-bot: polling";

    public static async Task<int> RunAsync(Uri api, string token)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var bot = new TelegramBotClient(new TelegramBotClientOptions(token, api.ToString().TrimEnd('/')), http);
        await bot.DeleteWebhook(cancellationToken: stop.Token);
        Console.WriteLine(ReadyMarker);
        var offset = 0;
        while (!stop.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, 100, 25, [UpdateType.Message], stop.Token);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"echo-bot: {error.Message}");
                await Task.Delay(500, stop.Token);
                continue;
            }

            foreach (var update in updates)
            {
                offset = update.Id + 1;
                if (update.Message is { Text: { } text } message)
                {
                    _ = Task.Run(() => EchoAsync(bot, message.Chat.Id, text, stop.Token));
                }
            }
        }

        return 0;
    }

    private static async Task EchoAsync(TelegramBotClient bot, long chat, string text, CancellationToken cancellationToken)
    {
        try
        {
            await bot.SendMessage(chat, text, cancellationToken: cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"echo-bot: {error.Message}");
        }
    }
}
