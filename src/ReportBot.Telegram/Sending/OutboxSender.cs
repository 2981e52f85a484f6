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
/// A refused token (401) stops the bot instead of failing every reply. A chat's next reply leaves only once the
/// previous one is marked sent: a crash can repeat at most one message per chat. A button's answer (it only stops the
/// button's spinner) is sent beside the chat's messages, which do not wait for it; repeated after a crash, Telegram
/// refuses it as too old and it is marked failed, unseen by the user. Work comes from the outbox queue
/// (fed by the store's commits; at start, the outbox's pending rows), never from polling the database.
/// </summary>
public sealed class OutboxSender(
    IMessagePipelineStore store, BotCalls calls, PipelineQueues queues, IOptions<TelegramOptions> options, FatalStop fatal, ILogger<OutboxSender> logger)
    : QueueService<OutboxItem>(queues.Outbox, o => o.ChannelKey, o => o.Id, fatal, logger)
{
    /// <inheritdoc/>
    protected override Task<IReadOnlyList<OutboxItem>> PendingAsync(CancellationToken cancellationToken) =>
        store.PendingOutboxAsync(null, int.MaxValue, cancellationToken);

    /// <inheritdoc/>
    protected override Task<bool> HandleAsync(OutboxItem item, CancellationToken stoppingToken)
    {
        var message = OutgoingMessage.FromJson(item.Payload);
        if (message.Kind != "callback")
        {
            return DeliverAsync(item, message, stoppingToken);
        }

        // Every button press has one: the press's reply would otherwise wait for its HTTP call and its commit.
        RunAside(item.ChannelKey, () => DeliverAsync(item, message, stoppingToken));
        return Task.FromResult(true);
    }

    /// <summary>Delivers one reply, retrying until it is accepted, refused for good, or the host stops (false).</summary>
    public Task<bool> DeliverAsync(OutboxItem item, CancellationToken stoppingToken) =>
        DeliverAsync(item, OutgoingMessage.FromJson(item.Payload), stoppingToken);

    private async Task<bool> DeliverAsync(OutboxItem item, OutgoingMessage message, CancellationToken stoppingToken)
    {
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
