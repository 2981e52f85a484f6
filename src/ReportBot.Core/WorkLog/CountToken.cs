using ReportBot.Core.Answers;

namespace ReportBot.Core.WorkLog;

/// <summary>A number with a measure word in a message ("3场", "二十余场", "一起"), or a vague one ("多次").</summary>
/// <param name="At">Where it stands.</param>
/// <param name="Value">The number; null for a vague count.</param>
/// <param name="Unit">The measure word as written, without a bracketed alternative (场 for 场（次）).</param>
/// <param name="Qualifier">Exact, about or more than.</param>
/// <param name="IsTotal">After 共/合计/累计: the total of what the clause lists.</param>
/// <param name="IsVague">多次, 若干场, 十几场, 每周一次, 各1次: no total can be taken from it.</param>
internal sealed record CountToken(Span At, long? Value, string Unit, CountQualifier Qualifier, bool IsTotal, bool IsVague);

/// <summary>Which measure words count the same things: a meeting held 3次 or 3场, a case 3件 or 3起.</summary>
internal static class MeasureGroups
{
    private static readonly string[][] Groups =
    [
        ["次", "场", "期", "场次", "轮", "回", "堂", "节"],
        ["篇", "条", "则", "篇次"],
        ["件", "起", "宗", "例"],
    ];

    /// <summary>True when a number written with <paramref name="written"/> counts what a slot with <paramref name="unit"/> counts.</summary>
    public static bool Fits(string? unit, string written)
    {
        var expected = string.IsNullOrEmpty(unit) ? "次" : unit;
        return written == expected || Groups.Any(g => g.Contains(expected) && g.Contains(written));
    }
}
