namespace ReportBot.Core.Answers;

/// <summary>
/// Reads the user's free-text answers. Pure, culture-invariant functions: every failure carries a polite
/// Chinese message that says what was wrong and gives an example of a good answer.
/// </summary>
public static class AnswerParser
{
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
    /// A count as people type it, with how exact they said it was and the measure word they wrote:
    /// everything <see cref="Count"/> reads, and "大概5次", "5次左右", "十余场", "四十多篇", "超过50场",
    /// "50以上", "第38个", one number amid a few words ("共有党员186名", "开了3次会"), and "没有"/"无" (0).
    /// Refuses with the messages of <see cref="Count"/>: no number ("很多"), ranges and second numbers
    /// ("3到5次", "去年3次今年5次", "3 4"), decimals, negatives, numbers above 10,000,000, several lines,
    /// and a number followed by a unit of another kind ("3小时", "98%").
    /// </summary>
    /// <param name="input">The user's answer.</param>
    /// <param name="unit">
    /// The question's unit (e.g. "场"), used in messages and to recognise the measure word; a different
    /// measure word is not refused but reported in <see cref="CountReading.Unit"/>.
    /// </param>
    public static ParseResult<CountReading> ReadCount(string input, string? unit) => CountReader.Read(input, unit);

    /// <summary>
    /// A percentage in 0–100: "98%", "98％", "百分之九十八", "98.5", "百分之百", "九成" (→ 90).
    /// </summary>
    public static ParseResult<decimal> Percent(string input) => PercentParser.Parse(input);

    /// <summary>
    /// Items, one per line (or separated by ；/; or 、 on a single line, but never inside quotes or
    /// brackets), without bullets, numbering and trailing 。，；. The user's quotes and 《》 are kept.
    /// </summary>
    public static ParseResult<IReadOnlyList<string>> ListItems(string input, bool names = false) => ListParser.Parse(input, names);

    /// <summary>
    /// "Name count" pairs, one per line or several on one line separated by ，、；or spaces: "《XX日报》 3篇",
    /// "红旗日报：3", "《红旗日报》3篇，学习强国5篇", "今日头条 约10篇" (count 10, About). Separators inside
    /// quotes or brackets belong to the name. A pair without a count or a name fails with a message naming it.
    /// </summary>
    public static ParseResult<IReadOnlyList<NamedCount>> Pairs(string input, string? unit) =>
        PairParser.Parse(input, unit);

    /// <summary>True when the user says they are finished: "完成", "没有了", "done"… (punctuation ignored).</summary>
    public static bool IsDoneWord(string input) => AnswerWords.IsDone(input);

    /// <summary>
    /// True when the user says they do not know: "不清楚", "不知道", "不确定", "记不清", "忘了", "说不准",
    /// "我也不清楚"… (whitespace and punctuation ignored). The engine skips the question then.
    /// </summary>
    public static bool IsUnknownWord(string input) => AnswerWords.IsUnknown(input);

    /// <summary>True for a plain yes: "是的", "对", "好的", "确定", "就这样写"….</summary>
    public static bool IsYesWord(string input) => AnswerWords.IsYes(input);

    /// <summary>True for a plain no: "不是", "不对", "错了"….</summary>
    public static bool IsNoWord(string input) => AnswerWords.IsNo(input);
}
