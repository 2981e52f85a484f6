using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>Reads percentages: "98%", "98％", "百分之九十八", "98.5", "百分之百", "九成".</summary>
internal static partial class PercentParser
{
    public const string NotRecognised = "没能识别为百分比。请回复0到100之间的数字，如“98%”或“百分之九十八”。";
    public const string OutOfRange = "百分比应在0到100之间，如“98%”。";
    public const string Empty = "没有收到内容。请回复0到100之间的数字，如“98%”或“百分之九十八”。";

    public static ParseResult<decimal> Parse(string input)
    {
        var s = TextNormalizer.Compact(input ?? string.Empty);
        if (s.Length == 0)
        {
            return ParseResult<decimal>.Fail(Empty);
        }

        var negative = s.StartsWith('-') || s.StartsWith('负');
        if (negative)
        {
            s = s[1..];
        }

        if (!TryRead(s, out var value))
        {
            return ParseResult<decimal>.Fail(NotRecognised);
        }

        return (negative && value != 0) || value > 100
            ? ParseResult<decimal>.Fail(OutOfRange)
            : ParseResult<decimal>.Ok(value);
    }

    private static bool TryRead(string s, out decimal value)
    {
        value = 0;
        if (s.StartsWith("百分之", StringComparison.Ordinal))
        {
            s = s[3..].TrimEnd('%');
            if (s == "百")
            {
                value = 100;
                return true;
            }
        }
        else if (s.EndsWith('%'))
        {
            s = s[..^1];
        }
        else if (Tenths().Match(s) is { Success: true } tenths)
        {
            // 九成 → 90, 九成五 → 95, 十成 → 100.
            var tail = tenths.Groups["tail"].Value;
            if (!ChineseNumerals.TryParse(tenths.Groups["n"].Value, out var n) || n > 10)
            {
                return false;
            }

            var extra = tail.Length == 0 ? 0 : tail == "半" ? 5 : ChineseNumerals.DigitValue(tail[0]);
            value = (n * 10) + extra;
            return extra >= 0;
        }

        return TryReadNumber(s, out value);
    }

    /// <summary>"98", "98.5", "九十八", "九十八点五".</summary>
    private static bool TryReadNumber(string s, out decimal value)
    {
        if (PlainDecimal().IsMatch(s))
        {
            return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        value = 0;
        var point = s.IndexOf('点', StringComparison.Ordinal);
        var whole = point < 0 ? s : s[..point];
        if (!ChineseNumerals.TryParse(whole, out var integer) || integer > 1000)
        {
            return false;
        }

        value = integer;
        if (point < 0)
        {
            return true;
        }

        var fraction = s[(point + 1)..];
        var scale = 0.1m;
        foreach (var c in fraction)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : ChineseNumerals.DigitValue(c);
            if (digit < 0 || scale < 0.0000001m)
            {
                return false;
            }

            value += digit * scale;
            scale /= 10;
        }

        return fraction.Length > 0;
    }

    [GeneratedRegex(@"^\d{1,10}(\.\d{1,6})?$")]
    private static partial Regex PlainDecimal();

    [GeneratedRegex(@"^(?<n>[0-9零一二两三四五六七八九十]+)成(?<tail>[零一二三四五六七八九半]?)$")]
    private static partial Regex Tenths();
}
