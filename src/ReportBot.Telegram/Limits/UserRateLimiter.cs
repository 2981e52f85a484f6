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
/// Per-user limits: a fixed window of messages per user (one user flooding never slows another: each user has a
/// window of their own), and a sliding hour of drafts per user. In memory: a restart forgets the counts, which only
/// ever errs on the user's side. Windows are checked when a message arrives, with no timers: an idle bot does not
/// wake up for them (System.Threading.RateLimiting's partitioned limiters tick every 100 ms).
/// </summary>
public sealed class UserRateLimiter : IDisposable
{
    /// <summary>Users remembered before windows that ended are swept out.</summary>
    private const int SweepAbove = 10_000;

    private readonly LimitOptions _options;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, (DateTimeOffset Start, int Count)> _windows = [];
    private readonly Dictionary<long, Queue<DateTimeOffset>> _drafts = [];
    private readonly Dictionary<long, DateTimeOffset> _toldUntil = [];

    /// <summary>Limits from section <c>Limits</c>.</summary>
    public UserRateLimiter(IOptions<LimitOptions> options) => _options = options.Value;

    /// <summary>
    /// Counts one update of <paramref name="userId"/>. An update sent longer than a window ago (a backlog after the
    /// bot was down) is not counted: it is no flood now.
    /// </summary>
    public RateDecision CheckMessage(long userId, DateTimeOffset? sentAt, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        var now = DateTimeOffset.UtcNow;
        var window = _options.Window;
        if (sentAt is { } sent && now - sent > window)
        {
            return RateDecision.Allowed;
        }

        lock (_gate)
        {
            if (!_windows.TryGetValue(userId, out var current) || now >= current.Start + window)
            {
                if (_windows.Count > SweepAbove)
                {
                    Sweep(_windows, w => now >= w.Start + window);
                }

                current = (now, 0);
            }

            if (current.Count < _options.MessagesPerWindow)
            {
                _windows[userId] = (current.Start, current.Count + 1);
                return RateDecision.Allowed;
            }

            retryAfter = current.Start + window - now;
            if (_toldUntil.TryGetValue(userId, out var until) && now < until)
            {
                return RateDecision.AlreadyTold;
            }

            if (_toldUntil.Count > SweepAbove)
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
        var now = DateTimeOffset.UtcNow;
        var hour = TimeSpan.FromHours(1);
        lock (_gate)
        {
            if (!_drafts.TryGetValue(userId, out var taken))
            {
                if (_drafts.Count > SweepAbove)
                {
                    Sweep(_drafts, q => q.Count == 0 || now - q.Peek() >= hour);
                }

                _drafts[userId] = taken = new Queue<DateTimeOffset>();
            }

            while (taken.Count > 0 && now - taken.Peek() >= hour)
            {
                taken.Dequeue();
            }

            if (taken.Count < _options.DraftsPerHour)
            {
                taken.Enqueue(now);
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = taken.Peek() + hour - now;
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        // Nothing to stop: no timers.
    }

    private static void Sweep<T>(Dictionary<long, T> entries, Func<T, bool> ended)
    {
        foreach (var key in entries.Where(e => ended(e.Value)).Select(e => e.Key).ToList())
        {
            entries.Remove(key);
        }
    }
}
