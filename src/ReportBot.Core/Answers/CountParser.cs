using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>Reads whole-number counts such as "3", "三场", "3场（次）" or, when approximate, "50余场".</summary>
internal static partial class CountParser
{
    /// <summary>The largest count accepted; anything above is almost certainly a typo.</summary>
    public const long Max = 10_000_000;

    private const string MeasureWords = "次场篇件人个条期项名户家天所位批届轮份本部起";
    private const string NumeralChars = "0123456789零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬";
    private static readonly string[] TotalPrefixes = ["一共", "总共", "合计", "累计", "共计", "共"];
    private static readonly string[] ApproxPrefixes = ["大约", "大概", "将近", "接近", "超过", "约", "近", "逾"];
    private static readonly string[] NoneWords = ["无", "没有", "没"];

    public static ParseResult<long> Parse(string input, string? unit, bool approximate)
    {
        var messages = new CountMessages(unit, approximate);
        var s = TextNormalizer.Compact(input ?? string.Empty);
        if (s.Length == 0)
        {
            return ParseResult<long>.Fail(messages.Empty);
        }

        s = StripPrefixes(s, TotalPrefixes);
        var negative = s.StartsWith('-') || s.StartsWith('负');
        s = negative ? s[1..] : s;
        if (approximate)
        {
            s = StripApproximation(StripPrefixes(s, ApproxPrefixes));
        }

        s = StripUnit(s, unit);
        if (Array.IndexOf(NoneWords, s) >= 0 && !negative)
        {
            return ParseResult<long>.Ok(0);
        }

        if (DecimalForm().IsMatch(s))
        {
            return ParseResult<long>.Fail(negative ? messages.Negative : messages.Decimal);
        }

        if (ChineseNumerals.TryParse(s, out var value))
        {
            return negative && value > 0 ? ParseResult<long>.Fail(messages.Negative)
                : value > Max ? ParseResult<long>.Fail(messages.TooLarge)
                : ParseResult<long>.Ok(value);
        }

        return s.Length > 0 && s.All(char.IsAsciiDigit)
            ? ParseResult<long>.Fail(messages.TooLarge)
            : ParseResult<long>.Fail(messages.NotRecognised);
    }

    /// <summary>
    /// True when <paramref name="text"/> (what follows a number) is empty or only measure words or the
    /// unit, possibly in brackets: "篇", "场（次）", "场次".
    /// </summary>
    public static bool IsUnitText(string text, string? unit)
    {
        var s = TextNormalizer.Compact(text);
        return s.Length == 0 || StripUnit("0" + s, unit) == "0";
    }

    private static string StripPrefixes(string s, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (s.Length > prefix.Length && s.StartsWith(prefix, StringComparison.Ordinal))
            {
                return s[prefix.Length..];
            }
        }

        return s;
    }

    /// <summary>"50多场" → "50场", "五十余" → "五十", "50左右" → "50".</summary>
    private static string StripApproximation(string s)
    {
        foreach (var suffix in (string[])["左右", "上下"])
        {
            if (s.Length > suffix.Length && s.EndsWith(suffix, StringComparison.Ordinal))
            {
                s = s[..^suffix.Length];
            }
        }

        var match = MoreThan().Match(s);
        return match.Success ? match.Groups["n"].Value + match.Groups["rest"].Value : s;
    }

    /// <summary>Removes the unit and measure words after the number: "3场（次）", "3场次", "一百零八篇".</summary>
    private static string StripUnit(string s, string? unit)
    {
        if (!string.IsNullOrEmpty(unit) && s.Length > unit.Length && s.EndsWith(unit, StringComparison.Ordinal))
        {
            s = s[..^unit.Length];
        }

        var suffixChars = MeasureWords + (unit ?? string.Empty);
        bool IsSuffix(char c) => suffixChars.Contains(c, StringComparison.Ordinal) && !NumeralChars.Contains(c, StringComparison.Ordinal);
        var end = s.Length;
        while (end > 0)
        {
            if (IsSuffix(s[end - 1]))
            {
                end--;
                continue;
            }

            var open = s.LastIndexOf('(', end - 1);
            if (s[end - 1] == ')' && open > 0 && s[(open + 1)..(end - 1)].All(IsSuffix))
            {
                end = open;
                continue;
            }

            break;
        }

        return end == 0 ? s : s[..end];
    }

    [GeneratedRegex(@"^-?(\d+\.\d+|[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬]+点[零〇一二两三四五六七八九]+)$")]
    private static partial Regex DecimalForm();

    [GeneratedRegex(@"^(?<n>[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬]+)[多余来](?<rest>.*)$")]
    private static partial Regex MoreThan();
}
