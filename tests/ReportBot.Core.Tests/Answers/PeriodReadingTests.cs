using CsCheck;
using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Answers.Properties;
using ReportBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace ReportBot.Core.Tests.Answers;

/// <summary>The ways people write a report period, absolute and relative to today.</summary>
public sealed class PeriodReadingTests(ITestOutputHelper output)
{
    private static readonly DateOnly November = new(2026, 11, 29);

    [Theory]
    [InlineData("2020年上半年", "2020年上半年")]
    [InlineData("2020 上半年", "2020年上半年")]
    [InlineData("２０２０年上半年。", "2020年上半年")]
    [InlineData("20年上半年", "2020年上半年")]
    [InlineData("二〇二〇年上半年", "2020年上半年")]
    [InlineData("二零二零年下半年", "2020年下半年")]
    [InlineData("2020年上半年度", "2020年上半年")]
    [InlineData("2020年上半年工作总结", "2020年上半年")]
    [InlineData("2020年", "2020年")]
    [InlineData("2020", "2020年")]
    [InlineData("2020年度", "2020年")]
    [InlineData("2020年全年", "2020年")]
    [InlineData("2020年一季度", "2020年第一季度")]
    [InlineData("2020年第3季度", "2020年第三季度")]
    [InlineData("2020年Q4", "2020年第四季度")]
    [InlineData("2020年1-6月", "2020年上半年")]
    [InlineData("2020年1月至6月", "2020年上半年")]
    [InlineData("2020年7—12月", "2020年下半年")]
    [InlineData("2020年1~12月", "2020年")]
    [InlineData("2020年一至三月", "2020年第一季度")]
    [InlineData("2020年十至十二月份", "2020年第四季度")]
    [InlineData("今年上半年", "2026年上半年")]
    [InlineData("今年", "2026年")]
    [InlineData("本年度", "2026年")]
    [InlineData("今年三季度", "2026年第三季度")]
    [InlineData("去年下半年", "2025年下半年")]
    [InlineData("上一年", "2025年")]
    [InlineData("前年", "2024年")]
    [InlineData("上半年", "2026年上半年")]
    [InlineData("下半年", "2026年下半年")]
    [InlineData("1-6月", "2026年上半年")]
    [InlineData("第四季度", "2026年第四季度")]
    public void Ordinary_ways_of_writing_a_period_are_read(string typed, string stored) =>
        Assert.Equal(stored, PeriodOptions.Normalize(typed, November));

    [Theory]
    [InlineData("下半年", "2026-03-10", "2025年下半年")]
    [InlineData("第四季度", "2026-08-01", "2025年第四季度")]
    [InlineData("全年", "2027-01-15", "2026年")]
    [InlineData("全年", "2026-11-29", "2026年")]
    [InlineData("上半年", "2026-06-20", "2026年上半年")]
    public void A_period_without_a_year_is_the_latest_that_has_begun(string typed, string today, string stored) =>
        Assert.Equal(stored, PeriodOptions.Normalize(typed, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("今年上半年")]
    [InlineData("上半年")]
    [InlineData("去年")]
    public void Relative_periods_need_today(string typed) => Assert.Null(PeriodOptions.Normalize(typed));

    [Theory]
    [InlineData("5次吧")]
    [InlineData("我们是东城区和平街道党工委")]
    [InlineData("2020年1-5月")]
    [InlineData("2020年13月")]
    [InlineData("1920年上半年上半年")]
    [InlineData("年")]
    [InlineData("")]
    [InlineData("不知道")]
    public void What_is_not_a_period_is_refused(string typed) => Assert.Null(PeriodOptions.Normalize(typed, November));

    [Fact]
    public void Every_offered_period_reads_back_as_itself_on_any_day() =>
        PropertyRun.Check(Gen.Int[0, 365 * 100].Select(days => new DateOnly(1990, 1, 1).AddDays(days)), today =>
        {
            foreach (var (label, value) in PeriodOptions.For(today))
            {
                Assert.Equal(value, PeriodOptions.Normalize(label, today));
                Assert.Equal(value, PeriodOptions.Normalize(value));
            }
        }, output.WriteLine, iter: 2000, seconds: 3, print: today => today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void In_the_chat_a_relative_period_is_stored_as_an_absolute_one()
    {
        var chat = SmallTemplate.Start().Send("今年上半年").Expect("已记录：2026年上半年");
        Assert.Equal("2026年上半年", chat.Answers["period"].Text);
        SmallTemplate.Start().Send("下个月").Expect("没能识别报告期").Expect("今年上半年");
    }
}
