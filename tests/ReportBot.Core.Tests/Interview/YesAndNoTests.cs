using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>
/// A yes or no, or a count, typed where a name is asked or at a "确定这样写吗？" prompt: it answers the prompt or is
/// questioned, and never becomes the name ("是的的党组织是？" was seen).
/// </summary>
public sealed class YesAndNoTests
{
    private static ChatScript AtTheBodyQuestion() =>
        new ChatScript().Send("/start").Press("意识形态工作总结").Answer("2020年上半年").Send("红旗街道").Expect("红旗街道的党组织是？");

    [Theory]
    [InlineData("是的")]
    [InlineData("对")]
    [InlineData("好的")]
    [InlineData("嗯嗯")]
    [InlineData("确定吧")]
    public void A_yes_among_several_options_asks_which_and_keeps_the_unit(string typed)
    {
        var chat = AtTheBodyQuestion().Send(typed).Expect("请从上面的选项中选一项").Expect("[党委]");
        Assert.False(chat.Answers.ContainsKey("unit"));
        chat.Press("党委").Expect("已记录：红旗街道（党委）");
        Assert.Equal("红旗街道", chat.Answers["unit"].Text);
    }

    [Theory]
    [InlineData("不是")]
    [InlineData("不对")]
    [InlineData("写错了")]
    public void A_no_at_a_prompt_asks_again_from_the_start(string typed)
    {
        var chat = AtTheBodyQuestion().Send(typed).Expect("请重新填写").ExpectNot("不是的党组织");
        Assert.False(chat.Answers.ContainsKey("unit"));
        chat.Send("向阳社区党委").Expect("已记录：向阳社区（党委）");
    }

    [Theory]
    [InlineData("5次吧")]
    [InlineData("大概二十来次")]
    [InlineData("3个")]
    [InlineData("约10篇")]
    [InlineData("是的")]
    [InlineData("没有")]
    public void A_count_or_a_yes_typed_as_the_unit_is_questioned(string typed)
    {
        var chat = new ChatScript().Send("/start").Press("意识形态工作总结").Answer("2020年上半年")
            .Send(typed).Expect("确定这样写吗？").ExpectNot($"{typed}的党组织是？");
        Assert.False(chat.Answers.ContainsKey("unit"));
    }

    [Theory]
    [InlineData("十里铺街道")]
    [InlineData("三里屯社区")]
    [InlineData("二道河子镇")]
    public void Place_names_that_begin_with_a_numeral_are_not_counts(string typed)
    {
        new ChatScript().Send("/start").Press("意识形态工作总结").Answer("2020年上半年")
            .Send(typed).Expect($"{typed}的党组织是？").ExpectNot("确定这样写吗？");
    }

    [Fact]
    public void A_yes_at_a_single_way_of_writing_it_confirms_it()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年").Send("1").Expect("确定这样写吗？");
        chat.Send("是的").Expect("好的，已记录：1").Expect("组织了几次学习？");
        Assert.Equal("1", chat.Answers["unit"].Text);
    }

    [Fact]
    public void A_yes_answers_a_yes_or_no_question_as_before()
    {
        // Not a prompt about an answer: the question itself is a yes-or-no one, and 是的 answers it.
        var chat = AtTheBodyQuestion().Press("党工委").Send("是的").ExpectNot("请从上面的选项中选一项");
        Assert.Equal(3, chat.Answers.Count);
    }
}
