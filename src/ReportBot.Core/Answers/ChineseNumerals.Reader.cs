using System.Globalization;

namespace ReportBot.Core.Answers;

/// <summary>The positional reader for Chinese numerals (十, 百, 千 within a section; 万, 亿 between sections).</summary>
public static partial class ChineseNumerals
{
    private static bool TryParseChinese(string s, out long value)
    {
        value = 0;

        // Year-style digit strings such as 二〇二六 or 一〇五: only digits, at least one 〇/零.
        if (s.Length > 1 && s.All(c => DigitValue(c) >= 0) && s.Any(c => c is '〇' or '零'))
        {
            foreach (var c in s)
            {
                value = checked((value * 10) + DigitValue(c));
            }

            return true;
        }

        long total = 0, section = 0, number = 0, lastSmall = long.MaxValue, lastBig = long.MaxValue;
        long previousUnit = 0;
        var hasNumber = false;
        var afterZero = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var digit = DigitValue(c);
            var unit = UnitValue(c);
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
                {
                    i++;
                }

                if (hasNumber)
                {
                    return false;
                }

                number = long.Parse(s.AsSpan(start, i - start + 1), NumberStyles.None, CultureInfo.InvariantCulture);
                hasNumber = true;
            }
            else if (digit == 0)
            {
                if (hasNumber && number != 0)
                {
                    return false;
                }

                afterZero = true;
                hasNumber = i == s.Length - 1 || s.Length == 1;
                continue;
            }
            else if (digit > 0)
            {
                if (hasNumber)
                {
                    return false;
                }

                number = digit;
                hasNumber = true;
            }
            else if (unit is >= 10 and <= 1000)
            {
                if (!hasNumber && !(unit == 10 && (i == 0 || afterZero)))
                {
                    return false;
                }

                if (unit >= lastSmall)
                {
                    return false;
                }

                section = checked(section + ((hasNumber ? number : 1) * unit));
                (number, hasNumber, lastSmall, previousUnit) = (0, false, unit, unit);
            }
            else if (unit > 1000)
            {
                section = checked(section + number);
                if (section == 0 || (unit == 10_000 && lastBig == 10_000))
                {
                    return false;
                }

                total = unit == 10_000 ? checked(total + (section * unit)) : checked((total + section) * unit);
                (section, number, hasNumber, lastSmall, lastBig, previousUnit) = (0, 0, false, long.MaxValue, unit, unit);
            }
            else
            {
                return false;
            }

            afterZero = false;
        }

        // 一百五 → 150, 三万五 → 35000: a final bare digit right after a unit counts one place lower.
        if (hasNumber && previousUnit >= 100 && s.Length >= 2 && UnitValue(s[^2]) == previousUnit)
        {
            number = checked(number * (previousUnit / 10));
        }

        value = checked(total + section + number);
        return true;
    }
}
