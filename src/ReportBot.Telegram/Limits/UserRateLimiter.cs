using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReportBot.Telegram.Limits;

/// <summary>What the rate limiter says about one update.</summary>
public enum RateDecision
{
    /// <summary>Within the limit: apply it.</summary>
    Allowed,

    /// <summary>Over the limit, first time in this window: do not apply it, tell the user to slow down.</summary>
    TellToSlowDown,

    /// <summary>Over the limit, user already told in this window: do not apply it.</summary>
    AlreadyTold,
}

/// <summary>
/// Per-user limits on System.Threading.RateLimiting: a fixed window of messages per user (one user flooding never
/// slows another: each user has a partition of their own), and a sliding hour of drafts per user. In memory: a
/// restart forgets the counts, which only ever errs on the user's side.
/// </summary>
public sealed class UserRateLimiter : IDisposable
{
    private readonly LimitOptions _options;
    private readonly PartitionedRateLimiter<long> _messages;
    private readonly PartitionedRateLimiter<long> _drafts;
    private readonly Dictionary<long, DateTimeOffset> _toldUntil = [];

    /// <summary>Limits from section <c>Limits</c>.</summary>
    public UserRateLimiter(IOptions<LimitOptions> options)
    {
        _options = options.Value;
        var window = _options.Window;
        _messages = PartitionedRateLimiter.Create<long, long>(user => RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = _options.MessagesPerWindow,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        _drafts = PartitionedRateLimiter.Create<long, long>(user => RateLimitPartition.GetSlidingWindowLimiter(user, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = _options.DraftsPerHour,
            Window = TimeSpan.FromHours(1),
            SegmentsPerWindow = 12,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>
    /// Counts one update of <paramref name="userId"/>. An update sent longer than a window ago (a backlog after the
    /// bot was down) is not counted: it is no flood now.
    /// </summary>
    public RateDecision CheckMessage(long userId, DateTimeOffset? sentAt, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        var now = DateTimeOffset.UtcNow;
        if (sentAt is { } sent && now - sent > _options.Window)
        {
            return RateDecision.Allowed;
        }

        using var lease = _messages.AttemptAcquire(userId);
        if (lease.IsAcquired)
        {
            return RateDecision.Allowed;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _options.Window;
        lock (_toldUntil)
        {
            if (_toldUntil.TryGetValue(userId, out var until) && now < until)
            {
                return RateDecision.AlreadyTold;
            }

            if (_toldUntil.Count > 10_000)
            {
                _toldUntil.Clear();
            }

            _toldUntil[userId] = now + retryAfter;
            return RateDecision.TellToSlowDown;
        }
    }

    /// <summary>Takes one draft from the user's hourly allowance; false (with the wait) when it is used up.</summary>
    public bool TryTakeDraft(long userId, out TimeSpan retryAfter)
    {
        using var lease = _drafts.AttemptAcquire(userId);
        retryAfter = lease.IsAcquired ? TimeSpan.Zero : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromHours(1);
        return lease.IsAcquired;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _messages.Dispose();
        _drafts.Dispose();
    }
}
