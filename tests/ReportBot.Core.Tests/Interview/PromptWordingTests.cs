using ReportBot.Core.Templates;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>
/// Each prompt says a thing once: the defaults instruction, 草稿已生成, the report menu, a cleared list.
/// </summary>
public sealed class PromptWordingTests
{
    [Fact]
    public void A_defaults_question_leaves_the_instruction_to_the_bot()
    {
        foreach (var slot in Catalogs.Prompts.Templates.SelectMany(t => t.Slots).Where(s => s.Kind == SlotKind.Defaults))
        {
            Assert.DoesNotContain("采用", slot.Question, StringComparison.Ordinal);
            Assert.DoesNotContain("补充", slot.Question, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_finished_draft_is_announced_once()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%").Send("读书会").Send("完成")
            .Press("采用模板内容").Press("生成草稿");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(chat.LastText, "草稿已生成"));
    }

    [Fact]
    public void Draft_before_a_report_is_chosen_asks_to_choose_once()
    {
        var chat = new ChatScript(catalog: Catalogs.Of(SmallTemplate.Markdown)).Send("/draft").Expect("还没有开始写报告");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(chat.LastText, "选择要写的报告"));
    }

    [Fact]
    public void Clearing_a_list_and_sending_nothing_says_it_was_cleared()
    {
        var chat = SmallTemplate.Start().Answer("2026年上半年", "红旗街道", "3", "2", "10", "98%").Send("读书会").Send("完成");
        chat.Send("/back").Press("清空重填").Send("完成").Expect("已清空").ExpectNot("已记录：（已跳过）");
        Assert.True(chat.Answers["events"].IsEmpty);
    }
}
