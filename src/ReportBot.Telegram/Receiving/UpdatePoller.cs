using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ReportBot.Telegram.Receiving;

/// <summary>
/// Long-polls getUpdates. Updates are committed to the inbox first; only then is the next offset (which confirms
/// them to Telegram) used. Update ids are not trusted to grow forever: at start the poller asks for every
/// unconfirmed update (the inbox recognises redeliveries by id and fingerprint), and ids below the last confirmed
/// one are accepted with a warning. Errors back off instead of spinning; a refused token stops the bot.
/// </summary>
public sealed class UpdatePoller(
    ITelegramBotClient bot, IMessagePipelineStore store, IOptions<TelegramOptions> options, FatalStop fatal, ILogger<UpdatePoller> logger)
    : GuardedService(fatal)
{
    /// <summary>Where the last offset is kept between runs (for noticing a restarted id sequence).</summary>
    public const string OffsetKey = "telegram.offset";

    /// <inheritdoc/>
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var me = await RetryAsync(SetUpAsync, stoppingToken);
        if (me is null)
        {
            return;
        }

        Log.Connected(logger, me.Username, me.Id, options.Value.PollTimeoutSeconds);
        var confirmed = long.TryParse(await store.GetValueAsync(OffsetKey, stoppingToken), NumberStyles.Integer, CultureInfo.InvariantCulture, out var stored) ? stored : 0;

        // Offset 0 first: Telegram returns whatever it has not seen confirmed, which is exactly what may be missing
        // here; a stale stored offset would instead confirm (and so drop) updates of a restarted id sequence.
        var offset = 0L;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates((int)Math.Clamp(offset, int.MinValue, int.MaxValue), 100, options.Value.PollTimeoutSeconds, UpdateTranslator.AllowedUpdates, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                ThrowIfUnauthorized(error, "getUpdates");
                failures++;
                var delay = DeliveryPolicy.RetryAfter(error, failures) ?? DeliveryPolicy.Backoff(failures);
                if (failures == 1)
                {
                    Log.PollFailed(logger, options.Value.Redact(DeliveryPolicy.Describe(error)), delay);
                }

                await Delay(delay, stoppingToken);
                continue;
            }

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
            var next = updates.Max(u => (long)u.Id) + 1;
            // The updates and the offset that will confirm them, in one transaction.
            var added = await store.AddToInboxAsync(
                updates.Select(u => UpdateTranslator.Translate(u, me.Id)).OfType<InboxItem>().ToList(),
                new KeyValuePair<string, string>(OffsetKey, next.ToString(CultureInfo.InvariantCulture)),
                CancellationToken.None);
            var restarted = added.Where(id => id < confirmed).ToList();
            if (restarted.Count > 0)
            {
                Log.IdsRestarted(logger, restarted.Count, restarted.Min(), confirmed);
            }

            offset = next;
            confirmed = offset;
        }
    }

    /// <summary>A 401 (or a 404 to getMe) means the token was revoked or is wrong: stop instead of retrying forever.</summary>
    private void ThrowIfUnauthorized(Exception error, string method)
    {
        if (DeliveryPolicy.IsUnauthorized(error, method))
        {
            throw new BotApiUnauthorizedException(
                $"The Bot API refused the token ({options.Value.Redact(DeliveryPolicy.Describe(error))} on {method}): it was revoked or is wrong; set a valid Telegram__BotToken (Telegram:ApiBaseUrl is {options.Value.ApiBaseUrl}).",
                error);
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
                ThrowIfUnauthorized(error, "getMe");
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
