using System.Globalization;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class PercentFormsTests
{
    private const string OutOfRange = "百分比应在0到100之间，如“98%”。";

    [Theory]
    [InlineData("百分之九十八点五", "98.5")]
    [InlineData("百分之零点五", "0.5")]
    [InlineData("百分之98.5", "98.5")]
    [InlineData("98.5%", "98.5")]
    [InlineData("98.5％", "98.5")]
    [InlineData("９８％", "98")]
    [InlineData("九十八％", "98")]
    [InlineData("百分之 九十八", "98")]
    [InlineData("\u202E98%\u200B", "98")]
    [InlineData("100.0%", "100")]
    public void A_percent_is_read_in_chinese_digits_full_width_and_with_decimals(string input, string expected)
    {
        var result = AnswerParser.Percent(input);
        Assert.True(result.Success, result.Error);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("120%")]
    [InlineData("100.00001%")]
    [InlineData("百分之一百零一")]
    [InlineData("-3%")]
    [InlineData("－３％")]
    [InlineData("−3%")]
    [InlineData("负百分之三")]
    public void A_percent_outside_zero_to_a_hundred_is_refused(string input)
    {
        var result = AnswerParser.Percent(input);
        Assert.False(result.Success);
        Assert.Equal(OutOfRange, result.Error);
    }

    [Theory]
    [InlineData("3%\n5%")]
    [InlineData("9\n8")]
    [InlineData("约98%")]
    [InlineData("1e2%")]
    [InlineData("百分之负三")]
    public void A_doubtful_percent_is_refused(string input) => Assert.False(AnswerParser.Percent(input).Success);
}
