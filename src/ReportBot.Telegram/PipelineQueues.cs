using ReportBot.Core.Conversations;

namespace ReportBot.Telegram;

/// <summary>
/// The work queues between the stages: updates to apply (per conversation) and replies to send (per chat). Fed by
/// the store after each commit, so the database stays the record and no stage polls it; rebuilt from the database
/// at start by the stages themselves.
/// </summary>
public sealed class PipelineQueues : IPipelineListener
{
    /// <summary>Updates recorded in the inbox and not yet applied, per conversation.</summary>
    public KeyedQueue<InboxItem> Inbox { get; } = new(i => i.ConversationKey, i => i.Id);

    /// <summary>Replies committed to the outbox and not yet delivered, per chat.</summary>
    public KeyedQueue<OutboxItem> Outbox { get; } = new(o => o.ChannelKey, o => o.Id);

    /// <inheritdoc/>
    public void InboxAdded(IReadOnlyList<InboxItem> items) => Inbox.Add(items);

    /// <inheritdoc/>
    public void OutboxAdded(IReadOnlyList<OutboxItem> items) => Outbox.Add(items);
}
