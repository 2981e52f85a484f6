using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class ChineseNumeralsFormatTests
{
    [Theory]
    [InlineData(0, "零")]
    [InlineData(1, "一")]
    [InlineData(2, "二")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(1001, "一千零一")]
    [InlineData(1010, "一千零一十")]
    [InlineData(1100, "一千一百")]
    [InlineData(10_000, "一万")]
    [InlineData(10_001, "一万零一")]
    [InlineData(10_010, "一万零一十")]
    [InlineData(10_100, "一万零一百")]
    [InlineData(11_000, "一万一千")]
    [InlineData(100_000, "十万")]
    [InlineData(150_000, "十五万")]
    [InlineData(200_003, "二十万零三")]
    [InlineData(1_001_000, "一百万一千")]
    [InlineData(10_000_010, "一千万零一十")]
    [InlineData(100_000_000, "一亿")]
    [InlineData(100_000_001, "一亿零一")]
    [InlineData(100_010_000, "一亿零一万")]
    [InlineData(101_000_000, "一亿零一百万")]
    [InlineData(110_000_000, "一亿一千万")]
    [InlineData(1_000_000_000, "十亿")]
    [InlineData(2_147_483_647, "二十一亿四千七百四十八万三千六百四十七")]
    [InlineData(999_999_999_999, "九千九百九十九亿九千九百九十九万九千九百九十九")]
    public void Writes_standard_lowercase_numerals(long n, string expected) =>
        Assert.Equal(expected, ChineseNumerals.Format(n));

    [Theory]
    [InlineData(0, "零")]
    [InlineData(10, "壹拾")]
    [InlineData(15, "壹拾伍")]
    [InlineData(105, "壹佰零伍")]
    [InlineData(3400, "叁仟肆佰")]
    [InlineData(10_001, "壹万零壹")]
    [InlineData(100_000, "壹拾万")]
    [InlineData(100_000_000, "壹亿")]
    public void Writes_capital_numerals_with_an_explicit_one_before_ten(long n, string expected) =>
        Assert.Equal(expected, ChineseNumerals.Format(n, capital: true));

    [Theory]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    [InlineData(ChineseNumerals.MaxFormat + 1)]
    public void Refuses_numbers_it_cannot_write(long n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseNumerals.Format(n));
}
