using System.Collections.Concurrent;
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
/// conversation goes on. The first try of an update received by this process is not counted in advance (that
/// cost a transaction of its own before every turn): a try that throws is counted when it fails; a try that kills
/// the process leaves the update pending uncounted, and the restart counts every try of the updates it finds pending
/// before starting it. A poison update that kills the process is thus marked failed after at most
/// <see cref="MaxAttempts"/> + 1 crashes. Storage faults are not the update's fault: they stop the bot instead. Work comes from the
/// inbox queue (fed by the store's commits; at start, the inbox's pending rows), never from polling the database.
/// </summary>
public sealed class TurnProcessor(
    IMessagePipelineStore store, TurnHandler handler, ReplyRenderer renderer, PipelineQueues queues, IOptions<TelegramOptions> options, FatalStop fatal, ILogger<TurnProcessor> logger)
    : QueueService<InboxItem>(queues.Inbox, i => i.ConversationKey, i => i.Id, fatal, logger)
{
    /// <summary>How often one update is tried before it is marked failed.</summary>
    public const int MaxAttempts = 3;

    /// <summary>
    /// Inbox rows whose every try is counted in the store before it starts: those pending at start (an earlier
    /// process may have died trying them) and those tried once already by this process. Removed when done.
    /// </summary>
    private readonly ConcurrentDictionary<long, byte> _countInAdvance = new();

    /// <inheritdoc/>
    protected override async Task<IReadOnlyList<InboxItem>> PendingAsync(CancellationToken cancellationToken)
    {
        var pending = await store.PendingInboxAsync(null, int.MaxValue, cancellationToken);
        foreach (var item in pending)
        {
            _countInAdvance[item.Id] = 0;
        }

        return pending;
    }

    /// <inheritdoc/>
    protected override async Task<bool> HandleAsync(InboxItem item, CancellationToken stoppingToken)
    {
        // Received by this process and never tried: the first try is not counted in advance (see the class summary).
        var first = item.Attempts == 0 && _countInAdvance.TryAdd(item.Id, 0);

        // A failed attempt keeps the update at the head of its conversation: it is tried again before anything behind it.
        while (!await ApplyAsync(item, first))
        {
            first = false;
            if (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
        }

        _countInAdvance.TryRemove(item.Id, out _);
        return true;
    }

    /// <summary>Applies one update (in-flight work is finished even while the host stops); false when it failed and stays pending.</summary>
    public Task<bool> ApplyAsync(InboxItem item) => ApplyAsync(item, uncounted: false);

    /// <summary>
    /// Applies one update. <paramref name="uncounted"/>: the update's first try ever, counted in the store only if
    /// it fails (a crash during it is counted by the restart, which finds the update pending).
    /// </summary>
    private async Task<bool> ApplyAsync(InboxItem item, bool uncounted)
    {
        var attempt = uncounted ? 1 : await store.BeginAttemptAsync(item.Id, CancellationToken.None);
        if (attempt > MaxAttempts)
        {
            await DeadLetterAsync(item, "the process stopped while applying it", attempt - 1);
            return true;
        }

        try
        {
            await CrashPoints.ReachedAsync(CrashPoints.MidTurn);
            await handler.HandleAsync(item);
            return true;
        }
        catch (Exception error) when (error is not (StorageException or BotApiUnauthorizedException))
        {
            if (uncounted)
            {
                await store.BeginAttemptAsync(item.Id, CancellationToken.None);
            }

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
