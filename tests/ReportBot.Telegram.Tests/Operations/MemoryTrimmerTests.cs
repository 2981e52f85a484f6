using ReportBot.Telegram.Maintenance;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>The bot gives memory back once per quiet period after work: not while busy, not again while it stays idle.</summary>
public sealed class MemoryTrimmerTests
{
    private const long Megabyte = 1 << 20;

    [Theory]
    [InlineData(0, 100, true)] // quiet after a burst: trim
    [InlineData(0, 8, true)] // quiet, just enough to give back
    [InlineData(5, 100, false)] // still busy
    [InlineData(0, 7, false)] // quiet, but (almost) nothing allocated since the last trim: stays idle without collecting
    [InlineData(0, 0, false)] // idle right after a trim
    public void Trims_only_when_quiet_and_worth_it(long sinceLastLookMegabytes, long sinceLastTrimMegabytes, bool trims) =>
        Assert.Equal(trims, MemoryTrimmer.ShouldTrim(sinceLastLookMegabytes * Megabyte, sinceLastTrimMegabytes * Megabyte));

    [Fact]
    public void An_idle_long_poll_counts_as_quiet() =>
        Assert.True(MemoryTrimmer.ShouldTrim(64 * 1024, MemoryTrimmer.WorthBytes));

    /// <summary>The C library's trim binds where the bot runs (glibc on Linux: these machines and the CI's Debian).</summary>
    [Fact]
    public void The_native_heap_is_trimmed_on_linux() =>
        Assert.Equal(OperatingSystem.IsLinux(), NativeHeap.Trim());
}
