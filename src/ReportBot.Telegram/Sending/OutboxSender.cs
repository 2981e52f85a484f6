using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Telegram.Fatal;

namespace ReportBot.Telegram.Sending;

/// <summary>
/// Sends committed replies, each chat's in order, chats in parallel. A reply leaves the outbox only when Telegram
/// accepted it or refused it for good; transient failures are retried with backoff, honouring retry_after. Once
/// Telegram accepted a reply it is only ever marked sent (a locked database is waited out by the store; a broken one
/// stops the bot, and the reply goes out again after the restart: a duplicate, never a reply recorded as failed).
/// A refused token (401) stops the bot instead of failing every reply.
/// </summary>
public sealed class OutboxSender(
    IMessagePipelineStore store, BotCalls calls, PipelineSignals signals, IOptions<TelegramOptions> options, FatalStop fatal, ILogger<OutboxSender> logger)
    : PerKeyService(fatal, logger)
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
        byte[]? file = null;
        if (item.DocumentId is { } documentId)
        {
            if (await store.LoadDocumentAsync(documentId, CancellationToken.None) is not { } document)
            {
                Log.DocumentGone(logger, item.Id, documentId);
                await store.MarkFailedAsync(item.Id, "document gone", CancellationToken.None);
                return true;
            }

            file = document.Content;
        }

        for (var attempt = item.Attempts + 1; ; attempt++)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await calls.ExecuteAsync(message, file, timeout.Token);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                var described = options.Value.Redact(DeliveryPolicy.Describe(error));
                if (DeliveryPolicy.IsUnauthorized(error, message.Kind))
                {
                    throw new BotApiUnauthorizedException($"The Bot API refused the token ({described}) while sending: it was revoked or is wrong; set a valid Telegram__BotToken.", error);
                }

                var wait = DeliveryPolicy.RetryAfter(error, attempt);
                if (wait is null)
                {
                    Log.SendRefused(logger, item.ChannelKey, described);
                    await store.MarkFailedAsync(item.Id, described, CancellationToken.None);
                    return true;
                }

                await store.RecordAttemptAsync(item.Id, CancellationToken.None);
                if (attempt == item.Attempts + 1)
                {
                    Log.SendRetry(logger, item.ChannelKey, described, wait.Value);
                }

                try
                {
                    await Task.Delay(wait.Value, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return false;
                }

                continue;
            }

            // Accepted by Telegram: from here on the reply can only be marked sent.
            await CrashPoints.ReachedAsync(CrashPoints.MidSend);
            await store.MarkSentAsync(item.Id, CancellationToken.None);
            if (attempt > 1)
            {
                Log.SendRecovered(logger, item.ChannelKey, attempt);
            }

            return true;
        }
    }
}
