using System.Text.RegularExpressions;
using ReportBot.Core.Answers;

namespace ReportBot.Core.WorkLog;

/// <summary>
/// Reads the date a message gives for what it reports, relative to the date the message was written: 2026年3月5日,
/// 3月5日, 5日, 今天, 昨天, 前天, 上周三, 本周二, 周一. Without a year a date is this year's, or last year's when it
/// would otherwise be more than two months ahead (a message of 1月3日 about 12月30日).
/// </summary>
public static partial class DateReader
{
    /// <summary>The first date written in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Find(string text, DateOnly messageDate) =>
        FindAll(text, messageDate).Select(d => (DateOnly?)d.Date).FirstOrDefault();

    /// <summary>Every date written in <paramref name="text"/>, with where it starts.</summary>
    public static IEnumerable<(int At, DateOnly Date)> FindAll(string text, DateOnly messageDate) =>
        Any().Matches(TextNormalizer.ToHalfWidth(text))
            .Select(m => (m.Index, Date: Resolve(m, messageDate)))
            .Where(d => d.Date is not null)
            .Select(d => (d.Index, d.Date!.Value));

    private static DateOnly? Resolve(Match m, DateOnly today)
    {
        if (m.Groups["rel"].Success)
        {
            return today.AddDays(m.Groups["rel"].Value switch { "昨天" or "昨日" or "昨晚" => -1, "前天" => -2, _ => 0 });
        }

        if (m.Groups["wd"].Success)
        {
            var weekday = "一二三四五六日".IndexOf(m.Groups["wd"].Value == "天" ? "日" : m.Groups["wd"].Value, StringComparison.Ordinal) + 1;
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
            var day = monday.AddDays(weekday - 1);
            var last = m.Groups["wk"].Value.StartsWith('上');
            return last ? day.AddDays(-7) : day > today && m.Groups["wk"].Value.Length == 0 ? day.AddDays(-7) : day;
        }

        var dayOfMonth = Number(m.Groups["d"].Value);
        if (m.Groups["m"].Success)
        {
            var month = Number(m.Groups["m"].Value);
            var year = m.Groups["y"].Success ? Number(m.Groups["y"].Value) : today.Year;
            if (!Valid(year, month, dayOfMonth))
            {
                return null;
            }

            var date = new DateOnly(year, month, dayOfMonth);
            return !m.Groups["y"].Success && date > today.AddMonths(2) ? date.AddYears(-1) : date;
        }

        // 5日 alone: this month, or last month when this month's is still to come.
        var candidate = Valid(today.Year, today.Month, dayOfMonth) ? new DateOnly(today.Year, today.Month, dayOfMonth) : (DateOnly?)null;
        return candidate > today ? LastMonth(today, dayOfMonth) : candidate;
    }

    private static DateOnly? LastMonth(DateOnly today, int day)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return Valid(first.Year, first.Month, day) ? new DateOnly(first.Year, first.Month, day) : null;
    }

    private static bool Valid(int year, int month, int day) =>
        year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Number(string s) => ChineseNumerals.TryParse(s, out var n) && n < 10_000 ? (int)n : 0;

    [GeneratedRegex(@"(?:(?:(?<y>\d{4})年)?(?<m>[0-9一二三四五六七八九十]{1,3})月(?<d>[0-9一二三四五六七八九十]{1,3})[日号])|(?<![月\d年第])(?<d>\d{1,2})[日号](?!报)|(?<rel>今天|今日|今早|今晚|昨天|昨日|昨晚|前天)|(?<!下)(?<wk>上|本|这|)(?:周|星期|礼拜)(?<wd>[一二三四五六日天])")]
    private static partial Regex Any();
}
