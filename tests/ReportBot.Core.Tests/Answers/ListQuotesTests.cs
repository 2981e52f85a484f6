using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class ListQuotesTests
{
    [Theory]
    [InlineData("开展“不忘初心、牢记使命”主题教育")]
    [InlineData("开展‘不忘初心、牢记使命’主题教育")]
    [InlineData("学习《习近平谈治国理政》（第一卷、第二卷）")]
    [InlineData("开展「读书、观影」活动")]
    [InlineData("开展\"不忘初心、牢记使命\"主题教育")]
    [InlineData("开展'不忘初心、牢记使命'主题教育")]
    [InlineData("开展【学党史、悟思想】专题活动")]
    [InlineData("转发《理论学习、专题研讨》文章(线上、线下)")]
    public void Enumeration_comma_inside_quotes_does_not_split_an_item(string input)
    {
        var result = AnswerParser.ListItems(input);
        Assert.True(result.Success, result.Error);
        Assert.Equal([input], result.Value);
    }

    [Theory]
    [InlineData("开展“学习；研讨”活动")]
    [InlineData("转发《红旗日报；晚报》文章")]
    [InlineData("组织（线上;线下）培训")]
    public void Semicolon_inside_quotes_does_not_split_an_item(string input)
    {
        var result = AnswerParser.ListItems(input);
        Assert.True(result.Success, result.Error);
        Assert.Equal([input], result.Value);
    }

    public static TheoryData<string, string[]> Mixed => new()
    {
        { "开展“不忘初心、牢记使命”主题教育、组织主题党日", ["开展“不忘初心、牢记使命”主题教育", "组织主题党日"] },
        { "开展“学习；研讨”活动；走访群众", ["开展“学习；研讨”活动", "走访群众"] },
        { "“我爱祖国”绘画比赛、“道德讲堂”", ["“我爱祖国”绘画比赛", "“道德讲堂”"] },
        { "开展“不忘初心、牢记使命”主题教育\n走访群众", ["开展“不忘初心、牢记使命”主题教育", "走访群众"] },
        { "1、开展“学习、研讨”活动", ["开展“学习、研讨”活动"] },
    };

    [Theory]
    [MemberData(nameof(Mixed))]
    public void Separators_outside_quotes_still_split(string input, string[] expected)
    {
        var result = AnswerParser.ListItems(input);
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("开展“学习、研讨活动、走访群众", new[] { "开展“学习", "研讨活动", "走访群众" })]
    [InlineData("People's Daily、Xinhua's feed", new[] { "People's Daily", "Xinhua's feed" })]
    public void An_unclosed_quote_or_an_apostrophe_protects_nothing(string input, string[] expected)
    {
        var result = AnswerParser.ListItems(input);
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
    }
}
