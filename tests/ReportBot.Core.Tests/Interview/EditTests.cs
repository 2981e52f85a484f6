using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

public sealed class EditTests
{
    private static ChatScript Finished()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%").Send("读书会").Send("完成");
        return chat.Press("采用模板内容").Press("生成草稿");
    }

    [Fact]
    public void Edit_after_the_draft_asks_the_section_again_and_regenerates_the_draft()
    {
        var chat = Finished();
        Assert.Contains("召开会议2次", ChatScript.Text(chat.LastDraft.Draft), StringComparison.Ordinal);
        chat.Send("/edit").Expect("要修改哪一部分？").Press("（一）抓好学习");
        chat.Expect("修改 · （一）抓好学习 · 第1/2题").Expect("当前答案：3次").Press("保持不变");
        chat.Expect("当前答案：2次").Send("七次");
        var text = ChatScript.Text(chat.LastDraft.Draft);
        Assert.Contains("召开会议7次", text, StringComparison.Ordinal);
        Assert.Contains("组织学习3次", text, StringComparison.Ordinal);
        chat.Expect("已根据修改重新生成草稿");
    }

    [Fact]
    public void Edit_of_an_earlier_section_midway_returns_to_the_question_the_user_was_on()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2");
        chat.Expect("发布了多少篇信息？").Send("修改").Press("基本信息");
        chat.Press("保持不变").Send("蓝天街道").Expect("回到刚才的问题").Expect("发布了多少篇信息？");
        Assert.Equal("蓝天街道", chat.Answers["unit"].Text);
        Assert.Equal(3, chat.Answers["study"].Number);
    }

    [Fact]
    public void Any_section_can_be_edited_any_number_of_times()
    {
        var chat = Finished();
        for (var round = 1; round <= 3; round++)
        {
            chat.Send("/edit").Press("（二）抓好宣传").Send($"{round * 100}").Press("保持不变").Press("保持不变");
            Assert.Contains($"发布信息{round * 100}篇", ChatScript.Text(chat.LastDraft.Draft), StringComparison.Ordinal);
        }
    }
}
