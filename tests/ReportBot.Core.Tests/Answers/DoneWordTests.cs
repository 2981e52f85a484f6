using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class DoneWordTests
{
    [Theory]
    [InlineData("完成")]
    [InlineData("完毕")]
    [InlineData("好了")]
    [InlineData("没有了")]
    [InlineData("没有")]
    [InlineData("无")]
    [InlineData("结束")]
    [InlineData("done")]
    [InlineData("Done")]
    [InlineData("DONE!")]
    [InlineData(" 完成 ")]
    [InlineData("完成。")]
    [InlineData("完成！")]
    [InlineData("没有了～")]
    [InlineData("\u3000好了！！")]
    [InlineData("“完成”")]
    public void Recognises_done_words(string input) => Assert.True(AnswerParser.IsDoneWord(input));

    [Theory]
    [InlineData("")]
    [InlineData("完成专题学习")]
    [InlineData("开展学习")]
    [InlineData("3")]
    [InlineData("不完成")]
    [InlineData("好")]
    [InlineData("don")]
    public void Ignores_other_answers(string input) => Assert.False(AnswerParser.IsDoneWord(input));
}
