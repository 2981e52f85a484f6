using ReportBot.Core.Answers;
using ReportBot.Core.Drafting;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>Issue 8 item 11 and issue 10 item 3: approximate answers are understood, and 余 stays on round numbers.</summary>
public sealed class ApproximateAnswerTests
{
    private static ChatScript AtStudy() => SmallTemplate.Start().Answer("2026年上半年", "红旗街道");

    [Theory]
    [InlineData("大概5次", 5)]
    [InlineData("5次左右", 5)]
    [InlineData("约5次", 5)]
    [InlineData("将近5次", 5)]
    public void An_approximate_count_is_confirmed_before_it_is_written_as_exact(string typed, long value)
    {
        var chat = AtStudy().Send(typed).Expect($"报告里写作“{value}次”，可以吗？").Expect("[就这样写]");
        Assert.False(chat.Answers.ContainsKey("study"));
        chat.Press("就这样写").Expect("召开了几次会议？");
        Assert.Equal(value, chat.Answers["study"].Number);
        Assert.Null(chat.Answers["study"].Qualifier);
    }

    [Theory]
    [InlineData("十余次", "10余次")]
    [InlineData("四十多次", "40余次")]
    [InlineData("20多", "20余次")]
    public void A_round_number_with_more_than_is_kept_and_printed_with_yu(string typed, string printed)
    {
        var chat = AtStudy().Send(typed).Expect("已记录：" + printed);
        chat.Send("/draft");
        Assert.Contains("组织学习" + printed, ChatScript.Text(chat.LastDraft.Draft), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("没有", 0)]
    [InlineData("无", 0)]
    [InlineData("第3次", 3)]
    [InlineData("一共组织3次", 3)]
    [InlineData("开了3次会", 3)]
    public void Ordinary_ways_of_saying_a_count_are_read(string typed, long value)
    {
        var chat = AtStudy().Send(typed).Expect("召开了几次会议？");
        Assert.Equal(value, chat.Answers["study"].Number);
    }

    [Theory]
    [InlineData("不清楚")]
    [InlineData("不知道")]
    [InlineData("记不清了")]
    public void Not_knowing_skips_the_question_and_says_how_to_fill_it_later(string typed)
    {
        var chat = AtStudy().Send(typed).Expect("先跳过").Expect("/edit").Expect("召开了几次会议？");
        Assert.True(chat.Answers["study"].Skipped);
    }

    [Fact]
    public void Not_knowing_a_header_answer_still_asks_for_it()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年").Send("不知道").Expect("需要填写");
        Assert.False(chat.Answers.ContainsKey("unit"));
    }

    [Fact]
    public void A_count_in_another_measure_word_is_put_back_to_the_user()
    {
        var chat = AtStudy().Answer("3", "2").Send("五十二场").Expect("单位是“场”").Expect("报告里写作“52篇”，可以吗？");
        Assert.False(chat.Answers.ContainsKey("posts"));
        chat.Send("52").Expect("已记录：52篇");
    }

    [Theory]
    [InlineData("五十二", "52场（次）")]
    [InlineData("50", "50场（次）")]
    [InlineData("50场", "50场（次）")]
    [InlineData("50多场", "50余场（次）")]
    [InlineData("五十余场", "50余场（次）")]
    [InlineData("52多场", "52场（次）")]
    [InlineData("约52场", "约52场（次）")]
    [InlineData("50场左右", "约50场（次）")]
    public void An_approximate_slot_prints_yu_only_when_the_answer_said_so_and_only_on_round_numbers(string typed, string printed)
    {
        var template = Catalogs.Ideology;
        var slot = template.Slot("prevention_events");
        var reading = ReportBot.Core.Slots.SlotKinds.Of(slot.Kind).Read(slot, typed);
        Assert.True(reading.Success, reading.Error);
        var answers = SampleAnswers.Ideology();
        answers["prevention_events"] = reading.Answer!;
        var text = ChatScript.Text(DraftBuilder.Build(template, answers, new DateOnly(2026, 11, 29)));
        Assert.Contains("开展宣传活动" + printed, text, StringComparison.Ordinal);
        Assert.DoesNotContain("余余", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approximate_pair_prints_its_qualifier_before_the_number()
    {
        var template = Catalogs.Ideology;
        var answers = SampleAnswers.Ideology();
        answers["media"] = new() { Pairs = [new("今日头条", 10, CountQualifier.About), new("《红旗日报》", 7)] };
        var text = ChatScript.Text(DraftBuilder.Build(template, answers, new DateOnly(2026, 11, 29)));
        Assert.Contains("在“今日头条”发表信息约10篇、在《红旗日报》发表信息7篇", text, StringComparison.Ordinal);
    }
}
