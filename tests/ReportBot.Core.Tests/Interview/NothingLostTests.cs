using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>Issue 8, items 1 and 2: answers survive /back, /edit, 完成 and /cancel in every order.</summary>
public sealed class NothingLostTests
{
    private static ChatScript AtEvents() => SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%");

    private static ChatScript Finished()
    {
        var chat = AtEvents().Send("读书会\n演讲比赛").Send("完成");
        return chat.Press("采用模板内容").Press("生成草稿");
    }

    [Fact]
    public void Done_on_a_revisited_list_question_keeps_its_items()
    {
        var chat = AtEvents().Send("读书会").Send("完成").Expect("存在的问题");
        chat.Send("/back").Expect("当前答案：1项：读书会").Expect("[保持不变]").Send("完成");
        Assert.Equal(["读书会"], chat.Answers["events"].Items);
        chat.Send("/status").Expect("跳过或为零0项");
    }

    [Fact]
    public void Done_on_a_list_question_revisited_through_edit_keeps_its_items()
    {
        var chat = Finished();
        chat.Send("/edit").Press("（二）抓好宣传").Press("保持不变").Press("保持不变").Expect("当前答案：2项").Send("完成");
        Assert.Equal(["读书会", "演讲比赛"], chat.Answers["events"].Items);
        Assert.Contains("读书会、演讲比赛", ChatScript.Text(chat.LastDraft.Draft), StringComparison.Ordinal);
    }

    [Fact]
    public void New_items_on_a_revisited_list_question_are_added_to_the_old_ones()
    {
        var chat = AtEvents().Send("读书会").Send("完成").Send("/back").Send("文艺演出").Expect("已记录2条").Send("完成");
        Assert.Equal(["读书会", "文艺演出"], chat.Answers["events"].Items);
    }

    [Fact]
    public void Clearing_a_list_answer_is_explicit_and_then_replaces_it()
    {
        var chat = AtEvents().Send("读书会").Send("完成").Send("/back").Press("清空重填").Send("文艺演出").Send("完成");
        Assert.Equal(["文艺演出"], chat.Answers["events"].Items);
        chat.Send("/back").Press("清空重填").Send("完成");
        Assert.True(chat.Answers["events"].Skipped);
    }

    [Fact]
    public void Own_defaults_items_stay_when_the_question_is_visited_again()
    {
        var chat = AtEvents().Send("读书会").Send("完成").Press("替换为我的内容").Send("队伍力量薄弱").Press("完成");
        chat.Press("修改某部分").Press("二、存在的问题").Expect("当前答案：替换为1条自己的内容").Press("替换为我的内容").Press("完成");
        Assert.Equal(["队伍力量薄弱"], chat.Answers["problems"].Items);
        Assert.Equal(DefaultsMode.Replace, chat.Answers["problems"].Mode);
    }

    [Fact]
    public void Cancelling_an_edit_after_the_draft_keeps_the_report_as_it_was()
    {
        var chat = Finished();
        chat.Send("/edit").Press("（一）抓好学习").Send("7").Send("/cancel").Expect("已取消这次修改，报告保持原样");
        Assert.Equal(3, chat.Answers["study"].Number);
        Assert.Equal(Phase.Drafted, chat.Session.Phase);
        chat.Send("/draft");
        Assert.Contains("组织学习3次", ChatScript.Text(chat.LastDraft.Draft), StringComparison.Ordinal);
        chat.Send("/new").ExpectNot("放弃当前尚未完成").Expect("请选择要写的报告");
        Assert.Equal(3, chat.Session.Reports.Single().Answers["study"].Number);
    }

    [Fact]
    public void Cancel_inside_an_edit_never_offers_to_discard_the_report()
    {
        var chat = Finished();
        chat.Send("/edit").Press("（一）抓好学习").Send("取消").ExpectNot("已填写的内容将被丢弃");
        chat.Send("/edit").Send("/cancel").Expect("已退出修改").ExpectNot("已填写的内容将被丢弃");
        Assert.Equal(Phase.Drafted, chat.Session.Phase);
    }

    [Fact]
    public void Finishing_an_edit_after_a_cancelled_one_regenerates_the_draft_and_stays_finished()
    {
        var chat = Finished();
        chat.Send("/edit").Press("（一）抓好学习").Send("/cancel");
        chat.Send("/edit").Press("（一）抓好学习").Send("4").Press("保持不变").Expect("已根据修改重新生成草稿").ExpectNot("回到刚才的问题");
        Assert.Equal(Phase.Drafted, chat.Session.Phase);
        Assert.Contains("组织学习4次", ChatScript.Text(chat.LastDraft.Draft), StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_an_edit_during_the_interview_returns_to_the_open_question_with_the_old_answers()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2").Expect("发布了多少篇信息？");
        chat.Send("/edit").Press("基本信息").Press("保持不变").Send("蓝天街道").Expect("回到刚才的问题").Expect("发布了多少篇信息？");
        chat.Send("/edit").Press("（一）抓好学习").Send("9").Send("/cancel").Expect("保持原来的答案").Expect("发布了多少篇信息？");
        Assert.Equal(3, chat.Answers["study"].Number);
        Assert.Equal("蓝天街道", chat.Answers["unit"].Text);
    }

    [Fact]
    public void Declining_a_cancel_returns_to_the_review_when_it_came_from_the_review()
    {
        var chat = AtEvents().Send("读书会").Send("完成").Press("采用模板内容").Expect("全部问题已回答");
        chat.Send("/cancel").Press("继续填写").Expect("全部问题已回答");
        Assert.Equal(Phase.Reviewing, chat.Session.Phase);
        chat.Send("/new").Press("继续填写").Expect("全部问题已回答");
    }

    [Fact]
    public void New_during_an_interview_edit_asks_before_discarding_and_keeps_the_answers_when_declined()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3");
        chat.Send("/edit").Press("基本信息").Send("/new").Expect("开始新报告会放弃当前尚未完成的报告").Press("继续填写").Expect("召开了几次会议？");
        Assert.Equal(3, chat.Answers["study"].Number);
    }
}
