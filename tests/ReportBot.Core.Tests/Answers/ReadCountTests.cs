using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class ReadCountTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("３", 3)]
    [InlineData("三", 3)]
    [InlineData("十二", 12)]
    [InlineData("两百零五", 205)]
    [InlineData("壹拾伍", 15)]
    [InlineData("1,200", 1200)]
    [InlineData("１，２００", 1200)]
    [InlineData(" 12 ", 12)]
    [InlineData("3万", 30_000)]
    [InlineData("10000000", 10_000_000)]
    [InlineData("3次。", 3)]
    [InlineData("十二次！", 12)]
    public void Reads_a_plain_number(string input, long expected)
    {
        var result = AnswerParser.ReadCount(input, "次");
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value!.Value);
        Assert.Equal(CountQualifier.Exact, result.Value.Qualifier);
    }

    [Theory]
    [InlineData("3次", "场", 3, "次")]
    [InlineData("三 场", "场", 3, "场")]
    [InlineData("3场（次）", "场", 3, "场（次）")]
    [InlineData("3场(次)", "场", 3, "场（次）")]
    [InlineData("五十二篇", "场", 52, "篇")]
    [InlineData("3场次", "场", 3, "场次")]
    [InlineData("3个月", "次", 3, "个月")]
    [InlineData("3小时", "次", 3, "小时")]
    [InlineData("3 次", "次", 3, "次")]
    [InlineData("3", "场", 3, null)]
    public void Reports_the_measure_word_the_user_wrote(string input, string unit, long value, string? written)
    {
        var result = AnswerParser.ReadCount(input, unit);
        Assert.True(result.Success, result.Error);
        Assert.Equal(new CountReading(value, CountQualifier.Exact, written), result.Value);
    }

    [Theory]
    [InlineData("大概5次", 5, "次")]
    [InlineData("5次左右", 5, "次")]
    [InlineData("约5次", 5, "次")]
    [InlineData("大约五次", 5, "次")]
    [InlineData("将近50场", 50, "场")]
    [InlineData("近50场", 50, "场")]
    [InlineData("接近50", 50, null)]
    [InlineData("50上下", 50, null)]
    [InlineData("共约50场", 50, "场")]
    [InlineData("大概开了5次", 5, "次")]
    [InlineData("约 5 次", 5, "次")]
    public void An_approximate_count_reports_its_qualifier(string input, long value, string? written)
    {
        var result = AnswerParser.ReadCount(input, "次");
        Assert.True(result.Success, result.Error);
        Assert.Equal(new CountReading(value, CountQualifier.About, written), result.Value);
    }

    [Theory]
    [InlineData("十余场", 10, "场")]
    [InlineData("四十多篇", 40, "篇")]
    [InlineData("50多", 50, null)]
    [InlineData("五十余", 50, null)]
    [InlineData("超过50场", 50, "场")]
    [InlineData("50以上", 50, null)]
    [InlineData("50场以上", 50, "场")]
    [InlineData("十来场", 10, "场")]
    [InlineData("逾100场", 100, "场")]
    [InlineData("大约五十多场", 50, "场")]
    public void A_count_with_more_than_reports_its_qualifier(string input, long value, string? written)
    {
        var result = AnswerParser.ReadCount(input, "场");
        Assert.True(result.Success, result.Error);
        Assert.Equal(new CountReading(value, CountQualifier.MoreThan, written), result.Value);
    }

    [Theory]
    [InlineData("第38个", "个", 38, "个")]
    [InlineData("第三十八个", "个", 38, "个")]
    [InlineData("38", "个", 38, null)]
    public void A_leading_di_reads_the_ordinal_the_question_asks_for(string input, string unit, long value, string? written)
    {
        var result = AnswerParser.ReadCount(input, unit);
        Assert.True(result.Success, result.Error);
        Assert.Equal(new CountReading(value, CountQualifier.Exact, written), result.Value);
    }

    [Theory]
    [InlineData("共有党员186名", 186, "名")]
    [InlineData("开了3次会", 3, "次")]
    [InlineData("一共召开3次", 3, "次")]
    [InlineData("共3场", 3, "场")]
    [InlineData("一共十二篇", 12, "篇")]
    [InlineData("今年以来共召开专题会议3次", 3, "次")]
    [InlineData("合计：5次", 5, "次")]
    [InlineData("约谈3次", 3, "次")]
    [InlineData("最近开了3次", 3, "次")]
    [InlineData("完成3次", 3, "次")]
    [InlineData("参会人数186人", 186, "人")]
    [InlineData("线上3次", 3, "次")]
    public void One_number_amid_a_few_words_is_read(string input, long value, string? written)
    {
        var result = AnswerParser.ReadCount(input, "次");
        Assert.True(result.Success, result.Error);
        Assert.Equal(new CountReading(value, CountQualifier.Exact, written), result.Value);
    }

    [Theory]
    [InlineData("没有")]
    [InlineData("无")]
    [InlineData("0")]
    [InlineData("零")]
    [InlineData("０次")]
    [InlineData("暂无")]
    [InlineData("没有开展")]
    [InlineData("一次也没有")]
    [InlineData("没有。")]
    public void None_reads_as_zero(string input)
    {
        var result = AnswerParser.ReadCount(input, "次");
        Assert.True(result.Success, result.Error);
        Assert.Equal(0, result.Value!.Value);
        Assert.Equal(CountQualifier.Exact, result.Value.Qualifier);
    }
}
