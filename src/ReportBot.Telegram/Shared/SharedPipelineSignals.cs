using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Conversations;

namespace ReportBot.Telegram.Shared;

/// <summary>
/// The store's "rows committed" signal when the store is shared: this process starts on the keys it added work to
/// (the in-process queues of the single-process pipeline are not used; the database is the queue).
/// </summary>
public sealed class SharedPipelineSignals(IServiceProvider services) : IPipelineListener
{
    /// <inheritdoc/>
    public void InboxAdded(IReadOnlyList<InboxItem> items) =>
        services.GetRequiredService<ClaimedTurnProcessor>().Wake(items.Select(i => i.ConversationKey));

    /// <inheritdoc/>
    public void OutboxAdded(IReadOnlyList<OutboxItem> items) =>
        services.GetRequiredService<ClaimedOutboxSender>().Wake(items.Select(o => o.ChannelKey));
}
