namespace ReportBot.Core.Slots;

/// <summary>What printing an answer may depend on besides the answer: the day the draft is written.</summary>
/// <param name="Today">The day the draft is built ("今年" is only right for a period of this year).</param>
public sealed record FormatContext(DateOnly Today)
{
    /// <summary>For descriptions that print no date-dependent form.</summary>
    public static FormatContext Undated { get; } = new(DateOnly.MinValue);
}
