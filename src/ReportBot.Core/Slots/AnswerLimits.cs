namespace ReportBot.Core.Slots;

/// <summary>How much one list answer may hold: a report is read by people, and storage is not unlimited.</summary>
/// <param name="MaxItems">Items (or pairs) per question.</param>
/// <param name="MaxItemLength">Characters per item.</param>
public sealed record AnswerLimits(int MaxItems, int MaxItemLength)
{
    /// <summary>50 items of at most 300 characters.</summary>
    public static AnswerLimits Default { get; } = new(50, 300);
}
