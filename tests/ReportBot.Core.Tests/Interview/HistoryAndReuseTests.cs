using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

public sealed class HistoryAndReuseTests
{
    private static ChatScript Finished(ChatScript? chat = null)
    {
        chat = SmallTemplate.Start(chat).Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%").Send("读书会").Send("完成");
        return chat.Press("采用模板内容").Press("生成草稿");
    }

    [Fact]
    public void A_finished_report_is_kept_and_history_resends_its_draft()
    {
        var chat = Finished();
        chat.Send("/new").Expect("请选择要写的报告");
        chat.Send("历史").Expect("以往的报告").Expect("· 2026年上半年测试工作总结（2026年11月29日）—— /history 1");
        chat.Press("2026年上半年测试工作总结");
        Assert.Contains("组织学习3次", ChatScript.Text(chat.LastDraft.Draft), StringComparison.Ordinal);
        chat.Expect("以上是《2026年上半年测试工作总结》");
    }

    [Fact]
    public void Editing_after_the_draft_updates_the_kept_report_instead_of_adding_one()
    {
        var chat = Finished();
        chat.Send("/edit").Press("（一）抓好学习").Send("9").Press("保持不变");
        Assert.Single(chat.Session.Reports);
        Assert.Equal(9, chat.Session.Reports[0].Answers["study"].Number);
    }

    [Fact]
    public void A_new_report_of_the_same_type_offers_last_periods_answers()
    {
        var chat = Finished();
        chat.Send("/new").Press("测试工作总结").Expect("已找到您上次写的《2026年上半年测试工作总结》");
        chat.Press("2026年下半年").Expect("上次的回答：红旗街道").Press("沿用上次").Expect("已沿用上次的回答：红旗街道");
        chat.Expect("上次的回答：3次").Send("4").Expect("上次的回答：2次").Press("沿用上次");
        Assert.Equal("红旗街道", chat.Answers["unit"].Text);
        Assert.Equal(4, chat.Answers["study"].Number);
        Assert.Equal(2, chat.Answers["meetings"].Number);
        Assert.Equal("2026年下半年", chat.Answers["period"].Text);
    }

    [Fact]
    public void Cancel_keeps_the_history()
    {
        var chat = Finished();
        chat.Send("/new").Press("测试工作总结").Send("/cancel").Press("确定取消");
        chat.Send("/history").Expect("2026年上半年测试工作总结");
    }

    [Fact]
    public void History_is_empty_at_first()
    {
        new ChatScript(catalog: Catalogs.Of(SmallTemplate.Markdown)).Send("/history").Expect("还没有已完成的报告");
    }
}
