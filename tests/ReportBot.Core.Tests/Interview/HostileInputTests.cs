using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>Issue 9, the engine's part: forged buttons, oversized lists, invisible characters, deleting one's data.</summary>
public sealed class HostileInputTests
{
    private static ChatScript AtEvents() => SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%");

    [Theory]
    [InlineData("opt:99999999999")]
    [InlineData("hist:99999999999")]
    [InlineData("opt:1|opt:2")]
    [InlineData("mode:99")]
    [InlineData("mode:Replace")]
    [InlineData("sec:s9")]
    [InlineData("tpl:small")]
    [InlineData("yes")]
    [InlineData("")]
    public void A_forged_button_with_the_current_step_changes_nothing_and_says_so(string verb)
    {
        var chat = AtEvents().Send("读书会");
        var before = chat.Session;
        chat.Do(new ChoiceInput($"{before.Step}|{verb}")).Expect("这个按钮不属于当前的提示，没有做任何修改");
        var after = chat.Session;
        Assert.Equal(before.Phase, after.Phase);
        Assert.Equal(before.Interview!.Position, after.Interview!.Position);
        Assert.Equal(before.Interview.Answers, after.Interview.Answers);
        Assert.Equal(["读书会"], after.Interview.Collecting!.Items);
    }

    [Theory]
    [InlineData("x|y")]
    [InlineData("99999999999|keep")]
    [InlineData("-1|keep")]
    [InlineData("|")]
    [InlineData("keep")]
    public void Malformed_or_stale_button_data_is_answered_as_stale(string data)
    {
        var chat = AtEvents();
        var before = chat.Session;
        chat.Do(new ChoiceInput(data)).Expect("已经失效，没有做任何修改").Expect("举办了哪些活动？");
        Assert.Equal(before.Interview!.Answers, chat.Answers);
    }

    [Fact]
    public void A_list_beyond_the_item_limit_is_refused_and_what_was_collected_stays()
    {
        var chat = AtEvents().Send(string.Join("\n", Enumerable.Range(1, 40).Select(i => $"活动{i}")));
        chat.Send(string.Join("\n", Enumerable.Range(41, 20).Select(i => $"活动{i}"))).Expect("这一题最多记录50条");
        Assert.Equal(40, chat.Interview.Collecting!.Items.Count);
        chat.Send("完成");
        Assert.Equal(40, chat.Answers["events"].Items!.Count);
    }

    [Fact]
    public void An_item_beyond_the_length_limit_is_refused_with_its_start_quoted()
    {
        var chat = AtEvents().Send(new string('长', 301)).Expect("有一条超过了300字（“长长长长长长长长长长长长…”）");
        Assert.Null(chat.Interview.Collecting);
    }

    [Fact]
    public void Bidi_and_zero_width_characters_never_reach_the_answers()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年").Send("红旗\u202E街道\u200B").Expect("已记录：红旗街道");
        Assert.Equal("红旗街道", chat.Answers["unit"].Text);
    }

    [Fact]
    public void Forget_asks_first_and_then_deletes_everything_kept()
    {
        var chat = AtEvents().Send("读书会").Send("完成").Press("采用模板内容").Press("生成草稿").Send("/remind");
        chat.Send("/forget").Expect("1份以往的报告").Expect("/forget 确认");
        Assert.Single(chat.Session.Reports);
        chat.Send("删除我的数据 确认").Expect("已删除您在本机器人中的全部数据");
        var state = chat.Session;
        Assert.Empty(state.Reports);
        Assert.Null(state.Interview);
        Assert.False(state.RemindersAllowed);
        Assert.Equal(Phase.ChoosingTemplate, state.Phase);
        chat.Send("/history").Expect("还没有已完成的报告");
    }
}
