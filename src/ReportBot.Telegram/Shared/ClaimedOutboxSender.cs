using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Sending;

namespace ReportBot.Telegram.Shared;

/// <summary>
/// Sends replies when several processes share the store: a chat's replies by the one process holding the chat's
/// claim, in order, each as <see cref="OutboxSender.DeliverAsync"/> sends it. The pending rows are read while the
/// claim is held, so a reply another process marked sent is not sent again.
/// </summary>
public sealed class ClaimedOutboxSender(ISharedPipelineStore store, OutboxSender sender, TimeProvider time, FatalStop fatal, ILogger<ClaimedOutboxSender> logger)
    : ClaimedService<OutboxItem>(store, WorkKind.Outbox, time, fatal, logger)
{
    /// <inheritdoc/>
    protected override Task<IReadOnlyList<OutboxItem>> PendingAsync(string key, int limit, CancellationToken cancellationToken) =>
        Store.PendingOutboxAsync(key, limit, cancellationToken);

    /// <inheritdoc/>
    protected override Task<bool> HandleAsync(OutboxItem item, CancellationToken stoppingToken) => sender.DeliverAsync(item, stoppingToken);
}
