using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("零", 0)]
    [InlineData("〇", 0)]
    [InlineData("一", 1)]
    [InlineData("两", 2)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十五", 25)]
    [InlineData("一百", 100)]
    [InlineData("一百零八", 108)]
    [InlineData("两百零五", 205)]
    [InlineData("一百一十", 110)]
    [InlineData("一百五", 150)]
    [InlineData("一千零一", 1001)]
    [InlineData("一千零十", 1010)]
    [InlineData("三千二百零五", 3205)]
    [InlineData("三万五千", 35000)]
    [InlineData("三万五", 35000)]
    [InlineData("十万", 100000)]
    [InlineData("二十万零三", 200003)]
    [InlineData("一亿", 100000000)]
    [InlineData("一亿三千万", 130000000)]
    [InlineData("壹拾伍", 15)]
    [InlineData("拾", 10)]
    [InlineData("贰佰零伍", 205)]
    [InlineData("叁仟肆佰", 3400)]
    [InlineData("伍萬", 50000)]
    [InlineData("玖", 9)]
    [InlineData("二〇二六", 2026)]
    [InlineData("12", 12)]
    [InlineData("０", 0)]
    [InlineData("１２", 12)]
    [InlineData(" 7 ", 7)]
    [InlineData("3万", 30000)]
    [InlineData("1千2百", 1200)]
    public void Reads_numerals(string text, long expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("很多")]
    [InlineData("三五")]
    [InlineData("十百")]
    [InlineData("一百百")]
    [InlineData("百")]
    [InlineData("万")]
    [InlineData("一万万")]
    [InlineData("-3")]
    [InlineData("3.5")]
    [InlineData("3a")]
    [InlineData("3 4")]
    [InlineData("一3")]
    [InlineData("99999999999999999999")]
    public void Refuses_non_numerals(string text)
    {
        Assert.False(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal(0, value);
    }
}
