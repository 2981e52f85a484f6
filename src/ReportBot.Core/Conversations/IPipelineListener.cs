namespace ReportBot.Core.Conversations;

/// <summary>
/// Told by the store of new pipeline rows right after the transaction that wrote them committed, in id order: the
/// database stays the record, this is only the signal that there is work (so no stage polls the database for it).
/// Called on the store's writer: implementations only hand the items on.
/// </summary>
public interface IPipelineListener
{
    /// <summary>Updates recorded in the inbox (redeliveries that were skipped are not among them).</summary>
    void InboxAdded(IReadOnlyList<InboxItem> items);

    /// <summary>Replies queued in the outbox.</summary>
    void OutboxAdded(IReadOnlyList<OutboxItem> items);
}
