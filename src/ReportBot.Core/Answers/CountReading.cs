namespace ReportBot.Core.Answers;

/// <summary>A count read from an answer, with how exact the user said it was and the measure word they wrote.</summary>
/// <param name="Value">The number, 0 or more.</param>
/// <param name="Qualifier">Exact, or about / more than the number.</param>
/// <param name="Unit">
/// The measure word as written after the number ("篇" in "五十二篇", "场（次）" in "3场（次）"), or null when
/// there was none. It may differ from the question's unit: the caller decides whether to ask back.
/// </param>
public sealed record CountReading(long Value, CountQualifier Qualifier = CountQualifier.Exact, string? Unit = null)
{
    /// <summary>The lower end when the answer was a range ("两三次": 2; <see cref="Value"/> is 3), else null.</summary>
    public long? RangeLow { get; init; }

    /// <summary>
    /// True when the measure word the user wrote fits <paramref name="unit"/>, the question's unit: none was
    /// written, it is the same, it adds a bracketed alternative ("场（次）" for 场), or it is the 次 compound
    /// ("场次" for 场) — except for people, where "5人次" counts visits, not people.
    /// </summary>
    public bool FitsUnit(string? unit)
    {
        var expected = unit?.Trim();
        if (Unit is null || string.IsNullOrEmpty(expected) || Unit == expected)
        {
            return true;
        }

        var rest = Unit.StartsWith(expected, StringComparison.Ordinal) ? Unit[expected.Length..] : null;
        return rest is ['（', .., '）'] || (rest == "次" && expected is not ("人" or "名" or "位"));
    }
}
