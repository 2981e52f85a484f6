using ReportBot.Core.WorkLog;

namespace ReportBot.Core.Tests.WorkLog;

public sealed class DateReaderTests
{
    private static readonly DateOnly Friday = new(2026, 6, 19);

    [Theory]
    [InlineData("3月5日召开会议", "2026-03-05")]
    [InlineData("三月五日召开会议", "2026-03-05")]
    [InlineData("2025年11月3日召开会议", "2025-11-03")]
    [InlineData("昨天上午召开会议", "2026-06-18")]
    [InlineData("前天召开会议", "2026-06-17")]
    [InlineData("今天召开会议", "2026-06-19")]
    [InlineData("上周三召开会议", "2026-06-10")]
    [InlineData("上星期日召开会议", "2026-06-14")]
    [InlineData("周一召开会议", "2026-06-15")]
    [InlineData("本周五召开会议", "2026-06-19")]
    [InlineData("周六召开会议", "2026-06-13")] // this week's Saturday is still to come: last week's
    [InlineData("5日召开会议", "2026-06-05")]
    [InlineData("25日召开会议", "2026-05-25")]
    [InlineData("6月26日召开会议", "2026-06-26")]
    public void Dates_are_read_relative_to_the_message(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateReader.Find(text, Friday));

    [Theory]
    [InlineData("召开会议")]
    [InlineData("下周三召开会议")]
    [InlineData("13月5日召开会议")]
    [InlineData("2月30日召开会议")]
    [InlineData("第37个国际禁毒日")]
    public void No_date_or_an_impossible_one_is_none(string text) => Assert.Null(DateReader.Find(text, Friday));

    [Fact]
    public void A_date_late_in_last_year_is_last_years()
    {
        Assert.Equal(new DateOnly(2025, 12, 30), DateReader.Find("12月30日召开会议", new DateOnly(2026, 1, 3)));
    }
}
