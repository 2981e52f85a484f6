using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

public sealed class AnswerHandlingTests
{
    [Fact]
    public void A_bad_count_is_refused_with_an_example_and_does_not_advance()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道");
        chat.Send("很多").Expect("没能识别为次数").Expect("“3”");
        Assert.False(chat.Answers.ContainsKey("study"));
        chat.Send("好些").Expect("/back");
        chat.Send("一些").Expect("可以回复“跳过”");
        chat.Press("跳过").Expect("已跳过").Expect("召开了几次会议？");
    }

    [Fact]
    public void Several_answers_pasted_into_one_count_question_are_refused()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道");
        chat.Send("3\n5").Expect("一次只回答一个问题");
        Assert.False(chat.Answers.ContainsKey("study"));
        Assert.False(chat.Answers.ContainsKey("meetings"));
    }

    [Fact]
    public void Percent_outside_0_to_100_is_refused()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10");
        chat.Send("120%").Expect("0到100之间");
        chat.Send("98％").Expect("已记录：98%");
    }

    [Fact]
    public void A_list_arrives_over_several_messages_and_is_closed_with_done()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%");
        chat.Send("读书会\n演讲比赛").Expect("已记录2条").Send("文艺演出").Expect("已记录3条");
        Assert.False(chat.Answers.ContainsKey("events"));
        Assert.Equal(3, chat.Interview.Collecting!.Items.Count);
        chat.Send("完成").Expect("已记录：3项");
        Assert.Equal(["读书会", "演讲比赛", "文艺演出"], chat.Answers["events"].Items);
    }

    [Fact]
    public void Defaults_can_be_replaced()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%").Send("读书会").Send("完成");
        chat.Expect("· 学习不够深入。").Press("替换为我的内容").Send("队伍力量薄弱").Press("完成").Expect("全部问题已回答");
        chat.Press("生成草稿");
        var text = ChatScript.Text(chat.LastDraft.Draft);
        Assert.Contains("工作中还存在一些不足：一是队伍力量薄弱。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("学习不够深入", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_buttons_are_computed_from_today_and_a_typed_period_is_accepted()
    {
        var chat = SmallTemplate.Start();
        var labels = chat.Last.OfType<TextReply>().Last().Choices.Select(c => c.Label).ToList();
        Assert.Equal(["2026年上半年", "2026年下半年", "2026年全年", "2026年第一季度", "2026年第二季度", "2026年第三季度", "2026年第四季度"], labels);
        chat.Send("2020 上半年").Expect("已记录：2020年上半年");
    }

    [Fact]
    public void A_typed_number_picks_a_menu_entry()
    {
        var chat = new ChatScript(catalog: Catalogs.Of(SmallTemplate.Markdown)).Send("/start").Send("1").Expect("报告期是？");
        chat.Send("3").Expect("已记录：2026年");
        Assert.Equal("2026年", chat.Answers["period"].Text);
    }
}
