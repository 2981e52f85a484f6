using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>Issue 13: the work log in the conversation — filed as things happen, corrected, and pre-filling the report.</summary>
public sealed class WorkLogChatTests
{
    private static ChatScript Fresh() => new ChatScript().Send("/start");

    [Fact]
    public void A_work_message_typed_outside_an_interview_is_logged_and_the_bot_says_what_it_understood()
    {
        var chat = Fresh().Send("今天下午召开意识形态专题会议，研究部署下半年工作");
        chat.Expect("已记入工作记录（11月29日）：意识形态专题会议 +1").Expect("[撤销]").Expect("[改记到其他项]");
        var entry = Assert.Single(chat.Session.Log);
        Assert.Equal(("ideology", "topic_meetings", 1L), (entry.TemplateId, entry.Entry.SlotId, entry.Entry.Count!.Value));
    }

    [Fact]
    public void A_date_written_in_the_message_dates_the_entry()
    {
        var chat = Fresh().Send("/log 3月5日召开意识形态分析研判会").Expect("已记入工作记录（3月5日）");
        Assert.Equal(new DateOnly(2026, 3, 5), chat.Session.Log.Single().Entry.Date);
    }

    [Fact]
    public void A_forwarded_message_is_logged_by_its_first_date_and_is_never_an_answer()
    {
        var chat = Fresh().Press("意识形态工作总结").Answer("2026年上半年");
        chat.Do(new TextInput("召开意识形态专题会议") { ForwardedFrom = new DateTimeOffset(2026, 4, 2, 2, 0, 0, TimeSpan.Zero) });
        chat.Expect("已记入工作记录（4月2日）").Expect("贵单位的名称是？");
        Assert.False(chat.Answers.ContainsKey("unit"));
        Assert.Equal(new DateOnly(2026, 4, 2), chat.Session.Log.Single().Entry.Date);
    }

    [Fact]
    public void Several_things_in_one_message_are_several_entries_and_plans_are_not_counted()
    {
        var chat = Fresh().Send("本周工作：1.召开意识形态专题会议；2.开展政治理论学习；3.下周三将召开分析研判会");
        var slots = chat.Session.Log.Select(e => e.Entry.SlotId).ToList();
        Assert.Equal(["topic_meetings", "theory_study"], slots);
    }

    [Fact]
    public void Undo_removes_what_one_message_logged()
    {
        var chat = Fresh().Send("召开意识形态专题会议，开展政治理论学习").Press("撤销").Expect("已删除2条工作记录");
        Assert.Empty(chat.Session.Log);
    }

    [Fact]
    public void An_entry_can_be_filed_elsewhere_and_deleted_by_its_number()
    {
        var chat = Fresh().Send("召开意识形态专题会议").Press("改记到其他项").Press("（二）加强政治理论学习");
        chat.Press("召开了几次意识形态分析研判会？").Expect("已改记为：意识形态分析研判会 +1");
        Assert.Equal("analysis_meetings", chat.Session.Log.Single().Entry.SlotId);
        chat.Send("/log").Expect("1. 11月29日 意识形态分析研判会 +1").Send("/log 删除 1").Expect("已删除1条工作记录");
        Assert.Empty(chat.Session.Log);
    }

    [Fact]
    public void A_log_command_during_an_interview_keeps_the_question_in_front_of_the_user()
    {
        var chat = Fresh().Press("意识形态工作总结").Answer("2026年上半年");
        chat.Send("记录 今天开展政治理论学习").Expect("已记入工作记录").Expect("贵单位的名称是？");
        Assert.Single(chat.Session.Log);
    }

    [Fact]
    public void Nothing_reportable_is_said_and_the_menu_stays()
    {
        var chat = Fresh().Send("今天天气不错大家辛苦了").Expect("没有记入工作记录").Expect("请选择要写的报告");
        Assert.Empty(chat.Session.Log);
    }

    [Fact]
    public void The_interview_is_prefilled_from_the_log_of_its_period_with_its_sources()
    {
        var chat = Fresh();
        chat.Send("3月5日召开意识形态专题会议");
        chat.Send("4月2日召开意识形态专题会议");
        chat.Send("6月1日召开意识形态专题会议");
        chat.Send("8月3日召开意识形态专题会议");
        chat.Send("/new").Press("意识形态工作总结").Answer("2026年上半年", "红旗街道党工委");
        chat.Press("是").Send("1").Press("是").Send("1").Press("是").Send("完成");
        chat.Expect("召开了几次意识形态专题会议？").Expect("工作记录：3次 — 3月5日").Expect("4月2日").Expect("6月1日").ExpectNot("8月3日");
        chat.Press("采用工作记录").Expect("已采用工作记录：3次");
        Assert.Equal(3, chat.Answers["topic_meetings"].Number);
        Assert.True(chat.Answers["topic_meetings"].FromLog);
        chat.Send("/status").Expect("其中1项取自工作记录");
    }

    [Fact]
    public void A_prefilled_question_still_takes_another_typed_answer()
    {
        var chat = Fresh().Send("3月5日召开意识形态专题会议");
        chat.Send("/new").Press("意识形态工作总结").Answer("2026年上半年", "红旗街道党工委");
        chat.Press("是").Send("1").Press("是").Send("1").Press("是").Send("完成").Expect("[采用工作记录]").Send("5");
        Assert.Equal(5, chat.Answers["topic_meetings"].Number);
        Assert.False(chat.Answers["topic_meetings"].FromLog);
    }

    [Fact]
    public void Forget_deletes_the_work_log_too()
    {
        var chat = Fresh().Send("召开意识形态专题会议").Send("/forget 确认");
        Assert.Empty(chat.Session.Log);
    }
}
