using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class ReadCountRefusalTests
{
    private const string NotRecognised = "没能识别为场数。请回复一个数字，如“3”或“三场”。";

    [Theory]
    [InlineData("很多", NotRecognised)]
    [InlineData("不清楚", NotRecognised)]
    [InlineData("近百", NotRecognised)]
    [InlineData("去年3次今年5次", NotRecognised)]
    [InlineData("3 4", NotRecognised)]
    [InlineData("3次4次", NotRecognised)]
    [InlineData("3.5", "场数应为整数，如“3”。")]
    [InlineData("３．５场", "场数应为整数，如“3”。")]
    [InlineData("三点五", "场数应为整数，如“3”。")]
    [InlineData("-3", "场数不能是负数，请回复0或更大的数字，如“3”。")]
    [InlineData("－3场", "场数不能是负数，请回复0或更大的数字，如“3”。")]
    [InlineData("负三", "场数不能是负数，请回复0或更大的数字，如“3”。")]
    [InlineData("-3.5", "场数不能是负数，请回复0或更大的数字，如“3”。")]
    [InlineData("-99999999999999999999", "场数不能是负数，请回复0或更大的数字，如“3”。")]
    [InlineData("10000001", "场数过大（不能超过1000万），请核对后重新回复，如“3”。")]
    [InlineData("一亿", "场数过大（不能超过1000万），请核对后重新回复，如“3”。")]
    [InlineData("99999999999999999999", "场数过大（不能超过1000万），请核对后重新回复，如“3”。")]
    [InlineData("", "没有收到内容。请回复一个数字，如“3”或“三场”。")]
    [InlineData("   ", "没有收到内容。请回复一个数字，如“3”或“三场”。")]
    [InlineData("\u200B", "没有收到内容。请回复一个数字，如“3”或“三场”。")]
    public void Refuses_with_the_polite_count_messages(string input, string expected)
    {
        var result = AnswerParser.ReadCount(input, "场");
        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Equal(expected, result.Error);
    }

    [Theory]
    [InlineData("3到5次", 3, 5)]
    [InlineData("3-5次", 3, 5)]
    [InlineData("3~5", 3, 5)]
    [InlineData("3～5场", 3, 5)]
    [InlineData("三四次", 3, 4)]
    [InlineData("两三场", 2, 3)]
    [InlineData("三四十场", 30, 40)]
    [InlineData("一两场", 1, 2)]
    [InlineData("两三百场", 200, 300)]
    public void A_range_is_read_as_its_upper_end_with_the_lower_one_kept_to_ask(string input, long low, long high)
    {
        var result = AnswerParser.ReadCount(input, "场");
        Assert.True(result.Success, result.Error);
        Assert.Equal((high, (long?)low), (result.Value!.Value, result.Value.RangeLow));
    }

    [Theory]
    [InlineData("十几场", 10)]
    [InlineData("二十几场", 20)]
    [InlineData("十几次", 10)]
    public void Tens_and_some_are_read_as_more_than_the_tens(string input, long tens)
    {
        var result = AnswerParser.ReadCount(input, "场");
        Assert.Equal((tens, CountQualifier.MoreThan, (long?)null), (result.Value!.Value, result.Value.Qualifier, result.Value.RangeLow));
    }

    [Theory]
    [InlineData("3\n红旗街道")]
    [InlineData("3次\n5次")]
    [InlineData("3\r\n98%")]
    [InlineData("3次 红旗街道")]
    [InlineData("3 红旗街道 98%")]
    [InlineData("3，5")]
    [InlineData("2026年上半年\n3")]
    public void Several_answers_pasted_at_once_are_refused(string input) =>
        Assert.False(AnswerParser.ReadCount(input, "场").Success);

    [Theory]
    [InlineData("3成")]
    [InlineData("98%")]
    [InlineData("3公里")]
    [InlineData("3a")]
    [InlineData("v3")]
    [InlineData("3次👍")]
    [InlineData("没开过3次")]
    [InlineData("不少于5次")]
    [InlineData("开展一线走访3次")]
    [InlineData("几十次")]
    [InlineData("数十次")]
    [InlineData("好几次")]
    [InlineData("上百次")]
    [InlineData("三五次")]
    [InlineData("每月3次")]
    [InlineData("各3次")]
    [InlineData("今天下午在社区会议室召开意识形态专题会议共3次")]
    public void A_number_amid_doubtful_words_is_refused(string input) =>
        Assert.False(AnswerParser.ReadCount(input, "次").Success);
}
