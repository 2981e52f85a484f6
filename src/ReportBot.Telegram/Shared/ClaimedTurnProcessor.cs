using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;
using ReportBot.Telegram.Fatal;
using ReportBot.Telegram.Processing;

namespace ReportBot.Telegram.Shared;

/// <summary>
/// Applies inbox updates when several processes share the store: one conversation at a time in the process holding
/// its claim, in arrival order, each update as <see cref="TurnProcessor.ApplyAsync"/> applies it (attempts counted,
/// a poison update dead-lettered). A process killed mid-turn leaves the update pending and its claim released (its
/// connection closed): another process applies it.
/// </summary>
public sealed class ClaimedTurnProcessor(ISharedPipelineStore store, TurnProcessor processor, TimeProvider time, FatalStop fatal, ILogger<ClaimedTurnProcessor> logger)
    : ClaimedService<InboxItem>(store, WorkKind.Inbox, time, fatal, logger)
{
    /// <inheritdoc/>
    protected override Task<IReadOnlyList<InboxItem>> PendingAsync(string key, int limit, CancellationToken cancellationToken) =>
        Store.PendingInboxAsync(key, limit, cancellationToken);

    /// <inheritdoc/>
    protected override async Task<bool> HandleAsync(InboxItem item, CancellationToken stoppingToken)
    {
        while (!await processor.ApplyAsync(item))
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
        }

        return true;
    }
}
