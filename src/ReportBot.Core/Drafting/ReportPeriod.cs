using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Drafting;

/// <summary>A report period as stored ("2020年上半年", "2020年", "2020年第三季度"): its year, part and dates.</summary>
public sealed partial record ReportPeriod(int Year, string Part, DateOnly Start, DateOnly End)
{
    /// <summary>Reads a normalised period, or null.</summary>
    public static ReportPeriod? Parse(string? text)
    {
        var match = Pattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var part = match.Groups["part"].Value;
        var (first, last) = part switch
        {
            "上半年" => (1, 6),
            "下半年" => (7, 12),
            "第一季度" => (1, 3),
            "第二季度" => (4, 6),
            "第三季度" => (7, 9),
            "第四季度" => (10, 12),
            _ => (1, 12),
        };
        var end = new DateOnly(year, last, 1).AddMonths(1).AddDays(-1);
        return new ReportPeriod(year, part, new DateOnly(year, first, 1), end);
    }

    /// <summary>The period as written: "2020年上半年", "2020年".</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{Year}年{Part}");

    /// <summary>The period without its year, for "今年{{period.short}}以来": "上半年", "第三季度"; a whole year → "".</summary>
    public string WithoutYear => Part;

    /// <summary>True when the period has begun and is not over on <paramref name="today"/>.</summary>
    public bool IsRunning(DateOnly today) => Start <= today && today <= End;

    /// <summary>True when the period has not begun on <paramref name="today"/>.</summary>
    public bool IsFuture(DateOnly today) => today < Start;

    /// <summary>
    /// How the opening sentence places the report in time: "今年以来", "今年下半年以来", "今年第四季度以来" only while
    /// the period is still running; a period that is over (or has not begun) is named by its own words: "2026年上半年",
    /// "2026年第三季度" — never "今年" for a past period, nor "以来" for one that ended.
    /// </summary>
    public string Intro(DateOnly today) => IsRunning(today) ? $"今年{WithoutYear}以来" : Name;

    /// <summary>The end of the period as "截至…" says it: "6月底", "12月底" (a whole year: "年底").</summary>
    public string EndPhrase => Part.Length == 0 ? "年底" : string.Create(CultureInfo.InvariantCulture, $"{End.Month}月底");

    /// <summary>
    /// The end "截至…" can claim on <paramref name="today"/>: the period's end once it is over; while it runs, the
    /// last month that is over ("11月底" on 1 December), or "目前" in the period's first month — never a month-end
    /// still to come.
    /// </summary>
    public string EndOn(DateOnly today)
    {
        if (!IsRunning(today))
        {
            return EndPhrase;
        }

        return today.Month > Start.Month ? string.Create(CultureInfo.InvariantCulture, $"{today.Month - 1}月底") : "目前";
    }

    [GeneratedRegex("^(?<year>\\d{4})年(?<part>上半年|下半年|第[一二三四]季度)?$")]
    private static partial Regex Pattern();
}
