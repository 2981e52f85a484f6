using ReportBot.Core.Answers;

namespace ReportBot.Core.Tests.Answers;

public sealed class ListItemsTests
{
    public static TheoryData<string, string[]> Lists => new()
    {
        { "开展专题学习\n组织主题党日活动", ["开展专题学习", "组织主题党日活动"] },
        { "开展专题学习\r\n\r\n  组织主题党日活动  \n", ["开展专题学习", "组织主题党日活动"] },
        { "- 开展专题学习\n• 组织主题党日\n· 走访群众", ["开展专题学习", "组织主题党日", "走访群众"] },
        { "1. 开展专题学习\n2、组织主题党日\n3．走访群众", ["开展专题学习", "组织主题党日", "走访群众"] },
        { "（1）开展专题学习\n(2) 组织主题党日", ["开展专题学习", "组织主题党日"] },
        { "一、开展专题学习\n二、组织主题党日", ["开展专题学习", "组织主题党日"] },
        { "①开展专题学习\n②组织主题党日", ["开展专题学习", "组织主题党日"] },
        { "开展专题学习。\n组织主题党日，\n走访群众；", ["开展专题学习", "组织主题党日", "走访群众"] },
        { "开展专题学习、组织主题党日、走访群众", ["开展专题学习", "组织主题党日", "走访群众"] },
        { "开展专题学习；组织主题党日;走访群众。", ["开展专题学习", "组织主题党日", "走访群众"] },
        { "组织开展理论学习、专题研讨等活动", ["组织开展理论学习、专题研讨等活动"] },
        { "开展理论学习、专题研讨\n走访群众", ["开展理论学习、专题研讨", "走访群众"] },
        { "1、开展专题学习", ["开展专题学习"] },
        { "学习“三会一课”制度\n转发《红旗日报》文章", ["学习“三会一课”制度", "转发《红旗日报》文章"] },
        { "\u3000开展专题学习\u3000", ["开展专题学习"] },
        { "1.5万人参与线上答题", ["1.5万人参与线上答题"] },
        { "开展学习（线上）", ["开展学习（线上）"] },
        { "等待……", ["等待……"] },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Splits_and_cleans_items(string input, string[] expected)
    {
        var result = AnswerParser.ListItems(input);
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n \n")]
    [InlineData("-\n•\n。")]
    public void Refuses_empty_lists(string input)
    {
        var result = AnswerParser.ListItems(input);
        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Equal("没有收到任何条目。请每行写一项，如“开展专题学习”。", result.Error);
    }
}
