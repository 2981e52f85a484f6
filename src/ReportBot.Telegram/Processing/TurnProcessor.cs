using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Telegram.Receiving;

namespace ReportBot.Telegram.Processing;

/// <summary>
/// Applies inbox updates: each conversation's strictly in arrival order, conversations in parallel. A turn's
/// session change, its replies and the update's "applied" mark are committed together, so an update is applied
/// exactly once even across crashes and redeliveries.
/// </summary>
public sealed class TurnProcessor(
    IMessagePipelineStore store, InterviewEngine engine, ReplyRenderer renderer, PipelineSignals signals, ILogger<TurnProcessor> logger)
    : PerKeyService
{
    private const string ErrorReply = "抱歉，处理这条消息时出错了。已记录的内容没有丢失；请再发一次，或发送 /status 查看进度。";
    /// <inheritdoc/>
    protected override async Task<IEnumerable<string>> PendingKeysAsync(CancellationToken cancellationToken) =>
        (await store.PendingInboxAsync(null, 500, cancellationToken)).Select(i => i.ConversationKey).Distinct();

    /// <inheritdoc/>
    protected override Task WaitForWorkAsync(CancellationToken cancellationToken) =>
        signals.WaitInboxAsync(TimeSpan.FromMilliseconds(500), cancellationToken);

    /// <inheritdoc/>
    protected override async Task DrainAsync(string key, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pending = await store.PendingInboxAsync(key, 20, CancellationToken.None);
            if (pending.Count == 0)
            {
                return;
            }

            foreach (var item in pending.TakeWhile(_ => !stoppingToken.IsCancellationRequested))
            {
                await ApplyAsync(item);
            }
        }
    }

    /// <summary>Applies one update; in-flight work is finished even while the host stops.</summary>
    public async Task ApplyAsync(InboxItem item)
    {
        var inbound = InboundMessage.FromJson(item.Payload);
        while (true)
        {
            var session = await store.LoadAsync(item.ConversationKey, CancellationToken.None);
            TurnResult turn;
            try
            {
                turn = engine.Handle(session, inbound.ToInput());
            }
            catch (Exception error) when (error is InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
            {
                Log.TurnFailed(logger, item.UpdateId, error.Message);
                turn = new TurnResult(session ?? new ConversationState(), [new TextReply(ErrorReply)]);
            }

            var calls = renderer.Render(turn.Replies, inbound).Select(c => (inbound.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), c.ToJson())).ToList();
            var outcome = await store.CommitTurnAsync(item.ConversationKey, turn.Session with { Version = session?.Version ?? 0 }, item.UpdateId, calls, CancellationToken.None);
            switch (outcome)
            {
                case CommitOutcome.Committed:
                    await CrashPoints.ReachedAsync(CrashPoints.AfterCommit);
                    signals.OutboxChanged();
                    return;
                case CommitOutcome.AlreadyApplied:
                    Log.Duplicate(logger, item.UpdateId);
                    return;
            }
        }
    }
}
