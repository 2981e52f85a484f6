using System.Text;

namespace ReportBot.Core.Answers;

/// <summary>The writer for Chinese numerals: the inverse of <see cref="TryParse"/> for whole numbers.</summary>
public static partial class ChineseNumerals
{
    /// <summary>The largest number <see cref="Format"/> writes: 九千九百九十九亿九千九百九十九万九千九百九十九.</summary>
    public const long MaxFormat = 999_999_999_999;

    private const string LowerDigits = "零一二三四五六七八九";
    private const string CapitalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string LowerPlaces = " 十百千";
    private const string CapitalPlaces = " 拾佰仟";

    // Sections of four digits, highest first; the unit closes each section.
    private static readonly string[] SectionUnits = ["亿", "万", ""];

    /// <summary>
    /// Writes <paramref name="n"/> in standard Chinese numerals (zeros at the end of a 万/亿 section are not read,
    /// any other run of zeros is one 零): 十二, 一百零五, 一千零一十, 一万零一, 一百万一千, 十万, 一亿;
    /// with <paramref name="capital"/>, in 大写 as on receipts and contracts: 壹拾贰, 壹佰零伍, 壹亿.
    /// </summary>
    /// <param name="n">A whole number from 0 to <see cref="MaxFormat"/>.</param>
    /// <param name="capital">True for 大写 (壹贰叁…拾佰仟), false for 小写 (一二三…十百千).</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="n"/> is negative or above <see cref="MaxFormat"/>.</exception>
    public static string Format(long n, bool capital = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, MaxFormat);
        var digits = capital ? CapitalDigits : LowerDigits;
        if (n == 0)
        {
            return digits[..1];
        }

        var sb = new StringBuilder();
        long[] sections = [n / 100_000_000, n / 10_000 % 10_000, n % 10_000];
        var skippedSection = false;
        for (var i = 0; i < sections.Length; i++)
        {
            if (sections[i] == 0)
            {
                skippedSection = sb.Length > 0;
                continue;
            }

            // 一万零一, 一亿零一千: a gap in the places before this section is read as one 零.
            if (sb.Length > 0 && (skippedSection || sections[i] < 1000))
            {
                sb.Append(digits[0]);
            }

            // 十二 and 十万, not 一十二: only at the very start, and never in 大写 (壹拾贰).
            var bareTen = sb.Length == 0 && !capital;
            AppendSection(sb, (int)sections[i], digits, capital ? CapitalPlaces : LowerPlaces, bareTen);
            sb.Append(SectionUnits[i]);
            skippedSection = false;
        }

        return sb.ToString();
    }

    /// <summary>Writes 1–9999 with 千百十 places; inner zeros become one 零, trailing zeros nothing.</summary>
    private static void AppendSection(StringBuilder sb, int section, string digits, string places, bool bareTen)
    {
        var started = false;
        var zero = false;
        for (int place = 3, scale = 1000; place >= 0; place--, scale /= 10)
        {
            var digit = section / scale % 10;
            if (digit == 0)
            {
                zero = started;
                continue;
            }

            if (zero)
            {
                sb.Append(digits[0]);
                zero = false;
            }

            if (!(bareTen && !started && place == 1 && digit == 1))
            {
                sb.Append(digits[digit]);
            }

            if (place > 0)
            {
                sb.Append(places[place]);
            }

            started = true;
        }
    }
}
