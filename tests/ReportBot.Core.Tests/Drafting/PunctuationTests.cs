using ReportBot.Core.Drafting;

namespace ReportBot.Core.Tests.Drafting;

public sealed class PunctuationTests
{
    [Theory]
    [InlineData("召开会议3次，。", "召开会议3次。")]
    [InlineData("召开会议3次、，部署", "召开会议3次，部署")]
    [InlineData("不足：，一是", "不足：一是")]
    [InlineData("，开展活动", "开展活动")]
    [InlineData("开展活动，", "开展活动。")]
    [InlineData("开展了活动。，下一步", "开展了活动。下一步")]
    public void Tidy_closes_up_punctuation(string input, string expected) => Assert.Equal(expected, Punctuation.Tidy(input));

    [Theory]
    [InlineData("红旗街道,党工委", "红旗街道，党工委")]
    [InlineData("《XX发布》(今日头条)", "《XX发布》（今日头条）")]
    [InlineData("\"我爱祖国\"绘画比赛", "“我爱祖国”绘画比赛")]
    [InlineData("1,200人", "1,200人")]
    [InlineData("发布信息: 3条", "发布信息： 3条")]
    public void User_text_gets_full_width_punctuation(string input, string expected) => Assert.Equal(expected, Punctuation.ToFullWidth(input));

    [Fact]
    public void A_series_is_joined_with_dunhao_except_between_quoted_names()
    {
        Assert.Equal("读书会、演讲比赛", Punctuation.JoinSeries(["读书会", "演讲比赛"]));
        Assert.Equal("“我们的节日”“道德讲堂”", Punctuation.JoinSeries(["“我们的节日”", "“道德讲堂”"]));
        Assert.Equal("《红旗日报》《社区通讯》、读书会", Punctuation.JoinSeries(["《红旗日报》", "《社区通讯》", "读书会"]));
    }

    [Fact]
    public void User_markup_is_kept_as_text()
    {
        Assert.Equal("<b>加粗</b> & *星号* _下划线_", Punctuation.ToFullWidth("<b>加粗</b> & *星号* _下划线_"));
    }
}
