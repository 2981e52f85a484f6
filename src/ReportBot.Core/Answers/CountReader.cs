using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>
/// Reads a count as people type it: "约5次", "十余场", "四十多篇", "第38个", "共有党员186名". One number may
/// stand amid a few Chinese words; an answer with a second number, a range, a decimal or several lines is
/// refused, so that several answers pasted at once are never read as one count.
/// </summary>
internal static partial class CountReader
{
    /// <summary>The most characters of other words a count may stand amid ("共有党员" + "186名").</summary>
    private const int MaxWords = 20;

    public static ParseResult<CountReading> Read(string input, string? unit)
    {
        var messages = new CountMessages(unit, approximate: false);
        var lines = ListParser.Lines(TextNormalizer.Clean(input));
        if (lines.Count > 1)
        {
            return Fail(messages.NotRecognised); // several answers at once: none of them is the count
        }

        var s = lines.Count == 0 ? string.Empty : TextNormalizer.Compact(lines[0]);
        if (s.Length == 0)
        {
            return Fail(messages.Empty);
        }

        s = s.Replace("一共", "共", StringComparison.Ordinal); // the 一 of 一共 is not a number
        if (CountWords.MeansNone(s))
        {
            return ParseResult<CountReading>.Ok(new CountReading(0));
        }

        var range = CountRanges.UpperEnd(s);
        if (range is { } upper)
        {
            var read = Read(upper.Text, unit);
            return read.Success && upper.Low > 0 ? ParseResult<CountReading>.Ok(read.Value! with { RangeLow = upper.Low }) : read;
        }

        var runs = NumeralRuns(s);
        if (runs.Count != 1)
        {
            return Fail(!IsDecimal(s, runs) ? messages.NotRecognised
                : IsNegative(s[..runs[0].Start]) ? messages.Negative : messages.Decimal);
        }

        var (start, end) = runs[0];
        var numeral = s[start..end];
        var negative = IsNegative(s[..start]);
        if (!ChineseNumerals.TryParse(numeral, out var value))
        {
            var overflow = numeral.All(char.IsAsciiDigit);
            return Fail(overflow && negative ? messages.Negative : overflow ? messages.TooLarge : messages.NotRecognised);
        }

        if (negative && value > 0)
        {
            return Fail(messages.Negative);
        }

        if (value > CountParser.Max)
        {
            return Fail(messages.TooLarge);
        }

        var left = negative ? s[..(start - 1)] : s[..start];
        if (CountWords.IsVague(left, numeral))
        {
            return Fail(messages.NotRecognised);
        }

        var spaced = InnerSpace().IsMatch(TextNormalizer.ToHalfWidth(lines[0]).Trim());
        return ReadAround(value, left, s[end..], unit, spaced) is { } reading
            ? ParseResult<CountReading>.Ok(reading)
            : Fail(messages.NotRecognised);
    }

    /// <summary>
    /// Reads what stands before and after the number: qualifiers, the measure word, and other words. Null
    /// when those words make the answer doubtful.
    /// </summary>
    private static CountReading? ReadAround(long value, string left, string right, string? unit, bool spaced)
    {
        var qualifier = CountQualifier.Exact;
        if (right.Length > 0 && right[0] is '余' or '多' or '来')
        {
            (qualifier, right) = (CountQualifier.MoreThan, right[1..]);
        }

        var measure = CountWords.MeasureLength(right, unit);
        var written = measure == 0 ? null : right[..measure].Replace('(', '（').Replace(')', '）');
        right = CountWords.StripAfter(right[measure..], ref qualifier);
        if (measure == 0 && right.Length > 0)
        {
            return null; // "3小时", "3成", "98%": the number is followed by a unit of another kind
        }

        left = CountWords.StripBefore(left, ref qualifier).TrimEnd(':'); // "合计：5次"
        var words = CountWords.StripAnywhere(left + right, ref qualifier);
        var plausible = words.Length == 0
            || (!spaced && words.Length <= MaxWords && words.All(IsHan) && !words.Any(CountWords.IsDoubtful));
        return plausible ? new CountReading(value, qualifier, written) : null;
    }

    /// <summary>The maximal runs of numeral characters in <paramref name="s"/>.</summary>
    private static List<(int Start, int End)> NumeralRuns(string s)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < s.Length; i++)
        {
            if (ChineseNumerals.IsNumeralChar(s[i]))
            {
                var start = i;
                while (i + 1 < s.Length && ChineseNumerals.IsNumeralChar(s[i + 1]))
                {
                    i++;
                }

                runs.Add((start, i + 1));
            }
        }

        return runs;
    }

    /// <summary>"3.5" or "三点五": two runs joined by a decimal point, the second of digits only.</summary>
    private static bool IsDecimal(string s, List<(int Start, int End)> runs)
    {
        if (runs.Count != 2)
        {
            return false;
        }

        var point = s[runs[0].End..runs[1].Start];
        var fraction = s[runs[1].Start..runs[1].End];
        return (point == "." && fraction.All(char.IsAsciiDigit))
            || (point == "点" && fraction.All(c => ChineseNumerals.DigitValue(c) >= 0 || char.IsAsciiDigit(c)));
    }

    private static bool IsNegative(string before) => before.EndsWith('-') || before.EndsWith('负');

    private static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    private static ParseResult<CountReading> Fail(string message) => ParseResult<CountReading>.Fail(message);

    // Words separated by spaces ("3次 红旗街道") look like several answers on one line.
    [GeneratedRegex(@"\S\s+\S")]
    private static partial Regex InnerSpace();
}
