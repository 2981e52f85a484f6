using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Drafting;

/// <summary>
/// The draft states only work the user answered: a dropped fragment keeps the next one's verb, words that depend on
/// answered-empty facts drop with them, and a rate on a zero base is neither printed nor asked.
/// </summary>
public sealed class ClaimsTests
{
    private static string Draft(Dictionary<string, SlotAnswer> answers, string template = "ideology") =>
        ChatScript.Text(DraftBuilder.Build(Catalogs.Prompts.Find(template)!, answers, new DateOnly(2026, 12, 1)));

    [Fact]
    public void A_dropped_count_does_not_take_the_shared_verb_of_the_next_one_with_it()
    {
        var answers = SampleAnswers.Ideology();
        answers["prevention_events"] = new() { Number = 0 };
        answers["prevention_lectures"] = new() { Number = 20 };
        var text = Draft(answers);
        Assert.Contains("结合重要节点开展专题讲座20场（次）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_answered_empty_and_zero_is_not_claimed_beside_a_confirmed_fact()
    {
        var answers = SampleAnswers.Ideology();
        answers["series_events"] = new() { Items = [] };
        answers["series_count"] = new() { Number = 0 };
        answers["youth_practice"] = new() { Number = 1 };
        var text = Draft(answers);
        Assert.DoesNotContain("系列活动", text, StringComparison.Ordinal);
        Assert.Contains("结合假期组织辖区青少年参加社会实践，营造崇德向善的浓厚氛围", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_on_zero_disputes_is_not_printed_and_the_item_drops()
    {
        var answers = SampleAnswers.Ideology();
        answers["disputes"] = new() { Number = 0 };
        answers["mediation_rate"] = new() { Percent = 90 };
        var text = Draft(answers);
        Assert.DoesNotContain("调处率", text, StringComparison.Ordinal);
        Assert.DoesNotContain("矛盾纠纷排查化解", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rectification_rate_on_zero_hazards_is_not_printed()
    {
        var answers = new Dictionary<string, SlotAnswer>
        {
            ["period"] = new() { Text = "2026年上半年" },
            ["unit"] = new() { Text = "红旗街道", Body = "党工委" },
            ["inspectors"] = new() { Number = 600 },
            ["inspected_units"] = new() { Number = 40 },
            ["hazards"] = new() { Number = 0 },
            ["rectify_rate"] = new() { Percent = 90 },
        };
        var text = Draft(answers, "work_safety");
        Assert.Contains("出动检查人员600人次、检查生产经营单位40家（次）。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("整改率", text, StringComparison.Ordinal);
        Assert.DoesNotContain("一时难以整改", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_try_out_answers_of_zero_and_empty_claim_no_work()
    {
        var chat = new ChatScript().Send("/start").Press("意识形态工作总结");
        foreach (var answer in (string[])["2020年上半年", "红旗街道党工委", "是", "4", "是", "12", "是", "完成", "3", "2", "6", "4", "5", "12", "24", "15", "完成",
            "完成", "/skip", "完成", "/skip", "完成", "0", "是", "完成", "0", "/draft"])
        {
            chat.Send(answer);
        }

        var text = ChatScript.Text(chat.LastDraft.Draft);
        Assert.DoesNotContain("广泛开展系列活动", text, StringComparison.Ordinal);
        Assert.DoesNotContain("调处率", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_whose_base_was_answered_zero_is_not_asked()
    {
        var chat = new ChatScript().Send("/start").Press("意识形态工作总结");
        foreach (var answer in (string[])["2020年上半年", "红旗街道党工委", "是", "4", "是", "12", "是", "完成", "3", "2", "6", "4", "5", "12", "24", "15", "完成",
            "完成", "/skip", "完成", "/skip", "完成", "/skip", "否", "完成"])
        {
            chat.Send(answer);
        }

        chat.Expect("共排查调处了多少件矛盾纠纷？").Send("0");
        chat.Expect("“共排查调处了多少件矛盾纠纷？”的回答是0件，所以“矛盾纠纷调处率是多少？”不用回答，已跳过。").Expect("第几个宣传月");
        Assert.True(chat.Answers["mediation_rate"].Skipped);
        chat.Send("/back").Expect("共排查调处了多少件矛盾纠纷？").Send("41").Expect("矛盾纠纷调处率是多少？");
    }
}
