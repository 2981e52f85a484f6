using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

public sealed class CommandTests
{
    [Fact]
    public void Back_returns_to_the_previous_question_showing_the_current_answer()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3");
        chat.Expect("召开了几次会议？").Send("/back").Expect("组织了几次学习？").Expect("当前答案：3次").Expect("保持不变");
        chat.Send("上一步").Expect("单位名称是？").Expect("当前答案：红旗街道");
        chat.Press("保持不变").Expect("组织了几次学习？").Send("5").Expect("召开了几次会议？");
        Assert.Equal(5, chat.Answers["study"].Number);
    }

    [Fact]
    public void Back_on_the_first_question_says_so_and_changes_nothing()
    {
        var chat = SmallTemplate.Start();
        var before = chat.Session;
        chat.Send("/back").Expect("已经是第一题了").Expect("报告期是？");
        Assert.Equal(before.Interview!.Position, chat.Interview.Position);
    }

    [Fact]
    public void Skip_moves_on_and_the_skipped_item_is_not_in_the_draft()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道");
        chat.Send("/skip").Expect("已跳过").Expect("召开了几次会议？");
        chat.Send("跳过").Expect("发布了多少篇信息？");
        chat.Send("/draft");
        var text = ChatScript.Text(chat.LastDraft.Draft);
        Assert.DoesNotContain("抓好学习", text, StringComparison.Ordinal);
        Assert.False(chat.LastDraft.Complete);
        chat.Expect("以上是按目前回答生成的草稿").Expect("发布了多少篇信息？");
    }

    [Fact]
    public void Header_questions_cannot_be_skipped()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年");
        chat.Send("/skip").Expect("不能跳过").Expect("单位名称是？");
        Assert.False(chat.Answers.ContainsKey("unit"));
    }

    [Fact]
    public void Draft_midway_contains_what_is_answered_and_the_interview_goes_on()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3");
        var position = chat.Interview.Position;
        chat.Send("草稿");
        var text = ChatScript.Text(chat.LastDraft.Draft);
        Assert.Contains("组织学习3次。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("召开会议", text, StringComparison.Ordinal);
        Assert.Equal(position, chat.Interview.Position);
        chat.Send("2").Expect("已记录：2次");
    }

    [Fact]
    public void Status_reports_progress()
    {
        SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3").Send("/status").Expect("当前在第4/8题").Expect("已填写3项");
    }

    [Fact]
    public void Cancel_asks_for_confirmation_and_discards_only_when_confirmed()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道");
        chat.Send("/cancel").Expect("确定要取消").Press("继续填写").Expect("组织了几次学习？");
        Assert.Equal("红旗街道", chat.Answers["unit"].Text);
        chat.Send("取消").Press("确定取消").Expect("已取消当前报告");
        Assert.Null(chat.Session.Interview?.TemplateId);
        Assert.Empty(chat.Answers);
    }

    [Fact]
    public void New_while_in_progress_asks_first()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年");
        chat.Send("/new").Expect("开始新报告会放弃").Press("确定，开始新报告").Expect("请选择要写的报告");
        chat.Press("测试工作总结").Expect("报告期是？");
    }

    [Fact]
    public void Help_lists_the_commands_and_repeats_the_question()
    {
        SmallTemplate.Start().Send("帮助").Expect("/back（上一步）").Expect("/edit（修改）").Expect("报告期是？");
    }

    [Fact]
    public void Unknown_commands_and_stickers_change_nothing()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年");
        var before = chat.Session;
        chat.Send("/foo").Expect("没有这个命令").Expect("单位名称是？");
        chat.Do(new UnsupportedInput("贴纸")).Expect("收到的贴纸没有被记录").Expect("单位名称是？");
        Assert.Equal(before.Interview!.Answers, chat.Answers);
        Assert.Equal(before.Interview!.Position, chat.Interview.Position);
    }

    [Fact]
    public void A_button_from_an_older_message_is_refused_politely()
    {
        var chat = SmallTemplate.Start();
        var oldPeriodButton = chat.Button("2026年上半年");
        chat.Press("2026年下半年").Expect("单位名称是？");
        chat.Do(new ChoiceInput(oldPeriodButton.Data)).Expect("已经失效").Expect("单位名称是？");
        Assert.Equal("2026年下半年", chat.Answers["period"].Text);
        Assert.False(chat.Answers.ContainsKey("unit"));
    }

    [Fact]
    public void An_edited_message_changes_no_answer()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道");
        chat.Do(new EditedMessageInput()).Expect("不会改变已记录的答案").Expect("组织了几次学习？");
        Assert.Equal("红旗街道", chat.Answers["unit"].Text);
    }
}
