using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class UnknownWordTests
{
    [Theory]
    [InlineData("不清楚")]
    [InlineData("不知道")]
    [InlineData("不确定")]
    [InlineData("记不清")]
    [InlineData("忘了")]
    [InlineData("说不准")]
    [InlineData("记不清了")]
    [InlineData("我也不清楚")]
    [InlineData("暂时不知道。")]
    [InlineData(" 不 清 楚 ！")]
    [InlineData("“不清楚”")]
    [InlineData("不\u200B知道")]
    [InlineData("没统计")]
    public void Recognises_i_do_not_know(string input) => Assert.True(AnswerParser.IsUnknownWord(input));

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("没有")]
    [InlineData("完成")]
    [InlineData("清楚")]
    [InlineData("不清楚的地方已经核实，共3次")]
    [InlineData("我")]
    [InlineData("了")]
    public void Ignores_other_answers(string input) => Assert.False(AnswerParser.IsUnknownWord(input));
}
