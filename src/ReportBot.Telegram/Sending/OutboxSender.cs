using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;

namespace ReportBot.Telegram.Sending;

/// <summary>
/// Sends committed replies, each chat's in order, chats in parallel. A reply leaves the outbox only when Telegram
/// accepted it or refused it for good; transient failures are retried with backoff, honouring retry_after.
/// </summary>
public sealed class OutboxSender(IMessagePipelineStore store, BotCalls calls, PipelineSignals signals, ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly KeyedWorkers _workers = new();

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var channel in (await store.PendingOutboxAsync(null, 500, stoppingToken)).Select(i => i.ChannelKey).Distinct())
                {
                    _workers.Start(channel, () => DrainAsync(channel, stoppingToken));
                }

                await signals.WaitOutboxAsync(TimeSpan.FromMilliseconds(500), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        await _workers.WhenAllAsync();
    }

    private async Task DrainAsync(string channel, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pending = await store.PendingOutboxAsync(channel, 20, CancellationToken.None);
            if (pending.Count == 0)
            {
                return;
            }

            foreach (var item in pending)
            {
                if (stoppingToken.IsCancellationRequested || !await DeliverAsync(item, stoppingToken))
                {
                    return;
                }
            }
        }
    }

    /// <summary>Delivers one reply, retrying until it is accepted, refused for good, or the host stops.</summary>
    private async Task<bool> DeliverAsync(OutboxItem item, CancellationToken stoppingToken)
    {
        var message = OutgoingMessage.FromJson(item.Payload);
        for (var attempt = item.Attempts + 1; ; attempt++)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await calls.ExecuteAsync(message, timeout.Token);
                await CrashPoints.ReachedAsync(CrashPoints.MidSend);
                await store.MarkSentAsync(item.Id, CancellationToken.None);
                if (attempt > 1)
                {
                    Log.SendRecovered(logger, item.ChannelKey, attempt);
                }

                return true;
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                var wait = DeliveryPolicy.RetryAfter(error, attempt);
                if (wait is null)
                {
                    Log.SendRefused(logger, item.ChannelKey, DeliveryPolicy.Describe(error));
                    await store.MarkFailedAsync(item.Id, DeliveryPolicy.Describe(error), CancellationToken.None);
                    return true;
                }

                await store.RecordAttemptAsync(item.Id, CancellationToken.None);
                if (attempt == item.Attempts + 1)
                {
                    Log.SendRetry(logger, item.ChannelKey, DeliveryPolicy.Describe(error), wait.Value);
                }

                try
                {
                    await Task.Delay(wait.Value, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
            }
        }
    }
}
