using System.Globalization;

namespace ReportBot.Core.Answers;

/// <summary>
/// Reads whole numbers written in Chinese (十二, 两百零五, 壹拾伍, 三万五千), in digits (12, ３), or mixed
/// (3万, 1千2百), and writes them in standard Chinese numerals. Culture-invariant and without I/O.
/// </summary>
public static partial class ChineseNumerals
{
    private const string Digits = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖";

    /// <summary>Tries to read <paramref name="text"/> (trimmed) as a whole number ≥ 0.</summary>
    /// <returns>False for empty text, anything that is not a well-formed numeral, or overflow.</returns>
    public static bool TryParse(string text, out long value)
    {
        value = 0;
        var s = TextNormalizer.ToHalfWidth(text ?? string.Empty).Trim();
        if (s.Length == 0)
        {
            return false;
        }

        if (s.All(char.IsAsciiDigit))
        {
            return long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        try
        {
            return TryParseChinese(s, out value);
        }
        catch (OverflowException)
        {
            value = 0;
            return false;
        }
    }

    /// <summary>True for the characters a numeral is made of: 0–9, 零〇一二两…玖 and 十百千万亿拾佰仟萬.</summary>
    internal static bool IsNumeralChar(char c) => char.IsAsciiDigit(c) || DigitValue(c) >= 0 || UnitValue(c) > 0;

    /// <summary>The value of one Chinese digit character (零 → 0, 两 → 2, 玖 → 9), or -1.</summary>
    internal static int DigitValue(char c) => Digits.IndexOf(c, StringComparison.Ordinal) switch
    {
        0 or 1 => 0,
        2 or 12 => 1,
        3 or 4 or 13 => 2,
        var i and >= 5 and <= 11 => i - 2,
        var i and >= 14 => i - 11,
        _ => -1,
    };

    private static long UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' or '萬' => 10_000,
        '亿' => 100_000_000,
        _ => 0,
    };
}
