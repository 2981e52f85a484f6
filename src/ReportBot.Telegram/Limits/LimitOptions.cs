namespace ReportBot.Telegram.Limits;

/// <summary>Settings of section <c>Limits</c>: what one user may ask of the bot.</summary>
public sealed class LimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Limits";

    /// <summary>Messages and button presses one user may send per window; more are not applied (the user is told once per window).</summary>
    public int MessagesPerWindow { get; set; } = 30;

    /// <summary>The rate-limit window.</summary>
    public double WindowSeconds { get; set; } = 60;

    /// <summary>Drafts (messages plus Word file) one user may get per hour.</summary>
    public int DraftsPerHour { get; set; } = 10;

    /// <summary>The largest stored conversation (session) of one user; a turn that would grow it beyond is refused.</summary>
    public int MaxSessionKilobytes { get; set; } = 256;

    /// <summary>The rate-limit window as a time span.</summary>
    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    /// <summary>What is wrong with the settings, or null.</summary>
    public string? Problem() =>
        MessagesPerWindow < 1 ? "Limits:MessagesPerWindow 至少为 1。"
        : WindowSeconds is < 1 or > 86400 ? "Limits:WindowSeconds 应在 1 到 86400 之间。"
        : DraftsPerHour < 1 ? "Limits:DraftsPerHour 至少为 1。"
        : MaxSessionKilobytes < 16 ? "Limits:MaxSessionKilobytes 至少为 16。"
        : null;
}
