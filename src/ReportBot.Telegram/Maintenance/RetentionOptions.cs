namespace ReportBot.Telegram.Maintenance;

/// <summary>Settings of section <c>Retention</c>: how long handled updates and sent replies are kept.</summary>
public sealed class RetentionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Retention";

    /// <summary>
    /// Days an applied (or failed) update and a sent (or refused) reply are kept. At least 2: the inbox recognises
    /// Telegram's redeliveries (up to 24 hours old) by what it still holds.
    /// </summary>
    public double Days { get; set; } = 7;

    /// <summary>Rows deleted per statement, so pruning never holds the write lock for long.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How often pruning runs.</summary>
    public double IntervalMinutes { get; set; } = 60;

    /// <summary>The retention period.</summary>
    public TimeSpan Period => TimeSpan.FromDays(Days);

    /// <summary>What is wrong with the settings, or null.</summary>
    public string? Problem() =>
        Days < 2 ? "Retention:Days 至少为 2（Telegram 会在 24 小时内重发未确认的消息）。"
        : BatchSize is < 1 or > 100_000 ? "Retention:BatchSize 应在 1 到 100000 之间。"
        : IntervalMinutes is < 1 or > 10080 ? "Retention:IntervalMinutes 应在 1 到 10080 之间。"
        : null;
}
