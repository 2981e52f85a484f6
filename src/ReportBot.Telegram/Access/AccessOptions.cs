namespace ReportBot.Telegram.Access;

/// <summary>
/// Settings of section <c>Access</c>. With both lists empty the bot is open to anyone (a warning is logged at start);
/// otherwise only the listed users, the admins, and users admitted with an admin's invite code may use it.
/// </summary>
public sealed class AccessOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Access";

    /// <summary>Telegram user ids that may use the bot.</summary>
    public IList<long> AllowedUserIds { get; } = [];

    /// <summary>Telegram user ids that may use the bot, create invite codes (/invite) and revoke users (/revoke ID).</summary>
    public IList<long> AdminUserIds { get; } = [];

    /// <summary>How long an invite code stays valid.</summary>
    public double InviteValidHours { get; set; } = 72;

    /// <summary>True when nothing restricts access.</summary>
    public bool Open => AllowedUserIds.Count == 0 && AdminUserIds.Count == 0;

    /// <summary>What is wrong with the settings, or null.</summary>
    public string? Problem() =>
        InviteValidHours is <= 0 or > 24 * 365 ? "Access:InviteValidHours 应在 0 到 8760 之间。" : null;
}
