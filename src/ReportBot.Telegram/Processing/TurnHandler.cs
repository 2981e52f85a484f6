using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Telegram.Access;
using ReportBot.Telegram.Limits;
using ReportBot.Telegram.Receiving;

namespace ReportBot.Telegram.Processing;

/// <summary>
/// One attempt at one update, in the order the transport owes: the per-user rate limit, the access gate, then the
/// interview; its outcome is held to the limits (stored size, drafts per hour) before it is committed with its
/// replies. Whatever is refused is answered in Chinese and leaves the session as it was.
/// </summary>
public sealed class TurnHandler(
    IMessagePipelineStore store, InterviewEngine engine, ReplyRenderer renderer, AccessGate gate, UserRateLimiter limiter,
    IOptions<LimitOptions> limits, ILogger<TurnHandler> logger)
{
    /// <summary>Handles the update; exceptions are the caller's (turn faults are retried, storage faults are fatal).</summary>
    public async Task HandleAsync(InboxItem item)
    {
        var inbound = InboundMessage.FromJson(item.Payload);
        var user = inbound.UserId != 0 ? inbound.UserId : UpdateTranslator.UserIdOf(item.ConversationKey);
        switch (limiter.CheckMessage(user, inbound.SentAt, out var wait))
        {
            case RateDecision.TellToSlowDown:
                Log.RateLimited(logger, user, DateTimeOffset.UtcNow + wait);
                await AnswerAsync(item, inbound, TransportTexts.SlowDown(wait));
                return;
            case RateDecision.AlreadyTold:
                await AnswerAsync(item, inbound, null);
                return;
        }

        var decision = await gate.CheckAsync(inbound, user, item.UpdateId, CancellationToken.None);
        if (decision.Input is not { } input)
        {
            await AnswerAsync(item, inbound, decision.Reply);
            return;
        }

        await RunTurnAsync(item, inbound, input, user);
    }

    private async Task RunTurnAsync(InboxItem item, InboundMessage inbound, UserInput input, long user)
    {
        while (true)
        {
            var session = await store.LoadAsync(item.ConversationKey, CancellationToken.None);
            var turn = engine.Handle(session, input);
            var next = turn.Session with { Version = session?.Version ?? 0 };
            // Serialised once: for the size limit here and as what the store writes.
            var json = SessionJson.Serialize(next with { Version = 0 });
            if (TooLarge(session, json) is { } kilobytes)
            {
                Log.LimitHit(logger, item.UpdateId, "the turn", $"session {kilobytes} KB > Limits:MaxSessionKilobytes {limits.Value.MaxSessionKilobytes}");
                await AnswerAsync(item, inbound, TransportTexts.TooLarge(limits.Value.MaxSessionKilobytes));
                return;
            }

            var replies = LimitDrafts(turn.Replies, user, item.UpdateId);
            var calls = renderer.Render(replies, inbound).Select(c => c.ToOutboxEntry()).ToList();
            if (turn.Forgotten)
            {
                // Everything stored about the conversation goes; this update (not applied yet) stays to be marked.
                await store.ForgetAsync(item.ConversationKey, CancellationToken.None);
                next = next with { Version = 0 };
            }

            var outcome = await store.CommitTurnAsync(new TurnCommit(item.ConversationKey, next, item.Id, calls) { SessionJson = json }, CancellationToken.None);
            switch (outcome)
            {
                case CommitOutcome.Committed:
                    await CrashPoints.ReachedAsync(CrashPoints.AfterCommit);
                    return;
                case CommitOutcome.AlreadyApplied:
                    Log.Duplicate(logger, item.UpdateId);
                    return;
            }
        }
    }

    /// <summary>Answers without applying anything: a refusal, a limit notice, or only the button's callback answer.</summary>
    private async Task AnswerAsync(InboxItem item, InboundMessage inbound, string? text)
    {
        var calls = renderer.Render(text is null ? [] : [new TextReply(text)], inbound).Select(c => c.ToOutboxEntry()).ToList();
        await store.CommitTurnAsync(item.ConversationKey, null, item.Id, calls, CancellationToken.None);
    }

    /// <summary>
    /// The new session's size in KB when it is over the cap and larger than before (so shrinking is always allowed),
    /// else null. The session before is only serialised in the rare case that the new one is over the cap.
    /// </summary>
    private int? TooLarge(ConversationState? before, string afterJson)
    {
        var cap = limits.Value.MaxSessionKilobytes * 1024L;
        var size = Encoding.UTF8.GetByteCount(afterJson);
        if (size <= cap || (before is not null && size <= Encoding.UTF8.GetByteCount(SessionJson.Serialize(before with { Version = 0 }))))
        {
            return null;
        }

        return (int)(size / 1024);
    }

    /// <summary>Drafts beyond the hourly allowance are replaced by a notice (the turn itself still counts).</summary>
    private IReadOnlyList<Reply> LimitDrafts(IReadOnlyList<Reply> replies, long user, long updateId)
    {
        if (!replies.Any(r => r is DraftReply))
        {
            return replies;
        }

        if (limiter.TryTakeDraft(user, out var wait))
        {
            return replies;
        }

        Log.LimitHit(logger, updateId, "a draft", $"Limits:DraftsPerHour {limits.Value.DraftsPerHour}");
        return [.. replies.Where(r => r is not DraftReply), new TextReply(TransportTexts.DraftLimit(limits.Value.DraftsPerHour, wait))];
    }
}
