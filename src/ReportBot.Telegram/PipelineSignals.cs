using System.Threading.Channels;

namespace ReportBot.Telegram;

/// <summary>Wake-ups between the stages: poller → turn processor → outbox sender. A missed signal only delays (each stage also polls).</summary>
public sealed class PipelineSignals
{
    private readonly Channel<bool> _inbox = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Channel<bool> _outbox = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>New updates are in the inbox.</summary>
    public void InboxChanged() => _inbox.Writer.TryWrite(true);

    /// <summary>New replies are in the outbox.</summary>
    public void OutboxChanged() => _outbox.Writer.TryWrite(true);

    /// <summary>Waits for new inbox items, at most <paramref name="timeout"/>.</summary>
    public Task WaitInboxAsync(TimeSpan timeout, CancellationToken cancellationToken) => WaitAsync(_inbox, timeout, cancellationToken);

    /// <summary>Waits for new outbox items, at most <paramref name="timeout"/>.</summary>
    public Task WaitOutboxAsync(TimeSpan timeout, CancellationToken cancellationToken) => WaitAsync(_outbox, timeout, cancellationToken);

    private static async Task WaitAsync(Channel<bool> channel, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await channel.Reader.ReadAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timed out: the caller polls anyway.
        }
    }
}
