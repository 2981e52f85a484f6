using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Drafting;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Drafting;

/// <summary>
/// Time wording from the period: 今年…以来 only while the period runs, a period that is over named by its own
/// words; a period not begun yet is confirmed, and no sign-off date falls before the period.
/// </summary>
public sealed class PeriodWordingTests
{
    private static ChatScript OnFirstOfDecember() =>
        new(time: new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8))));

    private static string Opening(Draft draft) => draft.Blocks.OfType<DraftParagraph>().First().Text;

    [Theory]
    [InlineData("2026年第三季度", "2026年第三季度，光明街道")]
    [InlineData("2026年7月至9月", "2026年第三季度，光明街道")]
    [InlineData("2026年上半年", "2026年上半年，光明街道")]
    [InlineData("2025年", "2025年，光明街道")]
    [InlineData("2026年第四季度", "今年第四季度以来，光明街道")]
    [InlineData("2026年下半年", "今年下半年以来，光明街道")]
    [InlineData("2026年", "今年以来，光明街道")]
    public void The_opening_says_this_year_only_for_a_period_still_running(string period, string opening)
    {
        var chat = OnFirstOfDecember().Send("/start").Press("安全生产工作总结").Answer(period, "光明街道党工委").Send("/draft");
        Assert.StartsWith(opening, Opening(chat.LastDraft.Draft), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, "", "2026-12-01", "今年以来")]
    [InlineData(2026, "上半年", "2026-12-01", "2026年上半年")]
    [InlineData(2026, "下半年", "2026-12-01", "今年下半年以来")]
    [InlineData(2026, "下半年", "2027-01-05", "2026年下半年")]
    [InlineData(2026, "第一季度", "2026-03-31", "今年第一季度以来")]
    [InlineData(2026, "第一季度", "2026-04-01", "2026年第一季度")]
    [InlineData(2026, "第二季度", "2026-03-31", "2026年第二季度")]
    [InlineData(2025, "", "2026-01-10", "2025年")]
    public void Every_period_form_is_named_by_its_own_words_once_it_is_over(int year, string part, string today, string intro)
    {
        var period = ReportPeriod.Parse($"{year}年{part}")!;
        Assert.Equal(intro, period.Intro(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(2026, "下半年", "2026-12-01", "11月底")]
    [InlineData(2026, "", "2026-12-31", "11月底")]
    [InlineData(2026, "第四季度", "2026-10-20", "目前")]
    [InlineData(2026, "上半年", "2026-12-01", "6月底")]
    [InlineData(2025, "", "2026-01-10", "年底")]
    public void Up_to_names_a_month_that_is_over_never_one_still_to_come(int year, string part, string today, string end)
    {
        var period = ReportPeriod.Parse($"{year}年{part}")!;
        Assert.Equal(end, period.EndOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_period_that_has_not_begun_is_asked_about_and_signed_after_it()
    {
        var chat = OnFirstOfDecember().Send("/start").Press("安全生产工作总结").Send("2027年上半年").Expect("还没有开始").Expect("[就这样写]");
        Assert.False(chat.Answers.ContainsKey("period"));
        chat.Press("就这样写").Answer("光明街道党工委").Send("/draft");
        Assert.Equal("2027年7月10日", chat.LastDraft.Draft.SignOff!.Date);
    }

    [Fact]
    public void A_sign_off_date_before_the_period_begins_is_refused()
    {
        var chat = SmallTemplate.Start().Answer("2020年上半年", "红旗街道");
        chat.Send("/date 2019年1月1日").Expect("早于报告期（2020年上半年）的开始").ExpectNot("落款日期改为");
        Assert.Null(chat.Interview.SignOffDate);
        chat.Send("/date 2020年7月1日").Expect("落款日期改为2020年7月1日");
    }
}
