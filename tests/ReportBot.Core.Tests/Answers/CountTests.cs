using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class CountTests
{
    [Theory]
    [InlineData("3", "次", 3)]
    [InlineData("３", "次", 3)]
    [InlineData("三", "次", 3)]
    [InlineData("十二", "次", 12)]
    [InlineData("两百零五", "人", 205)]
    [InlineData("壹拾伍", "次", 15)]
    [InlineData("3次", "次", 3)]
    [InlineData("3 次", "次", 3)]
    [InlineData("三 场", "场", 3)]
    [InlineData("三场", null, 3)]
    [InlineData("一百零八篇", "篇", 108)]
    [InlineData(" 12 ", "次", 12)]
    [InlineData("\u300012\u3000", "次", 12)]
    [InlineData("3场（次）", "场", 3)]
    [InlineData("3场(次)", "场", 3)]
    [InlineData("3场次", "场次", 3)]
    [InlineData("3场次", "场", 3)]
    [InlineData("5人次", "人次", 5)]
    [InlineData("1,200", "人", 1200)]
    [InlineData("１，２００人", "人", 1200)]
    [InlineData("0", "次", 0)]
    [InlineData("零", "次", 0)]
    [InlineData("无", "次", 0)]
    [InlineData("没有", "场", 0)]
    [InlineData("共3场", "场", 3)]
    [InlineData("一共十二篇", "篇", 12)]
    [InlineData("10000000", "人", 10_000_000)]
    [InlineData("3万", "人", 30000)]
    [InlineData("4件", "次", 4)]
    [InlineData("6条", null, 6)]
    [InlineData("2期", "期", 2)]
    [InlineData("7项", "项", 7)]
    [InlineData("9名", "名", 9)]
    [InlineData("8户", "户", 8)]
    [InlineData("3家", "家", 3)]
    [InlineData("5天", "天", 5)]
    [InlineData("2所", "所", 2)]
    [InlineData("10个", "个", 10)]
    [InlineData("3万元", "万元", 3)]
    [InlineData("3次。", "次", 3)]
    [InlineData("3场，", "场", 3)]
    [InlineData("十二次！", "次", 12)]
    public void Reads_counts(string input, string? unit, long expected)
    {
        var result = AnswerParser.Count(input, unit);
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("很多", "次", "没能识别为次数。请回复一个数字，如“3”或“三次”。")]
    [InlineData("不清楚", "篇", "没能识别为篇数。请回复一个数字，如“3”或“三篇”。")]
    [InlineData("abc", null, "没能识别为数量。请回复一个数字，如“3”或“三”。")]
    [InlineData("50多", "场", "没能识别为场数。请回复一个数字，如“3”或“三场”。")]
    [InlineData("-3", "次", "次数不能是负数，请回复0或更大的数字，如“3”。")]
    [InlineData("－3次", "次", "次数不能是负数，请回复0或更大的数字，如“3”。")]
    [InlineData("负三", "次", "次数不能是负数，请回复0或更大的数字，如“3”。")]
    [InlineData("3.5", "次", "次数应为整数，如“3”。")]
    [InlineData("３．５次", "次", "次数应为整数，如“3”。")]
    [InlineData("三点五", "次", "次数应为整数，如“3”。")]
    [InlineData("10000001", "人", "人数过大（不能超过1000万），请核对后重新回复，如“3”。")]
    [InlineData("99999999999999999999999", "名", "人数过大（不能超过1000万），请核对后重新回复，如“3”。")]
    [InlineData("一亿", "次", "次数过大（不能超过1000万），请核对后重新回复，如“3”。")]
    [InlineData("", "次", "没有收到内容。请回复一个数字，如“3”或“三次”。")]
    [InlineData("   ", "次", "没有收到内容。请回复一个数字，如“3”或“三次”。")]
    [InlineData("3个月", "次", "没能识别为次数。请回复一个数字，如“3”或“三次”。")]
    [InlineData("3 4", "次", "没能识别为次数。请回复一个数字，如“3”或“三次”。")]
    [InlineData("三四次", "次", "没能识别为次数。请回复一个数字，如“3”或“三次”。")]
    [InlineData("3次4次", "次", "没能识别为次数。请回复一个数字，如“3”或“三次”。")]
    public void Refuses_with_a_specific_message(string input, string? unit, string expected)
    {
        var result = AnswerParser.Count(input, unit);
        Assert.False(result.Success);
        Assert.Equal(0, result.Value);
        Assert.Equal(expected, result.Error);
    }
}
