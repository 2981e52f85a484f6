using ReportBot.Telegram.Fatal;

namespace ReportBot.Telegram.Maintenance;

/// <summary>
/// Gives the memory of the last burst of work back to the system once the bot has gone quiet: the garbage collector
/// keeps the heap a burst grew (and the start-up's garbage) committed, so a bot that answered a few hundred users sat
/// at twice its fresh size while nobody wrote. Every <see cref="Interval"/> it looks at how much the process allocated;
/// when that was next to nothing, and enough was allocated since the last trim to be worth it, it runs one compacting
/// collection that decommits free memory (<see cref="GCCollectionMode.Aggressive"/>), and asks the C library to give
/// back what native code freed (<see cref="NativeHeap"/>). So one full collection per quiet
/// period after work, none while the bot is busy or stays idle.
/// </summary>
public sealed class MemoryTrimmer(TimeProvider time, FatalStop fatal) : GuardedService(fatal)
{
    /// <summary>Allocated over one interval, below which the bot counts as quiet (a long poll answered empty allocates a few KB).</summary>
    public const long QuietBytes = 1 << 20;

    /// <summary>Allocated since the last trim, below which there is too little to give back to be worth a full collection.</summary>
    public const long WorthBytes = 8 << 20;

    /// <summary>How often the allocation count is looked at.</summary>
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether to trim now, given the bytes allocated since the last look and since the last trim.</summary>
    public static bool ShouldTrim(long allocatedSinceLastLook, long allocatedSinceLastTrim) =>
        allocatedSinceLastLook < QuietBytes && allocatedSinceLastTrim >= WorthBytes;

    /// <inheritdoc/>
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        var lastLook = GC.GetTotalAllocatedBytes();
        var lastTrim = 0L;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = GC.GetTotalAllocatedBytes();
            if (ShouldTrim(now - lastLook, now - lastTrim))
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                _ = NativeHeap.Trim();
                now = GC.GetTotalAllocatedBytes();
                lastTrim = now;
            }

            lastLook = now;
        }
    }
}
