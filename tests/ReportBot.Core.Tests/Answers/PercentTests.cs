using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class PercentTests
{
    [Theory]
    [InlineData("98%", "98")]
    [InlineData("98％", "98")]
    [InlineData("９８％", "98")]
    [InlineData("98", "98")]
    [InlineData(" 98 % ", "98")]
    [InlineData("98.5", "98.5")]
    [InlineData("98.5%", "98.5")]
    [InlineData("９８．５％", "98.5")]
    [InlineData("百分之九十八", "98")]
    [InlineData("百分之九十八点五", "98.5")]
    [InlineData("百分之百", "100")]
    [InlineData("百分之九十八%", "98")]
    [InlineData("98%。", "98")]
    [InlineData("百分之一百", "100")]
    [InlineData("百分之零", "0")]
    [InlineData("100", "100")]
    [InlineData("100%", "100")]
    [InlineData("0", "0")]
    [InlineData("0.5%", "0.5")]
    [InlineData("九十八", "98")]
    [InlineData("九成", "90")]
    [InlineData("九成五", "95")]
    [InlineData("九成半", "95")]
    [InlineData("十成", "100")]
    public void Reads_percentages(string input, string expected)
    {
        var result = AnswerParser.Percent(input);
        Assert.True(result.Success, result.Error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("120", "百分比应在0到100之间，如“98%”。")]
    [InlineData("120%", "百分比应在0到100之间，如“98%”。")]
    [InlineData("100.5", "百分比应在0到100之间，如“98%”。")]
    [InlineData("百分之一百二十", "百分比应在0到100之间，如“98%”。")]
    [InlineData("-5%", "百分比应在0到100之间，如“98%”。")]
    [InlineData("负五", "百分比应在0到100之间，如“98%”。")]
    [InlineData("很高", "没能识别为百分比。请回复0到100之间的数字，如“98%”或“百分之九十八”。")]
    [InlineData("98%%", "没能识别为百分比。请回复0到100之间的数字，如“98%”或“百分之九十八”。")]
    [InlineData("十一成", "没能识别为百分比。请回复0到100之间的数字，如“98%”或“百分之九十八”。")]
    [InlineData("98 5", "没能识别为百分比。请回复0到100之间的数字，如“98%”或“百分之九十八”。")]
    [InlineData("98..5", "没能识别为百分比。请回复0到100之间的数字，如“98%”或“百分之九十八”。")]
    [InlineData("", "没有收到内容。请回复0到100之间的数字，如“98%”或“百分之九十八”。")]
    public void Refuses_with_a_specific_message(string input, string expected)
    {
        var result = AnswerParser.Percent(input);
        Assert.False(result.Success);
        Assert.Equal(0m, result.Value);
        Assert.Equal(expected, result.Error);
    }
}
