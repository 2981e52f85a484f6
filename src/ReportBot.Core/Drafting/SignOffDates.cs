using System.Globalization;
using System.Text.RegularExpressions;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Drafting;

/// <summary>
/// The date under the sign-off: the one the user set, else shortly after the period when the period is over
/// (a report on 2020年上半年 is signed in July 2020, not on the day the bot ran), shortly after the period too when it
/// has not begun yet (never a date before the period), else today.
/// </summary>
public static partial class SignOffDates
{
    /// <summary>Days after the period's last day a report is usually signed.</summary>
    public const int DaysAfterPeriod = 10;

    /// <summary>The sign-off date for these answers.</summary>
    public static DateOnly For(ReportTemplate template, IReadOnlyDictionary<string, SlotAnswer> answers, DateOnly? set, DateOnly today)
    {
        if (set is { } chosen)
        {
            return chosen;
        }

        return Period(template, answers) switch
        {
            { } over when over.End < today => Min(over.End.AddDays(DaysAfterPeriod), today),
            { } future when future.IsFuture(today) => future.End.AddDays(DaysAfterPeriod),
            _ => today,
        };
    }

    /// <summary>
    /// Why <paramref name="date"/> cannot sign this report (it is before the period begins), or null when it can.
    /// </summary>
    public static string? Refusal(ReportTemplate template, IReadOnlyDictionary<string, SlotAnswer> answers, DateOnly date) =>
        Period(template, answers) is { } period && date < period.Start
            ? $"落款日期{DraftBuilder.FormatDate(date)}早于报告期（{period.Name}）的开始（{DraftBuilder.FormatDate(period.Start)}），没有修改。请输入报告期开始以后的日期，如“/date {DraftBuilder.FormatDate(period.End.AddDays(DaysAfterPeriod))}”。"
            : null;

    /// <summary>The report period answered, or null.</summary>
    public static ReportPeriod? Period(ReportTemplate template, IReadOnlyDictionary<string, SlotAnswer> answers) =>
        template.Slots.FirstOrDefault(s => s.Kind == SlotKind.Period) is { } slot && answers.TryGetValue(slot.Id, out var answer)
            ? ReportPeriod.Parse(answer.Text)
            : null;

    /// <summary>Reads a typed date: "2020年7月10日", "2020-07-10", "2020.7.10", "2020/7/10"; null when it is not one.</summary>
    public static DateOnly? Parse(string text, DateOnly today)
    {
        var match = DatePattern().Match(text.Trim());
        if (!match.Success)
        {
            return text.Trim() == "今天" ? today : null;
        }

        var (year, month, day) = (Number(match, "y"), Number(match, "m"), Number(match, "d"));
        return year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:年|-|\.|/)\s*(?<m>\d{1,2})\s*(?:月|-|\.|/)\s*(?<d>\d{1,2})\s*日?$")]
    private static partial Regex DatePattern();
}
