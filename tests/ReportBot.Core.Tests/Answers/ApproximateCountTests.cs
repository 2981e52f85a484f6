using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class ApproximateCountTests
{
    [Theory]
    [InlineData("50", 50)]
    [InlineData("三", 3)]
    [InlineData("50多", 50)]
    [InlineData("50多场", 50)]
    [InlineData("五十余", 50)]
    [InlineData("五十余场", 50)]
    [InlineData("50余场", 50)]
    [InlineData("约50", 50)]
    [InlineData("约50场", 50)]
    [InlineData("大约五十场", 50)]
    [InlineData("50左右", 50)]
    [InlineData("50场左右", 50)]
    [InlineData("十来场", 10)]
    [InlineData("３０余", 30)]
    [InlineData("3场（次）", 3)]
    public void Reads_approximate_counts(string input, long expected)
    {
        var result = AnswerParser.ApproximateCount(input, "场");
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("很多", "没能识别为场数。请回复一个数字，如“50”或“50余场”。")]
    [InlineData("近百", "没能识别为场数。请回复一个数字，如“50”或“50余场”。")]
    [InlineData("多", "没能识别为场数。请回复一个数字，如“50”或“50余场”。")]
    [InlineData("-50余", "场数不能是负数，请回复0或更大的数字，如“3”。")]
    [InlineData("2.5", "场数应为整数，如“3”。")]
    [InlineData("", "没有收到内容。请回复一个数字，如“50”或“50余场”。")]
    public void Refuses_with_a_specific_message(string input, string expected)
    {
        var result = AnswerParser.ApproximateCount(input, "场");
        Assert.False(result.Success);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Exact_count_does_not_accept_approximations()
    {
        Assert.False(AnswerParser.Count("50余场", "场").Success);
        Assert.False(AnswerParser.Count("约50", "场").Success);
        Assert.False(AnswerParser.Count("50左右", "场").Success);
    }
}
