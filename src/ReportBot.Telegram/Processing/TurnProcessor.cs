using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Receiving;

namespace ReportBot.Telegram.Processing;

/// <summary>
/// Applies inbox updates: each conversation's strictly in arrival order, conversations in parallel. A turn's
/// session change, its replies and the update's "applied" mark are committed together, so an update is applied
/// exactly once even across crashes and redeliveries. An update whose turn throws (engine, rendering, a corrupt
/// payload) is logged with its id and tried again up to <see cref="MaxAttempts"/> times (counted in the store, so a
/// crash loop is bounded too); then it is marked failed, kept for inspection, the user is told, and the
/// conversation goes on. Storage faults are not the update's fault: they stop the bot instead. Work comes from the
/// inbox queue (fed by the store's commits; at start, the inbox's pending rows), never from polling the database.
/// </summary>
public sealed class TurnProcessor(
    IMessagePipelineStore store, TurnHandler handler, ReplyRenderer renderer, PipelineQueues queues, IOptions<TelegramOptions> options, FatalStop fatal, ILogger<TurnProcessor> logger)
    : QueueService<InboxItem>(queues.Inbox, i => i.ConversationKey, i => i.Id, fatal, logger)
{
    /// <summary>How often one update is tried before it is marked failed.</summary>
    public const int MaxAttempts = 3;

    /// <inheritdoc/>
    protected override Task<IReadOnlyList<InboxItem>> PendingAsync(CancellationToken cancellationToken) =>
        store.PendingInboxAsync(null, int.MaxValue, cancellationToken);

    /// <inheritdoc/>
    protected override async Task<bool> HandleAsync(InboxItem item, CancellationToken stoppingToken)
    {
        // A failed attempt keeps the update at the head of its conversation: it is tried again before anything behind it.
        while (!await ApplyAsync(item))
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Applies one update (in-flight work is finished even while the host stops); false when it failed and stays pending.</summary>
    public async Task<bool> ApplyAsync(InboxItem item)
    {
        var attempt = await store.BeginAttemptAsync(item.Id, CancellationToken.None);
        if (attempt > MaxAttempts)
        {
            await DeadLetterAsync(item, "the process stopped while applying it", attempt - 1);
            return true;
        }

        try
        {
            await handler.HandleAsync(item);
            return true;
        }
        catch (Exception error) when (error is not (StorageException or BotApiUnauthorizedException))
        {
            var cause = options.Value.Redact(FatalStop.Describe(error));
            Log.TurnFailed(logger, item.UpdateId, attempt, MaxAttempts, cause);
            if (attempt >= MaxAttempts)
            {
                await DeadLetterAsync(item, cause, attempt);
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
            return false;
        }
    }

    /// <summary>Marks the update failed and tells the user, in one transaction; the session stays as it was.</summary>
    private async Task DeadLetterAsync(InboxItem item, string cause, int attempts)
    {
        InboundMessage inbound;
        try
        {
            inbound = InboundMessage.FromJson(item.Payload);
        }
        catch (System.Text.Json.JsonException)
        {
            inbound = new InboundMessage(UpdateTranslator.ChatIdOf(item.ConversationKey), "unreadable", string.Empty);
        }

        var calls = renderer.Render([new TextReply(TransportTexts.Failed(item.UpdateId))], inbound).Select(c => c.ToOutboxEntry()).ToList();
        await store.MarkInboxFailedAsync(item.Id, cause, calls, CancellationToken.None);
        Log.DeadLettered(logger, item.UpdateId, attempts);
    }
}
