using ReportBot.Core.Drafting;
using ReportBot.Core.Slots;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>Issue 8, items 6 and 7: lists and pairs typed on one line reach the draft as the user meant them.</summary>
public sealed class ListAnswerTests
{
    private static string DraftWith(string slotId, string typed)
    {
        var template = Catalogs.Ideology;
        var slot = template.Slot(slotId);
        var reading = SlotKinds.Of(slot.Kind).Read(slot, typed);
        Assert.True(reading.Success, reading.Error);
        var answers = SampleAnswers.Ideology();
        answers[slotId] = reading.Answer!;
        return ChatScript.Text(DraftBuilder.Build(template, answers, new DateOnly(2026, 11, 29)));
    }

    [Theory]
    [InlineData("《红旗日报》3篇，学习强国5篇")]
    [InlineData("《红旗日报》3篇、学习强国5篇")]
    [InlineData("《红旗日报》3篇；学习强国5篇")]
    [InlineData("《红旗日报》3篇 学习强国5篇")]
    public void Several_media_on_one_line_are_printed_as_several(string typed)
    {
        var text = DraftWith("media", typed);
        Assert.Contains("先后在《红旗日报》发表信息3篇、在“学习强国”学习平台发表信息5篇", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_anti_crime_events_keep_the_sentences_that_do_not_depend_on_them()
    {
        var text = DraftWith("anti_crime_events", "0");
        Assert.Contains("定期组织派出所、司法所、物业公司、楼栋长、居民小组长分析研判突出问题，建立基层社会治理联动机制", text, StringComparison.Ordinal);
        Assert.DoesNotContain("扫黑除恶专项斗争宣传活动0次", text, StringComparison.Ordinal);
        Assert.DoesNotContain("扫黑除恶", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_name_with_an_enumeration_comma_stays_one_item()
    {
        var text = DraftWith("culture_events", "开展“不忘初心、牢记使命”主题教育");
        Assert.Contains("开展“不忘初心、牢记使命”主题教育等文化活动", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_pairs_typed_in_chat_are_counted_one_by_one()
    {
        var template = Catalogs.Ideology;
        var chat = new ChatScript().Send("/start").Press("意识形态工作总结").Answer("2020年上半年", "红旗街道党工委");
        chat.Press("是").Send("1").Press("是").Send("1").Press("是").Send("完成");
        for (var i = 0; i < 8; i++)
        {
            chat.Send("1");
        }

        chat.Send("完成").Send("《红旗日报》3篇，学习强国5篇").Expect("已记录2条").Send("今日头条 约10篇").Expect("已记录3条").Send("完成");
        Assert.Equal(3, chat.Answers["media"].Pairs!.Count);
        Assert.Equal("今日头条", chat.Answers["media"].Pairs![2].Name);
        Assert.True(template.HasSlot("media"));
    }
}
