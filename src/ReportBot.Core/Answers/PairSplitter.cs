using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>
/// Splits one line into name–count pairs where a count ends: "《红旗日报》3篇，学习强国5篇", "…3篇、…5篇",
/// "…3篇；…5篇" and "…3篇 …5篇" are two pairs. Nothing inside quotes or brackets splits, so
/// "《人民 日报》" and "“学习、强国”" stay whole names.
/// </summary>
internal static partial class PairSplitter
{
    private const string Separators = " \t,、;"; // compared on the half-width form: ，→, ；→; and the ideographic space → " "

    public static List<string> Split(string line, string? unit)
    {
        var half = TextNormalizer.ToHalfWidth(line); // one character for one: indices stay those of line
        var mask = Enclosures.Mask(line);
        var pieces = new List<string>();
        var start = 0;
        foreach (Match number in Number().Matches(half))
        {
            // A count follows its name: a number with nothing before it in the piece is list numbering ("2、").
            if (number.Index < start || mask[number.Index] || line.AsSpan(start, number.Index - start).IsWhiteSpace())
            {
                continue;
            }

            var (end, byUnit) = CountEnd(half, number.Index + number.Length, unit);
            var next = end;
            while (next < half.Length && !mask[next] && Separators.Contains(half[next], StringComparison.Ordinal))
            {
                next++;
            }

            // Without a separator only the question's own unit ends a pair ("…三篇学习强国五篇"): a number
            // inside a name (12345热线, 三个代表) does not.
            if (next < half.Length && (next > end || byUnit))
            {
                pieces.Add(line[start..end]);
                start = next;
            }
        }

        pieces.Add(line[start..]);
        return pieces;
    }

    /// <summary>
    /// Where the count whose number ends at <paramref name="at"/> ends: after 余/多/来, a measure word with
    /// its bracketed alternative, and 左右/上下/以上, each of which may follow a space. ByUnit is true when
    /// that measure word is the question's unit.
    /// </summary>
    private static (int End, bool ByUnit) CountEnd(string half, int at, string? unit)
    {
        var next = SkipSpaces(half, at);
        if (next < half.Length && half[next] is '余' or '多' or '来')
        {
            at = next + 1;
            next = SkipSpaces(half, at);
        }

        var measure = CountWords.MeasureLength(half.AsSpan(next), unit);
        var byUnit = measure > 0 && !string.IsNullOrEmpty(unit) && half.AsSpan(next).StartsWith(unit, StringComparison.Ordinal);
        if (measure > 0)
        {
            at = next + measure;
        }

        var qualifier = CountQualifier.Exact;
        return (at + CountWords.AfterLength(half.AsSpan(at), ref qualifier), byUnit);
    }

    private static int SkipSpaces(string s, int at)
    {
        while (at < s.Length && s[at] == ' ')
        {
            at++;
        }

        return at;
    }

    // A count's number: 1,200 and 3.5 whole (so that their comma and point are not separators), or Chinese.
    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬]+)")]
    private static partial Regex Number();
}
