using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ReportBot.Telegram.Receiving;

/// <summary>
/// Long-polls getUpdates. Updates are committed to the inbox first; only then is the next offset (which confirms
/// them to Telegram) used. Errors back off instead of spinning.
/// </summary>
public sealed class UpdatePoller(
    ITelegramBotClient bot, IMessagePipelineStore store, PipelineSignals signals, IOptions<TelegramOptions> options, ILogger<UpdatePoller> logger)
    : BackgroundService
{
    /// <summary>Where the next offset is kept between runs.</summary>
    public const string OffsetKey = "telegram.offset";

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var me = await RetryAsync(SetUpAsync, stoppingToken);
        if (me is null)
        {
            return;
        }

        Log.Connected(logger, me.Username, me.Id, options.Value.PollTimeoutSeconds);
        var offset = int.Parse(await store.GetValueAsync(OffsetKey, stoppingToken) ?? "0", CultureInfo.InvariantCulture);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, UpdateTranslator.AllowedUpdates, stoppingToken);
                if (failures > 0)
                {
                    Log.PollRecovered(logger, failures);
                    failures = 0;
                }

                if (updates.Length == 0)
                {
                    continue;
                }

                await CrashPoints.ReachedAsync(CrashPoints.AfterReceive);
                await store.AddToInboxAsync(updates.Select(u => UpdateTranslator.Translate(u, me.Id)).OfType<InboxItem>().ToList(), CancellationToken.None);
                offset = updates.Max(u => u.Id) + 1;
                await store.SetValueAsync(OffsetKey, offset.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
                signals.InboxChanged();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                failures++;
                var delay = DeliveryPolicy.RetryAfter(error, failures) ?? DeliveryPolicy.Backoff(failures);
                if (failures == 1)
                {
                    Log.PollFailed(logger, options.Value.Redact(DeliveryPolicy.Describe(error)), delay);
                }

                await Delay(delay, stoppingToken);
            }
        }
    }

    private async Task<User> SetUpAsync(CancellationToken cancellationToken)
    {
        var me = await bot.GetMe(cancellationToken);
        await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: cancellationToken);
        await bot.SetMyCommands(CommandParser.Menu.Select(c => new BotCommand { Command = c.Name, Description = c.Description }), cancellationToken: cancellationToken);
        return me;
    }

    private async Task<T?> RetryAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken stoppingToken)
        where T : class
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                return await action(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                var delay = DeliveryPolicy.Backoff(attempt);
                if (attempt == 1)
                {
                    Log.PollFailed(logger, options.Value.Redact(DeliveryPolicy.Describe(error)), delay);
                }

                await Delay(delay, stoppingToken);
            }
        }

        return null;
    }

    private static async Task Delay(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
