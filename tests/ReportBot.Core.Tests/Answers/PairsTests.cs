using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class PairsTests
{
    public static TheoryData<string, string[], long[]> Good => new()
    {
        { "《XX日报》 3篇", ["《XX日报》"], [3] },
        { "《XX发布》（今日头条） 5篇", ["《XX发布》（今日头条）"], [5] },
        { "《红旗日报》3篇", ["《红旗日报》"], [3] },
        { "红旗日报：3", ["红旗日报"], [3] },
        { "红旗日报:3", ["红旗日报"], [3] },
        { "《红旗日报》 三篇", ["《红旗日报》"], [3] },
        { "《红旗日报》，3篇", ["《红旗日报》"], [3] },
        { "《红旗日报》 ３篇", ["《红旗日报》"], [3] },
        { "“学习强国”平台 12", ["“学习强国”平台"], [12] },
        { "红旗日报三篇", ["红旗日报"], [3] },
        { "《红旗日报》 十二篇。", ["《红旗日报》"], [12] },
        { "《红旗日报》 1,200篇", ["《红旗日报》"], [1200] },
        { "《第一财经》 2篇", ["《第一财经》"], [2] },
        { "《XX日报》 3篇\n《XX发布》（今日头条） 5篇\n\n- 红旗网：两篇", ["《XX日报》", "《XX发布》（今日头条）", "红旗网"], [3, 5, 2] },
        { "1. 《XX日报》 3篇\n2. 《YY晚报》 4篇", ["《XX日报》", "《YY晚报》"], [3, 4] },
        { "《XX日报》 3篇；《YY晚报》 4篇", ["《XX日报》", "《YY晚报》"], [3, 4] },
        { "《XX日报》 3篇（次）", ["《XX日报》"], [3] },
        { "《XX日报》 0篇", ["《XX日报》"], [0] },
    };

    [Theory]
    [MemberData(nameof(Good))]
    public void Reads_name_count_lines(string input, string[] names, long[] counts)
    {
        var result = AnswerParser.Pairs(input, "篇");
        Assert.True(result.Success, result.Error);
        Assert.Equal(names, result.Value!.Select(p => p.Name));
        Assert.Equal(counts, result.Value!.Select(p => p.Count));
    }

    [Theory]
    [InlineData("《红旗日报》", "“《红旗日报》”中没有找到数量。请每行写一个名称和数量，如“《红旗日报》 3篇”。")]
    [InlineData("《XX日报》 3篇\n《红旗日报》", "第2行“《红旗日报》”中没有找到数量。请每行写一个名称和数量，如“《红旗日报》 3篇”。")]
    [InlineData("《红旗日报》 很多篇", "“《红旗日报》 很多篇”中没有找到数量。请每行写一个名称和数量，如“《红旗日报》 3篇”。")]
    [InlineData("三会一课", "“三会一课”中没有找到数量。请每行写一个名称和数量，如“《红旗日报》 3篇”。")]
    [InlineData("3篇", "“3篇”缺少名称。请每行写一个名称和数量，如“《红旗日报》 3篇”。")]
    [InlineData("《红旗日报》 3.5篇", "“《红旗日报》 3.5篇”：篇数应为整数，如“3”。")]
    [InlineData("《红旗日报》 -3篇", "“《红旗日报》 -3篇”：篇数不能是负数，请回复0或更大的数字，如“3”。")]
    [InlineData("", "没有收到内容。请每行写一个名称和数量，如“《红旗日报》 3篇”。")]
    public void Refuses_with_a_message_naming_the_line(string input, string expected)
    {
        var result = AnswerParser.Pairs(input, "篇");
        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Equal(expected, result.Error);
    }
}
