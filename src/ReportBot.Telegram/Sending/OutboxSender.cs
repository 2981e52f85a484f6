using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;

namespace ReportBot.Telegram.Sending;

/// <summary>
/// Sends committed replies, each chat's in order, chats in parallel. A reply leaves the outbox only when Telegram
/// accepted it or refused it for good; transient failures are retried with backoff, honouring retry_after.
/// </summary>
public sealed class OutboxSender(IMessagePipelineStore store, BotCalls calls, PipelineSignals signals, ILogger<OutboxSender> logger) : PerKeyService
{
    /// <inheritdoc/>
    protected override async Task<IEnumerable<string>> PendingKeysAsync(CancellationToken cancellationToken) =>
        (await store.PendingOutboxAsync(null, 500, cancellationToken)).Select(i => i.ChannelKey).Distinct();

    /// <inheritdoc/>
    protected override Task WaitForWorkAsync(CancellationToken cancellationToken) =>
        signals.WaitOutboxAsync(TimeSpan.FromMilliseconds(500), cancellationToken);

    /// <inheritdoc/>
    protected override async Task DrainAsync(string key, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pending = await store.PendingOutboxAsync(key, 20, CancellationToken.None);
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
