namespace ReportBot.LoadTest;

/// <summary>One measured phase: one bot under one load, with the bot process's CPU and memory over it.</summary>
internal sealed record PhaseResult(string Label, string Bot, UserFigures Users, double CpuMilliseconds, long PeakRssKilobytes, double LoadBefore, double LoadAfter)
{
    public double RepliesPerSecond => Users.Replies / Users.Elapsed.TotalSeconds;

    public double P50 => Percentiles.Of(Users.Latencies, 50);

    public double P95 => Percentiles.Of(Users.Latencies, 95);

    public double P99 => Percentiles.Of(Users.Latencies, 99);

    public double CpuPerReply => Users.Replies == 0 ? double.NaN : CpuMilliseconds / Users.Replies;

    public double PeakRssMegabytes => PeakRssKilobytes / 1024.0;

    /// <summary>CPU while idle after the load, in % of one core (NaN when not measured).</summary>
    public double IdleCpuPercent { get; init; } = double.NaN;

    /// <summary>Resident memory while idle after the load (NaN when not measured).</summary>
    public double IdleRssMegabytes { get; init; } = double.NaN;
}
