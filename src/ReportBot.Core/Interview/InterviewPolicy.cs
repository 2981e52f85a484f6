namespace ReportBot.Core.Interview;

/// <summary>How long an idle interview stays open, and when a user who asked for it is reminded (section <c>Interview</c>).</summary>
public sealed class InterviewPolicy
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Interview";

    /// <summary>Days without activity after which an unfinished interview is closed (its answers kept for reuse).</summary>
    public double ExpireAfterDays { get; set; } = 30;

    /// <summary>Days without activity after which a user who turned reminders on gets one reminder.</summary>
    public double RemindAfterDays { get; set; } = 3;

    /// <summary>Items (or name + count pairs) one list question may hold.</summary>
    public int MaxItems { get; set; } = 50;

    /// <summary>Characters one list item may hold.</summary>
    public int MaxItemLength { get; set; } = 300;

    /// <summary><see cref="ExpireAfterDays"/> as a time span.</summary>
    public TimeSpan ExpireAfter => TimeSpan.FromDays(ExpireAfterDays);

    /// <summary><see cref="RemindAfterDays"/> as a time span.</summary>
    public TimeSpan RemindAfter => TimeSpan.FromDays(RemindAfterDays);
}
