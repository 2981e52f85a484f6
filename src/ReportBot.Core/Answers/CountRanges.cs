using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>
/// A count given as a range, as people say it: "两三次", "三四十场", "2到3次", "3-4次", "三至五次". A report needs one
/// number, so the range is read as its upper end and the caller asks whether to write that ("十几场" is 十余场).
/// </summary>
internal static partial class CountRanges
{
    /// <summary>
    /// <paramref name="compact"/> with its range replaced by the upper end, and the lower end; or null when there
    /// is no range. "几十" has no upper end and stays as it is (refused as vague).
    /// </summary>
    public static (string Text, long Low)? UpperEnd(string compact)
    {
        var teens = Teens().Match(compact);
        if (teens.Success)
        {
            return (compact[..teens.Index] + teens.Groups["tens"].Value + "余" + compact[(teens.Index + teens.Length)..], 0);
        }

        var match = Range().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var (a, b, scale) = (Value(match.Groups["a"].Value), Value(match.Groups["b"].Value), Scale(match.Groups["scale"].Value));
        var separated = match.Groups["sep"].Success;
        var chinese = !char.IsAsciiDigit(match.Groups["a"].Value[0]);
        // "两三", "七八": neighbours without a word between them; with 到/至/- any larger upper end. Never "九十" (90).
        var range = b > a && (separated ? b - a <= 1000 : chinese && b == a + 1 && b < 10);
        if (!range)
        {
            return null;
        }

        var high = (b * scale).ToString(CultureInfo.InvariantCulture);
        return (compact[..match.Index] + high + compact[(match.Index + match.Length)..], a * scale);
    }

    private static long Value(string numeral) =>
        ChineseNumerals.TryParse(TextNormalizer.ToHalfWidth(numeral), out var value) ? value : -1;

    private static long Scale(string unit) => unit switch
    {
        "十" => 10,
        "百" => 100,
        "千" => 1000,
        "万" => 10000,
        _ => 1,
    };

    // Two numbers, with 到/至/或/-/~ between them or (Chinese digits) side by side, and a scale after both: "三四十".
    [GeneratedRegex(@"(?<![0-9零〇一二两三四五六七八九十百千万])(?<a>[0-9]{1,7}|[一二两三四五六七八九])(?<sep>到|至|或|-|－|~|～|—|–)?(?<b>[0-9]{1,7}|[一二两三四五六七八九十])(?<scale>[十百千万]?)(?![0-9零〇一二两三四五六七八九十百千万])")]
    private static partial Regex Range();

    // "十几场", "二十几次", "一百几十人": the tens with 几 after them, which an office writes 十余.
    [GeneratedRegex(@"(?<tens>(?:[一二两三四五六七八九]?十|[一二两三四五六七八九]?百))几(?![十百千万])")]
    private static partial Regex Teens();
}
