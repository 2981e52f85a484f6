using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class SeveralPairsTests
{
    public static TheoryData<string, string[], long[]> SeveralOnOneLine => new()
    {
        { "《红旗日报》3篇，学习强国5篇", ["《红旗日报》", "学习强国"], [3, 5] },
        { "《红旗日报》3篇、学习强国5篇", ["《红旗日报》", "学习强国"], [3, 5] },
        { "《红旗日报》3篇；学习强国5篇", ["《红旗日报》", "学习强国"], [3, 5] },
        { "《红旗日报》3篇 学习强国5篇", ["《红旗日报》", "学习强国"], [3, 5] },
        { "《红旗日报》3篇,学习强国5篇", ["《红旗日报》", "学习强国"], [3, 5] },
        { "《红旗日报》 3篇， 学习强国 5篇， 今日头条 2篇。", ["《红旗日报》", "学习强国", "今日头条"], [3, 5, 2] },
        { "《红旗日报》三篇学习强国五篇", ["《红旗日报》", "学习强国"], [3, 5] },
        { "《红旗日报》3篇《社区通讯》5篇", ["《红旗日报》", "《社区通讯》"], [3, 5] },
        { "《红旗日报》3，学习强国5", ["《红旗日报》", "学习强国"], [3, 5] },
        { "《红旗日报》1,200篇，学习强国5篇", ["《红旗日报》", "学习强国"], [1200, 5] },
        { "《XX日报》 3篇（次），《YY晚报》 4篇", ["《XX日报》", "《YY晚报》"], [3, 4] },
        { "《红旗日报》3篇，学习强国5篇\n今日头条 2篇", ["《红旗日报》", "学习强国", "今日头条"], [3, 5, 2] },
        { "《A》 3 《B》 5", ["《A》", "《B》"], [3, 5] },
        { "1、《A》3篇，2、《B》5篇", ["《A》", "《B》"], [3, 5] },
        { "《A》3 篇、《B》5 篇", ["《A》", "《B》"], [3, 5] },
    };

    [Theory]
    [MemberData(nameof(SeveralOnOneLine))]
    public void Several_pairs_on_one_line_are_several_pairs(string input, string[] names, long[] counts)
    {
        var result = AnswerParser.Pairs(input, "篇");
        Assert.True(result.Success, result.Error);
        Assert.Equal(names, result.Value!.Select(p => p.Name));
        Assert.Equal(counts, result.Value!.Select(p => p.Count));
    }

    public static TheoryData<string, string, long> OneName => new()
    {
        { "《人民 日报》 3篇", "《人民 日报》", 3 },
        { "“学习、强国” 5篇", "“学习、强国”", 5 },
        { "《理论学习、专题研讨》3篇", "《理论学习、专题研讨》", 3 },
        { "“学习强国，红旗号”5篇", "“学习强国，红旗号”", 5 },
        { "《第1书记，3篇文章》 2篇", "《第1书记，3篇文章》", 2 },
        { "\"红旗 日报\" 4篇", "\"红旗 日报\"", 4 },
        { "12345热线 3篇", "12345热线", 3 },
        { "三会一课 3篇", "三会一课", 3 },
        { "《XX发布》（今日头条） 5篇", "《XX发布》（今日头条）", 5 },
    };

    [Theory]
    [MemberData(nameof(OneName))]
    public void A_name_with_separators_inside_quotes_stays_one_name(string input, string name, long count)
    {
        var result = AnswerParser.Pairs(input, "篇");
        Assert.True(result.Success, result.Error);
        Assert.Equal(new NamedCount(name, count), Assert.Single(result.Value!));
    }

    [Theory]
    [InlineData("今日头条 约10篇", "今日头条", 10, CountQualifier.About)]
    [InlineData("今日头条约10篇", "今日头条", 10, CountQualifier.About)]
    [InlineData("今日头条 10篇左右", "今日头条", 10, CountQualifier.About)]
    [InlineData("今日头条 大约10篇", "今日头条", 10, CountQualifier.About)]
    [InlineData("今日头条 十余篇", "今日头条", 10, CountQualifier.MoreThan)]
    [InlineData("今日头条 50多篇", "今日头条", 50, CountQualifier.MoreThan)]
    [InlineData("今日头条 超过50篇", "今日头条", 50, CountQualifier.MoreThan)]
    [InlineData("今日头条：50篇以上", "今日头条", 50, CountQualifier.MoreThan)]
    [InlineData("今日头条 10篇", "今日头条", 10, CountQualifier.Exact)]
    public void A_qualified_count_keeps_the_name_clean(string input, string name, long count, CountQualifier qualifier)
    {
        var result = AnswerParser.Pairs(input, "篇");
        Assert.True(result.Success, result.Error);
        Assert.Equal(new NamedCount(name, count, qualifier), Assert.Single(result.Value!));
    }

    [Fact]
    public void Qualified_pairs_on_one_line_keep_each_qualifier()
    {
        var result = AnswerParser.Pairs("《红旗日报》3篇，今日头条 约10篇、学习强国 20余篇", "篇");
        Assert.True(result.Success, result.Error);
        Assert.Equal(
            [new("《红旗日报》", 3), new("今日头条", 10, CountQualifier.About), new("学习强国", 20, CountQualifier.MoreThan)],
            result.Value!);
    }

    [Theory]
    [InlineData("《红旗日报》3篇，学习强国", "第2条“学习强国”中没有找到数量。请每行写一个名称和数量，如“《红旗日报》 3篇”。")]
    [InlineData("《红旗日报》3篇，5篇", "第2条“5篇”缺少名称。请每行写一个名称和数量，如“《红旗日报》 3篇”。")]
    [InlineData("《红旗日报》3篇，学习强国3.5篇", "第2条“学习强国3.5篇”：篇数应为整数，如“3”。")]
    [InlineData("《红旗日报》 3篇 4篇", "第2条“4篇”缺少名称。请每行写一个名称和数量，如“《红旗日报》 3篇”。")]
    [InlineData("《红旗日报》 第3篇", "“《红旗日报》 第3篇”中没有找到数量。请每行写一个名称和数量，如“《红旗日报》 3篇”。")]
    public void A_bad_pair_on_a_shared_line_is_named_by_its_place(string input, string expected)
    {
        var result = AnswerParser.Pairs(input, "篇");
        Assert.False(result.Success);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void A_qualifier_word_never_ends_up_in_a_name()
    {
        foreach (var input in new[] { "今日头条 约10篇", "今日头条约10篇", "在今日头条 约10篇", "今日头条 近10篇", "今日头条 逾10篇" })
        {
            var pair = Assert.Single(AnswerParser.Pairs(input, "篇").Value!);
            Assert.DoesNotContain("约", pair.Name, StringComparison.Ordinal);
            Assert.DoesNotContain("近", pair.Name, StringComparison.Ordinal);
            Assert.DoesNotContain("逾", pair.Name, StringComparison.Ordinal);
            Assert.NotEqual(CountQualifier.Exact, pair.Qualifier);
        }
    }

    [Fact]
    public void A_pair_stored_before_qualifiers_existed_reads_as_exact()
    {
        // The options SessionJson uses: web defaults, enums by name.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        var old = JsonSerializer.Deserialize<NamedCount>("""{"name":"《红旗日报》","count":7}""", options);
        Assert.Equal(new NamedCount("《红旗日报》", 7, CountQualifier.Exact), old);

        var about = new NamedCount("今日头条", 10, CountQualifier.About);
        Assert.Equal(about, JsonSerializer.Deserialize<NamedCount>(JsonSerializer.Serialize(about, options), options));
    }
}
