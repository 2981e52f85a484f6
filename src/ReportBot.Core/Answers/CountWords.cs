using System.Buffers;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>The words that may stand around the number of a count: measure words, qualifiers and "none".</summary>
internal static partial class CountWords
{
    /// <summary>One-character measure words (量词) that may follow a count.</summary>
    private static readonly SearchValues<char> MeasureChars = SearchValues.Create("次场篇件人个条期项名户家天所位批届轮份本部起元年月周岁");

    // Read before single characters, so that "3个月" reports 个月 (a duration) rather than 个.
    private static readonly string[] LongMeasures = ["个月", "小时", "分钟", "周年", "课时", "人次", "场次", "件次", "户次", "篇次"];

    // Only right before the number: 约 and 近 are also parts of words (约谈, 最近).
    private static readonly (string Word, CountQualifier Qualifier)[] Before =
    [
        ("最近", CountQualifier.Exact), ("附近", CountQualifier.Exact),
        ("大约", CountQualifier.About), ("大概", CountQualifier.About), ("将近", CountQualifier.About),
        ("接近", CountQualifier.About), ("约", CountQualifier.About), ("近", CountQualifier.About),
        ("超过", CountQualifier.MoreThan), ("逾", CountQualifier.MoreThan),
    ];

    // Right after the number or its measure word: "5次左右", "50以上".
    private static readonly (string Word, CountQualifier Qualifier)[] After =
    [
        ("左右", CountQualifier.About), ("上下", CountQualifier.About), ("以上", CountQualifier.MoreThan),
    ];

    // Unambiguous anywhere in the answer: "大概开了5次".
    private static readonly (string Word, CountQualifier Qualifier)[] Anywhere =
    [
        ("大约", CountQualifier.About), ("大概", CountQualifier.About), ("将近", CountQualifier.About),
        ("接近", CountQualifier.About), ("超过", CountQualifier.MoreThan),
    ];

    /// <summary>True for answers that mean zero: "没有", "无", "暂无", "没有开展", "一次也没有".</summary>
    public static bool MeansNone(string compact) => NoneAnswer().IsMatch(compact);

    /// <summary>
    /// True for words that make a number amid them something other than a total: a denial (没开, 不少于, 无),
    /// a guess (几十次, 好几次) or a rate (每月3次, 各3次).
    /// </summary>
    public static bool IsDoubtful(char c) => c is '没' or '不' or '无' or '未' or '非' or '几' or '每' or '各';

    /// <summary>
    /// True when 数 before a round numeral makes it vague: 数十次 is "dozens", not 10. (人数186 is a number;
    /// 上百 and 成千 do not parse at all, a bare 百 or 千 not being a numeral.)
    /// </summary>
    public static bool IsVague(string left, string numeral) => left.EndsWith('数') && numeral[0] is '十' or '百' or '千' or '万';

    /// <summary>The length of the measure word at the start of <paramref name="text"/> ("场(次)", "篇", "个月"), or 0.</summary>
    public static int MeasureLength(ReadOnlySpan<char> text, string? unit)
    {
        var length = text.Length > 0 && IsMeasureChar(text[0]) ? 1 : 0;
        if (!string.IsNullOrEmpty(unit) && text.StartsWith(unit, StringComparison.Ordinal))
        {
            length = unit.Length;
        }

        foreach (var measure in LongMeasures)
        {
            length = text.StartsWith(measure, StringComparison.Ordinal) ? measure.Length : length;
        }

        var close = length > 0 && length < text.Length && text[length] == '(' ? text[length..].IndexOf(')') + length : -1;
        if (close > length + 1 && close <= length + 3 && text[(length + 1)..close].IndexOfAnyExcept(MeasureChars) < 0)
        {
            length = close + 1; // 场(次): the sample's own way of writing 场 or 次
        }

        return length;
    }

    private static bool IsMeasureChar(char c) => MeasureChars.Contains(c);

    /// <summary>Removes a qualifier that ends <paramref name="text"/> ("共约" → "共"), reporting it.</summary>
    public static string StripBefore(string text, ref CountQualifier qualifier)
    {
        foreach (var (word, q) in Before)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                qualifier = Max(qualifier, q);
                return text[..^word.Length];
            }
        }

        return text;
    }

    /// <summary>Removes a qualifier that starts <paramref name="text"/> ("左右" → ""), reporting it.</summary>
    public static string StripAfter(string text, ref CountQualifier qualifier) => text[AfterLength(text, ref qualifier)..];

    /// <summary>The length of the qualifier that starts <paramref name="text"/> (左右, 上下, 以上), or 0; reports it.</summary>
    public static int AfterLength(ReadOnlySpan<char> text, ref CountQualifier qualifier)
    {
        foreach (var (word, q) in After)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                qualifier = Max(qualifier, q);
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>"篇左右" → "篇": the measure words before a trailing 左右/上下/以上.</summary>
    public static string StripTrailingQualifier(string text) =>
        After.FirstOrDefault(a => text.EndsWith(a.Word, StringComparison.Ordinal)).Word is { } word ? text[..^word.Length] : text;

    /// <summary>Removes the unambiguous qualifier words anywhere in <paramref name="words"/>, reporting them.</summary>
    public static string StripAnywhere(string words, ref CountQualifier qualifier)
    {
        foreach (var (word, q) in Anywhere)
        {
            if (words.Contains(word, StringComparison.Ordinal))
            {
                qualifier = Max(qualifier, q);
                words = words.Replace(word, string.Empty, StringComparison.Ordinal);
            }
        }

        return words;
    }

    /// <summary>The less exact of two qualifiers: "大约五十多场" is 50, more than.</summary>
    public static CountQualifier Max(CountQualifier a, CountQualifier b) => a > b ? a : b;

    [GeneratedRegex(@"^共?(?:没有|没|无|暂无|尚无|零|(?:没有|没|未)(?:开展|举办|召开|组织|发表|开|办|搞)过?|一[次场篇件个项名人家户条期]?[也都]没有?)$")]
    private static partial Regex NoneAnswer();
}
