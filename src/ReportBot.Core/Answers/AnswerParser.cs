using System.Collections.Frozen;

namespace ReportBot.Core.Answers;

/// <summary>
/// Reads the user's free-text answers. Pure, culture-invariant functions: every failure carries a polite
/// Chinese message that says what was wrong and gives an example of a good answer.
/// </summary>
public static class AnswerParser
{
    private static readonly FrozenSet<string> DoneWords = new[]
    {
        "完成", "完成了", "完毕", "好了", "没有了", "没有", "没了", "无", "结束", "结束了", "就这些",
        "done", "finish", "finished",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A whole number ≥ 0: "3", "３", "三", "十二", "两百零五", "壹拾伍", "3次", "三 场", "3场（次）", "1,200",
    /// with or without <paramref name="unit"/> or another measure word. Refuses negatives, decimals,
    /// words such as "很多", empty answers and numbers above 10,000,000.
    /// </summary>
    /// <param name="input">The user's answer.</param>
    /// <param name="unit">The expected unit (e.g. "次", "篇"), used in messages; null for none.</param>
    public static ParseResult<long> Count(string input, string? unit) =>
        CountParser.Parse(input, unit, approximate: false);

    /// <summary>Like <see cref="Count"/>, and also "50多", "五十余", "50余场", "约50", "50左右" → 50.</summary>
    public static ParseResult<long> ApproximateCount(string input, string? unit) =>
        CountParser.Parse(input, unit, approximate: true);

    /// <summary>
    /// A percentage in 0–100: "98%", "98％", "百分之九十八", "98.5", "百分之百", "九成" (→ 90).
    /// </summary>
    public static ParseResult<decimal> Percent(string input) => PercentParser.Parse(input);

    /// <summary>
    /// Items, one per line (or separated by ；/; or 、 on a single line), without bullets, numbering and
    /// trailing 。，；. The user's quotes and 《》 are kept.
    /// </summary>
    public static ParseResult<IReadOnlyList<string>> ListItems(string input) => ListParser.Parse(input);

    /// <summary>
    /// "Name count" pairs, one per line: "《XX日报》 3篇", "红旗日报：3", "《红旗日报》，三篇". A line without
    /// a count fails with a message naming that line.
    /// </summary>
    public static ParseResult<IReadOnlyList<NamedCount>> Pairs(string input, string? unit) =>
        PairParser.Parse(input, unit);

    /// <summary>True when the user says they are finished: "完成", "没有了", "done"… (punctuation ignored).</summary>
    public static bool IsDoneWord(string input)
    {
        var s = TextNormalizer.ToHalfWidth(TextNormalizer.Clean(input));
        var word = new string([.. s.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))]);
        return DoneWords.Contains(word.ToLowerInvariant());
    }
}
